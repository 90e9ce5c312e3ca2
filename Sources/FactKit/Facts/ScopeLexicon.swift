/// What a word of `status.tsv` or `segments.tsv` does for a fact's scope: whether the figure is
/// reported or expected, and whether it covers the whole company or a part of it.
enum ScopeRole: String, Hashable, Sendable, CaseIterable {
    // status.tsv
    /// Makes the figures after it in its sentence forecasts (预计, 指引, expects, guidance), until an `actual` word.
    case forecast
    /// Like `forecast`, but an estimate of a period that has ended is of an actual figure (估算, 承诺).
    case estimate
    /// Makes the figure right before it a forecast (`$1.83 expected`, `318億至330億美元財測`).
    case forecastAfter = "forecast-after"
    /// Ends the reach of a forecast word before it (但, 截至, but, against).
    case actual
    // segments.tsv
    /// Ends a segment's name and is left out of it (业务, 部门, segment, division); alone before a
    /// metric, it names the segment last in focus (分部毛利率, Segment operating income).
    case marker
    /// Names the segment last in focus (该业务, the unit's).
    case anaphor
    /// Announces that the figures after it are parts of the company (其中, 分业务看, of which).
    case context
    /// A place that is a segment by itself (中国, 海外, China, overseas): 中国区, 北美地区, revenue from China.
    case region
    /// A word that is never part of a segment's name (公司, 总, 全年, total, net, its).
    case stop
    /// A word standing between a name and its metric word, stepped over there (AI伺服器又占, The segment now
    /// makes up); elsewhere it ends a name like a stop word (又, 已, 仍, still).
    case adverb
    /// A word of the whole company (公司, 总, 整体, total, net): a metric word after it does not continue the segment
    /// of the figure before it.
    case whole
    /// Joins an English metric word to the segment after it (`revenue in` the Data Center segment).
    case link
    /// A Chinese word after a metric word that names where the figure comes from (订单来自EUV).
    case source
    /// Joins two names into one segment's name (遊戲與AI PC, Automotive and robotics).
    case join
    /// A metric word that is a verb (shipped, delivered, 交付): the words before it are its subject, no segment's name.
    case verb
    /// A noun that people are counted in (jobs, roles, staff): the words between a count and it name the part
    /// of the company (14,000 corporate jobs), and a name after it may too (1,900 positions in its gaming division).
    case counted
}

/// The roles of one word (a word may be listed with several: 预期 before and after a figure).
struct ScopeRoles: OptionSet, Hashable, Sendable {
    let rawValue: UInt16
    init(rawValue: UInt16) { self.rawValue = rawValue }
    init(_ role: ScopeRole) { rawValue = 1 << UInt16(ScopeRole.allCases.firstIndex(of: role)!) }
}

/// One word of a ``ScopeLexicon`` found in a text.
struct ScopeWord: Hashable, Sendable {
    var roles: ScopeRoles
    var span: TextSpan

    func has(_ role: ScopeRole) -> Bool { roles.contains(ScopeRoles(role)) }
}

/// The words of `Dictionaries/data/status.tsv` and `segments.tsv`, one trie; matched like cues:
/// over folded, lowercased text, longest word first, Latin words whole.
struct ScopeLexicon: Sendable {
    private(set) var trie = Trie<Int32>()
    private(set) var roles = [ScopeRoles]()

    static func builtin() throws -> ScopeLexicon {
        var lexicon = ScopeLexicon()
        try lexicon.add(BuiltinDictionaries.file("status.tsv"), allowed: [.forecast, .estimate, .forecastAfter, .actual])
        try lexicon.add(BuiltinDictionaries.file("segments.tsv"), allowed: [.marker, .anaphor, .context, .region, .stop, .adverb, .whole, .link, .source, .join, .verb, .counted])
        return lexicon
    }

    /// Adds the lines `word<TAB>role` of a file; a role outside `allowed` is an error naming the line.
    mutating func add(_ file: DictionaryFile, allowed: [ScopeRole]) throws {
        for line in file.lines {
            try line.expect(fields: 2)
            guard let role = ScopeRole(rawValue: line[1]), allowed.contains(role) else {
                throw line.error("unknown role '\(line[1])'; one of: \(allowed.map(\.rawValue).joined(separator: " "))")
            }
            let key = CueLexicon.key(line[0])
            if let k = trie.value(for: key) {
                roles[Int(k)].insert(ScopeRoles(role))  // a word listed again takes both roles
            } else {
                roles.append(ScopeRoles(role))
                trie.insert(key, Int32(roles.count - 1))
            }
        }
    }

    /// The words in `range`, left to right, longest first; Latin words only whole.
    func words(in text: ScalarText, range: TextSpan) -> [ScopeWord] {
        var found = [ScopeWord]()
        let s = text.folded
        @inline(__always) func isWord(_ c: UInt32) -> Bool { c < 0x80 && (CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c)) }
        var i = range.start
        while i < range.end {
            let c = CueLexicon.lower(s[i])
            // Inside a Latin word no word starts (checked below too): skip without a walk.
            guard trie.mayStart(with: c), !(isWord(c) && i > range.start && isWord(CueLexicon.lower(s[i - 1]))),
                  let match = trie.longestMatchIgnoringASCIICase(in: s, at: i, limit: range.end) else { i += 1; continue }
            let end = i + match.length
            if isWord(c) {
                let before = i > range.start ? CueLexicon.lower(s[i - 1]) : 0x20
                let after = end < range.end ? CueLexicon.lower(s[end]) : 0x20
                if isWord(before) || (isWord(CueLexicon.lower(s[end - 1])) && isWord(after)) { i += 1; continue }
            }
            found.append(ScopeWord(roles: roles[Int(match.value)], span: TextSpan(start: i, end: end)))
            i = end
        }
        return found
    }
}
