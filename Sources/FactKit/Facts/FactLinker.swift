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
    let yuan: YuanLexicon
    /// The weights of the company decision (Ranking/CompanyRanking.swift); none: the hand rules decide.
    let companyWeights: LinearWeights

    init(companies: CompanyDictionary, lexicon: CueLexicon, yuan: YuanLexicon, companyWeights: LinearWeights = LinearWeights()) {
        self.companies = companies
        self.lexicon = lexicon
        self.yuan = yuan
        self.companyWeights = companyWeights
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
        /// What a bare 元 stands for in this document, read when the first sentence with a renminbi or bare figure
        /// comes (most texts have none: the reading costs them nothing).
        var yuan: YuanReading?
        var sentenceIndex = 0
        var paragraph = 0
        /// The reporting period the text's lead states (`Alphabet reported third-quarter results`, the last one it
        /// states): figures of later sentences that state none belong to it.
        var leadPeriod: Period?
        /// A reporting period stated after the lead, and its paragraph: it holds there only, and once the text has
        /// moved on from the lead's period, later paragraphs state their own.
        /// With `keepsLead`, a quarter under way that the lead looks ahead to (料第四季…): after its paragraph, the
        /// lead's reported period holds again.
        var paragraphPeriod: (period: Period, paragraph: Int, keepsLead: Bool)?
        /// The reporting period that reaches the current paragraph.
        var reportingPeriod: Period? {
            if let p = paragraphPeriod { return p.paragraph == paragraph ? p.period : (p.keepsLead ? leadPeriod : nil) }
            return leadPeriod
        }
        /// The metric and change basis of the last sentence that gave facts.
        var lastMetric: Metric?
        var lastReading: Reading?
        var lastBasis: Change?
        var lastFactSentence = -100
        var lastFactParagraph = -1
        /// Whether facts carry their company decision (for `factx explain` and training).
        var recordsDecisions = false
    }

    /// The scalars that make a text's lead (the title, dateline and first paragraph or two).
    static let leadLength = 600
    /// How far back (in sentences of the same paragraph) the focus company reaches.
    static let focusReach = 3
    /// How far back (in sentences, across paragraphs) a pronoun reaches the focus company.
    static let pronounReach = 8

    // MARK: Readings and compatibility

    enum Reading { case money, percent, pp, count, bare }

    static let moneyMetrics: Set<Metric> = [.revenue, .netProfit, .grossProfit, .operatingIncome, .expense, .capex,
                                            .spending, .orders, .price, .valuation, .funding, .dealValue, .marketSize, .eps]
    static let countMetrics: Set<Metric> = [.gpuCount, .units, .headcount, .layoffs, .users, .orders]
    static let percentMetrics: Set<Metric> = [.grossMargin, .operatingMargin, .netMargin, .marketShare, .share, .growth, .layoffs]
    /// Metrics of events, dated by the report when the text states no period (funding rounds, layoffs, deals, valuations).
    static let eventMetrics: Set<Metric> = [.funding, .layoffs, .dealValue, .valuation]
    /// Metrics a bare number (no unit, no classifier) can be: money in the text's currency, or people, orders and units sold.
    static let bareCountMetrics: Set<Metric> = [.users, .headcount, .orders, .units]

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
        resolver.sentenceYear = nil
        // Quarters are fiscal ones of the company the sentence names first, else of the document's main company.
        if sentence.periods.contains(where: { m in
            guard let w = m.word else { return m.endMonth != nil }
            if m.fiscal { return true }
            return w.isQuarter || w == .thisQuarter || w == .lastQuarter || w == .nextQuarter
        }) {
            // A sentence naming only calendar-year companies (三季度SK海力士…) keeps the calendar.
            let named = sentence.mentions.filter { $0.isKnown && !lexicon.sourceCompanies.contains($0.company) }
            resolver.fiscalYearEnd = named.isEmpty ? context.mainCompany.flatMap { fiscalYearEnd(of: $0.company) }
                : named.first.flatMap { self.fiscalYearEnd(of: $0.company) }
        }
        var resolved = [(PeriodMention, Period?)]()
        var sentencePeriod: Period?
        for m in sentence.periods {
            // A starting point (since the third quarter of 2022, 2021年第二季以来) is no period of the text's figures.
            if FactLinker.isStartingPoint(m, in: sentence) { resolved.append((m, nil)); continue }
            var p = resolver.resolve(m, sentencePeriod: sentencePeriod ?? context.reportingPeriod)
            if let last = resolved.last, let q = FactLinker.partRestated(p, by: m, after: last, in: sentence) { p = q }
            resolved.append((m, p))
            guard let p else { continue }
            if m.year != nil {
                resolver.statedYear = p.year
                if !p.fiscal { resolver.calendarYear = p.year }
                if !p.fiscal, p.part == .year { resolver.sentenceYear = p.year }
                if case .quarter = p.part, resolver.statedQuarter == nil { resolver.statedQuarter = p }
            }
            // A period of the period in focus (a year earlier, 同期) does not move the focus: a second one in the
            // sentence is of the same base (from a year ago …, from 35.8% in the year-ago quarter).
            if m.word == .samePeriodLastYear || m.word == .samePeriod { continue }
            if sentencePeriod == nil || m.year != nil { sentencePeriod = p }
        }

        if context.yuan == nil, sentence.quantities.contains(where: { $0.unit.rawValue == "CNY" || FactLinker.reading($0) == .bare }) {
            context.yuan = yuan.reading(of: text)
        }
        var facts = [Fact]()
        var previous: (quantity: Quantity, facts: [Fact])?
        // Each mention's role (object, source…) is the same for every figure of the sentence.
        let asides = breaks.isEmpty ? [] : asideSpans(sentence, text: text, breaks: breaks)
        let roles = mentionRoles(sentence, text: text, asides: asides)
        for q in sentence.quantities {
            let made = link(q, text: text, sentence: sentence, roles: roles, asides: asides, clause: clause,
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
            $0.1 == nil && $0.0.isKnown && isTopical($0.0, sentence, text) && !reports($0.0, sentence)
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
        if let p = zip(sentence.periods, resolved).first(where: { m, r in
            guard r.1 != nil, !FactLinker.isComparisonBase(m, in: sentence, text: text) else { return false }
            if let w = m.word, w == .samePeriodLastYear || w == .samePeriod { return false }
            return true
        })?.1.1 {
            // The quarter or half a sentence reports on outweighs a month or year beside it (截至9月底止第三季业绩).
            // A period of the period in focus (去年同期, a year earlier) is a comparison's, never the one reported on.
            let ranked = resolved.filter {
                !FactLinker.isComparisonBase($0.0, in: sentence, text: text) && $0.0.word != .samePeriodLastYear && $0.0.word != .samePeriod
            }.compactMap { $0.1 }.filter {
                if case .quarter = $0.part { return true }; if case .half = $0.part { return true }; return false
            }
            // Of those, the one reported on: ended by the report's date (上季营收…，料第四季亏损: the third quarter).
            let reported = context.resolver.date.flatMap { d in
                ranked.last { PeriodResolver.hasEnded($0, by: d, yearEnd: resolver.fiscalYearEnd) }
            }
            // Only a reporting period carries (a quarter, a half, a fiscal year, a results year): a year or month
            // of a narrative (2021年元旦…) says nothing of the sentences after it.
            // A year whose results the lead reports first, in a text of the year after (华为2024年营收…, dated March 2025).
            let resultsYear = p.part == .year && !p.fiscal && sentence.span.start < FactLinker.leadLength
                && context.leadPeriod == nil && (context.resolver.date.map { $0.year == p.year + 1 } ?? true)
                && facts.contains { $0.period == p && FactLinker.resultMetrics.contains($0.metric) } ? p : nil
            // A fiscal year carries when the sentence reports results of it, not a plan or a spending target for it
            // (到2027财年，微软预计…花费将达到1000亿美元).
            let fiscalYear = p.fiscal && p.part == .year && facts.contains { $0.period == p && FactLinker.resultMetrics.contains($0.metric) } ? p : nil
            if let c = reported ?? ranked.last ?? fiscalYear ?? resultsYear {
                // A quarter still under way (料第四季续录亏损) does not replace a reported one as the lead's.
                // Without a date, a quarter after the lead's is the one it looks ahead to (2024年第二季度预期收入…).
                let keepsLead = context.leadPeriod.map { lead in
                    context.resolver.date.map { d in
                        PeriodResolver.hasEnded(lead, by: d, yearEnd: resolver.fiscalYearEnd)
                            && !PeriodResolver.hasEnded(c, by: d, yearEnd: resolver.fiscalYearEnd)
                    } ?? FactLinker.looksAhead(c, from: lead, yearEnd: resolver.fiscalYearEnd)
                } ?? false
                if FactLinker.looksBack(c, from: context.leadPeriod, date: context.resolver.date, yearEnd: resolver.fiscalYearEnd) {
                    // An earlier quarter told after the lead (In the first quarter the company had posted …) is a look
                    // back: the lead's reported period still holds for the sentences after it.
                } else if sentence.span.start < FactLinker.leadLength, !keepsLead {
                    context.leadPeriod = c
                    if case .quarter = c.part { resolver.carriedQuarter = c }
                } else {
                    // The lead's own period told again (… in the first quarter, ahead of …) has not moved the text on.
                    context.paragraphPeriod = (c, context.paragraph, sentence.span.start < FactLinker.leadLength || c == context.leadPeriod)
                }
            }
        }
        context.resolver = resolver
        context.sentenceIndex += 1
        return facts
    }

    /// Whether a figure of this sentence could become a fact at all: it needs a metric cue, a
    /// classifier that names its metric (卡), or a metric carried over from the previous sentence.
    /// Sentences where none can are not parsed for figures during extraction.
    func canLink(cues: [Cue], text: ScalarText, span: TextSpan, context: Context) -> Bool {
        if cues.contains(where: { cue in
            switch cue.kind {
            case .metric, .marker(.ranking): return true  // a ranking: the units it is by (isRankedCount)
            default: return false
            }
        }) { return true }
        if context.lastMetric != nil, context.lastFactSentence == context.sentenceIndex - 1,
           context.lastFactParagraph == context.paragraph { return true }
        return (span.start..<span.end).contains { lexicon.namingClassifierEnds.contains(text.folded[$0]) }
    }

    private func metricCues(_ cues: [Cue]) -> [(cue: Cue, metrics: [Metric], flags: MetricFlags)] {
        cues.compactMap { if case .metric(let m, let f) = $0.kind { return ($0, m, f) }; return nil }
    }

    private func link(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?], asides: [TextSpan],
                      clause: (Int) -> Int, periods: [(PeriodMention, Period?)], document: String,
                      context: Context, previous: (quantity: Quantity, facts: [Fact])?) -> [Fact] {
        let reading = FactLinker.reading(q)
        let latinText = FactLinker.isLatin(text, sentence.span)
        // Vague figures (数万块, 几十个) and a lone 一 before a classifier (一套, 一家) state no amount.
        if q.text.unicodeScalars.contains(where: { $0 == "数" || $0 == "几" }) { return [] }
        if reading == .count, q.value == 1, q.text.hasPrefix("一") { return [] }
        // A figure that counts companies (404 companies, 100家企业) is no fact of FACTS.md; a count of people whose
        // jobs the word qualifies (1.6万个企业职位) is.
        if reading == .bare || reading == .count, sentence.cues.contains(where: { cue in
            guard case .marker(.unnamed) = cue.kind else { return false }
            return cue.span.start >= q.span.end && cue.span.start - q.span.end <= 1 && !qualifiesCountedNoun(q, cue)
        }) { return [] }
        if isWordCountOfGenericClassifier(q, reading: reading) { return [] }  // 两个职位
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
                g.confidence = Fact.roundedConfidence(max(0.5, f.confidence - 0.05))
                g.rule = "<conversion> of the previous figure → \(f.metric.rawValue)"
                return g
            }
        }

        // An apposition opening the clause (裁员10%，即约1.4万人; cut 10%, or 14,000 employees) restates
        // the previous clause's figure: its facts again, with this figure's value and unit where the metric fits.
        if let prev = previous, let first = sameClauseBefore.first, case .marker(.apposition) = first.kind,
           !sameClauseBefore.dropFirst().contains(where: { cue in
               if case .marker = cue.kind { return false }
               return !isQualifierWord(cue, in: sentence)
           }),
           clause(prev.quantity.span.start) < qClause, q.span.start - prev.quantity.span.end <= 40,
           !q.perUnit {  // $2.10 per share restates no total
            let perShare = reading == .money && perShareFollows(q, text: text)
            let restated = prev.facts.compactMap { f -> Fact? in
                guard f.change == nil, f.metric != .growth else { return nil }
                // net income of $771 million, or $0.47 per diluted share: the same earnings per share.
                if perShare {
                    guard FactLinker.perShareMetrics.contains(f.metric) else { return nil }
                    var g = f
                    g.metric = .eps; g.value = q.value; g.unit = q.unit; g.qualifier = q.qualifier
                    g.low = q.low; g.high = q.high; g.text = q.text; g.span = q.span
                    g.confidence = Fact.roundedConfidence(max(0.5, f.confidence - 0.05))
                    g.rule = "<apposition> of the previous figure <per share> → eps"
                    return g
                }
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
                g.confidence = Fact.roundedConfidence(max(0.5, f.confidence - 0.05))
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
        var directionCue: Cue?
        var inheritedBasis = false
        for cue in sameClauseBefore.reversed() where !isQualifierWord(cue, in: sentence) {
            if case .marker(.level) = cue.kind { break }
            // 较2022年的101.7亿元, from $76.69 billion: the base, not a change — unless a list goes on after the
            // comparison (an increase of 23% over the fourth quarter and 427% from a year ago).
            if case .marker(.comparison) = cue.kind {
                if FactLinker.listGoesOn(text, from: cue.span.end, to: q.span.start) { continue }
                break
            }
            if case .metric = cue.kind { break }
            if case .direction(let d) = cue.kind { sign = d; directionCue = cue; break }
            if case .directedBasis(let d, let b) = cue.kind { sign = d; statedBasis = b; directionCue = cue; break }  // 年增16.5%
        }
        // A direction reaches the figures after it of its own kind (增长20%、30%; up 122% … and 25%), not a figure
        // of another kind behind one of them (rose 15% to $26.3 billion is a level).
        if let d = directionCue, sentence.quantities.contains(where: {
            $0.span.start >= d.span.end && $0.span.end <= q.span.start && FactLinker.family(FactLinker.reading($0)) != FactLinker.family(reading)
        }) {
            sign = 0; statedBasis = nil
        }
        // A direction right after the figure is its own (实现20%的增长, 高达2万元的减免; a percentage also with spaces
        // only: 21% more, an 11% gain, but was 18% higher), over one before it.
        if let next = after.first, case .direction(let d) = next.kind,
           FactLinker.onlyLinkWords(text, from: q.span.end, to: next.span.start,
                                    spaces: reading == .percent || reading == .pp) {
            sign = d
        }
        if sign == 0, q.explicitSign, reading == .percent || reading == .pp { sign = q.value < 0 ? -1 : 1 }
        if sign != 0 || reading == .pp {
            change = .change
            if let statedBasis {
                change = statedBasis
            } else if let b = basis(for: q, reading: reading, in: sentence, text: text) {
                change = b.change
                if b.inherited { rules.append("<basis of the figure before>"); inheritedBasis = true }
            } else if FactLinker.comparesWithYear(text, sentence, before: q.span.start, cues: sentence.cues) {
                change = .yoy  // 较2022年的101.7亿元增长了267.65%, up 3.7% from 2022
            } else if let b = context.lastBasis, context.lastFactSentence == context.sentenceIndex - 1,
                      context.lastFactParagraph == context.paragraph, !FactLinker.isLatin(text, sentence.span) {
                // Chinese states a basis once for the sentences after it (同比增长20%。净利润增长30%。); English
                // restates it where it holds (Net profit surged 323 percent: a change of no stated basis).
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
        var metricCue: TextSpan?
        if reading == .count || reading == .bare {
            // A counted accelerator (1万块A100, 10 张 GPU) is a GPU count whatever verb stands before it.
            // In English a few words may stand between (400,000 Nvidia GB200 chips, 485,000 of Nvidia's processors).
            let gpu = metricCues(sentence.cues.filter { cue in
                (cue.span.start >= q.span.end && cue.span.start - q.span.end <= 3) || q.span.contains(cue.span)
                    || (cue.span.start >= q.span.end && FactLinker.onlyLatinWords(text, from: q.span.end, to: cue.span.start, limit: 40)
                        && !sentence.quantities.contains { $0.span.start >= q.span.end && $0.span.end <= cue.span.start })
            }).first { $0.flags.contains(.item) }
            if let gpu, compatible(.gpuCount, q, .count, changed: false) {
                metric = .gpuCount; itemCue = text.string(gpu.cue.span); rules.append("<count> <gpu>")
            }
        }
        if metric == nil {
            let adjacentAfter = after.filter { $0.span.start - q.span.end <= 2 }
            let fartherAfter = after.filter { $0.span.start - q.span.end > 2 }
            // A cue inside an aside the figure is not in speaks of the aside (…, which includes phones, climbed 38.3%).
            let earlier = before.filter { cue in
                clause(cue.span.start) < qClause && !asides.contains { $0.contains(cue.span) && !$0.contains(q.span) }
            }
            // A cue after the figure in its clause, with no other figure between (产生2.85亿美元一次性重组开支),
            // names it before a cue of an earlier clause does.
            let ownAfter = fartherAfter.filter { cue in
                !sentence.quantities.contains { $0.span.start >= q.span.end && $0.span.end <= cue.span.start }
            }
            let otherAfter = fartherAfter.filter { cue in !ownAfter.contains(cue) }
            let ordered: [([Cue], Double, String)] = [
                (Array(sameClauseBefore.reversed()), 0, "<cue> … <figure>"),
                (adjacentAfter, 0.05, "<figure> <cue>"),
                (ownAfter, 0.1, "<figure> … <cue>"),
                (Array(earlier.reversed()), 0.05, "<cue>, … <figure>"),
                (otherAfter, 0.1, "<figure> … <cue>"),
            ]
            // What a cue makes of this figure: its metric, or nil where none of its metrics fits.
            func accept(_ cue: Cue, _ metrics: [Metric], _ f: MetricFlags, _ rule: String) -> Metric? {
                if f.contains(.negative), rule != "<cue> … <figure>", !(rule == "<figure> <cue>" && latinText) { return nil }  // its $1.8 billion operating loss
                if f.contains(.near), rule != "<cue> … <figure>", rule != "<figure> <cue>" { return nil }
                if f.contains(.item), reading != .count { return nil }
                var choices = metrics
                // English writes money with its currency ($, yuan, euros): a bare figure of an English sentence is a count.
                if reading == .bare, latinText { choices.removeAll { !FactLinker.countMetrics.contains($0) } }
                // Sales of a sentence that counts and states no money (sold 1.76 million, a 12% gain) are units sold.
                if choices.contains(.revenue), choices.contains(.units), reading == .percent || reading == .pp {
                    let others = sentence.quantities.filter { $0.span != q.span && !FactLinker.isCompoundModifier($0, text) }.map(FactLinker.reading)
                    if others.contains(where: { $0 == .count || $0 == .bare }), !others.contains(.money) { choices.removeAll { $0 == .revenue } }
                }
                // A buyer's order names its seller (向英伟达订购, 给英伟达下了订单): it is the buyer's spending.
                if choices.contains(.orders), choices.contains(.spending), roles.contains(.object) {
                    choices.removeAll { $0 == .orders }
                }
                // Buying a company (to buy HashiCorp for $6.4 billion) is a deal; buying anything else is spending.
                if choices.contains(.dealValue), choices.contains(.spending) {
                    let between = cue.span.end <= q.span.start ? TextSpan(start: cue.span.end, end: q.span.start)
                                                               : TextSpan(start: q.span.end, end: cue.span.start)
                    let boughtCompany = sentence.mentions.contains { between.contains($0.span) }
                        || (latinText && companyNounNear(between, in: sentence, text: text))
                    choices.removeAll { $0 == (boughtCompany ? .spending : .dealValue) }
                }
                guard let m = choices.first(where: { compatible($0, q, reading, changed: change != nil) }) else { return nil }
                // An English count in digits after its verb or noun (produced 49,476; to about 2.49 million) counts.
                let englishCount = latinText && FactLinker.countMetrics.contains(m) && (rule == "<cue> … <figure>" || rule == "<cue>, … <figure>")
                    && q.text.unicodeScalars.contains { CharacterClass.isASCIIDigit($0.value) } && !FactLinker.isCompoundModifier(q, text)
                if reading == .bare, !englishCount, !bareFigureCounts(q, as: m, text: text, cueFollows: rule == "<figure> <cue>") { return nil }
                return m
            }
            var found: (cue: Cue, metric: Metric, flags: MetricFlags, cost: Double, rule: String)?
            search: for (cues, cost, rule) in ordered {
                for (cue, metrics, f) in metricCues(cues) {
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
                    guard let m = accept(cue, metrics, f, rule) else { continue }
                    found = (cue, m, f, cost, rule)
                    break search
                }
            }
            if var chosen = found {
                let clauseCues = metricCues(sameClauseBefore.reversed() + after)
                // A loose verb (spent, 投入) yields to a specific cue of the figure's clause (spent … on capital expenditures).
                if chosen.flags.contains(.weak), let specific = clauseCues.first(where: { c in
                    !c.flags.contains(.weak) && !c.flags.contains(.rate) && c.cue != chosen.cue
                        && accept(c.cue, c.metrics, c.flags, "<figure> <cue>") != nil
                }), let m = accept(specific.cue, specific.metrics, specific.flags, "<figure> <cue>") {
                    chosen = (specific.cue, m, specific.flags, chosen.cost, chosen.rule + " <specific cue>")
                }
                // A cue before the figure with another figure between them belongs to that figure, and one some
                // words away yields too: a cue right after this one is its own ($13B Series F at a $183B valuation).
                if chosen.rule == "<cue> … <figure>",
                   sentence.quantities.contains(where: { $0.span.start >= chosen.cue.span.end && $0.span.end <= q.span.start })
                    || q.span.start - chosen.cue.span.end > 3 || cueOwnedByFigureBefore(chosen.cue, q, in: sentence, text: text),
                   let own = metricCues(adjacentAfter).first(where: { c in
                       !c.flags.contains(.rate) && accept(c.cue, c.metrics, c.flags, "<figure> <cue>") != nil
                   }), let m = accept(own.cue, own.metrics, own.flags, "<figure> <cue>") {
                    chosen = (own.cue, m, own.flags, 0.05, "<figure> <cue>")
                }
                metric = chosen.metric; flags = chosen.flags; penalty = chosen.cost
                metricCue = chosen.cue.span
                if chosen.flags.contains(.item) { itemCue = text.string(chosen.cue.span) }
                rules.append(chosen.rule)
            }
        }
        if metric == nil, reading == .count, lexicon.namingClassifiers.contains(q.classifier) || q.text.hasSuffix("万卡"),
           let m = lexicon.classifierMetrics[q.classifier]?.first {
            metric = m; penalty = 0.05
            rules.append("<count> <\(q.classifier)>")
        }
        // Gapping: a figure right after a company, in a list after an earlier figure of the sentence, repeats that
        // figure's metric (Meta acquired 224,000 Hopper chips, Amazon 196,000 and Google 169,000).
        if metric == nil, let prev = previous, let f = prev.facts.first, f.change == nil,
           !isModelNumber(q, reading: reading, text: text, sentence: sentence),  // 阿维塔12 is a car
           FactLinker.family(FactLinker.reading(prev.quantity)) == FactLinker.family(reading),
           sentence.mentions.contains(where: { $0.span.end <= q.span.start && q.span.start - $0.span.end <= 1 && $0.span.start > prev.quantity.span.end }),
           compatible(f.metric, q, reading == .bare ? .count : reading, changed: change != nil) {
            metric = f.metric; penalty = 0.1
            if f.metric == .gpuCount { itemCue = f.item }
            rules.append("<metric of the figure before>")
        }
        if metric == nil, let m = context.lastMetric, context.lastReading.map(FactLinker.family) == FactLinker.family(reading),
           context.lastFactSentence == context.sentenceIndex - 1, context.lastFactParagraph == context.paragraph,
           compatible(m, q, reading, changed: change != nil), reading != .bare || bareFigureCounts(q, as: m, text: text, cueFollows: false),
           // An English sentence about another company (Thrive Capital led with about $1.25 billion, after OpenAI's round
           // valued it at $157 billion) takes no event's metric from the sentence before: it is an investor's.
           !(latinText && FactLinker.eventMetrics.contains(m) && !sentence.mentions.isEmpty
             && !sentence.mentions.contains { $0.company == context.focus?.company }) {
            metric = m; penalty = 0.15
            rules.append("<metric of the previous sentence>")
        }
        if metric == nil, isRankedCount(q, reading: reading, text: text, sentence: sentence, roles: roles, clause: clause) {
            metric = .units; penalty = 0.1
            rules.append("<company> <count> … <ranking>")
        }
        guard var metric else { return [] }
        if isEconomyFigure(q, in: sentence, roles: roles) { return [] }  // 服务出口额占印度GDP的9.7%: an economy's, no company's
        if isQuote(q, sameClauseBefore: sameClauseBefore) { return [] }  // 股价报1587.91元
        // Earnings stated per share ($0.47 per diluted share, adjusted earnings of $1.43 per share) are EPS, and so is a
        // loss after 每股 (每股美国存托股份摊薄净亏损0.62元).
        if (reading == .money && FactLinker.perShareMetrics.contains(metric) && perShareFollows(q, text: text))
            || (metric == .netProfit && isPerShare(metricCue, in: sentence)) {
            metric = .eps
            rules.append("<per share>")
        }

        if metric == .expense, sameClauseBefore.contains(where: { if case .marker(.perunit) = $0.kind { return true }; return false }) {
            metric = .price  // 每个工具的成本: the cost of one unit is its price
            rules.append("<per unit>")
        }

        // Value, unit and sign.
        var value = q.value, low = q.low, high = q.high
        var unit = q.unit
        if reading == .bare {
            unit = FactLinker.moneyMetrics.contains(metric) && !FactLinker.bareCountMetrics.contains(metric) ? context.yuan?.unit(at: q.span.start) ?? ValueUnit(rawValue: "CNY") : .count
        } else if q.kind == .money, unit.rawValue == "CNY", FactLinker.isBareYuan(q, text) {
            unit = context.yuan?.unit(at: q.span.start) ?? unit  // Taiwan press 元 is TWD; （人民币．下同）
        }
        if sign < 0 {
            value = -abs(value)
            if let l = low, let h = high { low = -max(abs(l), abs(h)); high = -min(abs(l), abs(h)); value = low! }  // 季减5%至7%: -7 … -5
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
        // A change's own period is never the one it is compared with (up 15% from a year earlier).
        // Nor is a period a comparison is made against (13.6% higher than in the first quarter) any figure's own.
        // A level right after that period is the base itself (较2022年的101.7亿元).
        let ownPeriods = (change == nil ? periods : periods.filter { $0.0.word != .samePeriodLastYear })
            .filter { p in
                !FactLinker.isComparisonBase(p.0, in: sentence, text: text)
                    || (change == nil && p.0.span.end <= q.span.start && q.span.start - p.0.span.end <= 4
                        && !(p.0.span.end..<q.span.start).contains { CharacterClass.isLetter(text.folded[$0]) && text.folded[$0] < 0x80 })
            }
        var period: Period?
        var periodWord: PeriodWord?
        // A year-ago period right after another figure is that figure's in English (from $59.65 billion a year ago, and
        // YouTube …); Chinese states it before its own (，去年同期为盈利128亿元).
        let latinSentence = FactLinker.isLatin(text, sentence.span)
        func ownedByFigureBefore(_ m: PeriodMention) -> Bool {
            if !latinSentence { return FactLinker.isChangeTarget(q, after: m, in: sentence, text: text) }
            return m.word == .samePeriodLastYear && sentence.quantities.contains { $0.span != q.span && $0.span.end <= m.span.start && m.span.start - $0.span.end <= 2 }
        }
        let nearestBefore = ownPeriods.last { $0.0.span.end <= q.span.start && ($0.1 != nil || $0.0.word == .yearToDate) && !ownedByFigureBefore($0.0) }
        if let p = ownPeriods.first(where: { p in  // from $76.7 billion a year ago: the figure's own, over the quarter before it
            latinSentence && p.1 != nil && p.0.word == .samePeriodLastYear && p.0.span.start >= q.span.end && p.0.span.start - q.span.end <= 2
        }) { period = p.1; periodWord = p.0.word }
        // English states a figure's period right after it (against $83bn in 2024, up from 8.4% in 2023): over one before it.
        else if latinSentence, let p = ownPeriods.first(where: {
            ($0.1 != nil || $0.0.word == .yearToDate) && FactLinker.statedRightAfter(q, $0.0, text: text)
        }) {
            period = p.1; periodWord = p.0.word
        }
        else if let p = nearestBefore { period = p.1; periodWord = p.0.word }  // the year so far (前三季, first nine months) has none
        else if let p = ownPeriods.first(where: { p in
            p.0.span.start >= q.span.end && p.1 != nil
                && (clause(p.0.span.start) == qClause || FactLinker.onlyAsidesBetween(text, from: q.span.end, to: p.0.span.start))
                // a year-ago period after another figure is that one's (rose to $1.95 billion from $266 million a year earlier)
                && !(p.0.word == .samePeriodLastYear && sentence.quantities.contains { $0.span.start >= q.span.end && $0.span.end <= p.0.span.start })
                // so is any period right after a base figure (dropped 28% to 62.6 billion yuan from 87 billion yuan in 2023)
                && !(latinSentence && sentence.quantities.contains { o in
                    o.span.start >= q.span.end && o.span.end <= p.0.span.start && FactLinker.isBaseFigure(o, text: text)
                        && FactLinker.statedRightAfter(o, p.0, text: text)
                })
        }) { period = p.1; periodWord = p.0.word }
        else if FactLinker.eventMetrics.contains(metric), let date = context.resolver.date {
            period = Period(year: date.year, part: .month(date.month))  // raised, cut, valued: when it was reported
        } else if metric != .price || change != nil {
            // A price level is of no reporting period (售价为1万美元/枚) unless its sentence says so; a change of the
            // average price in a report is (出货均价的维度带来影响-6.1%).
            period = context.reportingPeriod
        }
        // A base figure with no period of its own in an English sentence comparing with a year before is of that year-ago
        // period (climbed to $4.32 billion from $3.52 billion, … from a year earlier; … year over year).
        if latinSentence, change == nil, periodWord != .samePeriodLastYear, FactLinker.isBaseFigure(q, text: text),
           !periods.contains(where: { FactLinker.statedRightAfter(q, $0.0, text: text) }),
           let yearAgo = periods.first(where: { $0.0.word == .samePeriodLastYear && $0.1 != nil })?.1
               ?? FactLinker.yearBefore(period, in: sentence) {
            period = yearAgo
        }
        // A change against a stated period gets its basis from how that period lies to the figure's own
        // (13.6% higher than in the first quarter, reported for the second: qoq; than a year's same quarter: yoy).
        // It outweighs a basis inherited from the figure before (rose 40.1% year over year … and was 13.6% higher than
        // in the first quarter).
        // A quarter named without its year is the one just before when its number is (an increase of 23% over the
        // fourth quarter, reported for a first quarter), whatever year the resolver gave it.
        if change == .change || inheritedBasis, let own = period,
           let base = periods.first(where: { p in
               guard p.1 != nil, FactLinker.isComparisonBase(p.0, in: sentence, text: text) else { return false }
               return FactLinker.comparisonReaches(q, p.0, in: sentence, text: text)
           }),
           let b = FactLinker.basis(of: own, against: base.1!) ?? {
               guard base.0.year == nil, base.0.yearOffset == nil, case .quarter(let n)? = base.0.word,
                     case .quarter(let o) = own.part, n == (o == 1 ? 4 : o - 1) else { return nil }
               return Change.qoq
           }() {
            change = b
            rules.append("<basis from the compared period>")
        }

        // Company.
        var chosen: [CompanyMention] = []
        var trace: DecisionTrace?
        var confidence = 0.9 - penalty
        if !flags.contains(.noCompany) && metric != .growth && metric != .marketSize {
            // The company bought in a deal (to buy VMware for $61 billion, 收购X) is its object, not its subject.
            var dealRoles = roles
            if metric == .dealValue, let cue = metricCue, cue.end <= q.span.start {
                for (k, m) in sentence.mentions.enumerated() where m.span.start >= cue.end && m.span.end <= q.span.start { dealRoles[k] = .object }
            }
            if let maker = productMaker(q, metric: metric, text: text, sentence: sentence, roles: dealRoles) {
                chosen = [maker]  // iPhone 17起售价5999元: the product's maker
                rules.append("<product> … <figure>")
                confidence -= 0.1
            } else {
                let (found, rule, cost, decision) = decideCompany(q, text: text, sentence: sentence, roles: dealRoles, clause: clause, context: context)
                chosen = found
                rules.append(rule)
                confidence -= cost
                if context.recordsDecisions { trace = decision.map(DecisionTrace.init) }
            }
            // A tally of unnamed companies goes on through its sentence (…at 404 companies, on course to surpass the
            // 165,269 recorded in 2022): a later figure that names no company of its own is of none either.
            if let prev = previous, prev.facts.contains(where: { $0.company.isEmpty && $0.rule.contains("<unnamed company") }),
               !sentence.mentions.contains(where: { $0.span.start >= prev.quantity.span.end && $0.span.end <= q.span.end }),
               !chosen.isEmpty, !sentence.mentions.contains(where: { m in chosen.contains { $0.span == m.span } }) {
                chosen = []
                rules.append("<unnamed company of the figure before>")
            }
        }
        if metric == .headcount, chosen.isEmpty { return [] }  // a headcount of no company is no fact
        if chosen.isEmpty, isMarketSpending(metric, cue: metricCue, in: sentence) {
            metric = .marketSize  // 全球人工智能支出将达到6320亿美元
            rules.append("<market> <spending>")
        }
        let ruleText = rules.filter { !$0.isEmpty }.joined(separator: " ") + " → \(metric.rawValue)"
        func fact(_ m: CompanyMention?) -> Fact {
            let company = m.flatMap { companies.company(id: $0.company) }
            return Fact(doc: document, company: company?.id ?? "", companyName: company?.name ?? "", mention: m?.text ?? "",
                        metric: metric, value: value, unit: unit, item: item, qualifier: q.qualifier, low: low, high: high,
                        period: period, change: change, text: q.text, span: q.span, sentence: "",
                        confidence: Fact.roundedConfidence(max(0.05, confidence)), rule: ruleText)
        }
        // 本季 read as the reported quarter is, in a forecast, the quarter under way after it (展望本季).
        let underWay = periodWord == .thisQuarter && period != nil && period == context.resolver.carriedQuarter
            ? period.flatMap(PeriodResolver.quarter(after:)) : nil
        return (chosen.isEmpty ? [fact(nil)] : chosen.map { fact($0) }).map { f in
            var f = f
            f.forecastPeriod = underWay
            f.decision = trace
            return f
        }
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
