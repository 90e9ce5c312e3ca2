import Foundation

/// Everything found in one sentence, ready for linking.
struct SentenceFindings {
    var span: TextSpan
    var quantities: [Quantity]
    var mentions: [CompanyMention]
    var cues: [Cue]
    var periods: [PeriodMention]
}

/// Joins the figures of a sentence with metric cues, change cues, periods and companies into
/// facts (FACTS.md). Value in, value out: the focus company and stated periods are passed in
/// and returned, never kept.
struct FactLinker: Sendable {
    let companies: CompanyDictionary

    /// What carries from one sentence to the next.
    struct Context {
        /// The company last in focus, with the sentence index where it was seen.
        var focus: CompanyMention?
        var focusSentence = -100
        var focusParagraph = -1
        var resolver: PeriodResolver
        var sentenceIndex = 0
        var paragraph = 0
    }

    /// How far back (in sentences) the focus company reaches.
    static let focusReach = 4

    // MARK: Readings and compatibility

    enum Reading { case money, percent, pp, count, bare }

    static let moneyMetrics: Set<Metric> = [.revenue, .netProfit, .grossProfit, .operatingIncome, .expense, .capex,
                                            .spending, .orders, .price, .valuation, .funding, .dealValue, .marketSize]
    static let countMetrics: Set<Metric> = [.gpuCount, .units, .headcount, .layoffs, .users, .orders]
    static let percentMetrics: Set<Metric> = [.grossMargin, .marketShare, .share, .growth, .layoffs]

    static func reading(_ q: Quantity) -> Reading {
        switch q.kind {
        case .money: return .money
        case .percent: return q.unit == .pp ? .pp : .percent
        case .number: return q.unit == .count ? .count : .bare
        }
    }

    static func compatible(_ metric: Metric, _ reading: Reading, changed: Bool) -> Bool {
        switch reading {
        case .money: return moneyMetrics.contains(metric)
        case .count: return countMetrics.contains(metric)
        case .bare: return moneyMetrics.contains(metric) || countMetrics.contains(metric)
        case .percent: return changed || percentMetrics.contains(metric)
        case .pp: return true
        }
    }

    // MARK: Linking

    func facts(document: String, text: ScalarText, sentence: SentenceFindings, context: inout Context) -> [Fact] {
        let clauses = clauseBreaks(text, sentence.span)
        func clause(_ pos: Int) -> Int { var k = 0; while k < clauses.count, clauses[k] <= pos { k += 1 }; return k }

        // Periods of this sentence, resolved in order; the first explicit one is the sentence's period.
        var resolver = context.resolver
        var resolved = [(PeriodMention, Period?)]()
        var sentencePeriod: Period?
        for m in sentence.periods {
            let p = resolver.resolve(m, sentencePeriod: sentencePeriod)
            resolved.append((m, p))
            if let p, m.year != nil || m.word != nil || m.month != nil {
                if m.year != nil { resolver.statedYear = p.year; if case .quarter = p.part { resolver.statedQuarter = p } }
                if sentencePeriod == nil || m.year != nil { sentencePeriod = p }
            }
        }

        let sentenceText = text.string(sentence.span)
        var facts = [Fact]()
        var previous: (quantity: Quantity, facts: [Fact])?
        for q in sentence.quantities {
            let made = link(q, text: text, sentence: sentence, sentenceText: sentenceText, clause: clause,
                            periods: resolved, document: document, context: context, previous: previous)
            if !made.isEmpty { previous = (q, made) }
            facts += made
        }

        // Focus: the first company of the sentence that is its subject (not an object or a source).
        if let subject = sentence.mentions.first(where: { role(of: $0, in: sentence) == nil }) {
            context.focus = subject
            context.focusSentence = context.sentenceIndex
            context.focusParagraph = context.paragraph
        }
        context.resolver = resolver
        context.sentenceIndex += 1
        return facts
    }

    private func link(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, sentenceText: String,
                      clause: (Int) -> Int, periods: [(PeriodMention, Period?)], document: String,
                      context: Context, previous: (quantity: Quantity, facts: [Fact])?) -> [Fact] {
        let reading = FactLinker.reading(q)
        let qClause = clause(q.span.start)
        let before = sentence.cues.filter { $0.span.end <= q.span.start }
        let sameClauseBefore = before.filter { clause($0.span.start) == qClause }
        var rules = [String]()

        // A conversion in parentheses (约合 28 亿元人民币) repeats the previous figure's facts.
        if let prev = previous, let last = sameClauseBefore.last, case .marker(.conversion) = last.kind,
           q.kind == .money, prev.quantity.kind == .money, q.span.start - prev.quantity.span.end <= 12 {
            return prev.facts.map { f in
                var g = f
                g.value = q.value; g.unit = q.unit; g.qualifier = q.qualifier == .exact ? .approx : q.qualifier
                g.low = q.low; g.high = q.high; g.text = q.text; g.span = q.span
                g.confidence = max(0.5, f.confidence - 0.05)
                g.rule = "<conversion> of the previous figure"
                return g
            }
        }

        // Change: a direction word in the figure's clause, after the last level word; a basis anywhere before it.
        var sign = 0
        var change: Change?
        for cue in sameClauseBefore.reversed() {
            if case .marker(.level) = cue.kind { break }
            if case .metric = cue.kind { break }
            if case .direction(let d) = cue.kind { sign = d; break }
        }
        if sign == 0, q.explicitSign, reading == .percent || reading == .pp { sign = q.value < 0 ? -1 : 1 }
        if sign != 0 || reading == .pp {
            change = .change
            if let basis = before.last(where: { if case .basis = $0.kind { return true }; return false }),
               case .basis(let b) = basis.kind { change = b }
            rules.append(sign < 0 ? "<fall>" : "<rise>")
        }

        // Metric: the nearest compatible cue in the clause before the figure, then after it, then earlier clauses.
        var metric: Metric?
        var flags = MetricFlags()
        var cueDistancePenalty = 0.0
        var itemCue: String?
        func metricCues(_ cues: [Cue]) -> [(Cue, Metric, MetricFlags)] {
            cues.compactMap { if case .metric(let m, let f) = $0.kind { return ($0, m, f) }; return nil }
        }
        let candidatesBefore = metricCues(sameClauseBefore).reversed()
        let candidatesAfter = metricCues(sentence.cues.filter { $0.span.start >= q.span.end && clause($0.span.start) == qClause })
        let candidatesEarlier = metricCues(before.filter { clause($0.span.start) < qClause }).reversed()
        // A counted GPU (1万块A100, 10 张) is a GPU count whatever verb stands before it.
        if reading == .count || reading == .bare {
            if let gpu = metricCues(sentence.cues.filter { $0.span.start >= q.span.end && $0.span.start - q.span.end <= 3 })
                .first(where: { $0.2.contains(.item) }) {
                metric = .gpuCount; itemCue = text.string(gpu.0.span); rules.append("<count> <gpu>")
            } else if !q.item.isEmpty, let m = metricCues(sentence.cues.filter { $0.span.overlaps(q.span) || q.span.contains($0.span) }).first(where: { $0.2.contains(.item) }) {
                metric = .gpuCount; itemCue = text.string(m.0.span); rules.append("<count> <gpu>")
            }
        }
        if metric == nil {
            let ordered: [(Cue, Metric, MetricFlags, Double, String)] =
                candidatesBefore.map { ($0.0, $0.1, $0.2, 0.0, "<cue> … <figure>") } +
                candidatesAfter.map { ($0.0, $0.1, $0.2, 0.1, "<figure> … <cue>") } +
                candidatesEarlier.map { ($0.0, $0.1, $0.2, 0.05, "<cue>, … <figure>") }
            for (cue, m, f, penalty, rule) in ordered {
                if f.contains(.rate) {
                    guard reading == .percent || reading == .pp else { continue }
                    // 增速 35%: a change of the metric named before it, else growth.
                    let earlierMetric = metricCues(before.filter { $0.span.end <= cue.span.start }).last(where: { !$0.2.contains(.rate) && !$0.2.contains(.item) })
                    metric = earlierMetric?.1 ?? .growth
                    flags = earlierMetric?.2 ?? f
                    if change == nil { change = .change }
                    rules.append(rule + " (rate)")
                    cueDistancePenalty = penalty
                    break
                }
                if f.contains(.item), reading == .money || reading == .percent { continue }
                guard FactLinker.compatible(m, reading, changed: change != nil) else { continue }
                if reading == .bare, !FactLinker.bareFigureCounts(q) { continue }
                metric = m; flags = f; cueDistancePenalty = penalty
                if f.contains(.item) { itemCue = text.string(cue.span) }
                rules.append(rule)
                break
            }
        }
        guard let metric else { return [] }

        // Value, unit and sign.
        var value = q.value, low = q.low, high = q.high
        var unit = q.unit
        if reading == .bare { unit = FactLinker.moneyMetrics.contains(metric) ? Unit(rawValue: "CNY") : .count }
        if reading == .count && FactLinker.moneyMetrics.contains(metric) { return [] }
        if sign < 0 {
            value = -abs(value)
            if let l = low, let h = high { low = -abs(l); high = -abs(h); value = low! }
        } else if change == nil, flags.contains(.negative), FactLinker.moneyMetrics.contains(metric) {
            value = -abs(value)
            rules.append("<loss>")
        }
        if change == nil, reading == .percent, sign == 0, q.value < 0 { change = .change }

        // Item.
        var item = q.item
        if metric == .gpuCount, item.isEmpty { item = itemCue.map { $0.uppercased() == "GPUS" || $0 == "显卡" || $0 == "加速卡" || $0 == "算力卡" ? "GPU" : $0 } ?? "GPU" }

        // Period: the nearest period expression before the figure in the sentence, else after it in its clause.
        var period: Period?
        if let p = periods.last(where: { $0.0.span.end <= q.span.start && $0.1 != nil }) { period = p.1 }
        else if let p = periods.first(where: { $0.0.span.start >= q.span.end && clause($0.0.span.start) == qClause && $0.1 != nil }) { period = p.1 }

        // Company.
        var companiesFound: [CompanyMention] = []
        var confidence = 0.9 - cueDistancePenalty
        if !flags.contains(.noCompany) && metric != .growth && metric != .marketSize {
            let (chosen, rule, penalty) = attribute(q, text: text, sentence: sentence, clause: clause, context: context)
            companiesFound = chosen
            if !rule.isEmpty { rules.append(rule) }
            confidence -= penalty
        }
        func fact(_ m: CompanyMention?) -> Fact {
            let company = m.flatMap { companies.company(id: $0.company) }
            return Fact(doc: document, company: company?.id ?? "", companyName: company?.name ?? "", mention: m?.text ?? "",
                        metric: metric, value: value, unit: unit, item: item, qualifier: q.qualifier, low: low, high: high,
                        period: period, change: change, text: q.text, span: q.span, sentence: sentenceText,
                        confidence: confidence, rule: rules.joined(separator: " ") + " → \(metric.rawValue)")
        }
        if companiesFound.isEmpty { return [fact(nil)] }
        return companiesFound.map { fact($0) }
    }

    /// A bare number (no unit, no classifier) is a figure only with a scale word or a large value.
    static func bareFigureCounts(_ q: Quantity) -> Bool {
        let scaleWords: Set<Character> = ["万", "亿", "千", "百", "萬", "億"]
        if q.text.contains(where: { scaleWords.contains($0) }) { return true }
        let lower = q.text.lowercased()
        return ["thousand", "million", "billion", "trillion"].contains { lower.contains($0) }
    }

    // MARK: Attribution

    /// The role a marker gives a company mention (object, source), or nil for a subject.
    func role(of m: CompanyMention, in sentence: SentenceFindings) -> MarkerRole? {
        // A marker immediately before the mention (spaces allowed).
        if let cue = sentence.cues.last(where: { $0.span.end <= m.span.start && m.span.start - $0.span.end <= 1 }),
           case .marker(let r) = cue.kind, r == .object || r == .source { return r }
        return nil
    }

    private func attribute(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, clause: (Int) -> Int,
                           context: Context) -> ([CompanyMention], String, Double) {
        let qClause = clause(q.span.start)
        let mentions = sentence.mentions
        var eligible = mentions.filter { role(of: $0, in: sentence) == nil }
        // A company that reports or forecasts (花旗预计…) yields to a company named after it.
        eligible = eligible.filter { m in
            guard let next = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 2 }),
                  case .marker(.reporter) = next.kind else { return true }
            return !eligible.contains { $0.span.start > m.span.end && $0.span.end <= q.span.start }
        }
        let before = eligible.filter { $0.span.end <= q.span.start }
        // An unnamed subject (某互联网大厂, 另一家大公司) after the last company and before the figure: no company.
        let lastCompanyEnd = before.last?.span.end ?? sentence.span.start
        let unnamed = sentence.cues.contains { cue in
            if case .marker(.unnamed) = cue.kind { return cue.span.start >= lastCompanyEnd && cue.span.end <= q.span.start }
            return false
        }
        if unnamed { return ([], "<unnamed company>", 0.1) }

        if let chosen = before.last(where: { clause($0.span.start) == qClause }) ?? before.last {
            let sameClause = clause(chosen.span.start) == qClause
            // A list before a distributive word (A、B 均 …) gives one fact per company.
            let list = listContaining(chosen, in: eligible, text: text)
            if list.count > 1, sentence.cues.contains(where: { cue in
                if case .marker(.distributive) = cue.kind { return cue.span.start >= list.last!.span.end && cue.span.end <= q.span.start }
                return false
            }) {
                return (list, "<company list> 均/都", 0.05)
            }
            return ([chosen], sameClause ? "<company> … <figure>" : "<company>, … <figure>", sameClause ? 0 : 0.05)
        }
        if let after = eligible.first(where: { $0.span.start >= q.span.end }) {
            return ([after], "<figure> … <company>", 0.15)
        }
        if let focus = context.focus, context.sentenceIndex - context.focusSentence <= FactLinker.focusReach {
            return ([focus], "<company in focus>", 0.15)
        }
        return ([], "", 0.1)
    }

    /// The run of mentions joined by list separators (、 , 和 与 及 and) that contains `m`.
    private func listContaining(_ m: CompanyMention, in mentions: [CompanyMention], text: ScalarText) -> [CompanyMention] {
        guard let index = mentions.firstIndex(of: m) else { return [m] }
        var first = index, last = index
        while first > 0, FactLinker.joinedAsList(mentions[first - 1], mentions[first], text) { first -= 1 }
        while last + 1 < mentions.count, FactLinker.joinedAsList(mentions[last], mentions[last + 1], text) { last += 1 }
        return Array(mentions[first...last])
    }

    /// Separators that join names into a list: 、 , 和 与 及 跟 and, and spaces.
    static let listSeparators: Set<UInt32> = [0x3001, 0x2C, 0x20, 0x548C, 0x4E0E, 0x53CA, 0x8DDF, 0x61, 0x6E, 0x64]

    static func joinedAsList(_ a: CompanyMention, _ b: CompanyMention, _ text: ScalarText) -> Bool {
        let gap = b.span.start - a.span.end
        guard gap >= 0, gap <= 5 else { return false }
        return (a.span.end..<b.span.start).allSatisfy { listSeparators.contains(text.folded[$0]) }
    }

    // MARK: Clauses

    /// Positions that end a clause inside the sentence: ，,；;：: and brackets.
    private func clauseBreaks(_ text: ScalarText, _ span: TextSpan) -> [Int] {
        var breaks = [Int]()
        for i in span.start..<span.end {
            switch text.folded[i] {
            case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x3002, 0x2014, 0x3010, 0x3011:
                if text.folded[i] == 0x2C, i > span.start, i + 1 < span.end,
                   CharacterClass.isASCIIDigit(text.folded[i - 1]), CharacterClass.isASCIIDigit(text.folded[i + 1]) { continue }
                breaks.append(i)
            default: break
            }
        }
        return breaks
    }
}

