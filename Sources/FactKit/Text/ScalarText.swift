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
        var string = string
        // One pass over the UTF-8 bytes (valid by String's guarantee) fills both arrays.
        let (original, folded) = string.withUTF8 { utf8 in
            folding.withTable { cjk in Self.decode(utf8, cjk) }
        }
        self.original = original
        self.folded = folded
    }

    /// Both arrays of valid UTF-8, folded through `cjk` (``CharacterFolding``'s table), over raw pointers:
    /// this runs once for every scalar of every document.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, _ cjk: UnsafeBufferPointer<UInt32>) -> ([UInt32], [UInt32]) {
        guard let bytes = utf8.baseAddress, utf8.count > 0 else { return ([], []) }
        let n = utf8.count
        // Scalars = bytes that are not continuation bytes (10xxxxxx).
        var capacity = 0
        for i in 0..<n { capacity &+= bytes[i] & 0xC0 == 0x80 ? 0 : 1 }
        var folded = [UInt32]()
        let original = [UInt32](unsafeUninitializedCapacity: capacity) { o, oCount in
            folded = [UInt32](unsafeUninitializedCapacity: capacity) { f, fCount in
                let o = o.baseAddress!, f = f.baseAddress!
                var i = 0, count = 0
                while i < n && count < capacity {
                    let b = UInt32(bytes[i])
                    if b < 0x80 {
                        o[count] = b; f[count] = b
                        i += 1; count += 1
                        continue
                    }
                    let c: UInt32
                    if b < 0xE0 {
                        c = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        c = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        c = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    o[count] = c
                    f[count] = CharacterFolding.fold(c, cjk)
                    count += 1
                }
                fCount = count
                oCount = count
            }
        }
        return (original, folded)
    }

    var count: Int { original.count }

    /// The original text of a span.
    func string(_ span: TextSpan) -> String {
        String(scalarValues: original[span.start..<span.end])
    }

    /// The folded text of a span.
    func foldedString(_ span: TextSpan) -> String {
        String(scalarValues: folded[span.start..<span.end])
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
        cjk.withUnsafeBufferPointer { Self.fold(c, $0) }
    }

    /// `body` with the table of the CJK range, for ``fold(_:_:)`` in a loop.
    func withTable<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R { cjk.withUnsafeBufferPointer(body) }

    /// The folded form of `c`, `cjk` being the table ``withTable(_:)`` gives.
    @inline(__always)
    static func fold(_ c: UInt32, _ cjk: UnsafeBufferPointer<UInt32>) -> UInt32 {
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

extension String {
    /// The string of these Unicode scalar values, encoded straight to UTF-8 (a value that is no
    /// scalar is skipped), not appended scalar by scalar: the text of every span is made this way.
    init<C: Collection>(scalarValues: C) where C.Element == UInt32 {
        // The exact UTF-8 length first: up to 15 bytes makes a small string, with no allocation.
        var length = 0
        for v in scalarValues {
            if v < 0x80 { length += 1 } else if v < 0x800 { length += 2 } else if v < 0x10000 { length += v >= 0xD800 && v <= 0xDFFF ? 0 : 3 } else if v <= 0x10FFFF { length += 4 }
        }
        guard length > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for v in scalarValues {
                if v < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: v); k += 1
                } else if v < 0x800 {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 2
                } else if v < 0x10000 {
                    if v >= 0xD800 && v <= 0xDFFF { continue }
                    buffer[k] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 3
                } else if v <= 0x10FFFF {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
                    buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buffer[k + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 4
                }
            }
            return k
        }
    }
}
