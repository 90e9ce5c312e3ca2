/// The patterns of ``SegmentFinder`` beyond a name next to its metric word: anaphors and marked names earlier in
/// the sentence, regions before `sales of`, markets, lists naming one segment per figure, figures in apposition,
/// metrics carried from the sentence before, and metric words that go on with the sentence's segment.
extension SegmentFinder {
    /// An anaphor (the segment, the unit) in the clause of the metric word at `position`, with no figure
    /// or company between them (`The segment now makes up`, `the unit earned an operating profit of`).
    func anaphorSubject(before position: Int, sentence: SentenceFindings, clauses: ClauseBreaks, words: [ScopeWord]) -> TextSpan? {
        guard let w = words.last(where: { $0.has(.anaphor) && $0.span.end <= position }),
              clauses.clause(of: w.span.start) == clauses.clause(of: position) else { return nil }
        let between = TextSpan(start: w.span.end, end: position)
        if sentence.quantities.contains(where: { between.contains($0.span) })
            || sentence.mentions.contains(where: { between.contains($0.span) }) { return nil }
        return w.span
    }

    /// A name ended by a marker earlier in the sentence than an anaphor (来自云端产品线，…该产品线收入): the segment it means.
    func markedName(before position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> String? {
        for m in words where m.has(.marker) && !m.has(.anaphor) && m.span.end <= position {
            let phrase = name(before: m.span.end, sentence: sentence, text: text, blocks: blocks, words: words)
            if phrase.span.length > 0, phrase.marker != nil { return text.string(phrase.span) }
        }
        return nil
    }

    /// The name an anaphor 该X means: the last `<name>X` before it in the sentence (来自云端产品线，…该产品线收入).
    func antecedent(of anaphor: TextSpan, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> String? {
        let s = text.folded
        guard anaphor.length > 2, s[anaphor.start] == 0x8BE5 else { return nil }  // 该
        let head = Array(s[(anaphor.start + 1)..<anaphor.end])
        var k = anaphor.start - head.count
        while k > sentence.span.start {
            if Array(s[k..<(k + head.count)]) == head {
                let phrase = name(before: k, sentence: sentence, text: text, blocks: blocks, words: words)
                if phrase.span.length > 0, phrase.marker == nil, phrase.span.end == k {
                    return text.string(TextSpan(start: phrase.span.start, end: k + head.count))
                }
            }
            k -= 1
        }
        return nil
    }

    /// The subject of 是 opening an earlier clause, when it holds a region, a Latin name or joined names (北美地区仍是…，
    /// 收入占比近7成; 智能手机和HPC是…，两者合计占比); joined names with figures paired by 分别 give one name each
    /// (中国地区和亚太地区是…，占比分别为9%和12%).
    func copulaSubject(fact: Fact, before position: Int, sentence: SentenceFindings, text: ScalarText, clauses: ClauseBreaks,
                       blocks: Blocks, words: [ScopeWord]) -> Finding? {
        guard let copula = words.last(where: { $0.span.end <= position && text.foldedString($0.span) == "是" }),
              clauses.clause(of: copula.span.start) < clauses.clause(of: position) else { return nil }
        let phrase = name(before: copula.span.start, sentence: sentence, text: text, blocks: blocks, words: words)
        guard phrase.span.length > 0, phrase.marker == nil,
              SegmentFinder.opensClause(phrase.span.start, sentence: sentence, text: text, words: words) else { return nil }
        let s = text.folded
        let joins = words.filter { $0.has(.join) && phrase.span.contains($0.span) }
        let regional = words.contains { $0.has(.region) && phrase.span.contains($0.span) }
        let hasLatin = (phrase.span.start..<phrase.span.end).contains { s[$0] < 0x80 && CharacterClass.isLetter(s[$0]) }
        guard regional || hasLatin || !joins.isEmpty else { return nil }
        // 分别 before the figure: the figure's place among those after it picks the name.
        if let each = sentence.cues.last(where: { cue in
            if case .marker(.respectively) = cue.kind { return cue.span.start >= copula.span.end && cue.span.end <= fact.span.start }
            return false
        }), !joins.isEmpty {
            var parts = [TextSpan]()
            var a = phrase.span.start
            for j in joins {
                var e = j.span.start
                while e > a, s[e - 1] == 0x20 { e -= 1 }
                parts.append(TextSpan(start: a, end: e))
                a = j.span.end
                while a < phrase.span.end, s[a] == 0x20 { a += 1 }
            }
            parts.append(TextSpan(start: a, end: phrase.span.end))
            let index = sentence.quantities.filter { $0.span.start >= each.span.end && $0.span.end <= fact.span.start }.count
            guard index < parts.count, parts.allSatisfy({ $0.length > 1 }) else { return nil }
            return Finding(name: text.string(parts[index]), rule: "<names> 是 …, «\(text.string(each.span))» <figure \(index + 1)>")
        }
        return Finding(name: text.string(phrase.span), rule: "<subject> 是 …, <metric>")
    }

    /// A Chinese name after a metric word and a source word (订单来自EUV), to its clause's end: a Latin, regional or marked name.
    func source(after position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        guard let link = words.first(where: { $0.has(.source) && $0.span.start == position }) else { return nil }
        var k = link.span.end
        while k < sentence.span.end, s[k] == 0x20 { k += 1 }
        var e = k
        var marker: TextSpan?
        while e < sentence.span.end, e - k < SegmentFinder.maximumName {
            if let m = words.first(where: { $0.has(.marker) && $0.span.start == e }) { marker = m.span; break }
            if blocks.blocked(e, inside: e > k) || !SegmentFinder.isNameScalar(s[e]) { break }
            e += 1
        }
        guard e > k, marker != nil || e == sentence.span.end || [0x2C, 0x3B, 0x3002, 0x3001].contains(s[e]) else { return nil }
        let span = TextSpan(start: k, end: e)
        let latinName = (k..<e).contains { s[$0] < 0x80 && CharacterClass.isLetter(s[$0]) }
        guard marker != nil || latinName || words.contains(where: { $0.has(.region) && span.contains($0.span) }) else { return nil }
        return Finding(name: text.string(span), rule: "<metric> «\(text.string(link.span))» <name>")
    }

    /// The name before the metric word ahead of `, which` (`Advertising revenue, which makes up about three-quarters`).
    func antecedent(ofWhich position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        var k = position
        while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
        guard let which = words.first(where: { $0.span.end == k && text.foldedString($0.span).lowercased() == "which" }) else { return nil }
        k = which.span.start
        while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
        guard k > sentence.span.start, s[k - 1] == 0x2C else { return nil }
        k -= 1
        guard let metric = sentence.cues.first(where: { cue in
            if case .metric = cue.kind { return cue.span.end == k }
            return false
        }) else { return nil }
        let phrase = name(before: metric.span.start, sentence: sentence, text: text, blocks: blocks, words: words)
        guard phrase.span.length > 0 else { return nil }
        return Finding(name: text.string(phrase.span), rule: "<name> <metric «\(text.string(metric.span))»>, which")
    }

    /// A region before `<metric> of` in front of a name (Overseas sales of passenger vehicles, U.S. sales of electric vehicles).
    func regionOf(before position: Int, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        var k = position
        while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
        guard k - 2 >= sentence.span.start, text.foldedString(TextSpan(start: k - 2, end: k)).lowercased() == "of",
              k - 3 < sentence.span.start || s[k - 3] == 0x20 else { return nil }
        k -= 2
        while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
        guard let cue = sentence.cues.first(where: { cue in
            if case .metric = cue.kind { return cue.span.end == k }
            return false
        }) else { return nil }
        let phrase = name(before: cue.span.start, sentence: sentence, text: text, blocks: blocks, words: words)
        guard phrase.span.length > 0, let region = words.first(where: { $0.has(.region) && phrase.span.contains($0.span) }) else { return nil }
        return Finding(name: text.string(phrase.span), rule: "<region «\(text.string(region.span))»> <metric «\(text.string(cue.span))»> of")
    }

    /// Whether a Chinese name ends with 市场 and holds more than regions (中国手机市场, not 海外市场).
    static func isMarket(_ span: TextSpan, text: ScalarText, words: [ScopeWord]) -> Bool {
        let name = text.foldedString(span)
        guard name.hasSuffix("市场") else { return false }
        var rest = Array(name.unicodeScalars).count - 2
        for w in words where w.has(.region) && span.contains(w.span) { rest -= w.span.length }
        return rest > 0
    }

    /// A marked name with 的 right before a figure (`ICT基础设施业务的3699亿元`).
    func markedBefore(figure span: TextSpan, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        guard span.start - 1 > sentence.span.start, text.folded[span.start - 1] == 0x7684 else { return nil }
        let phrase = name(before: span.start - 1, sentence: sentence, text: text, blocks: blocks, words: words)
        guard phrase.span.length > 0, let marker = phrase.marker else { return nil }
        return Finding(name: text.string(phrase.span), rule: "<segment> «\(text.string(marker))» 的 <figure>")
    }

    /// Whether a Chinese name is a span of time: a numeral and a time word at its end (首九个月, 前三季).
    static func isDuration(_ span: TextSpan, text: ScalarText) -> Bool {
        let s = text.folded
        let last = s[span.end - 1]
        guard [0x6708, 0x5E74, 0x5B63, 0x5929, 0x5468].contains(last) else { return false }  // 月 年 季 天 周
        let numerals: Set<UInt32> = [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x4E24, 0x534A]
        return (span.start..<span.end).contains { numerals.contains(s[$0]) || CharacterClass.isASCIIDigit(s[$0]) }
    }

    /// The name after a share and 的 that runs to its clause's end (`首度超越占35%的消費智能產品；`).
    func owner(after span: TextSpan, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        guard span.end < sentence.span.end, s[span.end] == 0x7684 else { return nil }
        let k = span.end + 1
        var e = k
        while e < sentence.span.end, e - k < SegmentFinder.maximumName, CharacterClass.isIdeographic(s[e]) || SegmentFinder.isLatinWordScalar(s[e]),
              !blocks.blocked(e, inside: e > k) { e += 1 }
        guard e - k >= 2, e == sentence.span.end || [0x2C, 0x3B, 0x3002, 0x3001].contains(s[e]) else { return nil }
        return Finding(name: text.string(TextSpan(start: k, end: e)), rule: "<share> 的 <name>")
    }

    /// A name right before a figure, after a comma or `and`, with the metric word further back (`, 5-nanometer 35%`):
    /// the list names one segment per figure.
    func listed(before span: TextSpan, cue: TextSpan, sentence: SentenceFindings, text: ScalarText, blocks: Blocks, words: [ScopeWord]) -> Finding? {
        let s = text.folded
        guard cue.end <= span.start, span.start > sentence.span.start, s[span.start - 1] == 0x20 else { return nil }
        let phrase = name(before: span.start, sentence: sentence, text: text, blocks: blocks, words: words)
        guard phrase.span.length > 0, phrase.marker == nil, phrase.span.start >= cue.end else { return nil }
        var k = phrase.span.start
        while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
        if let j = words.first(where: { $0.has(.join) && $0.span.end == k }) {
            k = j.span.start
            while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
            guard sentence.quantities.contains(where: { $0.span.end == k }) else { return nil }
        } else {
            guard k > sentence.span.start, s[k - 1] == 0x2C else { return nil }
        }
        return Finding(name: text.string(phrase.span), rule: "<name> <figure> in a list after «\(text.string(cue))»")
    }

    /// Whether a percentage stands in apposition to the figure before it: a clause of at most three words before it
    /// and `of` after it (`, roughly 4% of its office workforce`).
    static func isApposite(_ span: TextSpan, sentence: SentenceFindings, text: ScalarText) -> Bool {
        let s = text.folded
        var k = span.start
        var words = 0
        while k > sentence.span.start, s[k - 1] != 0x2C {
            if s[k - 1] == 0x20 { words += 1 } else if !CharacterClass.isLetter(s[k - 1]) { return false }
            k -= 1
        }
        guard k > sentence.span.start, words <= 3, !sentence.quantities.contains(where: { $0.span.start >= k && $0.span.end <= span.start }) else { return false }
        var e = span.end
        while e < sentence.span.end, s[e] == 0x20 { e += 1 }
        return e + 2 < sentence.span.end && text.foldedString(TextSpan(start: e, end: e + 3)).lowercased() == "of "
    }

    /// A metric carried over from the sentence before (the sentence has no metric word): a name opening the clause
    /// of the change word before the figure (`and cloud computing rose 8.5% to`), a sentence subject before an
    /// appositive that holds a marker (`ICT infrastructure, the telecom equipment business …, grew 4.9% to`), or
    /// a marked name with 的 right before the figure (`已逼近ICT基础设施业务的3699亿元`).
    /// With `parallel`, a metric word stands in an earlier clause: the name must end with a marker or follow `and`.
    func carried(fact: Fact, sentence: SentenceFindings, text: ScalarText, clauses: ClauseBreaks, blocks: Blocks, words: [ScopeWord],
                 parallel: Bool = false) -> Finding? {
        let s = text.folded
        let span = fact.span
        if !parallel, let found = markedBefore(figure: span, sentence: sentence, text: text, blocks: blocks, words: words) { return found }
        guard SegmentFinder.isLatinSentence(text, sentence.span),
              let change = sentence.cues.last(where: { cue in
                  switch cue.kind {
                  case .direction, .directedBasis: return cue.span.end <= span.start && clauses.clause(of: cue.span.start) == clauses.clause(of: span.start)
                  default: return false
                  }
              }) else { return nil }
        let phrase = name(before: change.span.start, sentence: sentence, text: text, blocks: blocks, words: words)
        if phrase.span.length > 0 {
            var k = phrase.span.start
            while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
            // its, the
            while let w = words.first(where: { $0.has(.stop) && !$0.has(.whole) && $0.span.end == k }) {
                k = w.span.start
                while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
            }
            let join = words.first(where: { $0.has(.join) && $0.span.end == k })
            if let join { k = join.span.start }
            while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
            guard k == sentence.span.start || s[k - 1] == 0x2C || s[k - 1] == 0x3B else { return nil }
            if parallel, phrase.marker == nil, join == nil { return nil }
            return Finding(name: text.string(phrase.span), rule: "<name> <change «\(text.string(change.span))»> of the metric before")
        }
        // ICT infrastructure, <appositive with a marker>, grew
        if parallel { return nil }
        var k = change.span.start
        while k > sentence.span.start, s[k - 1] == 0x20 { k -= 1 }
        guard k > sentence.span.start, s[k - 1] == 0x2C else { return nil }
        let first = (sentence.span.start..<k).first { s[$0] == 0x2C }
        guard let comma = first, comma < k - 1,
              words.contains(where: { $0.has(.marker) && $0.span.start > comma && $0.span.end < k }) else { return nil }
        let subject = name(before: comma, sentence: sentence, text: text, blocks: blocks, words: words)
        guard subject.span.length > 0, subject.marker == nil,
              (sentence.span.start..<subject.span.start).allSatisfy({ s[$0] == 0x20 }) else { return nil }
        return Finding(name: text.string(subject.span), rule: "<subject>, <appositive>, <change «\(text.string(change.span))»>")
    }

    /// Whether the metric word at `position` continues the clause before it: only periods, adverbs, articles, joins
    /// and stop words that are not of the whole company (公司 总 total net) stand between it and a clause break or
    /// a figure (`，經營虧損141億元`, `28.56 trillion won and an operating profit of`).
    static func continues(_ position: Int, sentence: SentenceFindings, text: ScalarText, words: [ScopeWord]) -> Bool {
        let s = text.folded
        var k = position
        while k > sentence.span.start {
            let c = s[k - 1]
            if c == 0x20 { k -= 1; continue }
            if c == 0x2C || c == 0x3B || c == 0x3001 { return true }
            if let p = sentence.periods.first(where: { $0.span.end == k }) { k = p.span.start; continue }
            if let w = words.first(where: { $0.span.end == k && !$0.has(.whole)
                && ($0.has(.adverb) || $0.has(.join) || $0.has(.stop) || $0.has(.context)) }) { k = w.span.start; continue }
            return k < position && sentence.quantities.contains { $0.span.end == k }
        }
        return false
    }
}
