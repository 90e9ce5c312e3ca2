/// The linker's period questions: which calendar a company keeps, which stated periods are no figure's own
/// (comparison bases, starting points), how far a period after a figure reaches, and the basis a compared period
/// gives a change. The carry between sentences itself (lead and paragraph periods) is in `FactLinker.facts(document:text:sentence:context:)`.
extension FactLinker {
    /// Metrics of a company's reported results: a year the lead gives them for is the year the text reports on.
    static let resultMetrics: Set<Metric> = [.revenue, .netProfit, .grossProfit, .operatingIncome, .grossMargin, .operatingMargin,
                                             .netMargin, .eps]

    /// The month a company's fiscal year ends in (its own, else its parent's), when not December.
    func fiscalYearEnd(of id: String) -> Int? {
        lexicon.fiscalYearEnds[id] ?? companies.company(id: id)?.parent.flatMap { lexicon.fiscalYearEnds[$0] }
    }

    /// Whether a period is the base of a comparison: a comparison word (than, over, 较, 比) stands a few
    /// scalars before it with no figure between (than in the first quarter, 较上年同期).
    static func isComparisonBase(_ m: PeriodMention, in sentence: SentenceFindings, text: ScalarText) -> Bool {
        // A stretch with no period (over the past four quarters) is the time a figure covers, not a base.
        if m.word == .yearToDate { return false }
        return sentence.cues.contains { cue in
            guard case .marker(.comparison) = cue.kind, cue.span.end <= m.span.start, m.span.start - cue.span.end <= 8 else { return false }
            return !sentence.quantities.contains { $0.span.start >= cue.span.end && $0.span.end <= m.span.start }
        }
    }

    /// Whether a period is a starting point: `since` right before it (since the third quarter of 2022) or 以来 right
    /// after it (2021年第二季以来).
    static func isStartingPoint(_ m: PeriodMention, in sentence: SentenceFindings) -> Bool {
        sentence.cues.contains { cue in
            guard case .marker(.since) = cue.kind else { return false }
            if cue.span.end <= m.span.start { return m.span.start - cue.span.end <= 5 }  // since the …
            return cue.span.start >= m.span.end && cue.span.start - m.span.end <= 1
        }
    }

    /// Whether only spaces, Latin words and bracketed asides stand between two positions (862.1 billion yuan
    /// ($118.2 billion) in 2024, and from the figure inside the brackets): what follows is still the figure's clause.
    static func onlyAsidesBetween(_ text: ScalarText, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 40 else { return false }
        var depth = 0, aside = false
        for i in from..<to {
            let c = text.folded[i]
            if c == 0x28 { depth += 1; aside = true; continue }
            if c == 0x29 { if depth > 0 { depth -= 1 }; aside = true; continue }  // ) after a figure inside the aside
            if depth > 0 { if CharacterClass.isIdeographic(c) { return false }; continue }
            guard c == 0x20 || (c < 0x80 && CharacterClass.isLetter(c)) else { return false }
        }
        return aside && depth == 0
    }

    /// Whether the comparison before period `m` is figure `q`'s: right after it, with only spaces and direction words
    /// between (13.6% higher than in the first quarter), or before it with no other change figure between (较上季增长5%).
    static func comparisonReaches(_ q: Quantity, _ m: PeriodMention, in sentence: SentenceFindings, text: ScalarText) -> Bool {
        guard let cue = sentence.cues.last(where: { cue in
            if case .marker(.comparison) = cue.kind { return cue.span.end <= m.span.start }
            return false
        }) else { return false }
        if cue.span.start >= q.span.end { return onlyDirectionWords(text, sentence, from: q.span.end, to: cue.span.start) }
        return !sentence.quantities.contains { $0.span.start >= m.span.end && $0.span.end <= q.span.start && family(reading($0)) == 1 }
    }

    /// The basis of a change of period `own` against period `base`: the same part a year before is yoy, the quarter
    /// just before is qoq.
    static func basis(of own: Period, against base: Period) -> Change? {
        if base.part == own.part, base.year == own.year - 1 { return .yoy }
        if case .quarter(let b) = base.part, case .quarter(let o) = own.part,
           (base.year == own.year && b == o - 1) || (base.year == own.year - 1 && b == 4 && o == 1) { return .qoq }
        return nil
    }

    /// Whether a period stated after the lead ends before the lead's reported period (one ended by the report's date):
    /// a look back, not a new reporting period. A lead still under way (a forecast) gives way to the quarter reported.
    static func looksBack(_ p: Period, from lead: Period?, date: CalendarDate?, yearEnd: Int?) -> Bool {
        guard let lead, let date, lead.fiscal == p.fiscal,  // another company's calendar is no look back
              PeriodResolver.hasEnded(lead, by: date, yearEnd: yearEnd) else { return false }
        return PeriodResolver.lastMonth(of: p, yearEnd: yearEnd) < PeriodResolver.lastMonth(of: lead, yearEnd: yearEnd)
    }

    /// Whether a quarter or half ends after the lead's (of the same calendar): one a text with no date looks ahead to.
    static func looksAhead(_ p: Period, from lead: Period, yearEnd: Int?) -> Bool {
        guard lead.fiscal == p.fiscal, p.part != .year, lead.part != .year else { return false }
        return PeriodResolver.lastMonth(of: p, yearEnd: yearEnd) > PeriodResolver.lastMonth(of: lead, yearEnd: yearEnd)
    }

    /// The quarter or half a year restates when it follows that part of itself with no figure between (In the December
    /// quarter, the first of Apple's fiscal 2024, …): the year says which year the part is of, not another period.
    static func partRestated(_ p: Period?, by m: PeriodMention, after last: (PeriodMention, Period?), in sentence: SentenceFindings) -> Period? {
        guard let p, p.part == .year, m.word == nil, let part = last.1, part.part != .year, part.year == p.year, part.fiscal == p.fiscal,
              last.0.span.end <= m.span.start, m.span.start - last.0.span.end <= 40 else { return nil }
        return sentence.quantities.contains { $0.span.start >= last.0.span.end && $0.span.end <= m.span.start } ? nil : part
    }

    /// Words that may stand between an English figure and its own period (830 units in 2024, $18 billion this fiscal year).
    static let periodLeadWords: Set<String> = ["in", "for", "during", "over", "of", "the", "fiscal", "its", "at", "by"]

    /// Whether period `m` follows figure `q` with only those words (or a bracketed aside) between.
    static func statedRightAfter(_ q: Quantity, _ m: PeriodMention, text: ScalarText) -> Bool {
        guard m.span.start >= q.span.end, m.span.start - q.span.end <= 24 else { return false }
        if m.span.start == q.span.end || onlyAsidesBetween(text, from: q.span.end, to: m.span.start) { return true }
        let gap = text.string(TextSpan(start: q.span.end, end: m.span.start)).lowercased()
        let words = gap.split(separator: " ")
        return gap.first == " " && words.allSatisfy { periodLeadWords.contains(String($0)) }
    }

    /// Whether an English figure is a comparison's base (from 87 billion yuan, against $83bn, compared with 19%).
    static func isBaseFigure(_ q: Quantity, text: ScalarText) -> Bool {
        ["from ", "against ", "compared with ", "versus ", "than "].contains { PeriodParser.follows(text.folded, $0, before: q.span.start, from: 0) }
    }

    /// Reported results in a title that states no period are of the period its lead first reports (TSMC profit rises 36% …,
    /// then TSMC's second-quarter net profit …): the title comes before the lead that says which period it is.
    static func dateTitle(_ facts: inout [Fact], sentences: [SentenceFindings], text: ScalarText, lead: Period?) {
        guard let lead, let titleEnd = text.folded.firstIndex(of: 0x0A) else { return }  // one paragraph: no title
        for k in facts.indices where facts[k].period == nil && facts[k].status == .actual && facts[k].span.end <= titleEnd
            && resultMetrics.contains(facts[k].metric) {
            guard let s = sentences.first(where: { $0.span.contains(facts[k].span) }), s.periods.isEmpty else { continue }
            facts[k].period = lead
        }
    }

    /// Whether a level is where a change from a year-ago figure ended (由去年同期的每部1102.2元下跌3.6%至1062.8元): the
    /// year-ago period is the base's, the level after 至 / 到 is the figure's own period's.
    static func isChangeTarget(_ q: Quantity, after m: PeriodMention, in sentence: SentenceFindings, text: ScalarText) -> Bool {
        guard m.word == .samePeriodLastYear, q.span.start >= 1, q.span.start - m.span.end <= 30 else { return false }
        let before = text.folded[q.span.start - 1]
        guard before == 0x81F3 || before == 0x5230 else { return false }  // 至 到
        return sentence.quantities.contains { $0.span.start >= m.span.end && $0.span.end <= q.span.start - 1 }
    }

    /// The same period a year before, when the sentence compares year over year (a yoy basis cue: from a year earlier).
    static func yearBefore(_ p: Period?, in sentence: SentenceFindings) -> Period? {
        guard var p, sentence.cues.contains(where: { cue in
            if case .basis(.yoy) = cue.kind { return true }
            if case .directedBasis(_, .yoy) = cue.kind { return true }
            return false
        }) else { return nil }
        p.year -= 1
        return p
    }

    /// Reported results that state no period in a text whose lead reports a quarter are of the quarter their company last
    /// ended by the report's date, in its own calendar (Microsoft's fiscal quarter leads; Meta posted revenue of …: 2024-Q2).
    func dateUnstatedResults(_ facts: inout [Fact], sentences: [SentenceFindings], lead: Period?, date: CalendarDate?) {
        guard let lead, case .quarter = lead.part, let date else { return }
        for k in facts.indices where facts[k].period == nil && facts[k].status == .actual && !facts[k].company.isEmpty
            && facts[k].segment.isEmpty && FactLinker.resultMetrics.contains(facts[k].metric) {
            // a sentence that names a period (前三季: none of FACTS.md's) said so itself
            guard let s = sentences.first(where: { $0.span.contains(facts[k].span) }), s.periods.isEmpty else { continue }
            let current = fiscalYearEnd(of: facts[k].company).map { PeriodResolver.fiscalQuarter(containing: date, yearEnd: $0) }
                ?? Period(year: date.year, part: .quarter(date.quarter))
            facts[k].period = PeriodResolver.quarter(before: current)
        }
    }
}
