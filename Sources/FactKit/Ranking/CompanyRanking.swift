/// The company decision as a ranking: the hand rules of ``FactLinker/attribute(_:text:sentence:roles:clause:context:)``
/// name one choice; besides it, every company the sentence names, the company in focus, the document's main company
/// and "no company" are candidates, each with features (distance, order, markers between, roles, list position,
/// focus, "the hand rule picks this"). A linear scorer whose weights are data (`weights/company.tsv`, written by
/// `factx-train`) picks the best; with no weights the rule's choice stands.
///
/// Feature names say what they test, prefixed by the kind of candidate: `m.` a company of the sentence, `focus.` the
/// company in focus of an earlier sentence, `main.` the document's main company, `none.` no company; `rule` and
/// `rule:<name>` mark the hand rule's choice. They name word classes of the data (marker roles of markers.tsv,
/// sources.tsv), never words.
package struct CompanyCandidate: Sendable {
    /// The mention to give the figure to, or nil for no company.
    package var mention: CompanyMention?
    package var features: [Feature]
    /// The company id, empty for no company.
    package var company: String { mention?.company ?? "" }
    /// What kind of candidate it is: `sentence`, `focus`, `main` or `none`.
    package var kind: String
    /// Whether the scorer may choose it: not a mention the rules give a role that keeps it from being the subject
    /// (object, source, venue, examples, aside). Such a mention is listed, with its role as a feature, for explain.
    package var eligible = true
}

/// One figure's company decision: the candidates, the hand rule's choice, the chosen one and the scores.
package struct CompanyDecision: Sendable {
    package var candidates: [CompanyCandidate]
    /// The index of the hand rule's choice.
    package var rule: Int
    /// The index of the chosen candidate (the rule's when no weights are loaded).
    package var chosen: Int
    /// Each candidate's score (all 0 with no weights).
    package var scores: [Double]
    /// The weights that scored it, for `factx explain`.
    package var weights: LinearWeights
    /// Whether the weights scored it (false where the rules decide: no weights, or a script they are not for).
    package var scored = false

    /// The features that weigh most in candidate `k`'s score, largest contribution first.
    package func strongest(_ k: Int, count: Int = 4) -> [(name: String, contribution: Double)] {
        var parts = [(name: String, contribution: Double)]()
        for f in candidates[k].features {
            let c: Double = (weights.weights[f.name] ?? 0) * f.value
            if c != 0 { parts.append((f.name, c)) }
        }
        parts.sort { a, b in abs(a.contribution) != abs(b.contribution) ? abs(a.contribution) > abs(b.contribution) : a.name < b.name }
        return Array(parts.prefix(count))
    }
}

/// A decision carried along a fact for `factx explain` and for training. It is no part of a fact's identity:
/// two facts that differ only in it are equal.
package struct DecisionTrace: Hashable, Sendable {
    package var company: CompanyDecision
    package static func == (a: DecisionTrace, b: DecisionTrace) -> Bool { true }
    package func hash(into hasher: inout Hasher) {}
}

extension FactLinker {
    /// The companies of figure `q`: the hand rule's choice, or the best-scored candidate where weights are loaded
    /// (a list of several companies, `A、B 均`, stays the rule's). Also the decision, when weights are loaded or
    /// the context records decisions.
    func decideCompany(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?],
                       clause: (Int) -> Int, context: Context) -> (companies: [CompanyMention], rule: String, cost: Double, decision: CompanyDecision?) {
        let (found, rule, cost) = attribute(q, text: text, sentence: sentence, roles: roles, clause: clause, context: context)
        // A list (A、B 均) and a figure that qualifies the name after it (2222台的腾势) are grammar, not a preference:
        // the scorer leaves them to the rule.
        guard found.count <= 1, rule != FactLinker.figureOfCompanyRule else { return (found, rule, cost, nil) }
        // Figures paired in order with a list (A、B 分别为 x、y): the list member of the figure's rank.
        let paired = respectivelyPaired(q, sentence: sentence, text: text).flatMap { pair in
            pair.list.contains { $0.company == found.first?.company } ? pair.member : nil
        }
        // The weights decide in the scripts they are for; features are made only where they do, or are recorded.
        let scores = !companyWeights.isEmpty && (companyWeights.scripts.map { $0.contains(script(of: sentence, text)) } ?? true)
        guard scores || context.recordsDecisions else {
            if let paired { return ([paired], "<company list> 分别", 0.05, nil) }
            return (found, rule, cost, nil)
        }
        var decision = companyCandidates(q, text: text, sentence: sentence, roles: roles, clause: clause, context: context,
                                         ruleChoice: found.first, ruleName: rule)
        if let paired {
            if let k = decision.candidates.firstIndex(where: { $0.company == paired.company }) { decision.chosen = k }
            return ([paired], "<company list> 分别", 0.05, decision)
        }
        guard scores else { return (found, rule, cost, decision) }
        decision.scores = decision.candidates.map { companyWeights.score($0.features) }
        decision.scored = true
        var best = decision.rule
        for k in decision.scores.indices where decision.candidates[k].eligible && decision.scores[k] > decision.scores[best] + 1e-9 { best = k }
        decision.chosen = best
        if best == decision.rule { return (found, rule, cost, decision) }
        let c = decision.candidates[best]
        return (c.mention.map { [$0] } ?? [], "<ranked \(c.kind)>", 0.15, decision)
    }

    /// A figure paired in order with a list before a `respectively` marker (markers.tsv: A、B 分别为 x、y; A and B
    /// had x and y respectively): the list and the member of the figure's rank among the figures of its kind after
    /// the list, when there are no more such figures than members.
    func respectivelyPaired(_ q: Quantity, sentence: SentenceFindings, text: ScalarText) -> (list: [CompanyMention], member: CompanyMention)? {
        guard let r = sentence.cues.first(where: { cue in
            if case .marker(.respectively) = cue.kind { return true }
            return false
        }), let last = sentence.mentions.last(where: { $0.span.end <= min(r.span.start, q.span.start) }) else { return nil }
        let list = listContaining(last, in: sentence.mentions, text: text)
        guard list.count > 1 else { return nil }
        let family = FactLinker.family(FactLinker.reading(q))
        let figures = sentence.quantities.filter { $0.span.start >= last.span.end && FactLinker.family(FactLinker.reading($0)) == family
            && !isModelNumber($0, reading: FactLinker.reading($0), text: text, sentence: sentence) }
        guard figures.count <= list.count, let rank = figures.firstIndex(where: { $0.span == q.span }) else { return nil }
        return (list, list[rank])
    }

    /// The script of a sentence: `latin` with no ideograph, `hant` with an ideograph that folds to another
    /// (traditional.tsv), else `hans`.
    func script(of sentence: SentenceFindings, _ text: ScalarText) -> String {
        if FactLinker.isLatin(text, sentence.span) { return "latin" }
        for i in sentence.span.start..<sentence.span.end where text.original[i] != text.folded[i] && CharacterClass.isIdeographic(text.original[i]) {
            return "hant"
        }
        return "hans"
    }

    /// The candidates of figure `q` and their features (see ``CompanyCandidate``).
    func companyCandidates(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?],
                           clause: (Int) -> Int, context: Context, ruleChoice: CompanyMention?, ruleName: String) -> CompanyDecision {
        let qClause = clause(q.span.start)
        let mentions = sentence.mentions
        func between(_ a: Int, _ b: Int) -> (Int, Int) { a <= b ? (a, b) : (b, a) }
        func markers(from a: Int, to b: Int) -> [MarkerRole] {
            var found = [MarkerRole]()
            for cue in sentence.cues where cue.span.start >= a && cue.span.end <= b {
                if case .marker(let r) = cue.kind, !found.contains(r) { found.append(r) }
            }
            return found
        }
        let markersBefore = markers(from: sentence.span.start, to: q.span.start)
        let anyBefore = mentions.contains { $0.span.end <= q.span.start }
        let paired = respectivelyPaired(q, sentence: sentence, text: text).map { (list: Set($0.list.map(\.company)), member: $0.member.company) }
        let focusAge = context.sentenceIndex - context.focusSentence
        let focus = context.focus.flatMap { focusAge <= FactLinker.pronounReach ? $0 : nil }
        let main = context.mainCompany

        var candidates = [CompanyCandidate]()
        // No company.
        var none = [Feature("none")]
        for r in markersBefore where r == .source || r == .reporter || r == .unnamed || r == .pronoun { none.append(Feature("none.before.\(r.rawValue)")) }
        if mentions.isEmpty { none.append(Feature("none.noMention")) }
        // Unnamed companies right after the figure in its clause (job losses at 404 companies).
        if unnamedAfter(q, in: sentence, clause: clause) { none.append(Feature("none.after.unnamed")) }
        if !anyBefore { none.append(Feature("none.noMentionBefore")) }
        if mentions.contains(where: { reportsOnOthers($0, in: sentence) }) { none.append(Feature("none.sourceCompany")) }
        none.append(Feature("none.reading.\(FactLinker.reading(q))"))
        candidates.append(CompanyCandidate(mention: nil, features: none, kind: "none"))

        // The companies of the sentence: each once, by its nearest mention before the figure, else its first after.
        var seen = Set<String>()
        for m in mentions where !seen.contains(m.company) {
            seen.insert(m.company)
            let same = mentions.indices.filter { mentions[$0].company == m.company }
            guard let k = same.last(where: { mentions[$0].span.end <= q.span.start })
                    ?? same.first(where: { mentions[$0].span.start >= q.span.end }) else { continue }
            let c = mentions[k]
            let isBefore = c.span.end <= q.span.start
            let (a, b) = isBefore ? (c.span.end, q.span.start) : (q.span.end, c.span.start)
            var f = [Feature(isBefore ? "m.before" : "m.after")]
            let clauses = abs(clause(c.span.start) - qClause)
            if clauses == 0 { f.append(Feature(isBefore ? "m.before.sameClause" : "m.after.sameClause")) }
            f.append(Feature("m.clauses", Double(min(clauses, 4)) / 4))
            f.append(Feature("m.chars", Double(min(b - a, 80)) / 80))
            if b - a <= 2 { f.append(Feature(isBefore ? "m.before.adjacent" : "m.after.adjacent")) }
            if !mentions.contains(where: { $0.company != c.company && $0.span.start >= a && $0.span.end <= b }) {
                f.append(Feature(isBefore ? "m.before.nearest" : "m.after.nearest"))
            }
            if sentence.quantities.contains(where: { $0.span != q.span && $0.span.start >= a && $0.span.end <= b }) {
                f.append(Feature("m.figureBetween"))
            }
            // A name after the figure with a figure of its own after it in its clause (…, and YouTube ads brought in $8.92 billion).
            if !isBefore, sentence.quantities.contains(where: { $0.span.start >= c.span.end && clause($0.span.start) == clause(c.span.start) }) {
                f.append(Feature("m.after.ownFigure"))
            }
            if let r = roles[k] { f.append(Feature("m.role.\(r.rawValue)")) }
            for r in markers(from: a, to: b) { f.append(Feature("m.between.\(r.rawValue)")) }
            if reports(c, sentence) { f.append(Feature("m.reports")) }
            if isTopical(c, sentence, text) { f.append(Feature("m.topical")) }
            if FactLinker.isPossessive(c, text) { f.append(Feature("m.possessive")) }
            if !isBefore, c.span.start - q.span.end <= 2, q.span.end < text.count, text.folded[q.span.end] == 0x7684 {  // 的
                f.append(Feature("m.figureOf"))
            }
            let list = listContaining(c, in: mentions, text: text)
            if list.count > 1 {
                f.append(Feature("m.list"))
                if list.first == c { f.append(Feature("m.list.first")) }
                if list.last == c { f.append(Feature("m.list.last")) }
            }
            if let paired, paired.list.contains(c.company) {
                f.append(Feature(paired.member == c.company ? "m.respectively.paired" : "m.respectively.unpaired"))
            }
            if same.count > 1 { f.append(Feature("m.repeated")) }
            if !c.isKnown { f.append(Feature("m.unknown")) }
            if reportsOnOthers(c, in: sentence) { f.append(Feature("m.sourceCompany")) }
            if focus?.company == c.company { f.append(Feature("m.focus")) }
            if main?.company == c.company { f.append(Feature("m.main")) }
            candidates.append(CompanyCandidate(mention: c, features: f, kind: "sentence", eligible: roles[k] == nil))
        }

        // The company in focus and the main company, when the sentence does not name them.
        let pronoun = markersBefore.contains(.pronoun)
        if let focus, !seen.contains(focus.company) {
            seen.insert(focus.company)
            var f = [Feature("focus"), Feature("focus.age", Double(min(focusAge, 8)) / 8)]
            if context.focusParagraph == context.paragraph { f.append(Feature("focus.sameParagraph")) }
            if pronoun { f.append(Feature("focus.pronoun")) }
            if !anyBefore { f.append(Feature("focus.noMentionBefore")) }
            if mentions.isEmpty { f.append(Feature("focus.noMention")) }
            if main?.company == focus.company { f.append(Feature("focus.main")) }
            if !focus.isKnown { f.append(Feature("focus.unknown")) }
            candidates.append(CompanyCandidate(mention: focus, features: f, kind: "focus"))
        }
        if let main, !seen.contains(main.company) {
            seen.insert(main.company)
            var f = [Feature("main")]
            if pronoun { f.append(Feature("main.pronoun")) }
            if !anyBefore { f.append(Feature("main.noMentionBefore")) }
            if mentions.isEmpty { f.append(Feature("main.noMention")) }
            candidates.append(CompanyCandidate(mention: main, features: f, kind: "main"))
        }
        if let r = ruleChoice, !seen.contains(r.company) {
            candidates.append(CompanyCandidate(mention: r, features: [], kind: "sentence"))
        }

        // The hand rule's choice.
        let rule = candidates.firstIndex { $0.company == (ruleChoice?.company ?? "") } ?? 0
        candidates[rule].features.append(Feature("rule"))
        if !ruleName.isEmpty { candidates[rule].features.append(Feature("rule:" + ruleName)) }
        return CompanyDecision(candidates: candidates, rule: rule, chosen: rule,
                               scores: Array(repeating: 0, count: candidates.count), weights: companyWeights)
    }
}
