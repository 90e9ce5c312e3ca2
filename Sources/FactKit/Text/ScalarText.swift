/// A document as an array of Unicode scalars, with a folded copy used for matching.
///
/// Folding maps one scalar to one scalar, so both arrays share indices and every offset
/// found in `folded` is an offset into the original input (FACTS.md counts in scalars).
/// Full-width ASCII (`１２３，５％`) folds to ASCII, the ideographic space to a space, and
/// traditional characters to simplified ones through ``CharacterFolding``.
struct ScalarText: Sendable {
    /// The input's scalars, as given.
    let original: [UInt32]
    /// The folded scalars, index for index with `original`.
    let folded: [UInt32]

    init(_ string: String, folding: CharacterFolding) {
        var original = [UInt32]()
        original.reserveCapacity(string.utf8.count)
        for s in string.unicodeScalars { original.append(s.value) }
        self.original = original
        self.folded = original.map { folding.fold($0) }
    }

    var count: Int { original.count }

    /// The original text of a span.
    func string(_ span: TextSpan) -> String {
        ScalarText.string(original[span.start..<span.end])
    }

    /// The folded text of a span.
    func foldedString(_ span: TextSpan) -> String {
        ScalarText.string(folded[span.start..<span.end])
    }

    static func string<C: Collection>(_ scalars: C) -> String where C.Element == UInt32 {
        var s = String.UnicodeScalarView()
        for v in scalars { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }
}

/// The one-to-one character folding applied before matching: full-width forms to ASCII and
/// traditional characters to simplified (the table is `Dictionaries/data/traditional.tsv`).
struct CharacterFolding: Sendable {
    /// Folded forms of the CJK range U+3400–U+9FFF, index `c - 0x3400`; 0 where the character stays.
    private var cjk: [UInt32]

    init(table: [UInt32: UInt32] = [:]) {
        var cjk = [UInt32](repeating: 0, count: 0xA000 - 0x3400)
        for (from, to) in table where from >= 0x3400 && from < 0xA000 { cjk[Int(from - 0x3400)] = to }
        self.cjk = cjk
    }

    @inline(__always)
    func fold(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c }
        if c >= 0x3400 && c < 0xA000 { let f = cjk[Int(c - 0x3400)]; return f == 0 ? c : f }
        if c >= 0xFF01 && c <= 0xFF5E { return c - 0xFEE0 }  // full-width ASCII
        if c == 0x3000 { return 0x20 }                        // ideographic space
        return c
    }

    /// Reads the traditional → simplified table: one line per character pair `繁<TAB>简`.
    static func load(_ file: DictionaryFile) throws -> CharacterFolding {
        var table = [UInt32: UInt32]()
        for line in file.lines {
            try line.expect(fields: 2)
            let from = Array(line.fields[0].unicodeScalars), to = Array(line.fields[1].unicodeScalars)
            guard from.count == 1, to.count == 1 else {
                throw line.error("expected one character on each side, got '\(line.fields[0])' → '\(line.fields[1])'")
            }
            table[from[0].value] = to[0].value
        }
        return CharacterFolding(table: table)
    }
}
