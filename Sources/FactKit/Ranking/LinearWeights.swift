import Foundation

/// The weights of a linear scorer: feature name → weight, read from a plain TSV (`weights/company.tsv`,
/// `feature<TAB>weight`, `#` comments) and written by `factx-train`. A candidate's score is the sum of
/// its features' values times their weights; a feature the file does not name weighs nothing.
/// No weights at all (an empty or missing file) means the hand rules decide alone.
///
/// A line `@scripts<TAB>latin|hant` limits the weights to sentences of those scripts (`latin`, `hans` simplified
/// Chinese, `hant` traditional): where cross-validation shows the learned decision does not beat the rules, the rules
/// keep it. No such line: every script.
package struct LinearWeights: Sendable, Equatable {
    package var weights: [String: Double]
    /// The scripts the weights decide in; nil: all.
    package var scripts: Set<String>?

    package init(_ weights: [String: Double] = [:], scripts: Set<String>? = nil) {
        self.weights = weights
        self.scripts = scripts
    }

    /// No weights: the decision is the hand rule's.
    package var isEmpty: Bool { weights.isEmpty }

    package func score(_ features: [Feature]) -> Double {
        var s = 0.0
        for f in features { s += (weights[f.name] ?? 0) * f.value }
        return s
    }

    /// Reads a weights file; a line that is not `name<TAB>number` is a ``DictionaryError``.
    init(_ file: DictionaryFile) throws {
        var weights = [String: Double]()
        var scripts: Set<String>?
        for line in file.lines {
            try line.expect(fields: 2)
            if line[0] == "@scripts" { scripts = Set(line.list(1)); continue }
            guard let w = Double(line[1]) else { throw line.error("weight '\(line[1])' is not a number") }
            weights[line[0]] = w
        }
        self.init(weights, scripts: scripts)
    }

    /// Reads a weights file from disk.
    package init(path: String) throws {
        try self.init(DictionaryFile(path: path))
    }

    /// The built-in weights of a decision (`weights/<name>.tsv`), or none when the file is missing.
    static func builtin(_ name: String) throws -> LinearWeights {
        let path = "weights/\(name).tsv"
        guard BuiltinDictionaries.contains(path) else { return LinearWeights() }
        return try LinearWeights(BuiltinDictionaries.file(path))
    }

    /// The file text: a header of comment lines, then one `name<TAB>weight` line per feature in name order,
    /// weights with 4 decimals (features that round to 0 are left out). The same weights give the same bytes.
    package func fileText(header: [String]) -> String {
        var out = header.map { "# " + $0 }.joined(separator: "\n") + "\n"
        if let scripts { out += "@scripts\t\(scripts.sorted().joined(separator: "|"))\n" }
        for name in weights.keys.sorted() {
            let w = (weights[name]! * 10_000).rounded() / 10_000
            if w == 0 { continue }
            out += "\(name)\t\(String(format: "%.4f", w))\n"
        }
        return out
    }
}

/// One feature of a candidate: a name (what it says, e.g. `mention.sameClause`) and a value (1 for a
/// yes/no feature, else a number scaled to about 0–1).
package struct Feature: Sendable, Hashable {
    package var name: String
    package var value: Double

    package init(_ name: String, _ value: Double = 1) {
        self.name = name
        self.value = value
    }
}
