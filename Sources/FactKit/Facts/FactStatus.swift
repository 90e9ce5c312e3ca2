/// Decides whether a finished fact is reported (`actual`) or expected (`forecast`), and names what decided it.
///
/// Rules, in order (the words are `status.tsv`):
/// - `<future period>`: the fact's period begins after the document's date (`2026年`, `next year` in a 2025 text);
/// - `<figure> <forecast word>`: a `forecast-after` word right after the figure in its clause (`$1.83 expected`,
///   `318億至330億美元財測`), with at most a few words between (`the $14.55 billion analysts had expected`);
/// - `<forecast word> … <figure>`: a `forecast` word earlier in the sentence (预计, 将, expects, guidance)
///   with no `actual` word (但, 截至, but, against) between it and the figure; an `estimate` word (估算, 承诺)
///   opens no forecast for a figure whose period has ended by the document's date;
/// - `<forecast of the clause before ；>`: a sentence that a semicolon joins to one whose forecast word still reached its end.
struct StatusFinder: Sendable {
    /// The most scalars between a figure and a `forecast-after` word that still marks it.
    static let afterReach = 24

    /// The status of `fact` and the cue that made it a forecast (nil for `actual`).
    /// - Parameters:
    ///   - words: the scope words of the fact's sentence, in text order, none inside a metric cue or company name.
    ///   - carried: the forecast word of the sentence before, when a semicolon joins the two and its reach was open.
    func status(of fact: Fact, words: [ScopeWord], sentence: SentenceFindings, text: ScalarText, clauses: ClauseBreaks,
                date: CalendarDate?, carried: String?) -> (Status, String?) {
        // A period the sentence states with its year (2026年, FY2027) or as the next one (明年, next quarter).
        if let period = fact.period, let date, StatusFinder.begins(period, after: date),
           sentence.periods.contains(where: { p in
               if let year = p.year { return year == period.year }
               switch p.word {
               case .nextYear?, .nextQuarter?: return true
               default: return false
               }
           }) {
            return (.forecast, "<future period> \(period)")
        }
        let span = fact.span
        // A word right after the figure: nothing between but a few words, no other figure.
        if let word = words.first(where: { $0.span.start >= span.end }), word.has(.forecastAfter),
           word.span.start - span.end <= StatusFinder.afterReach, clauses.clause(of: word.span.start) == clauses.clause(of: span.start),
           !sentence.quantities.contains(where: { $0.span.start >= span.end && $0.span.end <= word.span.start }),
           !sentence.periods.contains(where: { $0.span.start >= span.end && $0.span.end <= word.span.start }),
           StatusFinder.wordCount(text, from: span.end, to: word.span.start) <= 3 {
            return (.forecast, "<figure> «\(text.string(word.span))»")
        }
        var open: String? = carried.map { "<forecast of the clause before ；> «\($0)»" }
        // An estimate of a period already ended is of an actual figure (据分析师估算，去年的支出…).
        let ended = fact.period.flatMap { p in date.map { StatusFinder.ends(p, before: $0) } } ?? false
        for word in words where word.span.end <= span.start {
            if word.has(.forecast) { open = "«\(text.string(word.span))» … <figure>" }
            if word.has(.estimate), !ended { open = "«\(text.string(word.span))» … <figure>" }
            if word.has(.actual) { open = nil }
        }
        return open.map { (.forecast, $0) } ?? (.actual, nil)
    }

    /// The forecast word whose reach is still open at the end of a sentence, if any.
    func openForecast(at end: Int, words: [ScopeWord], text: ScalarText) -> String? {
        var open: String?
        for word in words where word.span.end <= end {
            if word.has(.forecast) || word.has(.estimate) { open = text.string(word.span) }
            if word.has(.actual) { open = nil }
        }
        return open
    }

    /// Whether a (calendar) period begins after a date; fiscal periods are never compared.
    static func begins(_ period: Period, after date: CalendarDate) -> Bool {
        guard !period.fiscal else { return false }
        let firstMonth: Int
        switch period.part {
        case .year: firstMonth = 1
        case .quarter(let q): firstMonth = (q - 1) * 3 + 1
        case .half(let h): firstMonth = (h - 1) * 6 + 1
        case .month(let m): firstMonth = m
        }
        return (period.year, firstMonth) > (date.year, date.month)
    }

    /// Whether a (calendar) period ended before a date's month.
    static func ends(_ period: Period, before date: CalendarDate) -> Bool {
        guard !period.fiscal else { return false }
        let lastMonth: Int
        switch period.part {
        case .year: lastMonth = 12
        case .quarter(let q): lastMonth = q * 3
        case .half(let h): lastMonth = h * 6
        case .month(let m): lastMonth = m
        }
        return (period.year, lastMonth) < (date.year, date.month)
    }

    /// Words between two positions: runs of Latin letters, and each ideograph as one.
    static func wordCount(_ text: ScalarText, from: Int, to: Int) -> Int {
        var count = 0
        var inWord = false
        var i = from
        while i < to {
            let c = text.folded[i]
            if CharacterClass.isIdeographic(c) {
                count += 1; inWord = false
            } else if c < 0x80, CharacterClass.isLetter(c) || c == 0x27 {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
            i += 1
        }
        return count
    }
}

/// Where the clauses of a sentence end: ，,；;：:, brackets and dashes (a comma between digits is a
/// thousands separator, not a break).
struct ClauseBreaks: Sendable {
    let breaks: [Int]

    init(_ text: ScalarText, _ span: TextSpan) {
        var breaks = [Int]()
        for i in span.start..<span.end {
            switch text.folded[i] {
            case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x3002, 0x2014, 0x3010, 0x3011, 0xFF0C, 0x3001:
                if text.folded[i] == 0x2C, i > span.start, i + 1 < span.end,
                   CharacterClass.isASCIIDigit(text.folded[i - 1]), CharacterClass.isASCIIDigit(text.folded[i + 1]) { continue }
                breaks.append(i)
            default: break
            }
        }
        self.breaks = breaks
    }

    /// The number of the clause that holds a position.
    func clause(of position: Int) -> Int {
        var k = 0
        while k < breaks.count, breaks[k] <= position { k += 1 }
        return k
    }

    /// Whether a break lies in `from..<to`.
    func hasBreak(from: Int, to: Int) -> Bool { breaks.contains { $0 >= from && $0 < to } }
}
