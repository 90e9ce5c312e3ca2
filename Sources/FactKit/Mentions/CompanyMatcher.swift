// PLACEHOLDER (replaced by the company dictionary work).
/// Finds company names in a text, longest match over characters.
struct CompanyMatcher: Sendable {
    let dictionary: CompanyDictionary
    func mentions(in text: ScalarText) -> [CompanyMention] { [] }
}
