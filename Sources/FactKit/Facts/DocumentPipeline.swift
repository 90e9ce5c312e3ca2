/// Runs the stages over one document, top to bottom:
/// text → sentences → quantities → mentions (companies, cues, periods) → facts.
///
/// Only paragraphs that hold a figure character (a digit or a numeral) are cut into sentences
/// by ICU and parsed for figures; the rest are scanned for company names alone, to keep the
/// company in focus.
struct DocumentPipeline {
    let quantityParser: QuantityParser
    let companyMatcher: CompanyMatcher
    let cueMatcher: CueMatcher
    let linker: FactLinker

    struct Result {
        var sentences: [SentenceFindings]
        var facts: [Fact]
        var date: CalendarDate?
    }

    /// - Parameter allFigures: parse every figure, also in sentences where none can become a fact
    ///   (for ``FactExtractor/explain(_:date:)``); extraction leaves those sentences' figures alone.
    func run(_ text: ScalarText, document: String, date: CalendarDate?, allFigures: Bool = false) -> Result {
        let mentions = companyMatcher.mentions(in: text)
        let segmenter = Segmenter()
        var context = FactLinker.Context(resolver: PeriodResolver(date: date))
        context.mainCompany = DocumentPipeline.mainCompany(mentions, text: text)
        var sentences = [SentenceFindings]()
        var facts = [Fact]()
        var mentionIndex = 0
        let s = text.folded
        var start = 0
        while start < s.count {
            var end = start
            var hasFigure = false
            while end < s.count, s[end] != 0x0A {
                if !hasFigure, DocumentPipeline.mayBeFigure(s[end]) { hasFigure = true }
                end += 1
            }
            let paragraph = TextSpan(start: start, end: end)
            // Mentions of this paragraph.
            let firstMention = mentionIndex
            while mentionIndex < mentions.count, mentions[mentionIndex].span.start < end { mentionIndex += 1 }
            let paragraphMentions = mentions[firstMention..<mentionIndex]
            var cursor = paragraphMentions.startIndex
            for span in DocumentPipeline.sentences(of: text, in: paragraph, segmenter: segmenter) {
                // Mentions are in text order: walk them alongside the sentences.
                while cursor < paragraphMentions.endIndex, paragraphMentions[cursor].span.start < span.start { cursor += 1 }
                var last = cursor
                while last < paragraphMentions.endIndex, paragraphMentions[last].span.start < span.end { last += 1 }
                let sentenceMentions = paragraphMentions[cursor..<last].filter { span.contains($0.span) }
                var findings = SentenceFindings(span: span, quantities: [], mentions: Array(sentenceMentions), cues: [], periods: [])
                let mayHoldFigure = hasFigure && DocumentPipeline.hasFigure(s, span)
                if mayHoldFigure || !findings.mentions.isEmpty {
                    let cues = cueMatcher.cues(in: text, range: span).filter { cue in
                        !findings.mentions.contains { $0.span.overlaps(cue.span) }
                    }
                    // Figures are parsed only where one can become a fact (or every figure is wanted).
                    if mayHoldFigure, allFigures || linker.canLink(cues: cues, text: text, span: span, context: context) {
                        findings.quantities = quantityParser.quantities(in: text, range: span)
                    }
                    findings.cues = cues.filter { cue in
                        !findings.quantities.contains { $0.span.contains(cue.span) && !DocumentPipeline.isItem(cue) }
                    }
                    findings.periods = PeriodParser().periods(in: text, range: span, cues: findings.cues)
                }
                facts += linker.facts(document: document, text: text, sentence: findings, context: &context)
                if !findings.quantities.isEmpty { sentences.append(findings) }
            }
            context.paragraph += 1
            start = end + 1
        }
        return Result(sentences: sentences, facts: facts, date: date)
    }

    /// The company a document is mainly about: the one with most mentions (those of the first
    /// line, the title, count twice), when it has at least 3 and 40 % of them.
    static func mainCompany(_ mentions: [CompanyMention], text: ScalarText) -> CompanyMention? {
        guard !mentions.isEmpty else { return nil }
        let titleEnd = text.folded.firstIndex(of: 0x0A) ?? text.count
        var weight = [String: Int](), first = [String: CompanyMention](), total = 0
        for m in mentions {
            let w = m.span.start < titleEnd ? 2 : 1
            weight[m.company, default: 0] += w
            total += w
            if first[m.company] == nil { first[m.company] = m }
        }
        guard let (id, top) = weight.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              top >= 3, top * 10 >= total * 4 else { return nil }
        return first[id]
    }

    /// Sentences of a paragraph: cut first at hard terminators (。！？；!?;, with closing quotes
    /// and brackets that follow them), then by ICU's sentence rules inside pieces that may hold a
    /// figure and have a Latin full stop — where ICU's rules (abbreviations, decimals) decide.
    static func sentences(of text: ScalarText, in paragraph: TextSpan, segmenter: Segmenter) -> [TextSpan] {
        let s = text.folded
        var result = [TextSpan]()
        var start = paragraph.start
        var i = paragraph.start
        var figure = false, latinStop = false
        func flush(_ end: Int) {
            guard end > start else { return }
            let piece = TextSpan(start: start, end: end)
            let pieces = figure && latinStop ? segmenter.sentences(of: text, in: piece) : [piece]
            for p in pieces { result += bounded(p, in: text) }
            start = end
            figure = false
            latinStop = false
        }
        while i < paragraph.end {
            let c = s[i]
            if !figure, mayBeFigure(c) { figure = true }
            // A Latin full stop before a space may end an English sentence: ICU decides those.
            if c == 0x2E, i + 1 < paragraph.end, s[i + 1] == 0x20 { latinStop = true }
            i += 1
            if isHardTerminator(c) {
                while i < paragraph.end, isCloser(s[i]) || s[i] == 0x20 { i += 1 }
                flush(i)
            }
        }
        flush(paragraph.end)
        return result
    }

    /// The longest sentence linked as one, in scalars. Text with no sentence ends (a 10 MB run
    /// with no punctuation) is cut into windows of about this size, at a clause break or space
    /// near the limit, so the work per window, and so per document, stays linear.
    static let maximumSentence = 2_000

    static func bounded(_ span: TextSpan, in text: ScalarText) -> [TextSpan] {
        guard span.length > maximumSentence else { return [span] }
        var pieces = [TextSpan]()
        var start = span.start
        while span.end - start > maximumSentence {
            var cut = start + maximumSentence
            var k = cut
            while k > start + maximumSentence / 2 {
                let c = text.folded[k - 1]
                if c == 0x2C || c == 0x20 || c == 0x3001 || c == 0xFF0C { cut = k; break }
                k -= 1
            }
            pieces.append(TextSpan(start: start, end: cut))
            start = cut
        }
        pieces.append(TextSpan(start: start, end: span.end))
        return pieces
    }

    /// 。！？；!?; (full-width forms are folded to ASCII already).
    @inline(__always)
    static func isHardTerminator(_ c: UInt32) -> Bool {
        switch c {
        case 0x3002, 0x21, 0x3F, 0x3B: return true
        default: return false
        }
    }

    /// ”’」』）)"' after a terminator belong to the sentence it ends.
    @inline(__always)
    static func isCloser(_ c: UInt32) -> Bool {
        switch c {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0x22, 0x27: return true
        default: return false
        }
    }

    static func isItem(_ cue: Cue) -> Bool {
        if case .metric(_, let f) = cue.kind { return f.contains(.item) }
        return false
    }

    static func hasFigure(_ s: [UInt32], _ span: TextSpan) -> Bool {
        for i in span.start..<span.end where mayBeFigure(s[i]) { return true }
        return false
    }

    /// Whether a (folded) scalar can be part of a figure: a digit, a Chinese numeral or scale,
    /// or a letter that may begin an English number word (one, two, … ten, twenty, hundred, a dozen).
    @inline(__always)
    static func mayBeFigure(_ c: UInt32) -> Bool {
        if c >= 0x30 && c <= 0x39 { return true }
        if c < 0x80 { return false }
        return chineseNumerals.contains(c)
    }

    static let chineseNumerals = ScalarSet("零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅幺".unicodeScalars.map(\.value))
}
