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
/// facts (FACTS.md). Value in, value out: what carries between sentences (the company in
/// focus, stated periods, the last metric) travels in an explicit ``Context``.
///
/// Each fact records the rules that produced it (`factx explain` prints them):
/// - metric: `<cue> … <figure>` (the nearest fitting cue before the figure in its clause),
///   `<figure> <cue>` (right after it), `<cue>, … <figure>` (an earlier clause), `<figure> … <cue>`,
///   `<count> <gpu>` (a counted accelerator), `<metric of the previous sentence>`;
/// - change: `<rise>`/`<fall>` with a basis (同比 yoy, 环比 qoq) or none (change);
/// - company: `<company> … <figure>`, `<company list> 均/都`, `<company in focus>`,
///   `<figure> … <company>`, `<main company of the document>`, `<unnamed company>`, `<reported data>`;
/// - whole facts again: `<conversion>` (约合 28 亿元人民币) and `<apposition>` (裁员10%，即约1.4万人) of the previous figure.
///
/// A final class of constants, so that its closures and calls retain one object rather than
/// copying the dictionaries it reads.
final class FactLinker: Sendable {
    let companies: CompanyDictionary
    let lexicon: CueLexicon

    init(companies: CompanyDictionary, lexicon: CueLexicon) {
        self.companies = companies
        self.lexicon = lexicon
    }

    /// What carries from one sentence to the next.
    struct Context {
        /// The company last in focus: the subject of a recent sentence.
        var focus: CompanyMention?
        var focusSentence = -100
        var focusParagraph = -1
        /// The company the document is mainly about, if one clearly dominates its mentions.
        var mainCompany: CompanyMention?
        var resolver: PeriodResolver
        var sentenceIndex = 0
        var paragraph = 0
        /// The metric and change basis of the last sentence that gave facts.
        var lastMetric: Metric?
        var lastReading: Reading?
        var lastBasis: Change?
        var lastFactSentence = -100
        var lastFactParagraph = -1
    }

    /// How far back (in sentences of the same paragraph) the focus company reaches.
    static let focusReach = 3

    // MARK: Readings and compatibility

    enum Reading { case money, percent, pp, count, bare }

    static let moneyMetrics: Set<Metric> = [.revenue, .netProfit, .grossProfit, .operatingIncome, .expense, .capex,
                                            .spending, .orders, .price, .valuation, .funding, .dealValue, .marketSize, .eps]
    static let countMetrics: Set<Metric> = [.gpuCount, .units, .headcount, .layoffs, .users, .orders]
    static let percentMetrics: Set<Metric> = [.grossMargin, .operatingMargin, .netMargin, .marketShare, .share, .growth, .layoffs]
    /// Metrics a bare number (no unit, no classifier) can be: money in the text's currency, or people and orders.
    static let bareCountMetrics: Set<Metric> = [.users, .headcount, .orders]

    /// Readings that can carry the same metric from one sentence to the next.
    static func family(_ r: Reading) -> Int {
        switch r {
        case .money: return 0
        case .percent, .pp: return 1
        case .count, .bare: return 2
        }
    }

    static func reading(_ q: Quantity) -> Reading {
        switch q.kind {
        case .money: return .money
        case .percent: return q.unit == .pp ? .pp : .percent
        case .number: return q.unit == .count ? .count : .bare
        }
    }

    func compatible(_ metric: Metric, _ q: Quantity, _ reading: Reading, changed: Bool) -> Bool {
        switch reading {
        case .money: return FactLinker.moneyMetrics.contains(metric)
        case .count:
            guard FactLinker.countMetrics.contains(metric) else { return false }
            if q.classifier.isEmpty { return true }
            return lexicon.classifierMetrics[q.classifier]?.contains(metric) ?? false
        case .bare: return FactLinker.moneyMetrics.contains(metric) || FactLinker.countMetrics.contains(metric)
        case .percent: return changed || FactLinker.percentMetrics.contains(metric)
        case .pp: return true
        }
    }

    // MARK: Linking a sentence

    func facts(document: String, text: ScalarText, sentence: SentenceFindings, context: inout Context) -> [Fact] {
        // Clause breaks matter only to figures: a sentence without any needs none.
        let breaks = sentence.quantities.isEmpty ? [] : clauseBreaks(text, sentence.span)
        let clause: (Int) -> Int = { pos in
            var k = 0
            while k < breaks.count, breaks[k] <= pos { k += 1 }
            return k
        }

        // Periods of this sentence, resolved in order; the first explicit one is the sentence's period.
        var resolver = context.resolver
        var resolved = [(PeriodMention, Period?)]()
        var sentencePeriod: Period?
        for m in sentence.periods {
            let p = resolver.resolve(m, sentencePeriod: sentencePeriod)
            resolved.append((m, p))
            guard let p else { continue }
            if m.year != nil {
                resolver.statedYear = p.year
                if case .quarter = p.part, resolver.statedQuarter == nil { resolver.statedQuarter = p }
            }
            if sentencePeriod == nil || m.year != nil { sentencePeriod = p }
        }

        var facts = [Fact]()
        var previous: (quantity: Quantity, facts: [Fact])?
        // Each mention's role (object, source…) is the same for every figure of the sentence.
        let roles = sentence.mentions.map { role(of: $0, in: sentence, text: text) }
        for q in sentence.quantities {
            let made = link(q, text: text, sentence: sentence, roles: roles, clause: clause,
                            periods: resolved, document: document, context: context, previous: previous)
            if !made.isEmpty { previous = (q, made) }
            facts += made
        }
        // The sentence's text is made only for sentences that give facts.
        if !facts.isEmpty {
            let sentenceText = text.string(sentence.span)
            for k in facts.indices { facts[k].sentence = sentenceText }
        }

        // What carries on: the sentence's subject, its last metric and basis.
        let factSubject = facts.last(where: { !$0.company.isEmpty }).flatMap { f in sentence.mentions.first { $0.company == f.company } }
        if let subject = factSubject ?? zip(sentence.mentions, roles).first(where: {
            $0.1 == nil && isTopical($0.0, sentence, text)
        })?.0 {
            context.focus = subject
            context.focusSentence = context.sentenceIndex
            context.focusParagraph = context.paragraph
        }
        if let last = facts.last {
            context.lastMetric = last.company.isEmpty ? nil : last.metric
            context.lastReading = sentence.quantities.first { $0.span == last.span }.map(FactLinker.reading)
            context.lastBasis = facts.last(where: { $0.change == .yoy || $0.change == .qoq })?.change
            context.lastFactSentence = context.sentenceIndex
            context.lastFactParagraph = context.paragraph
        }
        context.resolver = resolver
        context.sentenceIndex += 1
        return facts
    }

    /// Whether a figure of this sentence could become a fact at all: it needs a metric cue, a
    /// classifier that names its metric (卡), or a metric carried over from the previous sentence.
    /// Sentences where none can are not parsed for figures during extraction.
    func canLink(cues: [Cue], text: ScalarText, span: TextSpan, context: Context) -> Bool {
        if cues.contains(where: { if case .metric = $0.kind { return true }; return false }) { return true }
        if context.lastMetric != nil, context.lastFactSentence == context.sentenceIndex - 1,
           context.lastFactParagraph == context.paragraph { return true }
        return (span.start..<span.end).contains { lexicon.namingClassifierEnds.contains(text.folded[$0]) }
    }

    private func metricCues(_ cues: [Cue]) -> [(cue: Cue, metrics: [Metric], flags: MetricFlags)] {
        cues.compactMap { if case .metric(let m, let f) = $0.kind { return ($0, m, f) }; return nil }
    }

    private func link(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?],
                      clause: (Int) -> Int, periods: [(PeriodMention, Period?)], document: String,
                      context: Context, previous: (quantity: Quantity, facts: [Fact])?) -> [Fact] {
        let reading = FactLinker.reading(q)
        // Vague figures (数万块, 几十个) and a lone 一 before a classifier (一套, 一家) state no amount.
        if q.text.unicodeScalars.contains(where: { $0 == "数" || $0 == "几" }) { return [] }
        if reading == .count, q.value == 1, q.text.hasPrefix("一") { return [] }
        let qClause = clause(q.span.start)
        let before = sentence.cues.filter { $0.span.end <= q.span.start }
        let sameClauseBefore = before.filter { clause($0.span.start) == qClause }
        let after = sentence.cues.filter { $0.span.start >= q.span.end && clause($0.span.start) == qClause }
        var rules = [String]()

        // A conversion in parentheses (约合 28 亿元人民币) repeats the previous figure's facts.
        if let prev = previous, let last = sameClauseBefore.last, case .marker(.conversion) = last.kind,
           q.kind == .money, prev.quantity.kind == .money, q.span.start - prev.quantity.span.end <= 12 {
            return prev.facts.map { f in
                var g = f
                g.value = q.value; g.unit = q.unit; g.qualifier = q.qualifier == .exact ? .approx : q.qualifier
                g.low = q.low; g.high = q.high; g.text = q.text; g.span = q.span
                g.confidence = max(0.5, f.confidence - 0.05)
                g.rule = "<conversion> of the previous figure → \(f.metric.rawValue)"
                return g
            }
        }

        // An apposition opening the clause (裁员10%，即约1.4万人; cut 10%, or 14,000 employees) restates
        // the previous clause's figure: its facts again, with this figure's value and unit where the metric fits.
        if let prev = previous, let first = sameClauseBefore.first, case .marker(.apposition) = first.kind,
           sameClauseBefore.count == 1, clause(prev.quantity.span.start) < qClause, q.span.start - prev.quantity.span.end <= 40,
           !q.perUnit {  // $2.10 per share restates no total
            let restated = prev.facts.compactMap { f -> Fact? in
                guard f.change == nil, f.metric != .growth else { return nil }
                // A bare number (14,000 employees) restates a count only.
                if reading == .bare {
                    guard FactLinker.countMetrics.contains(f.metric) else { return nil }
                } else if !compatible(f.metric, q, reading, changed: false) {
                    return nil
                }
                var g = f
                g.value = abs(q.value); g.unit = reading == .bare ? .count : q.unit; g.qualifier = q.qualifier
                g.low = q.low; g.high = q.high; g.text = q.text; g.span = q.span
                g.item = q.item
                g.confidence = max(0.5, f.confidence - 0.05)
                g.rule = "<apposition> of the previous figure → \(f.metric.rawValue)"
                return g
            }
            if !restated.isEmpty { return restated }
        }

        // Change: a direction word in the figure's clause after the last level word or cue;
        // a basis anywhere before it in the sentence, else carried from the previous sentence.
        var sign = 0
        var change: Change?
        var statedBasis: Change?
        for cue in sameClauseBefore.reversed() {
            if case .marker(.level) = cue.kind { break }
            if case .metric = cue.kind { break }
            if case .direction(let d) = cue.kind { sign = d; break }
            if case .directedBasis(let d, let b) = cue.kind { sign = d; statedBasis = b; break }  // 年增16.5%
        }
        if sign == 0, let next = after.first, case .direction(let d) = next.kind,
           FactLinker.onlyLinkWords(text, from: q.span.end, to: next.span.start) {
            sign = d  // 实现20%的增长, 高达2万元的减免
        }
        if sign == 0, q.explicitSign, reading == .percent || reading == .pp { sign = q.value < 0 ? -1 : 1 }
        if sign != 0 || reading == .pp {
            change = .change
            if let statedBasis {
                change = statedBasis
            } else if let basis = before.last(where: { if case .basis = $0.kind { return true }; return false }),
               case .basis(let b) = basis.kind {
                change = b
            } else if FactLinker.comparesWithYear(text, sentence, before: q.span.start) {
                change = .yoy  // 较2022年的101.7亿元增长了267.65%
            } else if let basis = after.first(where: { if case .basis = $0.kind { return true }; return false }),
                      case .basis(let b) = basis.kind {
                change = b  // up 265% year over year
            } else if let b = context.lastBasis, context.lastFactSentence == context.sentenceIndex - 1,
                      context.lastFactParagraph == context.paragraph {
                change = b
                rules.append("<basis of the previous sentence>")
            }
            rules.append(sign < 0 ? "<fall>" : "<rise>")
        }

        // Metric.
        var metric: Metric?
        var flags = MetricFlags()
        var penalty = 0.0
        var itemCue: String?
        if reading == .count || reading == .bare {
            // A counted accelerator (1万块A100, 10 张 GPU) is a GPU count whatever verb stands before it.
            let gpu = metricCues(sentence.cues.filter { cue in
                (cue.span.start >= q.span.end && cue.span.start - q.span.end <= 3) || q.span.contains(cue.span)
            }).first { $0.flags.contains(.item) }
            if let gpu, compatible(.gpuCount, q, .count, changed: false) {
                metric = .gpuCount; itemCue = text.string(gpu.cue.span); rules.append("<count> <gpu>")
            }
        }
        if metric == nil {
            let adjacentAfter = after.filter { $0.span.start - q.span.end <= 2 }
            let fartherAfter = after.filter { $0.span.start - q.span.end > 2 }
            let earlier = before.filter { clause($0.span.start) < qClause }
            let ordered: [([Cue], Double, String)] = [
                (Array(sameClauseBefore.reversed()), 0, "<cue> … <figure>"),
                (adjacentAfter, 0.05, "<figure> <cue>"),
                (Array(earlier.reversed()), 0.05, "<cue>, … <figure>"),
                (fartherAfter, 0.1, "<figure> … <cue>"),
            ]
            search: for (cues, cost, rule) in ordered {
                for (cue, metrics, f) in metricCues(cues) {
                    if f.contains(.negative), rule != "<cue> … <figure>" { continue }
                    if f.contains(.near), rule != "<cue> … <figure>", rule != "<figure> <cue>" { continue }
                    if f.contains(.rate) {
                        guard reading == .percent || reading == .pp else { continue }
                        // 增速 35%: a change of the metric named before it, else growth.
                        let named = metricCues(before.filter { $0.span.end <= cue.span.start })
                            .last { !$0.flags.contains(.rate) && !$0.flags.contains(.item) }
                        metric = named?.metrics.first ?? .growth
                        flags = named?.flags ?? f
                        if change == nil { change = .change }
                        rules.append(rule + " (rate)"); penalty = cost
                        break search
                    }
                    if f.contains(.item), reading != .count { continue }
                    var choices = metrics
                    // A buyer's order names its seller (向英伟达订购, 给英伟达下了订单): it is the buyer's spending.
                    if choices.contains(.orders), choices.contains(.spending), roles.contains(.object) {
                        choices.removeAll { $0 == .orders }
                    }
                    guard let m = choices.first(where: { compatible($0, q, reading, changed: change != nil) }) else { continue }
                    if reading == .bare, !bareFigureCounts(q, as: m, text: text, cueFollows: rule == "<figure> <cue>") { continue }
                    metric = m; flags = f; penalty = cost
                    if f.contains(.item) { itemCue = text.string(cue.span) }
                    rules.append(rule)
                    break search
                }
            }
        }
        if metric == nil, reading == .count, lexicon.namingClassifiers.contains(q.classifier) || q.text.hasSuffix("万卡"),
           let m = lexicon.classifierMetrics[q.classifier]?.first {
            metric = m; penalty = 0.05
            rules.append("<count> <\(q.classifier)>")
        }
        if metric == nil, let m = context.lastMetric, context.lastReading.map(FactLinker.family) == FactLinker.family(reading),
           context.lastFactSentence == context.sentenceIndex - 1, context.lastFactParagraph == context.paragraph,
           compatible(m, q, reading, changed: change != nil), reading != .bare || bareFigureCounts(q, as: m, text: text, cueFollows: false) {
            metric = m; penalty = 0.15
            rules.append("<metric of the previous sentence>")
        }
        guard var metric else { return [] }

        if metric == .expense, sameClauseBefore.contains(where: { if case .marker(.perunit) = $0.kind { return true }; return false }) {
            metric = .price  // 每个工具的成本: the cost of one unit is its price
            rules.append("<per unit>")
        }

        // Value, unit and sign.
        var value = q.value, low = q.low, high = q.high
        var unit = q.unit
        if reading == .bare {
            unit = FactLinker.moneyMetrics.contains(metric) && !FactLinker.bareCountMetrics.contains(metric) ? Unit(rawValue: "CNY") : .count
        }
        if sign < 0 {
            value = -abs(value)
            if let l = low, let h = high { low = -abs(l); high = -abs(h); value = low! }
        } else if change == nil, flags.contains(.negative), FactLinker.moneyMetrics.contains(metric) {
            value = -abs(value)
            rules.append("<loss>")
        }
        if change == nil, reading == .percent, q.value < 0 { change = .change }

        // Item: what is counted or priced.
        var item = q.item
        if metric == .gpuCount, item.isEmpty {
            let generic = ["gpu", "gpus", "显卡", "加速卡", "算力卡"]
            item = itemCue.map { generic.contains($0.lowercased()) ? "GPU" : $0 } ?? "GPU"
        }

        // Period: the nearest resolved period before the figure in its sentence, else after it in its clause.
        var period: Period?
        if let p = periods.last(where: { $0.0.span.end <= q.span.start && $0.1 != nil }) { period = p.1 }
        else if let p = periods.first(where: { $0.0.span.start >= q.span.end && clause($0.0.span.start) == qClause && $0.1 != nil }) { period = p.1 }

        // Company.
        var chosen: [CompanyMention] = []
        var confidence = 0.9 - penalty
        if !flags.contains(.noCompany) && metric != .growth && metric != .marketSize {
            let (found, rule, cost) = attribute(q, text: text, sentence: sentence, roles: roles, clause: clause, context: context)
            chosen = found
            rules.append(rule)
            confidence -= cost
        }
        if metric == .headcount, chosen.isEmpty { return [] }  // a headcount of no company is no fact
        let ruleText = rules.filter { !$0.isEmpty }.joined(separator: " ") + " → \(metric.rawValue)"
        func fact(_ m: CompanyMention?) -> Fact {
            let company = m.flatMap { companies.company(id: $0.company) }
            return Fact(doc: document, company: company?.id ?? "", companyName: company?.name ?? "", mention: m?.text ?? "",
                        metric: metric, value: value, unit: unit, item: item, qualifier: q.qualifier, low: low, high: high,
                        period: period, change: change, text: q.text, span: q.span, sentence: "",
                        confidence: max(0.05, confidence), rule: ruleText)
        }
        return chosen.isEmpty ? [fact(nil)] : chosen.map { fact($0) }
    }

    /// Whether a bare number (no unit, no classifier) can be a figure of `metric`: it needs a
    /// scale word, and as money it must not be followed by a noun that says what else it counts
    /// (十亿流量 is traffic; 十亿现金 and 1577亿, are money).
    func bareFigureCounts(_ q: Quantity, as metric: Metric, text: ScalarText, cueFollows: Bool) -> Bool {
        // English counts name what they count in a word after the number (386,810 vehicles).
        var k = q.span.end
        while k < text.count, text.folded[k] == 0x20 { k += 1 }
        let wordAfter = k > q.span.end && k < text.count && CharacterClass.isLetter(text.folded[k]) && text.folded[k] < 0x80
        if wordAfter, FactLinker.countMetrics.contains(metric) { return true }
        let scaleWords: Set<Character> = ["万", "亿", "千", "百", "萬", "億"]
        let lower = q.text.lowercased()
        guard q.text.contains(where: { scaleWords.contains($0) })
                || ["thousand", "million", "billion", "trillion"].contains(where: { lower.contains($0) }) else { return false }
        if !FactLinker.moneyMetrics.contains(metric), !FactLinker.bareCountMetrics.contains(metric) { return false }
        let next = q.span.end < text.count ? text.folded[q.span.end] : 0
        guard CharacterClass.isIdeographic(next) else { return true }
        // A noun right after the figure says what it counts: only money words, or the metric's own cue, may stand there.
        let money: [[UInt32]] = ["现金", "资金", "元"].map { $0.unicodeScalars.map(\.value) }
        if money.contains(where: { word in
            q.span.end + word.count <= text.count && Array(text.folded[q.span.end..<(q.span.end + word.count)]) == word
        }) { return FactLinker.moneyMetrics.contains(metric) }
        return FactLinker.bareCountMetrics.contains(metric) && cueFollows
    }

    /// Whether a mention opens its sentence: at most two characters before it, not counting
    /// spaces, commas or a time expression (同年 11 月，甲骨文…).
    func isTopical(_ m: CompanyMention, _ sentence: SentenceFindings, _ text: ScalarText) -> Bool {
        var count = 0
        for i in sentence.span.start..<m.span.start {
            let c = text.folded[i]
            // Spaces, commas and time expressions (同年 11 月, 2024年) before the name do not count.
            if c == 0x20 || c == 0x2C || c == 0x3001 || sentence.periods.contains(where: { $0.span.start <= i && i < $0.span.end }) { continue }
            count += 1
        }
        return count <= 2
    }

    /// Whether the sentence compares with a year before `position` (较2022年, 相比2022年): a change against it is year over year.
    static func comparesWithYear(_ text: ScalarText, _ sentence: SentenceFindings, before position: Int) -> Bool {
        sentence.periods.contains { p in
            guard p.span.end <= position, p.year != nil, p.word == nil, p.month == nil, p.span.start > sentence.span.start else { return false }
            var k = p.span.start - 1
            while k > sentence.span.start, text.folded[k] == 0x20 { k -= 1 }
            let c = text.folded[k]
            return c == 0x8F83 /* 较 */ || c == 0x6BD4 /* 比 */ || (c == 0x4E8E && k > sentence.span.start && text.folded[k - 1] == 0x6BD4)  // 比于
        }
    }

    /// Whether a 的 links two positions, with nothing else but spaces between (20%的增长).
    static func onlyLinkWords(_ text: ScalarText, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 2 else { return false }
        return (from..<to).allSatisfy { text.folded[$0] == 0x7684 || text.folded[$0] == 0x20 }
            && (from..<to).contains { text.folded[$0] == 0x7684 }
    }

    // MARK: Attribution

    /// The role that keeps a company mention from being the subject (object, source, venue,
    /// examples), or nil for a possible subject.
    func role(of m: CompanyMention, in sentence: SentenceFindings, text: ScalarText) -> MarkerRole? {
        if let r = ownRole(of: m, in: sentence) { return r }
        // A role of one list member is the role of the whole list (从亚马逊、英伟达和微软等).
        let list = listContaining(m, in: sentence.mentions, text: text)
        for other in list where other != m {
            if let r = ownRole(of: other, in: sentence), r == .object || r == .source || r == .examples { return r }
        }
        return nil
    }

    private func ownRole(of m: CompanyMention, in sentence: SentenceFindings) -> MarkerRole? {
        if let cue = sentence.cues.last(where: { $0.span.end <= m.span.start && m.span.start - $0.span.end <= 1 }),
           case .marker(let r) = cue.kind, r == .object || r == .source {
            // 据英伟达官网: a company's own site or report speaks about itself.
            if r == .source, let next = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 0 }),
               case .marker(.selfReport) = next.kind { return nil }
            return r
        }
        if let cue = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 0 }),
           case .marker(let r) = cue.kind, r == .venue || r == .examples { return r }
        return nil
    }

    private func attribute(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?],
                           clause: (Int) -> Int, context: Context) -> ([CompanyMention], String, Double) {
        let qClause = clause(q.span.start)
        var eligible = zip(sentence.mentions, roles).filter { $0.1 == nil }.map(\.0)
        // A company that reports or forecasts (花旗预计…) yields to a company named after it.
        eligible = eligible.filter { m in
            guard let next = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 2 }),
                  case .marker(.reporter) = next.kind else { return true }
            return !eligible.contains { $0.span.start > m.span.end && $0.span.end <= q.span.start }
        }
        let before = eligible.filter { $0.span.end <= q.span.start }
        // An unnamed subject (某互联网大厂, 另一家大公司) in the figure's clause, after the last company: no company.
        let lastCompanyEnd = before.last?.span.end ?? sentence.span.start
        let unnamed = sentence.cues.contains { cue in
            guard case .marker(.unnamed) = cue.kind else { return false }
            return cue.span.start >= lastCompanyEnd && cue.span.end <= q.span.start && clause(cue.span.start) == qClause
        }
        if unnamed { return ([], "<unnamed company>", 0.1) }

        if let chosen = before.last(where: { clause($0.span.start) == qClause }) ?? before.last {
            let sameClause = clause(chosen.span.start) == qClause
            // A list before a distributive word (A、B 均 …) gives one fact per company.
            let list = listContaining(chosen, in: eligible, text: text)
            if list.count > 1, let last = list.last, sentence.cues.contains(where: { cue in
                guard case .marker(.distributive) = cue.kind else { return false }
                return cue.span.start >= last.span.end && cue.span.end <= q.span.start
            }) {
                return (list, "<company list> 均/都", 0.05)
            }
            return ([chosen], sameClause ? "<company> … <figure>" : "<company>, … <figure>", sameClause ? 0 : 0.05)
        }
        // Data a sentence reports from a source (据…显示) with no company before the figure is about none.
        func marked(_ role: MarkerRole) -> Bool {
            sentence.cues.contains { cue in
                if case .marker(let r) = cue.kind { return r == role && cue.span.end <= q.span.start }
                return false
            }
        }
        if marked(.source) && marked(.reporter) {
            return ([], "<reported data>", 0.1)
        }
        if let focus = context.focus, context.focusParagraph == context.paragraph,
           context.sentenceIndex - context.focusSentence <= FactLinker.focusReach {
            return ([focus], "<company in focus>", 0.15)
        }
        if let later = eligible.first(where: { $0.span.start >= q.span.end && clause($0.span.start) <= qClause + 1 }) {
            return ([later], "<figure> … <company>", 0.15)
        }
        if let main = context.mainCompany {
            return ([main], "<main company of the document>", 0.2)
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

    /// Positions that end a clause inside the sentence: ，,；;：:, brackets and dashes
    /// (a comma between digits is a thousands separator, not a break).
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
