@testable import FactKit

/// The built-in dictionary and folding, loaded once for the company tests.
enum CompanyFixtures {
    static let folding: CharacterFolding = try! CharacterFolding.load(BuiltinDictionaries.file("traditional.tsv"))
    static let dictionary: CompanyDictionary = try! CompanyDictionary.builtin(folding: folding)

    /// `(id, text)` of every mention in `input`, in text order.
    static func mentions(_ input: String, dictionary: CompanyDictionary = dictionary) -> [Pair] {
        CompanyMatcher(dictionary: dictionary).mentions(in: ScalarText(input, folding: folding))
            .map { Pair(id: $0.company, text: $0.text) }
    }

    /// A mention as the tables write it: company id and matched text.
    struct Pair: Hashable, CustomStringConvertible {
        var id: String
        var text: String
        var description: String { "\(id)=\(text)" }
    }
}

/// `"nvidia=英伟达"` → a pair, so table rows stay one line each.
func m(_ s: String) -> CompanyFixtures.Pair {
    let parts = s.split(separator: "=", maxSplits: 1).map(String.init)
    return CompanyFixtures.Pair(id: parts[0], text: parts[1])
}
