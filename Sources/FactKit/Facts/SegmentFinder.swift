/// Finds the part of the company a finished fact is limited to (FACTS.md `segment`): a business,
/// product line or region, as the text names it, without words such as 业务 部门 segment.
///
/// The segment is named next to the metric word that gave the fact its metric (the nearest one
/// before the figure, else right after it in its clause):
/// - `<name> <metric>`: the words right before the metric word, back to the company, a period, another
///   cue, a clause break or a `stop` word of `segments.tsv` (`数据中心收入`, `广告业务收入`, `Data Center
///   segment revenue`, `Gaming revenue`); for `share`, also before the metric it is a share of (`AI相關營收占比`);
/// - `<metric> in|from <name>`: an English link word after the metric word (`revenue from Greater China`,
///   `Revenue in the Data Center segment`), when the name ends with a marker, is a region or is capitalized;
/// - `<anaphor>`: a marker alone (`分部毛利率`, `Segment operating income`, `the unit's`) names the segment last in focus.
///
/// A Chinese name counts when it ends with a marker (业务 部门), holds a region (中国区, 海外市场) or a Latin
/// product name (HBM, 7nm以下), or follows a word announcing parts (其中, 分业务看) in its sentence or the one before.
/// An English name counts unless it is made of `stop` words (total, net, quarterly).
///
/// Beyond these (SegmentPatterns.swift): an anaphor opening the metric's clause (`The segment now makes up`), a
/// region before `sales of`, lists naming one segment per figure, metric words that go on with the segment of the
/// sentence's earlier figure, and metrics carried from the sentence before. A name ending in 市场 is a market.
struct SegmentFinder: Sendable {
    /// The longest name taken, in scalars: Chinese, and Latin (Intelligent Automotive Solution).
    static let maximumName = 24
    static let maximumLatinName = 40

    /// What a fact's segment came from: the name and the rule, with its cue.
    struct Finding {
        var name: String
        var rule: String
    }

    /// - Parameters:
    ///   - focus: the segment last named, when it is near enough to be meant by a marker alone.
    ///   - partsAnnounced: whether the sentence before announced parts (其中, 分部方面) or gave a segment.
    ///   - sentenceFocus: the segment an earlier figure of this sentence was given, and that figure's metric.
    ///   - markedFocus: the segment last named with a marker (智能電動汽車及AI等創新業務分部), meant by a marker alone (分部毛利率).
    func segment(of fact: Fact, words: [ScopeWord], sentence: SentenceFindings, text: ScalarText, clauses: ClauseBreaks,
                 focus: String?, sentenceFocus: String? = nil, sentenceFocusMetric: Metric? = nil, markedFocus: String? = nil,
                 partsAnnounced: Bool) -> Finding? {
        // A count of a named product has its product as item, not as segment.
        if fact.metric == .gpuCount || (fact.unit == .count && !fact.item.isEmpty) { return nil }
        guard let reach = SegmentFinder.reach(of: fact.metric) else { return nil }
        let span = fact.span
        let cues = sentence.cues.filter { cue in
            if case .metric(let metrics, let flags) = cue.kind { return metrics.contains(fact.metric) && !flags.contains(.item) }
            return false
        }
        let blocks = Blocks(sentence: sentence, words: words, text: text)
        let latin = SegmentFinder.isLatinSentence(text, sentence.span)
        guard let cue = cues.last(where: { $0.span.end <= span.start })
                ?? cues.first(where: { $0.span.start >= span.end && clauses.clause(of: $0.span.start) == clauses.clause(of: span.start) })
        else {
            // A metric carried from the sentence before: the name before the change word or the figure.
            return reach == .all ? carried(fact: fact, sentence: sentence, text: text, clauses: clauses, blocks: blocks, words: words) : nil
        }
        // People counted by a noun (14,000 corporate jobs, 1,900 positions in its gaming division).
        if latin, reach == .named, let found = counted(after: span.end, sentence: sentence, text: text, blocks: blocks, words: words) {
            return found
        }
        // 已逼近ICT基础设施业务的3699亿元: a marked name with 的 right before the figure is its segment.
        if !latin, reach == .all, let found = markedBefore(figure: span, sentence: sentence, text: text, blocks: blocks, words: words) {
            return found
        }
        // 占35%的消費智能產品: the name after a share and 的, to the clause's end.
        if !latin, fact.metric == .share, cue.span.end == span.start,
           let found = owner(after: span, sentence: sentence, text: text, blocks: blocks, words: words) {
            return found
        }
        // A list after a segment's figure: `…contributed 15%, 5-nanometer 35% and 7-nanometer 17%`; a share of the same
        // people in apposition: `14,000 corporate roles, roughly 4% of its office workforce`.
        if latin, let sentenceFocus {
            if reach == .all, let found = listed(before: span, cue: cue.span, sentence: sentence, text: text, blocks: blocks, words: words) {
                return found
            }
            if reach == .named, fact.unit == .percent, SegmentFinder.isApposite(span, sentence: sentence, text: text) {
                return Finding(name: sentenceFocus, rule: "<figure> of the people counted before")
            }
        }
        let announced = partsAnnounced || words.contains { $0.has(.context) && $0.span.end <= cue.span.start }
        // A verb (shipped, 交付) has a subject before it, not a segment's name.
        let isVerb = words.contains { $0.has(.verb) && $0.span == cue.span }

        // and its energy business grew 52% to: the figure's own clause names its subject after an earlier metric word.
        if latin, reach == .all, clauses.clause(of: cue.span.end) < clauses.clause(of: span.start),
           let found = carried(fact: fact, sentence: sentence, text: text, clauses: clauses, blocks: blocks, words: words, parallel: true) {
            return found
        }
        var phrase = name(before: cue.span.start, sentence: sentence, text: text, blocks: blocks, words: words)
        // 汽车销售收入: a verb that opens the metric word (销售) belongs to the name right before it.
        if !latin, reach == .all, phrase.span.length > 0, phrase.marker == nil, phrase.span.end == cue.span.start,
           !SegmentFinder.isMarket(phrase.span, text: text, words: words),
           let v = words.first(where: { $0.has(.verb) && $0.span.start == cue.span.start && $0.span.length < cue.span.length }) {
            phrase.span = TextSpan(start: phrase.span.start, end: v.span.end)
        }
        // 可灵AI单季收入, MI300本季度收入: a product name before the period word.
        var overPeriod = false
        if !latin, phrase.span.length == 0, phrase.marker == nil, phrase.anaphor == nil {
            var k = cue.span.start
            while k > sentence.span.start, text.folded[k - 1] == 0x20 { k -= 1 }
            let periodEnd = sentence.periods.first { $0.span.end == k }?.span.start
                ?? words.first { $0.has(.stop) && $0.span.end == k && $0.span.length > 1 }?.span.start
            if let p = periodEnd {
                phrase = name(before: p, sentence: sentence, text: text, blocks: blocks, words: words)
                overPeriod = true
            }
        }
        // X的收入, X的份额: the name before one 的.
        if !isVerb, !latin, phrase.span.length == 0, phrase.marker == nil, phrase.anaphor == nil,
           cue.span.start > sentence.span.start, text.folded[cue.span.start - 1] == 0x7684 {
            phrase = name(before: cue.span.start - 1, sentence: sentence, text: text, blocks: blocks, words: words)
        }
        // A share of a metric (AI相關營收占比, 7nm以下的收入占比, 雲端網路產品占營收比重, 3奈米製程出貨占): the name stands before the
        // metric words the share word follows.
        var lead = cue.span.start
        if fact.metric == .share, phrase.span.length == 0, phrase.marker == nil {
            var k = cue.span.start
            while let other = sentence.cues.last(where: { $0.span.end == k }), case .metric(let m, _) = other.kind,
                  m.contains(.revenue) || m.contains(.share) || m.contains(.units) {
                k = other.span.start
                phrase = name(before: k, sentence: sentence, text: text, blocks: blocks, words: words)
                if phrase.span.length == 0, k > sentence.span.start, text.folded[k - 1] == 0x7684 {
                    phrase = name(before: k - 1, sentence: sentence, text: text, blocks: blocks, words: words)
                }
                if phrase.span.length > 0 || phrase.marker != nil { break }
            }
            lead = k
        }
        // The segment, the unit … earned: an anaphor opening the metric's clause names the segment in focus.
        if latin, phrase.span.length == 0, phrase.marker == nil, phrase.anaphor == nil {
            phrase.anaphor = anaphorSubject(before: cue.span.start, sentence: sentence, clauses: clauses, words: words)
        }
        // A name ending in a market word (中国手机市场) is a market, not a part of the company; a region alone (海外市场) is one.
        if !latin, phrase.span.length > 0, SegmentFinder.isMarket(phrase.span, text: text, words: words) { return nil }
        // A span of time the period words do not know (首九個月) is no name.
        if !latin, phrase.span.length > 0, SegmentFinder.isDuration(phrase.span, text: text) { return nil }
        if phrase.span.length > 0 {
            let original = text.string(phrase.span)
            if let marker = phrase.marker {
                return Finding(name: original, rule: "<segment> «\(text.string(marker))»")
            }
            if let region = words.first(where: { $0.has(.region) && phrase.span.contains($0.span) }) {
                return Finding(name: original, rule: "<region> «\(text.string(region.span))»")
            }
            // A verb's subject, or a count's name, is a segment only as a marked or regional name (本次中国区裁员,
            // iPhone unit sales in China, Overseas sales of passenger vehicles).
            if reach == .regions || reach == .named || isVerb {
                guard latin else { return nil }
                if let found = name(after: cue.span.end, sentence: sentence, text: text, blocks: blocks, words: words),
                   found.rule.contains("<segment") || found.rule.contains("<region") { return found }
                return regionOf(before: phrase.span.start, sentence: sentence, text: text, blocks: blocks, words: words)
            }
            let s = text.folded
            let hasLatin = (phrase.span.start..<phrase.span.end).contains { s[$0] < 0x80 && CharacterClass.isLetter(s[$0]) }
            if latin {
                let capitalized = CharacterClass.isUpper(s[phrase.span.start]) && phrase.span.start > sentence.span.start
                    && !(sentence.span.start..<phrase.span.start).allSatisfy { s[$0] == 0x20 || s[$0] == 0x2D }
                if reach == .all || capitalized {
                    return Finding(name: original, rule: "<name> <metric «\(text.string(cue.span))»>")
                }
            } else if hasLatin {
                return Finding(name: original, rule: "<product> <metric «\(text.string(cue.span))»>")
            } else if overPeriod {
                return nil
            } else if announced {
                let word = words.last { $0.has(.context) && $0.span.end <= cue.span.start }
                return Finding(name: original, rule: "<part> after «\(word.map { text.string($0.span) } ?? "the sentence before")»")
            } else if SegmentFinder.opensClause(phrase.span.start, sentence: sentence, text: text, words: words) {
                // 车辆毛利率为15.5%, 伺服器電源占比已達23%: a name that opens its clause.
                return Finding(name: original, rule: "<name> <metric «\(text.string(cue.span))»> opening its clause")
            }
        } else if let marker = phrase.marker ?? phrase.anaphor, reach == .all,
                  let named = antecedent(of: marker, sentence: sentence, text: text, blocks: blocks, words: words)
                      ?? markedName(before: marker.start, sentence: sentence, text: text, blocks: blocks, words: words)
                      ?? (phrase.marker != nil ? markedFocus ?? focus : focus) {
            return Finding(name: named, rule: "<anaphor> «\(text.string(marker))»")
        } else if reach == .all, let found = subject(before: cue.span.start, sentence: sentence, text: text, blocks: blocks, words: words,
                                                     continuing: continuing(fact, cue: cue.span, at: cue.span.start, sentence: sentence, text: text, words: words)) {
            return found
        } else if reach == .all, let sentenceFocus, phrase.marker == nil, phrase.anaphor == nil, cue.span.end <= span.start,
                  fact.metric != sentenceFocusMetric,
                  !sentence.cues.contains(where: { c in
                      // figures paired with a list by 分别 each take their own name
                      if case .marker(.respectively) = c.kind { return c.span.start >= cue.span.end && c.span.end <= span.start }
                      return false
                  }),
                  continuing(fact, cue: cue.span, at: lead, sentence: sentence, text: text, words: words) {
            // 核心本地商業收入674億元，…，經營虧損141億元; generated revenue of … and an operating profit of …
            return Finding(name: sentenceFocus, rule: "<metric «\(text.string(cue.span))»> continuing the sentence's segment")
        }
        // 北美地区仍是台积电最大的收入来源，收入占比近7成: the subject of a copula in an earlier clause.
        if !latin, reach == .all, phrase.span.length == 0, phrase.marker == nil, phrase.anaphor == nil,
           let found = copulaSubject(fact: fact, before: lead, sentence: sentence, text: text, clauses: clauses, blocks: blocks, words: words) {
            return found
        }
        // English: revenue in the Data Center segment, sales from Greater China.
        if latin, let found = name(after: cue.span.end, sentence: sentence, text: text, blocks: blocks, words: words) {
            if reach == .regions, !found.rule.contains("<region") { return nil }
            return found
        }
        // 其中6.56亿欧元订单来自EUV: a source after the metric word.
        if !latin, reach == .all {
            let after = cues.first { $0.span.start >= span.end && clauses.clause(of: $0.span.start) == clauses.clause(of: span.start) }
            for c in [after, cue].compactMap({ $0 }) {
                if let found = source(after: c.span.end, sentence: sentence, text: text, blocks: blocks, words: words) { return found }
            }
        }
        // Advertising revenue, which makes up about three-quarters: the antecedent of `which`.
        if latin, fact.metric == .share, phrase.span.length == 0,
           let found = antecedent(ofWhich: cue.span.start, sentence: sentence, text: text, blocks: blocks, words: words) {
            return found
        }
        return nil
    }

    /// Metrics that a metric word continuing a segment's sentence does not take to that segment.
    static let companyLevel: Set<Metric> = [.netProfit, .netMargin, .eps, .grossMargin, .grossProfit]

    /// Whether a fact's metric word (its lead at `position`) goes on with the segment named before it in the sentence:
    /// another metric of the part, opening its clause, not a bottom line or a whole-company margin (净利润, net income).
    func continuing(_ fact: Fact, cue: TextSpan, at position: Int, sentence: SentenceFindings, text: ScalarText, words: [ScopeWord]) -> Bool {
        !SegmentFinder.companyLevel.contains(fact.metric)
            && !words.contains(where: { $0.has(.whole) && cue.contains($0.span) })
            && SegmentFinder.continues(position, sentence: sentence, text: text, words: words)
    }

    /// Which names a metric's figures take as segments.
    enum Reach { case all, named, regions }

    /// Money and rates of a company's results take any name; counts a marked, regional or product name;
    /// prices only a region (the thing priced is their item); funding, valuations, markets none.
    static func reach(of metric: Metric) -> Reach? {
        switch metric {
        case .revenue, .netProfit, .grossProfit, .operatingIncome, .expense, .capex, .orders, .eps,
             .grossMargin, .operatingMargin, .netMargin, .share, .marketShare: return .all
        case .units, .headcount, .layoffs, .users: return .named
        case .price: return .regions
        case .spending, .valuation, .funding, .dealValue, .marketSize, .growth, .gpuCount: return nil
        }
    }

    /// The subject of the sentence when it ends with a marker (`資料中心業務仍是…，當季營收512億美元`,
    /// `The Device Solutions division, which houses …, generated revenue of`): the first marker before the
    /// metric whose name opens the sentence (after its company, period or a word announcing parts).
    /// - Parameter continuing: whether the metric word continues a clause of its own (then another metric may stand between).
    func subject(before position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord],
                 continuing: Bool = false) -> Finding? {
        guard let marker = words.first(where: { $0.has(.marker) && $0.span.end <= position }) else { return nil }
        let phrase = name(before: marker.span.end, sentence: sentence, text: text, blocks: blocks, words: words)
        guard phrase.span.length > 0, phrase.marker != nil else { return nil }
        // Another metric between the subject and this one has the subject's figures (智能設備業務集團收入…，市佔率).
        // Unless this metric word continues a clause of its own (…成長引擎，當季營收512億美元，…，占總營收約九成).
        if sentence.cues.contains(where: { cue in
            if case .metric = cue.kind { return cue.span.start >= marker.span.end && cue.span.end < position }
            return false
        }), !continuing { return nil }
        // Only company names, periods, spaces, `the` and words announcing parts may stand before it.
        let s = text.folded
        var k = phrase.span.start
        while k > sentence.span.start {
            let i = k - 1
            if s[i] == 0x20 || s[i] == 0x2C { k -= 1; continue }
            if let m = sentence.mentions.first(where: { $0.span.end == k }) { k = m.span.start; continue }
            if let p = sentence.periods.first(where: { $0.span.end == k }) { k = p.span.start; continue }
            if let w = words.first(where: { $0.span.end == k && ($0.has(.context) || $0.has(.stop) || $0.has(.adverb)) }) { k = w.span.start; continue }
            return nil
        }
        return Finding(name: text.string(phrase.span), rule: "<subject> «\(text.string(phrase.marker!))»")
    }

    /// A candidate name, the marker that ended it and an anaphor standing for it.
    struct Phrase {
        var span: TextSpan
        var marker: TextSpan?
        var anaphor: TextSpan?

        init(span: TextSpan, marker: TextSpan? = nil, anaphor: TextSpan? = nil) {
            self.span = span
            self.marker = marker
            self.anaphor = anaphor
        }
    }

    /// The name right before `position`: markers after it are left out; it stops at a block.
    func name(before position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Phrase {
        let s = text.folded
        let start = sentence.span.start
        var b = position
        func skipSpaces() { while b > start, s[b - 1] == 0x20 { b -= 1 } }
        skipSpaces()
        // Adverbs between the name and its metric word are stepped over (AI伺服器又占, 已占).
        while let w = words.last(where: { $0.has(.adverb) && $0.span.end == b }) {
            b = w.span.start
            skipSpaces()
        }
        var marker: TextSpan?
        var anaphor: TextSpan?
        while let m = words.last(where: { ($0.has(.marker) || $0.has(.anaphor)) && $0.span.end == b }) {
            if m.has(.anaphor) { anaphor = m.span; return Phrase(span: TextSpan(start: b, end: b), marker: marker, anaphor: anaphor) }
            marker = m.span
            b = m.span.start
            skipSpaces()
        }
        // An English possessive (the unit's, Microsoft's): the possessor may be a marker or an anaphor.
        if b - 2 >= start, s[b - 1] == 0x73 || s[b - 1] == 0x53, s[b - 2] == 0x27 || s[b - 2] == 0x2019 {
            let possessor = b - 2
            if let m = words.last(where: { ($0.has(.marker) || $0.has(.anaphor)) && $0.span.end == possessor }) {
                return Phrase(span: TextSpan(start: b, end: b), marker: nil, anaphor: m.span)
            }
            return Phrase(span: TextSpan(start: b, end: b), marker: marker, anaphor: nil)
        }
        var a = b
        var tooLong = false
        let limit = b > start && SegmentFinder.isLatinWordScalar(s[b - 1]) ? SegmentFinder.maximumLatinName : SegmentFinder.maximumName
        while a > start {
            if b - a >= limit { tooLong = true; break }
            let i = a - 1
            // A joining word (and, 与, 及) between two names is part of the name: 遊戲與AI PC, Automotive and robotics.
            if let j = words.last(where: { $0.has(.join) && ($0.span.end == a || ($0.span.end + 1 == a && s[a - 1] == 0x20)) }) {
                guard a < b else { break }
                var k = j.span.start
                while k > start, s[k - 1] == 0x20 { k -= 1 }
                if k > start, !blocks.blocked(k - 1), SegmentFinder.isNameScalar(s[k - 1]) { a = k; continue }
                break
            }
            if blocks.blocked(i, inside: a < b) { break }
            let c = s[i]
            if CharacterClass.isIdeographic(c) || CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c)
                || c == 0x2D || c == 0x26 || (c == 0x2E && i > start && CharacterClass.isLetter(s[i - 1])) {
                a -= 1
                continue
            }
            // A space inside a Latin name (Data Center, Google Cloud).
            if c == 0x20, i > start, a < b, SegmentFinder.isLatinWordScalar(s[i - 1]), SegmentFinder.isLatinWordScalar(s[a]), !blocks.blocked(i - 1) {
                a -= 1
                continue
            }
            break
        }
        // A name cut by the length limit is no name.
        if tooLong { return Phrase(span: TextSpan(start: b, end: b), marker: marker, anaphor: nil) }
        // A Latin name right after a company's name belongs to it (Google Cloud revenue).
        if a < b, SegmentFinder.isLatinWordScalar(s[a]), CharacterClass.isUpper(s[a]), let m = blocks.mention(endingAt: a),
           m.end < a, CharacterClass.isUpper(s[m.start]) {
            a = m.start
        }
        // A possessive before the name (Microsoft's Intelligent Cloud): drop the `s `.
        if a < b, a - 1 >= start, s[a - 1] == 0x27 || s[a - 1] == 0x2019, s[a] == 0x73 {
            a += 1
            while a < b, s[a] == 0x20 { a += 1 }
        }
        // Leading hyphens or spaces are no part of a name.
        while a < b, s[a] == 0x2D || s[a] == 0x20 { a += 1 }
        // A name of digits alone is a figure's part (2025 capex, 76,453 employees).
        if (a..<b).allSatisfy({ CharacterClass.isASCIIDigit(s[$0]) || s[$0] == 0x2C || s[$0] == 0x2E }) { a = b }
        // A name is more than one ideograph; with its marker kept when that leaves one (新業務).
        if b - a == 1, CharacterClass.isIdeographic(s[a]) {
            guard let m = marker else { return Phrase(span: TextSpan(start: b, end: b), marker: nil, anaphor: anaphor) }
            return Phrase(span: TextSpan(start: a, end: m.end), marker: m, anaphor: anaphor)
        }
        return Phrase(span: TextSpan(start: a, end: b), marker: marker, anaphor: anaphor)
    }

    /// The part of the company people are counted in: the words between a count and a `counted` noun (14,000
    /// corporate jobs), else a marked or regional name after the noun (positions in its gaming division).
    func counted(after position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        var k = position
        while k < sentence.span.end, s[k] == 0x20 { k += 1 }
        guard let noun = words.first(where: { $0.has(.counted) && $0.span.start >= k && $0.span.start - k <= SegmentFinder.maximumName }) else { return nil }
        var e = noun.span.start
        while e > k, s[e - 1] == 0x20 { e -= 1 }
        if e > k {
            // Only Latin words, none a stop word or a cue, may stand between (not 14,000 of its workers).
            let between = TextSpan(start: k, end: e)
            guard (k..<e).allSatisfy({ SegmentFinder.isLatinWordScalar(s[$0]) || s[$0] == 0x20 || s[$0] == 0x2D }),
                  !(k..<e).contains(where: { blocks.blocked($0) }),
                  !(k..<e).allSatisfy({ CharacterClass.isASCIIDigit(s[$0]) || s[$0] == 0x20 }) else { return nil }
            return Finding(name: text.string(between), rule: "<count> <name> «\(text.string(noun.span))»")
        }
        guard let found = name(after: noun.span.end, sentence: sentence, text: text, blocks: blocks, words: words),
              found.rule.contains("<segment") || found.rule.contains("<region") else { return nil }
        return found
    }

    /// The name after an English metric word and a link word (`revenue from Greater China`).
    func name(after position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        var k = position
        while k < sentence.span.end, s[k] == 0x20 { k += 1 }
        guard let link = words.first(where: { $0.has(.link) && $0.span.start == k }) else { return nil }
        k = link.span.end
        while k < sentence.span.end, s[k] == 0x20 { k += 1 }
        // `the` and `its` are stop words: step over them.
        if let the = words.first(where: { $0.has(.stop) && $0.span.start == k }), ["the", "its"].contains(text.foldedString(the.span).lowercased()) {
            k = the.span.end
            while k < sentence.span.end, s[k] == 0x20 { k += 1 }
        }
        var e = k
        var marker: TextSpan?
        while e < sentence.span.end, e - k < SegmentFinder.maximumLatinName {
            if let m = words.first(where: { $0.has(.marker) && $0.span.start == e }) {
                // A capitalized marker inside a title is part of it (the Productivity and Business Processes segment).
                var n = m.span.end
                while n < sentence.span.end, s[n] == 0x20 { n += 1 }
                let inTitle = CharacterClass.isUpper(s[m.span.start]) && n > m.span.end && n < sentence.span.end
                    && CharacterClass.isUpper(s[n]) && !blocks.blocked(n) && !words.contains { $0.span.start == n }
                if !inTitle { marker = m.span; break }
                e = m.span.end
                continue
            }
            if blocks.blocked(e) { break }
            let c = s[e]
            if CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c) || c == 0x2D || c == 0x26 || (c == 0x2E && e > k) {
                e += 1
                continue
            }
            if c == 0x20, e + 1 < sentence.span.end, SegmentFinder.isLatinWordScalar(s[e + 1]), !blocks.blocked(e + 1) { e += 1; continue }
            break
        }
        while e > k, s[e - 1] == 0x20 || s[e - 1] == 0x2E && !(e - 2 > k && s[e - 3] == 0x2E) { e -= 1 }
        guard e > k else { return nil }
        let span = TextSpan(start: k, end: e)
        let name = text.string(span)
        if let marker { return Finding(name: name, rule: "<metric> «\(text.string(link.span))» <segment «\(text.string(marker))»>") }
        if let region = words.first(where: { $0.has(.region) && span.contains($0.span) }) {
            return Finding(name: name, rule: "<metric> «\(text.string(link.span))» <region «\(text.string(region.span))»>")
        }
        // Capitalized, or a product written with a capital inside its first word (iPhone, iPad).
        let firstWord = (k..<e).prefix { s[$0] != 0x20 }
        if CharacterClass.isUpper(s[k]) || (CharacterClass.isLetter(s[k]) && firstWord.dropFirst().contains { CharacterClass.isUpper(s[$0]) }) {
            return Finding(name: name, rule: "<metric> «\(text.string(link.span))» <name>")
        }
        return nil
    }

    /// Where a name cannot run: company names, periods, figures, cues (but accelerator items), and
    /// scope words other than markers and regions.
    struct Blocks {
        var spans: [TextSpan]
        /// One-scalar cues (据 in 数据, 增 in 增值服务): they block only at a name's end, not inside it.
        var soft: [TextSpan]
        var mentions: [TextSpan]

        init(sentence: SentenceFindings, words: [ScopeWord], text: ScalarText) {
            mentions = sentence.mentions.map(\.span)
            // A bare number may be part of a name (22奈米營收); a name of digits alone is refused later.
            var spans = mentions + sentence.periods.map(\.span)
                + sentence.quantities.filter { !($0.kind == .number && $0.unit == .none) }.map(\.span)
            var soft = [TextSpan]()
            for cue in sentence.cues {
                if case .metric(_, let flags) = cue.kind, flags.contains(.item) { continue }
                if cue.span.length == 1, CharacterClass.isIdeographic(text.folded[cue.span.start]) {
                    if case .metric = cue.kind {} else { soft.append(cue.span); continue }
                }
                // 企業 in 企業服務: a word for an unnamed company blocks only at a name's end.
                if case .marker(.unnamed) = cue.kind { soft.append(cue.span); continue }
                spans.append(cue.span)
            }
            spans += words.filter { !$0.has(.marker) && !$0.has(.region) && !$0.has(.join) }.map(\.span)
            self.spans = spans
            self.soft = soft
        }

        /// Whether a name may not take the scalar at `position`; `inside`: the name already holds the scalar after it.
        func blocked(_ position: Int, inside: Bool = false) -> Bool {
            if spans.contains(where: { $0.start <= position && position < $0.end }) { return true }
            return !inside && soft.contains { $0.start <= position && position < $0.end }
        }

        /// The company name that ends right before `position` (with one space between at most), if any.
        func mention(endingAt position: Int) -> TextSpan? { mentions.first { $0.end == position || $0.end + 1 == position } }
    }

    /// Whether a name opens its clause: nothing but spaces, periods and `stop` or `context` words stand between it and
    /// the clause break or sentence start before it.
    static func opensClause(_ position: Int, sentence: SentenceFindings, text: ScalarText, words: [ScopeWord]) -> Bool {
        var k = position
        while k > sentence.span.start {
            let c = text.folded[k - 1]
            if c == 0x20 { k -= 1; continue }
            if let w = words.first(where: { $0.span.end == k && ($0.has(.context) || $0.has(.stop) || $0.has(.adverb)) && $0.span.length > 1 }) {
                k = w.span.start
                continue
            }
            // 去年第四季22奈米營收: a period before the name; 英伟达数据中心收入: its company.
            if let p = sentence.periods.first(where: { $0.span.end == k })?.span ?? sentence.mentions.first(where: { $0.span.end == k })?.span {
                k = p.start
                continue
            }
            return c == 0x2C || c == 0x3B || c == 0x3A || c == 0x3001 || c == 0x3002
        }
        return true
    }

    static func isNameScalar(_ c: UInt32) -> Bool { CharacterClass.isIdeographic(c) || isLatinWordScalar(c) }

    static func isLatinWordScalar(_ c: UInt32) -> Bool { c < 0x80 && (CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c)) }

    /// Whether a sentence is written in Latin script: no ideograph in it.
    static func isLatinSentence(_ text: ScalarText, _ span: TextSpan) -> Bool {
        !(span.start..<span.end).contains { CharacterClass.isIdeographic(text.folded[$0]) }
    }
}
