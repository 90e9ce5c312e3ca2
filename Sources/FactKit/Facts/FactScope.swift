/// The last stage of a sentence's facts: what each covers and whether it is reported.
/// Takes the linker's finished facts and sets their ``Fact/status`` (``StatusFinder``), ``Fact/segment``
/// (``SegmentFinder``) and, for earnings per share, item `share`; the cues that decided go into the
/// fact's rule, so `factx explain` names them.
///
/// A final class of constants; what carries from one sentence to the next travels in ``Context``.
final class FactScope: Sendable {
    let lexicon: ScopeLexicon
    let statusFinder = StatusFinder()
    let segmentFinder = SegmentFinder()

    init(lexicon: ScopeLexicon) {
        self.lexicon = lexicon
    }

    static func builtin() throws -> FactScope { FactScope(lexicon: try ScopeLexicon.builtin()) }

    /// What carries between sentences.
    struct Context {
        /// The forecast word whose reach a semicolon carries into the next sentence.
        var carriedForecast: String?
        /// The segment last named, and how many sentences ago.
        var focus: String?
        /// The segment last named with a marker (分部, segment), in the same reach as `focus`.
        var markedFocus: String?
        var sentencesSinceFocus = 100
        /// Whether the sentence before announced parts (其中, 分部方面) or named a segment.
        var partsAnnounced = false
        var lastSentenceEnd = 0
        /// A reported quarter that this paragraph's forecasts moved to the quarter under way (展望本季…；毛利率估…).
        var underWay: (reported: Period, underWay: Period)?
    }

    /// How many sentences back a marker alone (分部, the segment) still names the segment in focus.
    static let focusReach = 3

    /// The facts of one sentence with their status, segment and per-share item set.
    func apply(_ facts: [Fact], text: ScalarText, sentence: SentenceFindings, date: CalendarDate?, context: inout Context) -> [Fact] {
        let span = sentence.span
        // A new paragraph ends what the one before announced.
        if (context.lastSentenceEnd..<min(span.start, text.count)).contains(where: { text.folded[$0] == 0x0A }) {
            context.partsAnnounced = false
            context.sentencesSinceFocus = max(context.sentencesSinceFocus, FactScope.focusReach)
            context.underWay = nil
        }
        context.lastSentenceEnd = span.end
        let endsWithSemicolon = FactScope.endsWithSemicolon(text, span)
        guard !facts.isEmpty || endsWithSemicolon || context.carriedForecast != nil else {
            context.partsAnnounced = false
            context.sentencesSinceFocus += 1
            return facts
        }
        let words = scopeWords(text: text, sentence: sentence)
        let carried = context.carriedForecast
        context.carriedForecast = endsWithSemicolon ? (statusFinder.openForecast(at: span.end, words: words, text: text) ?? carried) : nil
        guard !facts.isEmpty else {
            context.partsAnnounced = false
            context.sentencesSinceFocus += 1
            return facts
        }
        let clauses = ClauseBreaks(text, span)
        var result = facts
        var named = false
        var namedCompany = ""
        var namedMetric: Metric?
        for k in result.indices {
            var fact = result[k]
            var notes = [String]()
            if let q = sentence.quantities.first(where: { $0.span == fact.span }), q.perUnit, fact.unit.isCurrency, FactScope.isShare(q.classifier),
               fact.metric == .netProfit || fact.metric == .price {
                fact.metric = .eps
                notes.append("<per share> → eps")
            }
            if fact.metric == .eps { fact.item = "share" }
            // A segment named earlier in this sentence is in focus too (…, while the unit's operating income).
            let focus = named || context.sentencesSinceFocus <= FactScope.focusReach ? context.focus : nil
            if let found = segmentFinder.segment(of: fact, words: words, sentence: sentence, text: text, clauses: clauses,
                                                 focus: focus, sentenceFocus: named && namedCompany == fact.company ? context.focus : nil, sentenceFocusMetric: namedMetric,
                                                 markedFocus: focus == nil ? nil : context.markedFocus,
                                                 partsAnnounced: context.partsAnnounced) {
                fact.segment = found.name
                notes.append("segment \(found.rule)")
                context.focus = found.name
                if found.rule.hasPrefix("<segment") || found.rule.hasPrefix("<subject") { context.markedFocus = found.name }
                named = true
                namedCompany = fact.company
                namedMetric = fact.metric
            }
            let (status, cue) = statusFinder.status(of: fact, words: words, sentence: sentence, text: text, clauses: clauses,
                                                    date: date, carried: carried)
            fact.status = status
            if let cue { notes.append("forecast \(cue)") }
            if status == .forecast, let p = fact.forecastPeriod ?? context.underWay.flatMap({ $0.reported == fact.period ? $0.underWay : nil }) {
                if let reported = fact.period { context.underWay = (reported, p) }
                fact.period = p
                notes.append("<this quarter in a forecast> → \(p)")
            }
            fact.forecastPeriod = nil
            if !notes.isEmpty { fact.rule += "; " + notes.joined(separator: "; ") }
            result[k] = fact
        }
        if named { context.sentencesSinceFocus = 0 } else { context.sentencesSinceFocus += 1 }
        context.partsAnnounced = named || words.contains { $0.has(.context) }
        return result
    }

    /// The scope words of a sentence, leaving out status words inside a metric cue or a company name (估 in 估值).
    func scopeWords(text: ScalarText, sentence: SentenceFindings) -> [ScopeWord] {
        lexicon.words(in: text, range: sentence.span).filter { word in
            if word.has(.forecast) || word.has(.estimate) || word.has(.forecastAfter) || word.has(.actual) {
                // A word of one scalar inside a metric cue is part of another word (估 in 估值); 预期 in 增长预期 counts.
                return !sentence.cues.contains { cue in
                    if case .metric = cue.kind { return word.span.length == 1 && cue.span.overlaps(word.span) }
                    return false
                } && !sentence.mentions.contains { $0.span.overlaps(word.span) }
            }
            return !sentence.mentions.contains { $0.span.overlaps(word.span) }
        }
    }

    /// Whether the figure's per-unit word is a share (`$0.47 per share`, `每股`…`/股`).
    static func isShare(_ classifier: String) -> Bool {
        let c = classifier.lowercased()
        return c == "share" || c == "股"
    }

    /// Whether a sentence ends with a semicolon (； is folded to `;`), which joins it to the next.
    static func endsWithSemicolon(_ text: ScalarText, _ span: TextSpan) -> Bool {
        var k = span.end
        while k > span.start, text.folded[k - 1] == 0x20 || text.folded[k - 1] == 0x0A { k -= 1 }
        return k > span.start && text.folded[k - 1] == 0x3B
    }
}
