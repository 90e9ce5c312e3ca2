/// Attribution: which company a figure is about. The roles of a sentence's mentions (object, source, aside…),
/// and the choice among the mentions before the figure, a list, the company in focus and the document's main company.
extension FactLinker {

    /// Asides of a sentence: a clause set off by two commas that opens with an aside word (asides.tsv:
    /// `, the main supplier of …,`, `, which includes phones,`, `, including OnePlus,`).
    func asideSpans(_ sentence: SentenceFindings, text: ScalarText, breaks: [Int]) -> [TextSpan] {
        let s = text.folded
        let commas = breaks.filter { s[$0] == 0x2C }
        var spans = [TextSpan]()
        for (open, close) in zip(commas, commas.dropFirst()) {
            var i = open + 1
            while i < close, s[i] == 0x20 { i += 1 }
            let opensAside = lexicon.asideOpeners.contains { w in
                guard i + w.count < close else { return false }
                for (j, c) in w.enumerated() where CueLexicon.lower(s[i + j]) != c { return false }
                return !CharacterClass.isLetter(s[i + w.count])
            }
            if opensAside { spans.append(TextSpan(start: open, end: close)) }
        }
        return spans
    }

    /// The role of each mention of the sentence (``role(of:in:text:)``); besides, a company that reports on others
    /// (sources.tsv) is a source, and one named inside an aside after another company (`SK hynix, the main supplier
    /// for Nvidia's accelerators, reported …`) is no subject.
    func mentionRoles(_ sentence: SentenceFindings, text: ScalarText, asides: [TextSpan]) -> [MarkerRole?] {
        var roles = sentence.mentions.map { role(of: $0, in: sentence, text: text) }
        for (k, m) in sentence.mentions.enumerated() where roles[k] == nil {
            if reportsOnOthers(m, in: sentence) { roles[k] = .source; continue }
            if let aside = asides.first(where: { $0.contains(m.span) }),
               sentence.mentions[..<k].contains(where: { $0.span.end <= aside.start }) { roles[k] = .aside }
        }
        return roles
    }

    /// Whether a mention speaks of others (sources.tsv): a source always; an analyst (a broker, a bank) only beside
    /// another company or before a reporting word (高盛指出, 高盛统计数据显示): alone it states its own results.
    func reportsOnOthers(_ m: CompanyMention, in sentence: SentenceFindings) -> Bool {
        guard lexicon.sourceCompanies.contains(m.company) else { return false }
        guard lexicon.analystCompanies.contains(m.company) else { return true }
        if sentence.mentions.contains(where: { $0.company != m.company }) { return true }
        return sentence.cues.contains { cue in
            if case .marker(.reporter) = cue.kind { return cue.span.start >= m.span.end }
            return false
        }
    }

    /// The role that keeps a company mention from being the subject (object, source, venue,
    /// examples), or nil for a possible subject.
    func role(of m: CompanyMention, in sentence: SentenceFindings, text: ScalarText) -> MarkerRole? {
        if let r = ownRole(of: m, in: sentence, text: text) { return r }
        // A role of one list member is the role of the whole list (从亚马逊、英伟达和微软等).
        let list = listContaining(m, in: sentence.mentions, text: text)
        for other in list where other != m {
            if let r = ownRole(of: other, in: sentence, text: text), r == .object || r == .source || r == .examples { return r }
        }
        return nil
    }

    private func ownRole(of m: CompanyMention, in sentence: SentenceFindings, text: ScalarText) -> MarkerRole? {
        if let cue = sentence.cues.last(where: { $0.span.end <= m.span.start && m.span.start - $0.span.end <= 1 }),
           case .marker(let r) = cue.kind, r == .object || r == .source {
            // 33% of TSMC's revenue: a possessor after an English preposition owns the figure's metric — unless what it
            // owns is a product counted (485,000 of Nvidia's Hopper-generation processors: the maker, not the buyer).
            if r == .object, text.folded[cue.span.start] < 0x80, FactLinker.isPossessive(m, text) {
                let ownsProduct = sentence.cues.first(where: { $0.span.start > m.span.end })
                    .map { c in
                        if case .metric(_, let f) = c.kind { return f.contains(.item) && c.span.start - m.span.end <= 32 }
                        return false
                    } ?? false
                return ownsProduct ? .object : nil
            }
            // 据英伟达官网: a company's own site or report speaks about itself.
            if r == .source, let next = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 0 }),
               case .marker(.selfReport) = next.kind { return nil }
            return r
        }
        if let cue = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 0 }),
           case .marker(let r) = cue.kind, r == .venue || r == .examples { return r }
        return nil
    }

    func attribute(_ q: Quantity, text: ScalarText, sentence: SentenceFindings, roles: [MarkerRole?],
                           clause: (Int) -> Int, context: Context) -> ([CompanyMention], String, Double) {
        let qClause = clause(q.span.start)
        var eligible = zip(sentence.mentions, roles).filter { $0.1 == nil }.map(\.0)
        // A company that reports or forecasts (花旗预计…) yields to a company named after it.
        eligible = eligible.filter { m in
            guard let next = sentence.cues.first(where: { $0.span.start >= m.span.end && $0.span.start - m.span.end <= 2 }),
                  case .marker(.reporter) = next.kind else { return true }
            return !eligible.contains { $0.span.start > m.span.end && $0.span.end <= q.span.start }
        }
        // A figure that qualifies the name after it (交付1611台的小鹏、2222台的腾势) is that company's.
        if let owner = eligible.first(where: { m in
            m.span.start > q.span.end && m.span.start - q.span.end <= 2 && text.folded[q.span.end] == 0x7684  // 的
                && (q.span.end + 1..<m.span.start).allSatisfy { text.folded[$0] == 0x20 }
        }) {
            return ([owner], FactLinker.figureOfCompanyRule, 0)
        }
        let before = eligible.filter { $0.span.end <= q.span.start }
        // An unnamed subject (某互联网大厂, 另一家大公司) in the figure's clause, after the last company: no company.
        let lastCompanyEnd = before.last?.span.end ?? sentence.span.start
        // So are many unnamed ones right after the figure in its clause, with no company named in it (132,000 job losses
        // at 404 companies).
        let unnamed = sentence.cues.contains { cue in
            guard case .marker(.unnamed) = cue.kind else { return false }
            return cue.span.start >= lastCompanyEnd && cue.span.end <= q.span.start && clause(cue.span.start) == qClause
        } || (unnamedAfter(q, in: sentence, clause: clause) && !eligible.contains { clause($0.span.start) == qClause })
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
        // A company that reports on others (TrendForce estimates…) gives its figures to no company, unless a
        // pronoun after it names the company in focus (Reuters reported that the company…).
        if let source = Array(zip(sentence.mentions, roles)).last(where: { $0.1 == MarkerRole.source && $0.0.span.end <= q.span.start
                && reportsOnOthers($0.0, in: sentence) })?.0,
           !sentence.cues.contains(where: { cue in
               guard case .marker(.pronoun) = cue.kind else { return false }
               return cue.span.start >= source.span.end && cue.span.end <= q.span.start
           }) {
            return ([], "<reported data>", 0.1)
        }
        if let focus = context.focus, context.focusParagraph == context.paragraph,
           context.sentenceIndex - context.focusSentence <= FactLinker.focusReach {
            return ([focus], "<company in focus>", 0.15)
        }
        // A pronoun before the figure (The company, It, 该公司), or one after it in its clause (1.76 million of the
        // Chinese company's sales), reaches the company in focus across paragraphs.
        if let focus = context.focus, context.sentenceIndex - context.focusSentence <= FactLinker.pronounReach,
           sentence.cues.contains(where: { cue in
               if case .marker(.pronoun) = cue.kind { return cue.span.end <= q.span.start || clause(cue.span.start) == qClause }
               return false
           }) {
            return ([focus], "<pronoun> <company in focus>", 0.15)
        }
        // A later name with a figure of its own after it in its clause (…, and YouTube ads brought in $8.92 billion) is
        // the subject of that figure, not of this one.
        if let later = eligible.first(where: { m in
            m.span.start >= q.span.end && clause(m.span.start) <= qClause + 1
                && !sentence.quantities.contains { $0.span.start >= m.span.end && clause($0.span.start) == clause(m.span.start) }
                // nor is a name owned by a pronoun (the sale of its Honor brand): a part of the company in focus
                && !sentence.cues.contains { cue in
                    if case .marker(.pronoun) = cue.kind { return cue.span.end <= m.span.start && m.span.start - cue.span.end <= 1 }
                    return false
                }
        }) {
            return ([later], "<figure> … <company>", 0.15)
        }
        if let main = context.mainCompany {
            return ([main], "<main company of the document>", 0.2)
        }
        return ([], "", 0.1)
    }

    /// Whether unnamed companies (markers.tsv `unnamed`) stand after a figure in its clause (132,000 job losses at
    /// 404 companies), other than a word qualifying what a count of people counts (1.6万个企业职位).
    func unnamedAfter(_ q: Quantity, in sentence: SentenceFindings, clause: (Int) -> Int) -> Bool {
        let qClause = clause(q.span.start)
        return sentence.cues.contains { cue in
            guard case .marker(.unnamed) = cue.kind, cue.span.start >= q.span.end else { return false }
            return cue.span.start - q.span.end <= 32 && clause(cue.span.start) == qClause && !qualifiesCountedNoun(q, cue)
        }
    }

    /// Whether a word right after a count of people qualifies what is counted (1.6万个企业职位: corporate jobs), rather
    /// than naming who the count is of: the count's classifier counts people (counts.tsv: 个 名).
    func qualifiesCountedNoun(_ q: Quantity, _ cue: Cue) -> Bool {
        cue.span.start == q.span.end
            && (lexicon.classifierMetrics[q.classifier] ?? []).contains { $0 == .layoffs || $0 == .headcount }
    }

    /// The rule that gives a figure to the name it qualifies (交付1611台的小鹏).
    static let figureOfCompanyRule = "<figure> 的 <company>"

    /// The run of mentions joined by list separators (、 , 和 与 及 and) that contains `m`.
    func listContaining(_ m: CompanyMention, in mentions: [CompanyMention], text: ScalarText) -> [CompanyMention] {
        guard let index = mentions.firstIndex(of: m) else { return [m] }
        var first = index, last = index
        while first > 0, FactLinker.joinedAsList(mentions[first - 1], mentions[first], text) { first -= 1 }
        while last + 1 < mentions.count, FactLinker.joinedAsList(mentions[last], mentions[last + 1], text) { last += 1 }
        return Array(mentions[first...last])
    }

    /// Separators that join names into a list: 、 , 和 与 及 跟 and, and spaces.
    static let listSeparators: Set<UInt32> = [0x3001, 0x2C, 0x20, 0x548C, 0x4E0E, 0x53CA, 0x8DDF, 0x61, 0x6E, 0x64]

    static func joinedAsList(_ a: CompanyMention, _ b: CompanyMention, _ text: ScalarText) -> Bool {
        // An English name may go on past the words the dictionary knows (Fidelity Management & Research Company and
        // Lightspeed): its capitalized words (and & . ') belong to it, not to the gap.
        var from = a.span.end
        let s = text.folded
        if s[max(0, from - 1)] < 0x80 {
            var k = from
            while k < b.span.start {
                guard s[k] == 0x20 else { break }
                var e = k + 1
                guard e < b.span.start, (0x41...0x5A).contains(s[e]) || s[e] == 0x26 else { break }
                while e < b.span.start, s[e] != 0x20, s[e] != 0x2C { e += 1 }
                k = e
                from = e
            }
        }
        if joinedAfterModel(a, b, text) { return true }  // 智界S7和阿维塔12
        let gap = b.span.start - from
        guard gap >= 0, gap <= 5 else { return false }
        return (from..<b.span.start).allSatisfy { listSeparators.contains(s[$0]) }
    }
}
