// PLACEHOLDER (replaced by the quantity recognizer work): tables for numerals, scales, units.
struct QuantityLexicon: Sendable {
    static func builtin() throws -> QuantityLexicon { QuantityLexicon() }
}
