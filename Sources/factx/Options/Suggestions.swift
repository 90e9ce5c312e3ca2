/// The closest names to a misspelt one, for usage messages (`Unknown company 'nvdia'. Did you mean nvidia?`).
enum Suggestions {
    /// Up to `limit` of `names` nearest to `name` by edit distance (case-insensitive), nearest first and
    /// then alphabetically; only names within a third of the longer length (at least 2 edits) are offered.
    static func closest(to name: String, among names: some Sequence<String>, limit: Int = 3) -> [String] {
        let typed = Array(name.lowercased())
        var scored: [(distance: Int, name: String)] = []
        for candidate in Set(names) {
            let other = Array(candidate.lowercased())
            let reach = max(2, max(typed.count, other.count) / 3)
            guard abs(typed.count - other.count) <= reach else { continue }
            let distance = editDistance(typed, other)
            if distance <= reach { scored.append((distance, candidate)) }
        }
        return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
            .prefix(limit).map(\.name)
    }

    /// A usage message's tail: ` Did you mean a, b or c?`, or nothing when none is close.
    static func didYouMean(_ name: String, among names: some Sequence<String>) -> String {
        let close = closest(to: name, among: names)
        guard let last = close.last else { return "" }
        let list = close.count == 1 ? last : close.dropLast().joined(separator: ", ") + " or " + last
        return " Did you mean \(list)?"
    }

    /// ArgumentParser's message for a value an enumerated option lacks (`The value 'jsnl' is invalid for
    /// '--format <format>'. Please provide one of 'csv', 'tsv', 'json', 'jsonl' or 'sqlite'.`) with the closest
    /// values named after its first line; any other message as it is.
    static func addingDidYouMean(to message: String) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let valueStart = first.range(of: "The value '"),
              let choicesStart = first.range(of: "Please provide one of ") else { return message }
        let value = first[valueStart.upperBound...].prefix { $0 != "'" }
        let choices = first[choicesStart.upperBound...].split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        let hint = didYouMean(String(value), among: choices)
        guard !hint.isEmpty else { return message }
        return ([first + hint] + lines.dropFirst()).joined(separator: "\n")
    }

    /// Levenshtein distance: insertions, deletions and substitutions of characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
