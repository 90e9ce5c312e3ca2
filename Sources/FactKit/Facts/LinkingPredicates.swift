/// The tests the linker asks of a figure, a cue or a mention on the way to a fact: whether a bare figure counts,
/// a word qualifies, a list goes on, a name is possessive, a basis is stated, a company is the sentence's topic.
extension FactLinker {
    /// Whether a bare number (no unit, no classifier) can be a figure of `metric`: it needs a
    /// scale word, and as money it must not be followed by a noun that says what else it counts
    /// (十亿流量 is traffic; 十亿现金 and 1577亿, are money).
    func bareFigureCounts(_ q: Quantity, as metric: Metric, text: ScalarText, cueFollows: Bool) -> Bool {
        // English counts name what they count in a word after the number (386,810 vehicles).
        var k = q.span.end
        while k < text.count, text.folded[k] == 0x20 { k += 1 }
        let wordAfter = k > q.span.end && k < text.count && CharacterClass.isLetter(text.folded[k]) && text.folded[k] < 0x80
        if wordAfter, FactLinker.countMetrics.contains(metric) {
            // A number in words (three months, five of them) counts only before the metric's own noun (three chips).
            return q.text.unicodeScalars.contains { CharacterClass.isASCIIDigit($0.value) } || cueFollows
        }
        let lower = q.text.lowercased()
        guard q.text.contains(where: { FactLinker.scaleWords.contains($0) }) || FactLinker.endsInSlangTenThousand(q)
                || FactLinker.englishScaleWords.contains(where: { lower.contains($0) }) else { return false }
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

    /// Whether a direction word is part of a qualifier before a figure (more than 14,000, less than 5%): a comparison
    /// word follows it.
    func isQualifierWord(_ cue: Cue, in sentence: SentenceFindings) -> Bool {
        switch cue.kind {
        case .direction:
            return sentence.cues.contains { next in
                guard case .marker(.comparison) = next.kind else { return false }
                return next.span.start >= cue.span.end && next.span.start - cue.span.end <= 1
            }
        case .marker(.comparison):
            return sentence.cues.contains { before in
                guard case .direction = before.kind else { return false }
                return before.span.end <= cue.span.start && cue.span.start - before.span.end <= 1
            }
        default:
            return false
        }
    }

    /// Whether a list separator (and, 和, 、, a comma) stands between two positions: what follows is a new item.
    static func listGoesOn(_ text: ScalarText, from: Int, to: Int) -> Bool {
        guard to > from else { return false }
        let s = text.folded
        for i in from..<to {
            switch s[i] {
            case 0x548C, 0x3001, 0x2C, 0x53CA, 0x4E0E: return true  // 和 、 , 及 与
            case 0x61 where i + 3 < to && s[i + 1] == 0x6E && s[i + 2] == 0x64 && s[i + 3] == 0x20 && (i == from || s[i - 1] == 0x20):
                return true  // and
            default: continue
            }
        }
        return false
    }

    /// Whether only Latin words (letters, digits inside words, apostrophes, hyphens and spaces) stand between two
    /// positions, at most `limit` scalars apart.
    static func onlyLatinWords(_ text: ScalarText, from: Int, to: Int, limit: Int) -> Bool {
        guard to >= from, to - from <= limit else { return false }
        return (from..<to).allSatisfy { i in
            let c = text.folded[i]
            return c < 0x80 && (CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c) || c == 0x20 || c == 0x27 || c == 0x2D)
                || c == 0x2019
        }
    }

    /// Whether `'s` follows a mention (TSMC's revenue).
    static func isPossessive(_ m: CompanyMention, _ text: ScalarText) -> Bool {
        let e = m.span.end
        guard e + 1 < text.count else { return false }
        let a = text.folded[e]
        return (a == 0x27 || a == 0x2019) && CueLexicon.lower(text.folded[e + 1]) == 0x73
    }

    /// Whether a span holds no ideograph: English (or other Latin-script) text.
    static func isLatin(_ text: ScalarText, _ span: TextSpan) -> Bool {
        !(span.start..<span.end).contains { CharacterClass.isIdeographic(text.folded[$0]) }
    }

    /// Whether only spaces and direction or comparison words (more than, higher than) stand between two positions.
    static func onlyDirectionWords(_ text: ScalarText, _ sentence: SentenceFindings, from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            if text.folded[k] == 0x20 { k += 1; continue }
            guard let w = sentence.cues.first(where: { $0.span.start == k }) else { return false }
            switch w.kind {
            case .direction, .marker(.comparison): k = w.span.end
            default: return false
            }
        }
        return true
    }

    /// Whether a renminbi figure names its currency only by 元 (no 人民币, RMB, CNY or ¥).
    static func isBareYuan(_ q: Quantity, _ text: ScalarText) -> Bool {
        let s = text.folded
        var yuan = false
        for i in q.span.start..<q.span.end {
            switch CueLexicon.lower(s[i]) {
            case 0x5143: yuan = true  // 元
            case 0x4EBA, 0xA5, 0xFFE5, 0x72: return false  // 人(民币), ¥, ￥, r(mb)
            case 0x63 where i + 2 < q.span.end && CueLexicon.lower(s[i + 1]) == 0x6E: return false  // cn(y)
            default: break
            }
        }
        return yuan
    }

    /// Whether a reporting word follows a mention (花旗预计, 高盛统计数据显示): it reports, so it is not the topic.
    func reports(_ m: CompanyMention, _ sentence: SentenceFindings) -> Bool {
        sentence.cues.contains { cue in
            guard case .marker(.reporter) = cue.kind else { return false }
            return cue.span.start >= m.span.end && cue.span.start - m.span.end <= 4
        }
    }

    /// Whether an English company noun (the pronoun nouns of markers.tsv: company, startup, maker) stands in `span` or
    /// a few words around it: what is bought is a company (buy cloud software maker HashiCorp for $6.4 billion, its
    /// $20 billion purchase of design startup Figma, the cloud software company Broadcom bought for $69 billion).
    func companyNounNear(_ span: TextSpan, in sentence: SentenceFindings, text: ScalarText) -> Bool {
        let s = text.folded
        // A name between the buying word and the figure (to buy HashiCorp for $6.4 billion): a capital, then a small letter.
        for i in span.start..<max(span.start, span.end - 1) where i > sentence.span.start && s[i - 1] == 0x20
            && (0x41...0x5A).contains(text.original[i]) && (0x61...0x7A).contains(text.original[i + 1]) { return true }
        let from = max(sentence.span.start, span.start - 30), to = min(sentence.span.end, span.end + 30)
        var i = from
        while i < to {
            guard CharacterClass.isLetter(s[i]), i == from || !CharacterClass.isLetter(s[i - 1]) else { i += 1; continue }
            var e = i
            while e < to, CharacterClass.isLetter(s[e]) { e += 1 }
            let word = (i..<e).map { CueLexicon.lower(s[$0]) }
            if lexicon.pronounNouns.contains(word) { return true }
            i = e
        }
        return false
    }

    /// Whether a figure is the number of a compound modifier (12-layer HBM3E, a 3-nanometer chip): a hyphen and a
    /// letter right after it.
    static func isCompoundModifier(_ q: Quantity, _ text: ScalarText) -> Bool {
        q.span.end + 1 < text.count && text.folded[q.span.end] == 0x2D && CharacterClass.isLetter(text.folded[q.span.end + 1])
    }

    /// Metrics whose figure per share is earnings per share (the cue or the sentence before named earnings or sales).
    static let perShareMetrics: Set<Metric> = [.netProfit, .revenue, .operatingIncome, .grossProfit]

    /// Whether a per-share word follows a figure (tables.tsv `pershare`: $0.47 per diluted share), or the figure's
    /// own range ends in one.
    func perShareFollows(_ q: Quantity, text: ScalarText) -> Bool {
        var k = q.span.end
        while k < text.count, text.folded[k] == 0x20 { k += 1 }
        let words = lexicon.tables.perShare
        if words.contains(where: { lexicon.tables.matches($0, text.folded, at: k, limit: min(text.count, k + 40)) }) { return true }
        return q.qualifier == .range && q.text.lowercased().contains("per share")
    }

    static let scaleWords: Set<Character> = ["万", "亿", "千", "百", "萬", "億"]

    /// Whether the figure ends in the web slang `w` for 万 after its digits (5.6w, 4.5W): a scale word too.
    static func endsInSlangTenThousand(_ q: Quantity) -> Bool {
        guard let last = q.text.unicodeScalars.last, last == "w" || last == "W" else { return false }
        return q.text.unicodeScalars.dropLast().last.map { CharacterClass.isASCIIDigit($0.value) } ?? false
    }
    static let englishScaleWords = ["thousand", "million", "billion", "trillion"]

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

    /// Whether the sentence compares with a year before `position` (较2022年, 相比2022年, from 2022): a change against
    /// it is year over year.
    static func comparesWithYear(_ text: ScalarText, _ sentence: SentenceFindings, before position: Int, cues: [Cue]) -> Bool {
        sentence.periods.contains { p in
            guard p.year != nil, p.word == nil, p.month == nil, p.span.start > sentence.span.start else { return false }
            // Before the figure (较2022年…增长), or right after it in English (up 3.7% from 2022).
            guard p.span.end <= position || (p.span.start > position && p.span.start - position <= 16) else { return false }
            var k = p.span.start - 1
            while k > sentence.span.start, text.folded[k] == 0x20 { k -= 1 }
            if cues.contains(where: { cue in
                guard case .marker(.comparison) = cue.kind else { return false }
                return cue.span.end == k + 1
            }) { return true }
            let c = text.folded[k]
            return c == 0x8F83 /* 较 */ || c == 0x6BD4 /* 比 */ || (c == 0x4E8E && k > sentence.span.start && text.folded[k - 1] == 0x6BD4)  // 比于
        }
    }

    /// The basis (yoy, qoq) of a change figure, from the sentence's basis words:
    /// - the nearest one before the figure that no other change figure stands between or owns
    ///   (同比增长20%; a basis right after a figure, as English puts it, is that figure's own);
    /// - else one after it, before any later change figure and not opening one (up 122% year over year);
    /// - else one before it that an earlier change figure of a list owns (同比增长20%和30%), `inherited`.
    func basis(for q: Quantity, reading: Reading, in sentence: SentenceFindings, text: ScalarText) -> (change: Change, inherited: Bool)? {
        func basisOf(_ c: Cue) -> Change? {
            if case .basis(let b) = c.kind { return b }
            if case .period(.samePeriodLastYear) = c.kind { return .yoy }  // down 9.6% from 55.4 million a year ago
            return nil
        }
        let changeFigures = sentence.quantities.filter { $0.span != q.span && FactLinker.family(FactLinker.reading($0)) == 1 }
        // A basis right after a change figure, with only spaces or a direction and comparison word between
        // (21% more than in the prior quarter), is that figure's own.
        // So is one after the base level the change is measured from (down 9.6% from 55.4 million a year ago).
        func owns(_ f: Quantity, _ cue: Cue) -> Bool {
            guard f.span.end <= cue.span.start else { return false }
            if cue.span.start - f.span.end <= 12, FactLinker.onlyDirectionWords(text, sentence, from: f.span.end, to: cue.span.start) { return true }
            guard cue.span.start - f.span.end <= 40,
                  let base = sentence.quantities.first(where: { $0.span.start > f.span.end && $0.span.end <= cue.span.start }),
                  FactLinker.family(FactLinker.reading(base)) != 1,
                  FactLinker.onlyDirectionWords(text, sentence, from: base.span.end, to: cue.span.start),
                  sentence.cues.contains(where: { c in
                      if case .marker(.comparison) = c.kind { return c.span.start >= f.span.end && c.span.end <= base.span.start }
                      return false
                  }) else { return false }
            return FactLinker.onlyDirectionWords(text, sentence, from: f.span.end, to: base.span.start)
        }
        func owner(_ cue: Cue) -> Quantity? { changeFigures.first { owns($0, cue) } }
        var inherited: Change?
        for cue in sentence.cues.reversed() where cue.span.end <= q.span.start {
            guard let b = basisOf(cue) else { continue }
            let between = changeFigures.contains { $0.span.start >= cue.span.end && $0.span.end <= q.span.start }
            if !between && owner(cue) == nil { return (b, false) }
            if inherited == nil { inherited = b }
            break
        }
        let later = changeFigures.filter { $0.span.start >= q.span.end }
        for cue in sentence.cues where cue.span.start >= q.span.end {
            guard let b = basisOf(cue) else { continue }
            if owns(q, cue) { return (b, false) }  // slipped 1% from a year ago
            if later.contains(where: { $0.span.end <= cue.span.start }) { break }
            // 、环比增长5%: the basis opens the next figure's change.
            if let next = later.first, sentence.cues.contains(where: { c in
                if case .direction = c.kind, !isQualifierWord(c, in: sentence) { return c.span.start >= cue.span.end && c.span.end <= next.span.start }
                return false
            }) { break }
            return (b, false)
        }
        return inherited.map { ($0, true) }
    }

    /// Whether a 的 links two positions, with nothing else but spaces between (20%的增长); with `spaces`, spaces
    /// alone do too (21% more).
    static func onlyLinkWords(_ text: ScalarText, from: Int, to: Int, spaces: Bool = false) -> Bool {
        guard to > from, to - from <= 2 else { return false }
        return (from..<to).allSatisfy { text.folded[$0] == 0x7684 || text.folded[$0] == 0x20 }
            && (spaces || (from..<to).contains { text.folded[$0] == 0x7684 })
    }
}
