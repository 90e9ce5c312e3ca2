/// The words that shape a company name no dictionary knows (`company-names.tsv`): suffixes
/// (科技 集团 Holdings), legal forms (有限公司 Inc.), the words a Chinese name may start after
/// (的 与 收购 企业), determiners (该 这 本), generic words (金融 新能源 消费), words after a
/// suffix that make it a description (科技股 银行业) and Latin words that are no part of a name.
///
/// Chinese entries are keyed by folded scalars (so traditional text matches); Latin suffixes,
/// legal forms and stop words are compared as written.
struct CompanyNameLexicon: Sendable {
    /// A suffix or legal form that ends a name.
    struct Ending: Sendable {
        /// A legal form (`有限公司`, `Inc.`): part of the mention, not of the name.
        var legal: Bool
    }

    /// Chinese suffixes and legal forms, by folded scalars.
    private(set) var chineseEndings = Trie<Ending>()
    /// Latin suffixes and legal forms, as written.
    private(set) var latinEndings = Trie<Ending>()
    /// Words a Chinese name may start after, keyed reversed (looked up backwards from a position).
    private(set) var startWords = Trie<Bool>()
    /// Determiners, the first character(s) of a stem that points rather than names.
    private(set) var determiners = Trie<Bool>()
    /// Words that describe rather than name.
    private(set) var generic = Trie<Bool>()
    /// Words after a suffix that make the phrase a description.
    private(set) var notAfter = Trie<Bool>()
    /// Capitalized Latin words that are no part of a name, as scalars.
    private(set) var stopWords = Set<[UInt32]>()

    /// True when the lexicon has no endings (no unknown names are looked for).
    var isEmpty: Bool { chineseEndings.isEmpty && latinEndings.isEmpty }

    init() {}

    /// The built-in `company-names.tsv`, folded with `folding`.
    static func builtin(folding: CharacterFolding) throws -> CompanyNameLexicon {
        try CompanyNameLexicon(file: BuiltinDictionaries.file("company-names.tsv"), folding: folding)
    }

    /// Reads `word<TAB>role` lines (roles: suffix, legal, before, determiner, generic, not-after, stop).
    /// - Throws: ``DictionaryError`` for a line without two fields or with an unknown role.
    init(file: DictionaryFile, folding: CharacterFolding) throws {
        for line in file.lines {
            guard line.fields.count == 2 else {
                throw line.error("expected 2 tab-separated fields (word, role), found \(line.fields.count)")
            }
            let word = line[0]
            guard !word.isEmpty else { throw line.error("empty word") }
            let written = word.unicodeScalars.map(\.value)
            let folded = written.map { folding.fold($0) }
            let latin = written.allSatisfy { $0 < 0x80 }
            switch line[1] {
            case "suffix", "legal":
                let ending = Ending(legal: line[1] == "legal")
                if latin { latinEndings.insert(written, ending) } else { chineseEndings.insert(folded, ending) }
            case "before": startWords.insert(folded.reversed(), true)
            case "determiner": determiners.insert(folded, true)
            case "generic": generic.insert(folded, true)
            case "not-after": notAfter.insert(folded, true)
            case "stop":
                guard latin else { throw line.error("a stop word is a Latin word, found '\(word)'") }
                stopWords.insert(written)
            default:
                throw line.error("unknown role '\(line[1])' (use suffix, legal, before, determiner, generic, not-after or stop)")
            }
        }
    }

    /// Whether `stem` (folded scalars) is made only of generic words.
    func isGeneric(_ stem: ArraySlice<UInt32>) -> Bool {
        let s = Array(stem)
        guard !s.isEmpty else { return true }
        // reachable[k]: the first k scalars are a sequence of generic words.
        var reachable = [Bool](repeating: false, count: s.count + 1)
        reachable[0] = true
        for k in 0..<s.count where reachable[k] {
            for m in generic.matches(in: s, at: k) { reachable[k + m.length] = true }
            if reachable[s.count] { return true }
        }
        return reachable[s.count]
    }
}
