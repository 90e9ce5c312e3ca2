// PLACEHOLDER (replaced by the company dictionary work).
/// The companies known to the extractor: built-in entries with user dictionaries layered over them.
struct CompanyDictionary: Sendable {
    var companies: [Company] = []
    static func builtin() throws -> CompanyDictionary { CompanyDictionary() }
    func layering(_ file: DictionaryFile) throws -> CompanyDictionary { self }
    func company(id: String) -> Company? { companies.first { $0.id == id } }
}
