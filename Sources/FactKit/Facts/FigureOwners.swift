/// Whose a figure is when the sentence names no company for it: an economy's (出口, GDP: no company's fact at all),
/// or the maker of a product the sentence names (iPhone 17售价5999元 is Apple's price, 鸿蒙的份额 Huawei's share).
/// Also the per-share reading of a profit cue (每股美国存托股份摊薄净亏损0.62元 is a loss per share), and the units
/// of a ranking (华为以4670万台重回第一).
extension FactLinker {

    /// Whether a figure is a statistic of an economy: the sentence names no company that may be its subject (only
    /// sources, objects…: 高盛指出), and an economy word (markers.tsv role `economy`: 出口 GDP 经常账户) stands before
    /// the figure (印度服务出口以11%的年复合增长率增长, 服务出口额占印度GDP的比重攀升至9.7%). Such figures are no
    /// company's facts.
    func isEconomyFigure(_ q: Quantity, in sentence: SentenceFindings, roles: [MarkerRole?]) -> Bool {
        guard roles.allSatisfy({ $0 != nil }) else { return false }
        return sentence.cues.contains { cue in
            if case .marker(.economy) = cue.kind { return cue.span.end <= q.span.start }
            return false
        }
    }

    /// The maker of the product named before a figure (products.tsv), when no possible subject stands before the
    /// figure in its sentence (roles: a source or an object is none) and no company stands between the product and
    /// it; in a sentence naming no possible subject at all, also the product named after the figure (按照售价2.5万美元
    /// 来计算，这35万块H100…). Only for the metrics the product's row lists.
    func productMaker(_ q: Quantity, metric: Metric, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?]) -> CompanyMention? {
        let makers = ProductMakers.builtin
        guard makers.metrics.contains(metric) else { return nil }
        let subjects = zip(sentence.mentions, roles).filter { $0.1 == nil }.map(\.0)
        guard !subjects.contains(where: { $0.span.end <= q.span.start }) else { return nil }
        let lastMention = sentence.mentions.last { $0.span.end <= q.span.start }?.span.end ?? sentence.span.start
        var found = makers.last(in: text, from: lastMention, to: q.span.start, metric: metric)
        if found == nil, subjects.isEmpty {
            let nextMention = sentence.mentions.first { $0.span.start >= q.span.end }?.span.start ?? sentence.span.end
            found = makers.first(in: text, from: q.span.end, to: nextMention, metric: metric)
        }
        guard let found, companies.company(id: found.company) != nil else { return nil }
        return CompanyMention(company: found.company, text: text.string(found.span), span: found.span)
    }

    /// A profit or loss cue right after a per-share word (markers.tsv role `pershare`: 每股, 每股美国存托股份) in the
    /// figure's clause is earnings per share.
    func isPerShare(_ metricCue: TextSpan?, in sentence: SentenceFindings) -> Bool {
        guard let cue = metricCue else { return false }
        return sentence.cues.contains { c in
            guard case .marker(.pershare) = c.kind else { return false }
            return c.span.end <= cue.start && cue.start - c.span.end <= FactLinker.perShareReach
        }
    }

    /// How many scalars may stand between a per-share word and its profit cue (每股美国存托股份摊薄净亏损).
    static let perShareReach = 10

    /// A count with a product classifier (台 辆 部: counts.tsv `units`) and no cue of its own, right after the company
    /// it follows in its clause, in a sentence that ranks companies (markers.tsv `ranking`: 第一 榜首 紧随其后): the
    /// units the ranking is by (华为以4670万台、16.4%的份额重回第一，苹果以4620万台紧随其后).
    func isRankedCount(_ q: Quantity, reading: Reading, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?],
                       clause: (Int) -> Int) -> Bool {
        guard reading == .count, !q.classifier.isEmpty, lexicon.classifierMetrics[q.classifier]?.first == .units,
              sentence.cues.contains(where: { if case .marker(.ranking) = $0.kind { return true }; return false }) else { return false }
        guard let m = Array(zip(sentence.mentions, roles)).last(where: { m, role in
            role == nil && m.span.end <= q.span.start && clause(m.span.start) == clause(q.span.start)
        })?.0 else { return false }
        // Only particles (以 则 的), markers, change words, periods and figures between: 召回11411辆 has a word of its own.
        return (m.span.end..<q.span.start).allSatisfy { i in
            let c = text.folded[i]
            guard CharacterClass.isIdeographic(c) else { return true }
            if FactLinker.rankParticles.contains(c) { return true }
            if sentence.periods.contains(where: { $0.span.start <= i && i < $0.span.end }) { return true }
            if sentence.quantities.contains(where: { $0.span.start <= i && i < $0.span.end }) { return true }
            return sentence.cues.contains { cue in
                guard cue.span.start <= i && i < cue.span.end else { return false }
                switch cue.kind {
                case .marker, .direction: return true
                default: return false
                }
            }
        }
    }

    /// 以 则 的: the particles between a company and the count it ranks by (华为以4670万台, vivo则从上年的4930万台).
    static let rankParticles: Set<UInt32> = [0x4EE5, 0x5219, 0x7684]
}

/// Product and brand names and their makers (products.tsv: `name<TAB>company id[<TAB>metrics]`). Chinese names
/// match as written (folded like the text); Latin names ignore case and match whole words, a model number may follow
/// (iPhone 17). A row's metrics default to price, units and market share.
struct ProductMakers: Sendable {
    struct Entry: Sendable {
        var key: [UInt32]
        var company: String
        var latin: Bool
        var metrics: Set<Metric>
    }
    private(set) var entries: [Entry] = []
    /// The metrics any row stands for.
    private(set) var metrics: Set<Metric> = []
    /// The entries (their indices, longest first) by their first scalar: most places start none.
    private(set) var byFirst: [UInt32: [Int]] = [:]
    /// Their first scalars, for a quick look whether a place may start one.
    private(set) var firsts = ScalarSet()
    static let defaultMetrics: Set<Metric> = [.price, .units, .marketShare]

    static let builtin: ProductMakers = {
        guard BuiltinDictionaries.contains("products.tsv"), let file = try? BuiltinDictionaries.file("products.tsv") else { return ProductMakers() }
        var makers = ProductMakers()
        for line in file.lines where line.fields.count >= 2 {
            let key = CueLexicon.key(line[0])
            let listed = line.fields.count > 2 ? Set(line[2].split(separator: "|").compactMap { Metric(rawValue: String($0)) }) : []
            let metrics = listed.isEmpty ? defaultMetrics : listed
            makers.entries.append(Entry(key: key, company: line[1], latin: key.allSatisfy { $0 < 0x80 }, metrics: metrics))
            makers.metrics.formUnion(metrics)
        }
        // Longest first: 小米SU7 before SU7.
        makers.entries.sort { $0.key.count > $1.key.count }
        for (k, e) in makers.entries.enumerated() where !e.key.isEmpty {
            makers.byFirst[e.key[0], default: []].append(k)
            makers.firsts.insert(e.key[0])
        }
        return makers
    }()

    /// Whether a name may start at `i`: its scalar starts some name, and a Latin one starts a word.
    @inline(__always) private func mayStart(_ s: [UInt32], at i: Int) -> Bool {
        let c = CueLexicon.lower(s[i])
        guard firsts.contains(c) else { return false }
        guard c < 0x80, i > 0 else { return true }
        let p = CueLexicon.lower(s[i - 1])
        return !(p < 0x80 && (CharacterClass.isLetter(p) || CharacterClass.isASCIIDigit(p)))
    }

    /// The entry matching at `i` whose end is at most `limit`, for `metric`.
    private func match(_ s: [UInt32], at i: Int, limit: Int, metric: Metric) -> Entry? {
        @inline(__always) func isWord(_ c: UInt32) -> Bool { c < 0x80 && (CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c)) }
        let first = CueLexicon.lower(s[i])
        guard firsts.contains(first), let candidates = byFirst[first] else { return nil }
        for k in candidates {
            let e = entries[k]
            guard i + e.key.count <= limit, e.metrics.contains(metric) else { continue }
            var matches = true
            for (j, c) in e.key.enumerated() where CueLexicon.lower(s[i + j]) != c { matches = false; break }
            guard matches else { continue }
            if e.latin {
                let end = i + e.key.count
                if i > 0, isWord(CueLexicon.lower(s[i - 1])) { continue }
                if end < s.count, CharacterClass.isLetter(s[end]), s[end] < 0x80 { continue }
            }
            return e
        }
        return nil
    }

    /// The last product named in `from..<to` for `metric`, with its maker and span.
    func last(in text: ScalarText, from: Int, to: Int, metric: Metric) -> (company: String, span: TextSpan)? {
        let s = text.folded
        var i = to - 1
        while i >= from {
            if mayStart(s, at: i), let e = match(s, at: i, limit: to, metric: metric) { return (e.company, TextSpan(start: i, end: i + e.key.count)) }
            i -= 1
        }
        return nil
    }

    /// The first product named in `from..<to` for `metric`.
    func first(in text: ScalarText, from: Int, to: Int, metric: Metric) -> (company: String, span: TextSpan)? {
        let s = text.folded
        var i = from
        while i < to {
            if mayStart(s, at: i), let e = match(s, at: i, limit: to, metric: metric) { return (e.company, TextSpan(start: i, end: i + e.key.count)) }
            i += 1
        }
        return nil
    }
}

extension FactLinker {
    /// Whether a bare number (no unit, classifier or scale word) is written onto the company name before it with no
    /// space: a model name (阿维塔12, 极氪001), no figure.
    func isModelNumber(_ q: Quantity, reading: Reading, text: ScalarText, sentence: SentenceFindings) -> Bool {
        guard reading == .bare, !q.text.contains(where: { FactLinker.scaleWords.contains($0) }) else { return false }
        return sentence.mentions.contains { $0.span.end == q.span.start && CharacterClass.isIdeographic(text.folded[$0.span.end - 1]) }
    }

    /// Whether two names are joined as a list after a model name written onto the first (智界S7和阿维塔12): letters
    /// and digits right after `a`, then only list separators.
    static func joinedAfterModel(_ a: CompanyMention, _ b: CompanyMention, _ text: ScalarText) -> Bool {
        var k = a.span.end
        while k < b.span.start, text.folded[k] < 0x80, CharacterClass.isLetter(text.folded[k]) || CharacterClass.isASCIIDigit(text.folded[k]) { k += 1 }
        guard k > a.span.end, k < b.span.start, b.span.start - k <= 2, CharacterClass.isIdeographic(text.folded[a.span.end - 1]) else { return false }
        return (k..<b.span.start).allSatisfy { text.folded[$0] == 0x3001 || text.folded[$0] == 0x548C || text.folded[$0] == 0x4E0E || text.folded[$0] == 0x53CA }
    }
}

extension FactLinker {
    /// Whether a metric cue before figure `q` qualifies an earlier figure through 的 (以1830亿美元的投后估值完成130亿美元
    /// F轮融资: 估值 is the 1830亿's): the earlier figure, then 的 and at most a few words, then the cue.
    func cueOwnedByFigureBefore(_ cue: Cue, _ q: Quantity, in sentence: SentenceFindings, text: ScalarText) -> Bool {
        guard let owner = sentence.quantities.last(where: { $0.span.end <= cue.span.start && $0.span.start < q.span.start }),
              owner.span.end < cue.span.start, text.folded[owner.span.end] == 0x7684,  // 的
              cue.span.start - owner.span.end <= FactLinker.ownedCueReach else { return false }
        return (owner.span.end..<cue.span.start).allSatisfy { CharacterClass.isIdeographic(text.folded[$0]) }
    }

    /// How far (in scalars, 的 included) a cue may stand after the figure it qualifies (的投后估值).
    static let ownedCueReach = 5

    /// Whether a figure is a market quote (markers.tsv role `quote`: 股价 收盘价 — 股价报1587.91元): the nearest cue
    /// before it in its clause is a quote word. A quote is no fact.
    func isQuote(_ q: Quantity, sameClauseBefore: [Cue]) -> Bool {
        guard let last = sameClauseBefore.last(where: { cue in
            switch cue.kind {
            case .metric, .marker(.quote): return true
            default: return false
            }
        }) else { return false }
        if case .marker(.quote) = last.kind { return true }
        return false
    }
}

extension FactLinker {
    /// Whether a spending figure of no company is a market's size: a market word (markers.tsv role `market`: 全球 行业
    /// 全国) stands before its cue in the sentence (全球人工智能支出将达到6320亿美元).
    func isMarketSpending(_ metric: Metric, cue: TextSpan?, in sentence: SentenceFindings) -> Bool {
        guard metric == .spending, let cue else { return false }
        return sentence.cues.contains { c in
            if case .marker(.market) = c.kind { return c.span.end <= cue.start }
            return false
        }
    }
}

extension FactLinker {
    /// Whether a count's classifier counts only after digits or a scale word (counts.tsv flag `digits`) and the count
    /// has neither (两个职位, 五个): a generic classifier in words counts no metric.
    func isWordCountOfGenericClassifier(_ q: Quantity, reading: Reading) -> Bool {
        guard reading == .count, lexicon.digitClassifiers.contains(q.classifier) else { return false }
        return !q.text.unicodeScalars.contains { CharacterClass.isASCIIDigit($0.value) }
            && !q.text.contains(where: { FactLinker.scaleWords.contains($0) })
    }
}

