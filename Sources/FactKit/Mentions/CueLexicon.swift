/// A word of the fact stage's lexicon, found in a text: a metric cue, a change cue, an
/// attribution marker or a period word (`Dictionaries/data/{metrics,changes,markers,periods}.tsv`).
struct Cue: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// The metrics a cue can name, in order of preference, and its flags.
        case metric([Metric], MetricFlags)
        case basis(Change)
        /// +1 for a rise, -1 for a fall.
        case direction(Int)
        /// A rise or fall against a basis in one word (年增 = +1 yoy).
        case directedBasis(Int, Change)
        case marker(MarkerRole)
        case period(PeriodWord)
    }

    var kind: Kind
    var span: TextSpan
}

/// Flags of a metric cue (see metrics.tsv).
struct MetricFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let negative = MetricFlags(rawValue: 1)
    static let rate = MetricFlags(rawValue: 2)
    static let item = MetricFlags(rawValue: 4)
    static let noCompany = MetricFlags(rawValue: 8)
    static let near = MetricFlags(rawValue: 16)
    static let weak = MetricFlags(rawValue: 32)
}

/// Roles of attribution markers (see markers.tsv).
enum MarkerRole: String, Hashable, Sendable, CaseIterable {
    case object, source, reporter, venue, examples, selfReport = "self", perunit, none, distributive, respectively, unnamed, pronoun, level, conversion, apposition, comparison, aside, since, tolerance, economy, pershare, ranking, quote, market
}

/// A period word (see periods.tsv).
enum PeriodWord: Hashable, Sendable {
    case quarter(Int), half(Int), wholeYear, month(Int)
    case thisYear, lastYear, nextYear, thisQuarter, lastQuarter, nextQuarter, thatQuarter
    case samePeriodLastYear, samePeriod
    /// A part of a year from its start that is no period of FACTS.md (前三季, the first nine months): a figure
    /// of it has no period.
    case yearToDate

    /// Whether the word names a quarter by its number (第三季, Q3).
    var isQuarter: Bool { if case .quarter = self { return true }; return false }
}

/// The fact stage's words, one trie for all of them; longest match first.
struct CueLexicon: Sendable {
    /// Keys to indices of `kinds` (an index, not the kind itself: walking the trie then copies no arrays).
    private(set) var trie = Trie<Int32>()
    private(set) var kinds = [Cue.Kind]()
    /// The count metrics each classifier can carry (counts.tsv); a classifier not listed carries none.
    private(set) var classifierMetrics: [String: [Metric]] = [:]
    /// Classifiers that name their metric by themselves (counts.tsv flag `names`: 卡 → gpu_count).
    private(set) var namingClassifiers: Set<String> = []
    /// Classifiers that count only after digits or a scale word (counts.tsv flag `digits`: 1.6万个岗位, not 两个职位).
    private(set) var digitClassifiers: Set<String> = []
    /// The last characters of naming classifiers, for a quick look whether a sentence may hold one.
    private(set) var namingClassifierEnds = ScalarSet()
    /// Ids of companies that report on others (sources.tsv: news agencies, researchers, exchanges).
    private(set) var sourceCompanies: Set<String> = []
    /// Of those, the ones with results of their own (sources.tsv kind `analyst`: brokers, banks).
    private(set) var analystCompanies: Set<String> = []
    /// Words that open an aside clause (asides.tsv), as lowercased scalars.
    private(set) var asideOpeners: [[UInt32]] = []
    /// The month each company's fiscal year ends in, where not December (fiscal-years.tsv).
    private(set) var fiscalYearEnds: [String: Int] = [:]
    /// The nouns of English pronoun markers `the <noun>` (markers.tsv), which refer with up to two words between
    /// (the Chinese company, the Santa Clara-based chipmaker).
    private(set) var pronounNouns: [[UInt32]] = []
    /// Words of tables laid out as text (tables.tsv).
    private(set) var tables = TableLexicon()

    static func builtin() throws -> CueLexicon {
        var lexicon = CueLexicon()
        try lexicon.add(metrics: BuiltinDictionaries.file("metrics.tsv"))
        try lexicon.add(changes: BuiltinDictionaries.file("changes.tsv"))
        try lexicon.add(markers: BuiltinDictionaries.file("markers.tsv"))
        try lexicon.add(periods: BuiltinDictionaries.file("periods.tsv"))
        try lexicon.add(counts: BuiltinDictionaries.file("counts.tsv"))
        let sources = try BuiltinDictionaries.file("sources.tsv").lines
        lexicon.sourceCompanies = Set(sources.map { $0[0] })
        lexicon.analystCompanies = Set(sources.filter { $0.fields.count > 1 && $0[1] == "analyst" }.map { $0[0] })
        lexicon.tables = try TableLexicon.builtin()
        lexicon.asideOpeners = try BuiltinDictionaries.file("asides.tsv").lines.map { CueLexicon.key($0[0]) }
        for line in try BuiltinDictionaries.file("fiscal-years.tsv").lines {
            try line.expect(fields: 2)
            guard let month = Int(line[1]), (1...12).contains(month) else { throw line.error("expected a month 1-12, got '\(line[1])'") }
            lexicon.fiscalYearEnds[line[0]] = month
        }
        return lexicon
    }

    private mutating func insert(_ word: String, _ kind: Cue.Kind) {
        kinds.append(kind)
        trie.insert(CueLexicon.key(word), Int32(kinds.count - 1))
    }

    /// Keys are lowercased ASCII, matched against lowercased folded text.
    static func key(_ word: String) -> [UInt32] {
        word.unicodeScalars.map { lower($0.value) }
    }

    @inline(__always)
    static func lower(_ c: UInt32) -> UInt32 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }

    mutating func add(metrics file: DictionaryFile) throws {
        for line in file.lines {
            try line.expect(fields: 2)
            let metrics = try CueLexicon.metrics(line.list(1), line)
            var flags = MetricFlags()
            for flag in line[2].split(separator: ",").map({ $0.trimmingCharacters(in: " ") }) where !flag.isEmpty {
                switch flag {
                case "negative": flags.insert(.negative)
                case "rate": flags.insert(.rate)
                case "item": flags.insert(.item)
                case "nocompany": flags.insert(.noCompany)
                case "near": flags.insert(.near)
                case "weak": flags.insert(.weak)
                default: throw line.error("unknown flag '\(flag)'; one of: negative rate item nocompany near weak")
                }
            }
            insert(line[0], .metric(metrics, flags))
        }
    }

    static func metrics(_ names: [String], _ line: DictionaryFile.Line) throws -> [Metric] {
        guard !names.isEmpty else { throw line.error("no metric given") }
        return try names.map { name in
            guard let metric = Metric(rawValue: name) else {
                throw line.error("unknown metric '\(name)'; one of: \(Metric.allCases.map(\.rawValue).joined(separator: " "))")
            }
            return metric
        }
    }

    mutating func add(counts file: DictionaryFile) throws {
        for line in file.lines {
            try line.expect(fields: 2)
            classifierMetrics[line[0]] = try CueLexicon.metrics(line.list(1), line)
            switch line[2] {
            case "": break
            case "names":
                namingClassifiers.insert(line[0])
                if let last = line[0].unicodeScalars.last { namingClassifierEnds.insert(last.value) }
            case "digits": digitClassifiers.insert(line[0])
            default: throw line.error("unknown flag '\(line[2])'; flags: names digits")
            }
        }
    }

    mutating func add(changes file: DictionaryFile) throws {
        for line in file.lines {
            try line.expect(fields: 3)
            switch (line[1], line[2]) {
            case ("basis", let v):
                guard let change = Change(rawValue: v), change != .change else { throw line.error("basis must be yoy or qoq, got '\(v)'") }
                insert(line[0], .basis(change))
            case ("rise", let v), ("fall", let v):
                guard let change = Change(rawValue: v) else { throw line.error("a rise or fall is against yoy, qoq or change, got '\(v)'") }
                insert(line[0], .directedBasis(line[1] == "rise" ? 1 : -1, change))
            case ("direction", "+"): insert(line[0], .direction(1))
            case ("direction", "-"): insert(line[0], .direction(-1))
            default: throw line.error("expected 'basis yoy|qoq', 'direction +|-' or 'rise|fall yoy|qoq|change', got '\(line[1]) \(line[2])'")
            }
        }
    }

    mutating func add(markers file: DictionaryFile) throws {
        for line in file.lines {
            try line.expect(fields: 2)
            guard let role = MarkerRole(rawValue: line[1]) else {
                throw line.error("unknown role '\(line[1])'; one of: \(MarkerRole.allCases.map(\.rawValue).joined(separator: " "))")
            }
            insert(line[0], .marker(role))
            // `the company`, `the chipmaker`: the noun also refers with words before it (the Chinese company).
            let words = line[0].lowercased().split(separator: " ")
            if role == .pronoun, words.count == 2, words[0] == "the" { pronounNouns.append(CueLexicon.key(String(words[1]))) }
        }
    }

    mutating func add(periods file: DictionaryFile) throws {
        for line in file.lines {
            try line.expect(fields: 3)
            let n = Int(line[2]) ?? 0
            let word: PeriodWord
            switch line[1] {
            case "quarter" where (1...4).contains(n): word = .quarter(n)
            case "half" where (1...2).contains(n): word = .half(n)
            case "year": word = .wholeYear
            case "month" where (1...12).contains(n): word = .month(n)
            case "this-year": word = .thisYear
            case "last-year": word = .lastYear
            case "next-year": word = .nextYear
            case "this-quarter": word = .thisQuarter
            case "that-quarter": word = .thatQuarter
            case "last-quarter": word = .lastQuarter
            case "next-quarter": word = .nextQuarter
            case "same-period-last-year": word = .samePeriodLastYear
            case "same-period": word = .samePeriod
            case "year-to-date": word = .yearToDate
            default: throw line.error("unknown period part '\(line[1]) \(line[2])'; one of: quarter 1-4, half 1-2, month 1-12, year, this-year, last-year, next-year, this-quarter, that-quarter, last-quarter, next-quarter, same-period-last-year, same-period, year-to-date")
            }
            insert(line[0], .period(word))
        }
    }
}

/// Finds the cues of a ``CueLexicon`` in a span of text: longest match first, scanning left
/// to right over folded, lowercased scalars; Latin cues only as whole words.
/// A final class of constants: passing it around retains one object, not every table of the lexicon.
final class CueMatcher: Sendable {
    let lexicon: CueLexicon

    init(lexicon: CueLexicon) {
        self.lexicon = lexicon
    }

    func cues(in text: ScalarText, range: TextSpan) -> [Cue] {
        var found = [Cue]()
        found.reserveCapacity(8)
        let s = text.folded
        let trie = lexicon.trie
        @inline(__always) func lower(_ c: UInt32) -> UInt32 { CueLexicon.lower(c) }
        @inline(__always) func isWord(_ c: UInt32) -> Bool { c < 0x80 && (CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c)) }
        var i = range.start
        let n = range.end
        while i < n {
            let c = lower(s[i])
            // Inside a Latin word no cue starts (checked below too): skip without a walk.
            guard trie.mayStart(with: c), !(isWord(c) && i > range.start && isWord(lower(s[i - 1]))),
                  let match = trie.longestMatchIgnoringASCIICase(in: s, at: i, limit: n) else { i += 1; continue }
            let end = i + match.length
            if isWord(c) {
                // Latin cues match whole words only.
                let before = i > range.start ? lower(s[i - 1]) : 0x20
                let after = end < n ? lower(s[end]) : 0x20
                if isWord(before) || (isWord(lower(s[end - 1])) && (isWord(after) || after == 0x2D)) { i += 1; continue }
            }
            // A longer cue that starts inside this one and runs past it wins (消费用户规模: 用户规模, not 费用).
            var overtaken = false
            var j = i + 1
            while j < end {
                if trie.mayStart(with: lower(s[j])), let other = trie.longestMatchIgnoringASCIICase(in: s, at: j, limit: n),
                   j + other.length > end, other.length > match.length { overtaken = true; break }
                j += 1
            }
            if overtaken { i += 1; continue }
            found.append(Cue(kind: lexicon.kinds[Int(match.value)], span: TextSpan(start: i, end: end)))
            i = end
        }
        if !lexicon.pronounNouns.isEmpty { describedPronouns(in: text, range: range, into: &found) }
        return found
    }

    /// `the <word> [<word>] <noun>` of a pronoun marker `the <noun>` (the Chinese company, the Boise-based
    /// chipmaker's): a pronoun cue over the whole phrase, where no cue covers the noun already.
    private func describedPronouns(in text: ScalarText, range: TextSpan, into found: inout [Cue]) {
        let s = text.folded
        @inline(__always) func lower(_ c: UInt32) -> UInt32 { CueLexicon.lower(c) }
        @inline(__always) func isWordChar(_ c: UInt32) -> Bool { c < 0x80 && (CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c) || c == 0x2D || c == 0x27) }
        var added = [Cue]()
        var i = range.start
        while i + 4 < range.end {
            defer { i += 1 }
            guard lower(s[i]) == 0x74, lower(s[i + 1]) == 0x68, lower(s[i + 2]) == 0x65, s[i + 3] == 0x20,
                  i == range.start || !isWordChar(s[i - 1]) else { continue }
            // Up to three words after `the`; the last must be a pronoun noun, the ones before it no noun themselves.
            var k = i + 4
            for w in 0..<3 {
                let start = k
                while k < range.end, isWordChar(s[k]), s[k] != 0x27 { k += 1 }
                guard k > start else { break }
                let word = (start..<k).map { lower(s[$0]) }
                if w > 0, lexicon.pronounNouns.contains(word) {
                    let span = TextSpan(start: i, end: k)
                    if !found.contains(where: { $0.span.overlaps(span) && $0.span.end >= k }) {
                        added.append(Cue(kind: .marker(.pronoun), span: span))
                    }
                    break
                }
                guard k < range.end, s[k] == 0x20 else { break }
                k += 1
            }
        }
        guard !added.isEmpty else { return }
        // Cues inside the phrase (a metric word used as an adjective) give way to it.
        found.removeAll { cue in added.contains { $0.span.contains(cue.span) } }
        found += added
        found.sort { $0.span.start < $1.span.start }
    }
}
