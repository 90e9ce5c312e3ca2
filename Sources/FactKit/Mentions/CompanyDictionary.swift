/// The companies known to the extractor: built-in entries with user dictionaries layered over them,
/// compiled into a character trie of their aliases for ``CompanyMatcher``.
///
/// File format (`Dictionaries/README.md`): one company a line, tab-separated
/// `id  name  aliases  parent  tickers`, lists separated by `|`. An alias written `=Meta` matches
/// only as written or in capitals (`META`); short all-capital aliases (`AMD`, `IDC`) and tickers
/// always match case-sensitively; other Latin aliases ignore case. Aliases are folded like the
/// text (traditional → simplified, full-width → ASCII) before they are compiled.
///
/// A user file layers over what is there: a row with a known id adds aliases and tickers
/// (`-alias` removes one) and replaces a non-empty name or parent; a row with a new id defines a
/// company. Duplicate ids within one file are a ``DictionaryError``; an alias claimed by two
/// companies is reported in ``conflicts`` and the later claim wins.
struct CompanyDictionary: Sendable {
    /// Every company, in the order the files define them.
    private(set) var companies: [Company] = []
    /// Alias conflicts found while compiling, one readable line each (`file:line: …`).
    private(set) var conflicts: [String] = []

    let folding: CharacterFolding
    private var indexByID: [String: Int] = [:]
    /// Per company, the aliases as written with their flags and where they came from.
    private var specs: [[AliasSpec]] = []
    /// Context rules for common-word aliases, by folded lowercase alias.
    private var rules: [String: ContextRule] = [:]
    /// The words that shape company names no dictionary knows (empty: none are looked for).
    var names = CompanyNameLexicon()

    // Compiled form, rebuilt after every change.
    private(set) var trie = Trie<Int32>()
    private(set) var entries: [AliasEntry] = []
    private(set) var contextRules: [ContextRule] = []
    /// Bit per BMP scalar that starts some key: a cheaper first test than the trie's set.
    private(set) var startBits = [UInt64](repeating: 0, count: 1024)

    /// Whether some alias key starts with this (folded, lowercased) scalar.
    @inline(__always)
    func mayStart(with c: UInt32) -> Bool {
        c < 0x10000 ? startBits[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 : trie.mayStart(with: c)
    }

    init(folding: CharacterFolding = CharacterFolding()) {
        self.folding = folding
    }

    /// Every company of the built-in `companies` files, with the context rules of `ambiguity.tsv`,
    /// folding aliases with `folding` (the one the texts are folded with).
    static func builtin(folding: CharacterFolding) throws -> CompanyDictionary {
        let files = try BuiltinDictionaries.files(in: "companies")
        guard !files.isEmpty else {
            throw DictionaryError(file: "companies", line: 0, reason: "no built-in company files found")
        }
        let rules = try BuiltinDictionaries.file("ambiguity.tsv")
        var dictionary = try CompanyDictionary(files: files, rules: rules, folding: folding)
        dictionary.names = try CompanyNameLexicon.builtin(folding: folding)
        return dictionary
    }

    /// A dictionary of `files` read as one set (an id defined twice is an error), with the
    /// context rules of `rules` (each must name an alias of some company).
    init(files: [DictionaryFile], rules ruleFile: DictionaryFile? = nil, folding: CharacterFolding) throws {
        self.init(folding: folding)
        var firstLine = [String: String]()
        var parents = [ParentReference]()
        for file in files { parents += try read(file, extending: false, seen: &firstLine) }
        try checkParents(parents)
        if let ruleFile { try readRules(ruleFile) }
        compile()
        if let ruleFile { try checkRules(ruleFile) }
    }

    /// This dictionary with `file` layered over it.
    /// - Throws: ``DictionaryError`` naming the file, line and reason of a malformed line.
    func layering(_ file: DictionaryFile) throws -> CompanyDictionary {
        var copy = self
        var firstLine = [String: String]()
        try copy.checkParents(copy.read(file, extending: true, seen: &firstLine))
        copy.compile()
        return copy
    }

    /// The company with this id; for an unknown-name id (`~燧原科技`, FACTS.md), a company
    /// made of that name alone.
    func company(id: String) -> Company? {
        if id.hasPrefix("~") {
            let name = String(id.dropFirst())
            return name.isEmpty ? nil : Company(id: id, name: name, aliases: [name])
        }
        return indexByID[id].map { companies[$0] }
    }

    /// The company at `index` of ``companies`` (what ``AliasEntry/company`` holds).
    func company(at index: Int) -> Company { companies[index] }

    // MARK: - Reading

    /// An alias as written in a file.
    struct AliasSpec: Sendable {
        var text: String
        var caseSensitive: Bool
        var isTicker: Bool
        var source: String
    }

    /// A parent id named on a line, checked once every file of a set is read.
    typealias ParentReference = (line: DictionaryFile.Line, id: String, parent: String)

    private func checkParents(_ parents: [ParentReference]) throws {
        for p in parents {
            guard p.parent != p.id else { throw p.line.error("'\(p.id)' cannot be its own parent") }
            guard indexByID[p.parent] != nil else { throw p.line.error("unknown parent id '\(p.parent)' of '\(p.id)'") }
        }
    }

    private mutating func read(_ file: DictionaryFile, extending: Bool, seen: inout [String: String]) throws -> [ParentReference] {
        var parents = [ParentReference]()
        for line in file.lines {
            guard line.fields.count >= 2 else {
                throw line.error("expected tab-separated fields id, name, aliases, parent, tickers; found \(line.fields.count) field (is the separator a tab?)")
            }
            guard line.fields.count <= 5 else {
                throw line.error("expected at most 5 tab-separated fields (id, name, aliases, parent, tickers), found \(line.fields.count)")
            }
            let id = line[0]
            guard Self.isValidID(id) else {
                throw line.error("invalid id '\(id)': use lowercase ASCII letters and digits, words joined by '-'")
            }
            let place = "\(file.name):\(line.number)"
            if let first = seen[id] { throw line.error("duplicate id '\(id)' (first defined at \(first))") }
            seen[id] = place
            let name = line[1], parent = line[3]
            var aliases = [AliasSpec](), removed = [String]()
            for raw in line.list(2) {
                if raw.hasPrefix("-") && raw.count > 1 {
                    removed.append(String(raw.dropFirst()))
                    continue
                }
                let caseSensitive = raw.hasPrefix("=")
                let text = caseSensitive ? raw.dropFirst().trimmingCharacters(in: " ") : raw
                guard !text.isEmpty else { throw line.error("empty alias '\(raw)' in field 3") }
                aliases.append(AliasSpec(text: text, caseSensitive: caseSensitive || Self.isShortCapitals(text), isTicker: false, source: place))
            }
            let tickers = line.list(4)
            if let index = indexByID[id] {
                guard extending else { throw line.error("duplicate id '\(id)'") }
                if !name.isEmpty { companies[index].name = name }
                if !parent.isEmpty { companies[index].parent = parent }
                for r in removed {
                    companies[index].aliases.removeAll { $0 == r }
                    specs[index].removeAll { $0.text == r && !$0.isTicker }
                }
                for a in aliases where !companies[index].aliases.contains(a.text) {
                    companies[index].aliases.append(a.text)
                    specs[index].append(a)
                }
                for t in tickers where !companies[index].tickers.contains(t) {
                    companies[index].tickers.append(t)
                    specs[index].append(AliasSpec(text: t, caseSensitive: true, isTicker: true, source: place))
                }
            } else {
                guard !name.isEmpty else { throw line.error("new company '\(id)' needs a display name in field 2") }
                guard removed.isEmpty else { throw line.error("'-\(removed[0])' removes an alias, but '\(id)' is a new company") }
                var all = aliases
                if !aliases.contains(where: { $0.text.lowercased() == name.lowercased() }) {
                    all.insert(AliasSpec(text: name, caseSensitive: Self.isShortCapitals(name), isTicker: false, source: place), at: 0)
                }
                all += tickers.map { AliasSpec(text: $0, caseSensitive: true, isTicker: true, source: place) }
                indexByID[id] = companies.count
                companies.append(Company(id: id, name: name, aliases: all.filter { !$0.isTicker }.map(\.text),
                                         parent: parent.isEmpty ? nil : parent, tickers: tickers))
                specs.append(all)
            }
            if !parent.isEmpty { parents.append((line, id, parent)) }
        }
        return parents
    }

    static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }

    /// Short all-capital Latin aliases (`AMD`, `IDC`, `TOTO`) are words only in capitals.
    static func isShortCapitals(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count <= 5, scalars.contains(where: { $0 >= "A" && $0 <= "Z" }) else { return false }
        return scalars.allSatisfy { ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || "&.-".unicodeScalars.contains($0) }
    }

    // MARK: - Context rules

    private mutating func readRules(_ file: DictionaryFile) throws {
        for line in file.lines {
            try line.expect(fields: 3)
            guard line.fields.count == 3 else { throw line.error("expected 3 tab-separated fields (alias, rule, words), found \(line.fields.count)") }
            let alias = key(line[0])
            guard !alias.isEmpty else { throw line.error("empty alias") }
            let words = line.list(2)
            guard !words.isEmpty else { throw line.error("rule '\(line[1])' for '\(line[0])' lists no words") }
            var set = ContextRule.Words()
            for w in words {
                switch w {
                case "@company": set.company = true
                case "@cjk": set.cjk = true
                case "@digit": set.digit = true
                default:
                    if w.hasPrefix("@") { throw line.error("unknown special word '\(w)' (use @company, @cjk or @digit)") }
                    set.words.append(keyScalars(w))
                }
            }
            var rule = rules[alias] ?? ContextRule()
            switch line[1] {
            case "not-after": rule.notAfter.merge(set)
            case "not-before": rule.notBefore.merge(set)
            case "only-after": rule.onlyAfter.merge(set)
            case "only-before": rule.onlyBefore.merge(set)
            default: throw line.error("unknown rule '\(line[1])' (use not-after, not-before, only-after or only-before)")
            }
            rules[alias] = rule
        }
    }

    private func checkRules(_ file: DictionaryFile) throws {
        for line in file.lines where trie.value(for: keyScalars(line[0])) == nil {
            throw line.error("no company has the alias '\(line[0])'")
        }
    }

    // MARK: - Compiling

    /// One compiled alias key: the company it names and how it must match.
    struct AliasEntry: Sendable {
        /// Index into ``CompanyDictionary/companies``.
        var company: Int
        /// Forms the folded text must equal exactly; empty when any case matches.
        var exactForms: [[UInt32]]
        /// The key starts or ends with an ASCII letter or digit: it needs a word boundary there.
        var latinStart: Bool
        var latinEnd: Bool
        /// Index into ``CompanyDictionary/contextRules``, or -1.
        var rule: Int32
        var source: String
    }

    /// The folded, ASCII-lowercased scalars the trie is keyed by.
    func keyScalars(_ s: String) -> [UInt32] { Self.keyScalars(s, folding) }

    /// ``keyScalars(_:)`` without `self`: a mutating method that calls the instance one copies the whole dictionary each time.
    static func keyScalars(_ s: String, _ folding: CharacterFolding) -> [UInt32] {
        s.unicodeScalars.map { c in
            let f = folding.fold(c.value)
            return f >= 0x41 && f <= 0x5A ? f + 0x20 : f
        }
    }

    private func key(_ s: String) -> String { String(scalarValues: keyScalars(s)) }

    private mutating func compile() {
        let folding = folding
        var trie = Trie<Int32>()
        var entries = [AliasEntry]()
        var ruleIndex = [String: Int32]()
        var contextRules = [ContextRule]()
        var conflicts = [String]()
        for (index, company) in companies.enumerated() {
            for spec in specs[index] {
                // Tickers match only with an exchange suffix (0700.HK) or four or more letters (NVDA).
                if spec.isTicker && !(spec.text.contains(".") || spec.text.count >= 4) { continue }
                let k = Self.keyScalars(spec.text, folding)
                guard let first = k.first, let last = k.last else { continue }
                let folded = spec.text.unicodeScalars.map { folding.fold($0.value) }
                if let existing = trie.value(for: k) {
                    var e = entries[Int(existing)]
                    if e.company == index {
                        if spec.caseSensitive && !e.exactForms.isEmpty {
                            e.exactForms += Self.exactForms(folded).filter { !e.exactForms.contains($0) }
                        } else if !spec.caseSensitive {
                            e.exactForms = []
                        }
                        entries[Int(existing)] = e
                        continue
                    }
                    let other = companies[e.company].id
                    conflicts.append("\(spec.source): alias '\(spec.text)' of '\(company.id)' is also an alias of '\(other)' (\(e.source)); '\(company.id)' wins")
                }
                let ks = String(scalarValues: k)
                var r: Int32 = -1
                if let rule = rules[ks] {
                    if let i = ruleIndex[ks] { r = i } else {
                        r = Int32(contextRules.count)
                        contextRules.append(rule)
                        ruleIndex[ks] = r
                    }
                }
                let entry = AliasEntry(company: index, exactForms: spec.caseSensitive ? Self.exactForms(folded) : [],
                                       latinStart: Self.isASCIIAlnum(first), latinEnd: Self.isASCIIAlnum(last),
                                       rule: r, source: spec.source)
                if let existing = trie.value(for: k) {
                    entries[Int(existing)] = entry
                } else {
                    trie.insert(k, Int32(entries.count))
                    entries.append(entry)
                }
            }
        }
        var bits = [UInt64](repeating: 0, count: 1024)
        for (index, _) in companies.enumerated() {
            for spec in specs[index] {
                if let c = Self.keyScalars(spec.text, folding).first, c < 0x10000 { bits[Int(c >> 6)] |= 1 << UInt64(c & 63) }
            }
        }
        self.startBits = bits
        self.trie = trie
        self.entries = entries
        self.contextRules = contextRules
        self.conflicts += conflicts
    }

    /// The form as written and in capitals (`Meta`, `META`).
    private static func exactForms(_ folded: [UInt32]) -> [[UInt32]] {
        let upper = folded.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        return upper == folded ? [folded] : [folded, upper]
    }

    @inline(__always)
    static func isASCIIAlnum(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}

/// What must or must not stand next to a common-word alias (`ambiguity.tsv`).
struct ContextRule: Sendable {
    /// A set of neighbouring words, keyed like the trie (folded, ASCII lowercase).
    struct Words: Sendable {
        var words: [[UInt32]] = []
        /// Another company mention, next to it or past a list separator.
        var company = false
        /// A Chinese character or punctuation mark.
        var cjk = false
        /// A digit, ASCII or Chinese.
        var digit = false

        var isEmpty: Bool { words.isEmpty && !company && !cjk && !digit }

        mutating func merge(_ other: Words) {
            words += other.words
            company = company || other.company
            cjk = cjk || other.cjk
            digit = digit || other.digit
        }
    }

    var notAfter = Words()
    var notBefore = Words()
    var onlyAfter = Words()
    var onlyBefore = Words()

    var hasOnly: Bool { !onlyAfter.isEmpty || !onlyBefore.isEmpty }
    var needsCompany: Bool { onlyAfter.company || onlyBefore.company }
}

extension FactExtractor {
    /// The company with this id, built-in or from a user dictionary; for the id of a name no
    /// dictionary knows (`~燧原科技`), a company of that name alone.
    public func company(id: String) -> Company? { companyDictionary.company(id: id) }

    /// Aliases claimed by two companies across the loaded dictionaries (the later claim wins),
    /// one `file:line: …` message each; empty for the built-in dictionary alone.
    public var companyConflicts: [String] { companyDictionary.conflicts }
}
