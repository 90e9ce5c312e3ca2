import Foundation

/// What the extractor saw in a text and why each fact is there: the figures, companies, cues
/// and periods of every sentence that holds a figure, and the rule that produced each fact.
/// Its `description` is the report `factx explain` prints.
public struct Explanation: Sendable, CustomStringConvertible {
    /// One sentence with what was found in it.
    public struct Sentence: Sendable {
        /// The sentence, verbatim.
        public var text: String
        /// Where the sentence stands, in Unicode scalars of the document.
        public var span: TextSpan
        /// Every figure of the sentence, whether or not it became a fact.
        public var quantities: [Quantity]
        /// Every company named in the sentence.
        public var companies: [CompanyMention]
        /// Cues as `(text, what it signals)`, e.g. `("营收", "metric revenue")`.
        public var cues: [(text: String, meaning: String)]
        /// Period expressions as written.
        public var periods: [String]
        /// The facts of the sentence, each with the rule that produced it (``Fact/rule``).
        public var facts: [Fact]
    }

    /// The reference date used for relative periods, if any.
    public var date: CalendarDate?
    /// The sentences that hold a figure, in text order.
    public var sentences: [Sentence]

    /// The report `factx explain` prints: each sentence with its figures, companies, cues, periods and facts.
    public var description: String {
        var out = "reference date: \(date?.description ?? "none")\n"
        for s in sentences {
            out += "\n«\(s.text)» [\(s.span)]\n"
            for q in s.quantities {
                var line = "  figure   \(q.text) [\(q.span)] \(q.kind.rawValue) \(q.value.plainString) \(q.unit.rawValue)"
                if q.qualifier != .exact { line += " \(q.qualifier.rawValue)" }
                if let l = q.low, let h = q.high { line += " \(l.plainString)–\(h.plainString)" }
                if !q.item.isEmpty { line += " item=\(q.item)" }
                out += line + "\n"
            }
            for c in s.companies { out += "  company  \(c.text) → \(c.company) [\(c.span)]\n" }
            for c in s.cues { out += "  cue      \(c.text): \(c.meaning)\n" }
            for p in s.periods { out += "  period   \(p)\n" }
            for f in s.facts {
                var line = "  FACT     \(f.company.isEmpty ? "-" : f.company) \(f.metric.rawValue) \(f.value.plainString) \(f.unit.rawValue)"
                if let c = f.change { line += " \(c.rawValue)" }
                if let p = f.period { line += " \(p)" }
                if f.qualifier != .exact { line += " \(f.qualifier.rawValue)" }
                if !f.item.isEmpty { line += " item=\(f.item)" }
                if !f.segment.isEmpty { line += " segment=\(f.segment)" }
                if f.status == .forecast { line += " forecast" }
                line += " «\(f.text)»  rule: \(f.rule)  confidence \(Fact.format(confidence: f.confidence))"
                out += line + "\n"
                if let d = f.decision?.company { out += Explanation.describe(d) }
            }
            if s.facts.isEmpty && !s.quantities.isEmpty { out += "  (no fact: no metric cue fits these figures)\n" }
        }
        return out
    }
}

extension FactExtractor {
    /// Explains what the extractor finds in `text`: see ``Explanation``.
    public func explain(_ text: String, date: CalendarDate? = nil) -> Explanation {
        let scalars = ScalarText(text, folding: folding)
        let reference = referenceDate(scalars, given: date)
        let result = pipeline.run(scalars, document: "", date: reference, allFigures: true, recordDecisions: true)
        let sentences = result.sentences.filter { !$0.quantities.isEmpty }.map { f in
            Explanation.Sentence(
                text: scalars.string(f.span), span: f.span, quantities: f.quantities, companies: f.mentions,
                cues: f.cues.compactMap { cue in
                    let meaning: String
                    switch cue.kind {
                    case .metric(let m, _): meaning = "metric \(m.map(\.rawValue).joined(separator: "|"))"
                    case .basis(let c): meaning = "change basis \(c.rawValue)"
                    case .direction(let d): meaning = d < 0 ? "fall" : "rise"
                    case .directedBasis(let d, let b): meaning = (d < 0 ? "fall " : "rise ") + b.rawValue
                    case .marker(let r): meaning = "marker \(r.rawValue)"
                    case .period: return nil
                    }
                    return (scalars.string(cue.span), meaning)
                },
                periods: f.periods.map { scalars.string($0.span) },
                facts: result.facts.filter { f.span.contains($0.span) })
        }
        return Explanation(date: reference, sentences: sentences)
    }
}

extension Explanation {
    /// The candidates of a company decision, best score first, each with the features that weighed most.
    static func describe(_ d: CompanyDecision) -> String {
        var out = ""
        let order = d.candidates.indices.sorted { d.scores[$0] != d.scores[$1] ? d.scores[$0] > d.scores[$1] : $0 < $1 }
        for k in order {
            let c = d.candidates[k]
            var line = "    company? \(c.company.isEmpty ? "-" : c.company) (\(c.kind))"
            if d.scored { line += " score \(String(format: "%.2f", d.scores[k]))" }
            if k == d.chosen { line += " CHOSEN" }
            if k == d.rule { line += " rule" }
            let strongest = d.scored ? d.strongest(k) : []
            if !strongest.isEmpty {
                line += ": " + strongest.map { "\($0.name) \(String(format: "%+.2f", $0.contribution))" }.joined(separator: ", ")
            } else if !d.scored {
                line += ": " + c.features.prefix(6).map(\.name).joined(separator: ", ")
            }
            out += line + "\n"
        }
        return out
    }
}
