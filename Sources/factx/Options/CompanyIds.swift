import ArgumentParser
import FactKit

/// Checks and completes the company ids of `--company`.
enum CompanyIds {
    /// Whether `id` has FACTS.md's form of a company no dictionary has: `~` and a name (`~大立光`).
    static func isUndictionaried(_ id: String) -> Bool { id.hasPrefix("~") && id.count > 1 }

    /// The usage error for the first of `ids` that is neither a loaded dictionary's id nor of the `~name` form,
    /// naming the closest ids; nil when all are known.
    static func problem(_ ids: [String], known: [String]) -> ValidationError? {
        let knownSet = Set(known)
        for id in ids where !isUndictionaried(id) && !knownSet.contains(id.lowercased()) {
            return ValidationError("Unknown company '\(id)': no loaded dictionary has this id."
                + Suggestions.didYouMean(id, among: known)
                + " `factx companies` lists the ids; a company no dictionary has is written ~Name (e.g. ~大立光).")
        }
        return nil
    }

    /// The completion of `--company`: the built-in dictionaries' ids (loaded only when a shell asks).
    static let completion = CompletionKind.custom { _, _, _ in
        ((try? FactExtractor())?.companies.map(\.id) ?? []).sorted()
    }
}
