/// Runs the stages over one document, top to bottom:
/// text → sentences → quantities → mentions (companies, cues, periods) → facts.
///
/// Only sentences that hold a figure character (a digit or a numeral) are parsed for figures
/// (and cut by ICU where a Latin full stop needs its rules); the rest are scanned for company
/// names and cues alone, to keep the company in focus.
///
/// A final class of constants (no state changes after `init`), so that handing the stages
/// around retains one object instead of copying every table they hold.
final class DocumentPipeline: Sendable {
    let quantityParser: QuantityParser
    let companyMatcher: CompanyMatcher
    let cueMatcher: CueMatcher
    let linker: FactLinker
    let scope: FactScope

    init(quantityParser: QuantityParser, companyMatcher: CompanyMatcher, cueMatcher: CueMatcher, linker: FactLinker, scope: FactScope) {
        self.quantityParser = quantityParser
        self.companyMatcher = companyMatcher
        self.cueMatcher = cueMatcher
        self.linker = linker
        self.scope = scope
    }

    struct Result {
        var sentences: [SentenceFindings]
        var facts: [Fact]
        var date: CalendarDate?
    }

    /// - Parameter allFigures: parse every figure, also in sentences where none can become a fact
    ///   (for ``FactExtractor/explain(_:date:)``); extraction leaves those sentences' figures alone.
    /// - Parameter recordDecisions: facts carry their company decision (``Fact/decision``).
    func run(_ text: ScalarText, document: String, date: CalendarDate?, allFigures: Bool = false, recordDecisions: Bool = false) -> Result {
        let mentions = companyMatcher.mentions(in: text)
        let segmenter = Segmenter()
        var context = FactLinker.Context(resolver: PeriodResolver(date: date))
        context.recordsDecisions = recordDecisions
        // A company that only ever reports on the others (高盛指出, 高盛预计, 高盛研究报告显示) is not what the text is about.
        var subjects = Set<String>()
        for m in mentions where !subjects.contains(m.company) {
            let reports = cueMatcher.cues(in: text, range: TextSpan(start: m.span.end, end: min(text.count, m.span.end + 8))).contains { cue in
                if case .marker(.reporter) = cue.kind { return cue.span.start - m.span.end <= 4 }
                return false
            }
            if !reports { subjects.insert(m.company) }
        }
        context.mainCompany = DocumentPipeline.mainCompany(mentions.filter { subjects.contains($0.company) }, text: text)
        var scopeContext = FactScope.Context()
        var sentences = [SentenceFindings]()
        var facts = [Fact]()
        var mentionIndex = 0
        var table: FigureTable?
        var firstLead: Period?
        let s = text.folded
        var start = 0
        while start < s.count {
            var end = start
            while end < s.count, s[end] != 0x0A { end += 1 }
            let paragraph = TextSpan(start: start, end: end)
            // Mentions of this paragraph.
            let firstMention = mentionIndex
            while mentionIndex < mentions.count, mentions[mentionIndex].span.start < end { mentionIndex += 1 }
            let paragraphMentions = mentions[firstMention..<mentionIndex]
            var cursor = paragraphMentions.startIndex
            // A line under a table's heading is one of its rows when its figures fill the columns (FigureTable).
            let headed = table
            var isRow = false
            for sentence in DocumentPipeline.sentences(of: text, in: paragraph, segmenter: segmenter) {
                let span = sentence.span
                // Mentions are in text order: walk them alongside the sentences.
                while cursor < paragraphMentions.endIndex, paragraphMentions[cursor].span.start < span.start { cursor += 1 }
                var last = cursor
                while last < paragraphMentions.endIndex, paragraphMentions[last].span.start < span.end { last += 1 }
                let sentenceMentions = cursor == last ? [] : paragraphMentions[cursor..<last].filter { span.contains($0.span) }
                var findings = SentenceFindings(span: span, quantities: [], mentions: sentenceMentions, cues: [], periods: [])
                let mayHoldFigure = sentence.mayHoldFigure
                if mayHoldFigure || !findings.mentions.isEmpty {
                    var cues = cueMatcher.cues(in: text, range: span)
                    if !findings.mentions.isEmpty {
                        cues.removeAll { cue in findings.mentions.contains { $0.span.overlaps(cue.span) } }
                    }
                    // Figures are parsed only where one can become a fact (or every figure is wanted).
                    if mayHoldFigure, allFigures || linker.canLink(cues: cues, text: text, span: span, context: context) {
                        findings.quantities = ToleranceRange.merge(quantityParser.quantities(in: text, range: span), cues: cues, text: text)
                        cues.removeAll { cue in
                            findings.quantities.contains { $0.span.contains(cue.span) && !DocumentPipeline.isItem(cue) }
                        }
                    }
                    findings.cues = cues
                    findings.periods = PeriodParser().periods(in: text, range: span, cues: findings.cues)
                }
                var cells: [Quantity]?
                if let headed, span.start == paragraph.start, let row = headed.cells(of: findings.quantities, text: text) {
                    findings.quantities = headed.read(findings.quantities, label: TextSpan(start: span.start, end: row[0].span.start),
                                                      text: text, lexicon: linker.lexicon.tables)
                    cells = findings.quantities
                    isRow = true
                }
                let linked = linker.facts(document: document, text: text, sentence: findings, context: &context)
                if firstLead == nil { firstLead = context.leadPeriod }  // for the title's figures
                let scoped = scope.apply(linked, text: text, sentence: findings, date: date, context: &scopeContext)
                facts += cells.map { headed?.place(scoped, cells: $0, yuan: context.yuan) ?? scoped } ?? scoped
                if !findings.quantities.isEmpty { sentences.append(findings) }
            }
            if !isRow { table = tableHeading(text, line: paragraph, resolver: context.resolver) }
            context.paragraph += 1
            start = end + 1
        }
        FactLinker.dateTitle(&facts, sentences: sentences, text: text, lead: firstLead)
        linker.dateUnstatedResults(&facts, sentences: sentences, lead: firstLead, date: date)
        return Result(sentences: sentences, facts: facts, date: date)
    }

    /// The table a line heads (``FigureTable``): looked for only in a short line that ends in a token with a digit
    /// or a letter of a change heading (Y/Y, % change), so prose costs one look at its last scalars.
    func tableHeading(_ text: ScalarText, line: TextSpan, resolver: PeriodResolver) -> FigureTable? {
        guard line.length >= 4, line.length <= 160 else { return nil }
        let s = text.folded
        var k = line.end
        while k > line.start, s[k - 1] == 0x20 { k -= 1 }
        guard k > line.start, CharacterClass.isASCIIDigit(s[k - 1]) || CharacterClass.isLetter(s[k - 1]) || CharacterClass.isIdeographic(s[k - 1]) || s[k - 1] == 0x25 else { return nil }
        let cues = cueMatcher.cues(in: text, range: line)
        return FigureTable.heading(text, line: line, cues: cues, lexicon: linker.lexicon.tables, resolver: resolver)
    }

    /// The company a document is mainly about: the one with most mentions (those of the first
    /// line, the title, count twice), when it has at least 2 (a title naming it is enough) and 40 % of them.
    static func mainCompany(_ mentions: [CompanyMention], text: ScalarText) -> CompanyMention? {
        guard !mentions.isEmpty else { return nil }
        let titleEnd = text.folded.firstIndex(of: 0x0A) ?? text.count
        // Most documents name few companies: a list is cheaper than hashing every mention
        // (past 16 companies, an index keeps the count linear).
        var tally = [(first: CompanyMention, weight: Int)](), total = 0
        var index: [String: Int]?
        for m in mentions {
            let w = m.span.start < titleEnd ? 2 : 1
            total += w
            let found = index.map { $0[m.company] } ?? tally.firstIndex { $0.first.company == m.company }
            if let k = found {
                tally[k].weight += w
            } else {
                tally.append((m, w))
                if index != nil {
                    index?[m.company] = tally.count - 1
                } else if tally.count == 16 {
                    index = Dictionary(uniqueKeysWithValues: tally.enumerated().map { ($1.first.company, $0) })
                }
            }
        }
        // The heaviest; among equals, the smallest id.
        guard let top = tally.max(by: { $0.weight != $1.weight ? $0.weight < $1.weight : $0.first.company > $1.first.company }),
              top.weight >= 2, top.weight * 10 >= total * 4 else { return nil }
        return top.first
    }

    /// A sentence's span, and whether it has a figure character (``mayBeFigure(_:)``).
    struct Sentence {
        var span: TextSpan
        var mayHoldFigure: Bool
    }

    /// Sentences of a paragraph: cut first at hard terminators (。！？；!?;, with closing quotes
    /// and brackets that follow them), then by ICU's sentence rules inside pieces that may hold a
    /// figure and have a Latin full stop — where ICU's rules (abbreviations, decimals) decide.
    static func sentences(of text: ScalarText, in paragraph: TextSpan, segmenter: Segmenter) -> [Sentence] {
        let s = text.folded
        var result = [Sentence]()
        var start = paragraph.start
        var i = paragraph.start
        var figure = false, latinStop = false
        func flush(_ end: Int) {
            guard end > start else { return }
            let piece = TextSpan(start: start, end: end)
            if figure && latinStop {
                for p in segmenter.sentences(of: text, in: piece) {
                    for b in bounded(p, in: text) { result.append(Sentence(span: b, mayHoldFigure: hasFigure(s, b))) }
                }
            } else if piece.length > maximumSentence {
                for b in bounded(piece, in: text) { result.append(Sentence(span: b, mayHoldFigure: figure && hasFigure(s, b))) }
            } else {
                result.append(Sentence(span: piece, mayHoldFigure: figure))
            }
            start = end
            figure = false
            latinStop = false
        }
        let numerals = chineseNumerals
        while i < paragraph.end {
            let c = s[i]
            if !figure, (c >= 0x30 && c <= 0x39) || (c >= 0x80 && numerals.contains(c)) { figure = true }
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
