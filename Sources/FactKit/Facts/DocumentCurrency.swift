/// What a bare 元 stands for in one document (`Dictionaries/data/yuan.tsv`): the New Taiwan dollar in Taiwan
/// press, the Hong Kong dollar in Hong Kong press, the renminbi elsewhere; a note such as `（人民币．下同）`
/// declares the article's convention (the first note holds from the top, a later one from where it stands).
struct YuanReading: Sendable, Equatable {
    /// The document's currency for a bare 元 before any note.
    var standard: ValueUnit
    /// Notes in text order: from `start` on, a bare 元 is `unit`.
    var notes: [(start: Int, unit: ValueUnit)]

    static func == (a: YuanReading, b: YuanReading) -> Bool {
        a.standard == b.standard && a.notes.map(\.start) == b.notes.map(\.start) && a.notes.map(\.unit) == b.notes.map(\.unit)
    }

    /// The currency of a bare 元 at a position.
    func unit(at position: Int) -> ValueUnit {
        notes.last(where: { $0.start <= position })?.unit ?? standard
    }
}

/// Reads a document's signs of press style and its currency notes into a ``YuanReading``.
struct YuanLexicon: Sendable {
    struct Entry: Sendable {
        var evidence: ValueUnit?
        var name: ValueUnit?
        var note = false
    }

    private(set) var trie = Trie<Int32>()
    private(set) var entries = [Entry]()
    /// The fewest signs that make a press style.
    static let minimumEvidence = 2

    static func builtin() throws -> YuanLexicon {
        var lexicon = YuanLexicon()
        try lexicon.add(BuiltinDictionaries.file("yuan.tsv"))
        return lexicon
    }

    mutating func add(_ file: DictionaryFile) throws {
        var index = [String: Int]()
        for line in file.lines {
            try line.expect(fields: 3)
            let k = index[line[0]] ?? {
                entries.append(Entry())
                trie.insert(CueLexicon.key(line[0]), Int32(entries.count - 1))
                index[line[0]] = entries.count - 1
                return entries.count - 1
            }()
            switch line[2] {
            case "evidence": entries[k].evidence = ValueUnit(rawValue: line[1])
            case "name": entries[k].name = ValueUnit(rawValue: line[1])
            case "note": entries[k].note = true
            default: throw line.error("unknown kind '\(line[2])'; one of: evidence name note")
            }
        }
    }

    /// One pass over the document's folded text.
    func reading(of text: ScalarText) -> YuanReading {
        let s = text.folded
        var tally = [ValueUnit: Int]()
        var notes = [(start: Int, unit: ValueUnit)]()
        var lastName: (end: Int, unit: ValueUnit)?
        var i = 0
        while i < s.count {
            guard trie.mayStart(with: s[i]), let match = trie.longestMatch(in: s, at: i) else { i += 1; continue }
            let entry = entries[Int(match.value)]
            if let unit = entry.evidence { tally[unit, default: 0] += 1 }
            if let unit = entry.name { lastName = (i + match.length, unit) }
            // The note follows the name it repeats closely: （人民币．下同）, 人民币，下同.
            if entry.note, let name = lastName, i - name.end <= 2 { notes.append((i, name.unit)) }
            i += match.length
        }
        let ranked = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        var standard = ValueUnit(rawValue: "CNY")
        // Taiwan and Hong Kong press write traditional characters; mainland press about a Hong Kong listing does not.
        if let top = ranked.first, top.value >= YuanLexicon.minimumEvidence, ranked.count == 1 || ranked[1].value < top.value,
           YuanLexicon.isTraditional(text) {
            standard = top.key
        }
        // A note declares the article's convention: its currency holds for the figures before it too (the title's).
        if let first = notes.first { standard = first.unit }
        return YuanReading(standard: standard, notes: notes)
    }

    /// Whether the text is written in traditional characters: at least 2 % of its ideographs (and 3 of them) fold to others.
    static func isTraditional(_ text: ScalarText) -> Bool {
        var ideographs = 0, traditional = 0
        for (o, f) in zip(text.original, text.folded) where o >= 0x4E00 && o <= 0x9FFF {
            ideographs += 1
            if o != f { traditional += 1 }
        }
        return traditional >= 3 && traditional * 50 >= ideographs
    }
}
