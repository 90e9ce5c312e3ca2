// PLACEHOLDER (replaced by the quantity recognizer work).
/// Finds every figure in a span of text.
struct QuantityParser: Sendable {
    let lexicon: QuantityLexicon
    func quantities(in text: ScalarText, range: TextSpan) -> [Quantity] { [] }
}
