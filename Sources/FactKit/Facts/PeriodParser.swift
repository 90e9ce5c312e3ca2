/// A period expression found in a sentence, before resolution: an explicit year, a period word,
/// a month, or a combination (`2024年一季度`, `今年 5 月`, `2023财年第三季度`, `Q1 2024`, `去年同期`).
struct PeriodMention: Hashable, Sendable {
    var span: TextSpan
    /// The year written out (`2024`), if any.
    var year: Int?
    var fiscal: Bool
    /// The period word, if any (`一季度`, `今年`).
    var word: PeriodWord?
    /// A month written with the expression (`5 月`), if any.
    var month: Int?
    /// A year named relative to the document's (`去年第四季`: -1), with the quarter or half in `word`.
    var yearOffset: Int? = nil
    /// The month a quarter is named by, its last (the December quarter, the quarter ended Oct. 27, the three months to
    /// March, 截至2023年12月31日的第三财季): the company's calendar says which quarter of which fiscal year it is.
    var endMonth: Int? = nil
}

/// Finds period expressions: digits followed by 年 / 财年 / Q, `FY2024`, period words from
/// periods.tsv, and `N月` that is not a date (`4月18日` is a date, not a period).
struct PeriodParser: Sendable {
    /// Period expressions in `range`, given the cues already found there.
    func periods(in text: ScalarText, range: TextSpan, cues: [Cue]) -> [PeriodMention] {
        let s = text.folded
        var found = [PeriodMention]()
        var words = [(TextSpan, PeriodWord)]()
        for cue in cues { if case .period(let w) = cue.kind { words.append((cue.span, w)) } }
        var consumedWords = Set<Int>()

        func skipSpaces(_ i: Int) -> Int { var j = i; while j < range.end, s[j] == 0x20 { j += 1 }; return j }
        func wordIndex(at i: Int) -> Int? { words.firstIndex { $0.0.start == i } }
        func monthAt(_ i: Int) -> (Int, Int)? {
            // 1-2 digits, optional space, 月, and not followed by a day (N日 / N号).
            var j = i, v = 0, digits = 0
            while j < range.end, CharacterClass.isASCIIDigit(s[j]), digits < 3 { v = v * 10 + Int(s[j] - 0x30); j += 1; digits += 1 }
            guard digits >= 1, digits <= 2, (1...12).contains(v) else { return nil }
            if j > i, i > range.start, CharacterClass.isASCIIDigit(s[i - 1]) { return nil }
            j = skipSpaces(j)
            guard j < range.end, s[j] == 0x6708 /* 月 */ else { return nil }
            var k = skipSpaces(j + 1)
            var dayDigits = 0
            while k < range.end, CharacterClass.isASCIIDigit(s[k]) { k += 1; dayDigits += 1 }
            if dayDigits > 0 { k = skipSpaces(k); if k < range.end, s[k] == 0x65E5 || s[k] == 0x53F7 { return nil } }  // 日 号
            if j + 1 < range.end, s[j + 1] == 0x5E95 || s[j + 1] == 0x521D { return (v, j + 2) }  // 月底 月初
            return (v, j + 1)
        }

        var i = range.start
        while i < range.end {
            let c = s[i]
            // FY2024, FY 2024
            if (c == 0x46 || c == 0x66), i + 1 < range.end, s[i + 1] == 0x59 || s[i + 1] == 0x79,
               i == range.start || !CharacterClass.isLetter(s[i - 1]) {
                let j = skipSpaces(i + 2)
                if let (year, end) = fourDigitYear(s, j, range.end) {
                    var m = PeriodMention(span: TextSpan(start: i, end: end), year: year, fiscal: true, word: nil, month: nil)
                    let k = skipSpaces(end)
                    if let w = wordIndex(at: k), case .quarter = words[w].1 { m.word = words[w].1; m.span.end = words[w].0.end; consumedWords.insert(w) }
                    found.append(m); i = m.span.end; continue
                }
            }
            if CharacterClass.isASCIIDigit(c), i == range.start || !CharacterClass.isASCIIDigit(s[i - 1]) {
                // 截至2023年12月31日的第三财季, 截至9月底止第三季: a quarter named with the day it ended on.
                if let (year, month, k) = PeriodParser.dayEnded(s, i, range), let w = wordIndex(at: k), case .quarter = words[w].1 {
                    found.append(PeriodMention(span: TextSpan(start: i, end: words[w].0.end), year: year, fiscal: false, word: words[w].1,
                                               month: nil, endMonth: month))
                    consumedWords.insert(w); i = words[w].0.end; continue
                }
                if let (year, end) = fourDigitYear(s, i, range.end) {
                    var j = skipSpaces(end)
                    var m: PeriodMention?
                    if j < range.end, s[j] == 0x5E74 /* 年 */ {
                        m = PeriodMention(span: TextSpan(start: i, end: j + 1), year: year, fiscal: false, word: nil, month: nil)
                        j = skipSpaces(j + 1)
                    } else if j + 1 < range.end, s[j] == 0x8D22, s[j + 1] == 0x5E74 /* 财年 */ {
                        m = PeriodMention(span: TextSpan(start: i, end: j + 2), year: year, fiscal: true, word: nil, month: nil)
                        j = skipSpaces(j + 2)
                    } else if j + 3 < range.end, s[j] == 0x4F1A, s[j + 1] == 0x8BA1, s[j + 2] == 0x5E74, s[j + 3] == 0x5EA6 /* 会计年度 */ {
                        m = PeriodMention(span: TextSpan(start: i, end: j + 4), year: year, fiscal: true, word: nil, month: nil)
                        j = skipSpaces(j + 4)
                    } else if j + 1 < range.end, s[j] == 0x51 || s[j] == 0x71 || s[j] == 0x48 || s[j] == 0x68 /* Q q H h */,
                              CharacterClass.isASCIIDigit(s[j + 1]), j + 2 >= range.end || !CharacterClass.isASCIIDigit(s[j + 2]) {
                        let n = Int(s[j + 1] - 0x30)
                        let quarter = s[j] == 0x51 || s[j] == 0x71
                        if quarter ? (1...4).contains(n) : (1...2).contains(n) {
                            let word: PeriodWord = quarter ? .quarter(n) : .half(n)
                            let p = PeriodMention(span: TextSpan(start: i, end: j + 2), year: year, fiscal: false, word: word, month: nil)
                            found.append(p); i = j + 2; continue
                        }
                    }
                    // A year standing alone in English (in 2024, its 2025 capex forecast, fiscal 2025).
                    if m == nil, PeriodParser.isBareYear(s, i, end, range) {
                        let fiscal = PeriodParser.follows(s, "fiscal year ", before: i, from: range.start)
                            || PeriodParser.follows(s, "fiscal ", before: i, from: range.start)
                        m = PeriodMention(span: TextSpan(start: i, end: end), year: year, fiscal: fiscal, word: nil, month: nil)
                    }
                    if var m {
                        if j < range.end, s[j] == 0x5EA6 /* 度 (年度) */ { m.span.end = j + 1; j = skipSpaces(j + 1) }
                        if let w = wordIndex(at: j) {
                            switch words[w].1 {
                            case .quarter, .half, .wholeYear:
                                m.word = words[w].1; m.span.end = words[w].0.end; consumedWords.insert(w)
                            default: break
                            }
                        } else if let (month, end) = monthAt(j) {
                            m.month = month; m.span.end = end
                        } else if j + 1 < range.end, s[j] == 0x7B2C /* 第 */, let w = wordIndex(at: j) {
                            m.word = words[w].1; m.span.end = words[w].0.end; consumedWords.insert(w)
                        }
                        // 2024年4月18日 is a date: a year with a month followed by a day is no period.
                        if isDateAhead(s, i, range.end) { i = dateEnd(s, i, range.end); continue }
                        found.append(m); i = m.span.end; continue
                    }
                }
                if let (month, end) = monthAt(i) {
                    found.append(PeriodMention(span: TextSpan(start: i, end: end), year: nil, fiscal: false, word: nil, month: month))
                    i = end; continue
                }
            }
            i += 1
        }
        // Period words on their own (一季度, 今年, 去年同期), with a month after 今年/去年 (今年 5 月).
        for (index, (span, word)) in words.enumerated() where !consumedWords.contains(index) {
            if found.contains(where: { $0.span.overlaps(span) }) { continue }
            // 连续第二季 (for the second quarter running) counts quarters: it names none.
            if word.isQuarter, span.start - 2 >= range.start, s[span.start - 2] == 0x8FDE, s[span.start - 1] == 0x7EED { continue }
            var m = PeriodMention(span: span, year: nil, fiscal: false, word: word, month: nil)
            // 第三财季: a fiscal quarter.
            if word.isQuarter || word == .wholeYear || word == .thisYear || word == .lastYear || word == .nextYear,
               (span.start..<span.end).contains(where: { s[$0] == 0x8D22 /* 财 */ }) { m.fiscal = true }
            // the full fiscal year
            if word == .wholeYear || word == .thisYear || word == .lastYear || word == .nextYear,
               PeriodParser.contains(s, "fiscal", in: span) { m.fiscal = true }
            // A month named in words (in May, September 2024).
            if case .month(let n) = word {
                m.word = nil; m.month = n
                let j = skipSpaces(span.end)
                if let q = PeriodParser.quarterByLastMonth(s, month: n, span: span, after: j, range: range) {
                    m.month = nil; m.endMonth = q.month; m.span = q.span
                    if let k = found.firstIndex(where: { $0.span.start == q.yearStart && $0.year != nil && $0.word == nil }) {
                        m.year = found[k].year; m.span.end = max(m.span.end, found[k].span.end)
                    }
                    found.removeAll { $0.span.overlaps(m.span) }
                    for (w, other) in words.enumerated() where other.0.overlaps(m.span) { consumedWords.insert(w) }
                    found.append(m)
                    continue
                }
                // A dateline (SEOUL, July 31 –, Dec 18 (Reuters) -) dates the report, not a figure.
                if PeriodParser.isDateline(s, span: span, day: j, range: range) { continue }
                // The day a period ended on (which ended Nov. 3, the quarter ended June 30) is no period itself.
                if j > span.end || s[span.end - 1] == 0x2E, PeriodParser.isDay(s, j, range.end),
                   PeriodParser.follows(s, "ended ", before: span.start, from: range.start)
                    || PeriodParser.follows(s, "ending ", before: span.start, from: range.start) { continue }
                if let k = found.firstIndex(where: { $0.span.start == j && $0.year != nil && $0.word == nil && $0.month == nil }) {
                    m.year = found[k].year; m.span.end = found[k].span.end
                    found.remove(at: k)
                }
                found.append(m)
                continue
            }
            // Q1 2024
            if word.isQuarter || word == .yearToDate || word == .half(1) || word == .half(2) {
                var j = skipSpaces(span.end)
                // the first quarter of 2024
                if j + 2 < range.end, CueLexicon.lower(s[j]) == 0x6F, CueLexicon.lower(s[j + 1]) == 0x66, s[j + 2] == 0x20 {
                    j = skipSpaces(j + 2)
                }
                // the first quarter of fiscal 2025
                let fiscalWord = "fiscal ".unicodeScalars.map(\.value)
                if j + fiscalWord.count < range.end, (0..<fiscalWord.count).allSatisfy({ CueLexicon.lower(s[j + $0]) == fiscalWord[$0] }) {
                    j = skipSpaces(j + fiscalWord.count)
                    m.fiscal = true
                }
                if let (year, end) = fourDigitYear(s, j, range.end), j > span.end {
                    m.year = year; m.span.end = end
                    found.removeAll { $0.span.start >= j && $0.span.end <= end }  // the year is part of this expression
                }
            }
            if word == .thisYear || word == .lastYear || word == .nextYear {
                let j = skipSpaces(span.end)
                // 去年第四季, 今年上半年: a quarter or half of that year.
                if let w = wordIndex(at: j), !consumedWords.contains(w) {
                    switch words[w].1 {
                    case .quarter, .half, .wholeYear:
                        m.yearOffset = word == .thisYear ? 0 : (word == .lastYear ? -1 : 1)
                        m.word = words[w].1; m.span.end = words[w].0.end; consumedWords.insert(w)
                        found.append(m)
                        continue
                    default: break
                    }
                }
                if let k = found.firstIndex(where: { $0.span.start == j && $0.year == nil && $0.word == nil && $0.month != nil }) {
                    m.month = found[k].month; m.span.end = found[k].span.end
                    found.remove(at: k)
                }
            }
            found.append(m)
        }
        // A month standing right after a merged expression was handled; drop months that are part of years.
        return found.sorted { $0.span < $1.span }
    }

    /// Whether the four digits at `i..<end` are a year standing alone in Latin text: no digit, letter, sign or
    /// separator around them (`$2024`, `2024%`, `2024-04-18`, `1,2024` are none), and Latin text before them.
    static func isBareYear(_ s: [UInt32], _ i: Int, _ end: Int, _ range: TextSpan) -> Bool {
        if i > range.start {
            let b = s[i - 1]
            guard b == 0x20 || b == 0x28 else { return false }  // a space or (
            var k = i - 1
            while k > range.start, s[k] == 0x20 || s[k] == 0x28 { k -= 1 }
            guard s[k] < 0x80 else { return false }  // 在 2024 … is Chinese: 年 says it there
        }
        if end < range.end {
            let a = s[end]
            if CharacterClass.isLetter(a) && a < 0x80 || CharacterClass.isASCIIDigit(a) || a == 0x25 { return false }
            if (a == 0x2D || a == 0x2F || a == 0x2E), end + 1 < range.end, CharacterClass.isASCIIDigit(s[end + 1]) { return false }
            if a >= 0x80, !(a == 0x3001 || a == 0x3002 || a == 0xFF0C) { return false }  // 2024 before Chinese text
        }
        return true
    }

    /// Words before a month that make it a quarter's last (the quarter ended Oct. 27, the three months to March).
    static let quarterEndLeads = ["quarter ended ", "quarter ending ", "months ended ", "months ending ", "months ending in ",
                                  "months ending in late ", "months ending in early ", "months to ", "months through ",
                                  "period ended ", "quarter through "]

    /// A quarter named by its last month (the December quarter, the quarter ended Oct. 27): its span from `quarter` or the
    /// month to the end, the month (a day in a month's first week ends the month before: 52-week years end a few days
    /// late), and where a year after the day would start.
    static func quarterByLastMonth(_ s: [UInt32], month: Int, span: TextSpan, after j: Int, range: TextSpan)
        -> (span: TextSpan, month: Int, yearStart: Int)? {
        let word = "quarter".unicodeScalars.map(\.value)
        if j + word.count <= range.end, j > span.end, (0..<word.count).allSatisfy({ CueLexicon.lower(s[j + $0]) == word[$0] }),
           j + word.count == range.end || !CharacterClass.isLetter(s[j + word.count]) {
            return (TextSpan(start: span.start, end: j + word.count), month, -1)  // the December quarter
        }
        guard let lead = quarterEndLeads.first(where: { follows(s, $0, before: span.start, from: range.start) }) else { return nil }
        var start = span.start - lead.unicodeScalars.count
        for w in ["the ", "three "] where follows(s, w, before: start, from: range.start) { start -= w.unicodeScalars.count }
        var end = span.end, m = month
        if j > span.end || s[span.end - 1] == 0x2E, isDay(s, j, range.end) {
            var k = j, day = 0
            while k < range.end, CharacterClass.isASCIIDigit(s[k]) { day = day * 10 + Int(s[k] - 0x30); k += 1 }
            if day <= 7 { m = month == 1 ? 12 : month - 1 }
            end = k
        }
        var y = end
        while y < range.end, s[y] == 0x2C || s[y] == 0x20 { y += 1 }  // Oct. 27, 2024
        return (TextSpan(start: start, end: end), m, y)
    }

    /// A day after 截至 (`截至2023年12月31日`, `截至9月30日`, `截至9月底`) with 止 or 的 after it: its year if written, its
    /// month, and where the words after it start.
    static func dayEnded(_ s: [UInt32], _ i: Int, _ range: TextSpan) -> (Int?, Int, Int)? {
        guard i - 2 >= range.start, s[i - 2] == 0x622A, s[i - 1] == 0x81F3 else { return nil }  // 截至
        func number(_ j: Int) -> (Int, Int)? {
            var k = j, v = 0
            while k < range.end, CharacterClass.isASCIIDigit(s[k]), k - j < 4 { v = v * 10 + Int(s[k] - 0x30); k += 1 }
            return k > j ? (v, k) : nil
        }
        guard var (v, k) = number(i) else { return nil }
        var year: Int?
        if k - i == 4, k < range.end, s[k] == 0x5E74 /* 年 */ { year = v; guard let n = number(k + 1) else { return nil }; (v, k) = n }
        guard (1...12).contains(v), k < range.end, s[k] == 0x6708 /* 月 */ else { return nil }
        let month = v
        k += 1
        if k < range.end, s[k] == 0x5E95 /* 底 */ { k += 1 } else {
            guard let (_, e) = number(k), e < range.end, s[e] == 0x65E5 || s[e] == 0x53F7 /* 日 号 */ else { return nil }
            k = e + 1
        }
        guard k < range.end, s[k] == 0x6B62 || s[k] == 0x7684 /* 止 的 */ else { return nil }
        return (year, month, k + 1)
    }

    /// Whether a month and day open the sentence's first words and a dash or `(` follows them: a dateline.
    static func isDateline(_ s: [UInt32], span: TextSpan, day j: Int, range: TextSpan) -> Bool {
        guard span.start - range.start <= 40, isDay(s, j, range.end) else { return false }
        var k = j
        while k < range.end, CharacterClass.isASCIIDigit(s[k]) { k += 1 }
        while k < range.end, s[k] == 0x20 { k += 1 }
        guard k < range.end, [0x2013, 0x2014, 0x2D, 0x28].contains(s[k]) else { return false }
        // Before the month only a place in capitals and commas (NEEDHAM, Mass., SEOUL,) or nothing.
        return (range.start..<span.start).allSatisfy { i in
            let c = s[i]
            return c == 0x20 || c == 0x2C || c == 0x2E || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
    }

    /// Whether a lowercased word occurs in a span.
    static func contains(_ s: [UInt32], _ word: String, in span: TextSpan) -> Bool {
        let w = word.unicodeScalars.map(\.value)
        guard span.length >= w.count else { return false }
        return (span.start...(span.end - w.count)).contains { i in (0..<w.count).allSatisfy { CueLexicon.lower(s[i + $0]) == w[$0] } }
    }

    /// Whether one or two digits standing alone start at `i` (a day of a month: Nov. 3, June 30, but not May 2024).
    static func isDay(_ s: [UInt32], _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, CharacterClass.isASCIIDigit(s[j]) { j += 1 }
        guard j > i, j - i <= 2 else { return false }
        return j == end || !(CharacterClass.isLetter(s[j]) && s[j] < 0x80)
    }

    /// Whether the lowercased `word` ends right before `position`.
    static func follows(_ s: [UInt32], _ word: String, before position: Int, from start: Int) -> Bool {
        let w = word.unicodeScalars.map(\.value)
        guard position - w.count >= start else { return false }
        for (k, c) in w.enumerated() where CueLexicon.lower(s[position - w.count + k]) != c { return false }
        return position - w.count == start || !CharacterClass.isLetter(s[position - w.count - 1])
    }

    private func fourDigitYear(_ s: [UInt32], _ i: Int, _ end: Int) -> (Int, Int)? {
        guard i + 4 <= end else { return nil }
        var v = 0
        for k in i..<(i + 4) { guard CharacterClass.isASCIIDigit(s[k]) else { return nil }; v = v * 10 + Int(s[k] - 0x30) }
        if i + 4 < end, CharacterClass.isASCIIDigit(s[i + 4]) { return nil }
        if i + 5 < end, s[i + 4] == 0x2E, CharacterClass.isASCIIDigit(s[i + 5]) { return nil }  // 2024.5 is no year
        guard (1900...2100).contains(v) else { return nil }
        return (v, i + 4)
    }

    /// Whether `YYYY年M月D日` (or YYYY-MM-DD) starts at i.
    private func isDateAhead(_ s: [UInt32], _ i: Int, _ end: Int) -> Bool { dateEnd(s, i, end) > i }

    private func dateEnd(_ s: [UInt32], _ i: Int, _ end: Int) -> Int {
        var j = i + 4
        while j < end, s[j] == 0x20 { j += 1 }
        guard j < end, s[j] == 0x5E74 else { return i }
        j += 1
        while j < end, s[j] == 0x20 { j += 1 }
        var d = 0
        while j < end, CharacterClass.isASCIIDigit(s[j]) { j += 1; d += 1 }
        guard d > 0, j < end else { return i }
        while j < end, s[j] == 0x20 { j += 1 }
        guard j < end, s[j] == 0x6708 else { return i }
        j += 1
        while j < end, s[j] == 0x20 { j += 1 }
        d = 0
        while j < end, CharacterClass.isASCIIDigit(s[j]) { j += 1; d += 1 }
        guard d > 0 else { return i }
        while j < end, s[j] == 0x20 { j += 1 }
        guard j < end, s[j] == 0x65E5 || s[j] == 0x53F7 else { return i }
        return j + 1
    }
}

/// Finds a document's date from a date line near its top (`时间:2023-06-15 08:58:29`,
/// `日期：2024年4月18日`, `Date: 2024-04-18`).
struct DocumentDateFinder: Sendable {
    /// Labels that introduce the date line.
    static let labels = ["时间", "日期", "发布时间", "发布日期", "发布于", "date", "published"]
    /// The labels as lower-cased scalars, and the scalars they start with.
    static let labelKeys = labels.map { $0.unicodeScalars.map { CueLexicon.lower($0.value) } }
    static let labelStarts = ScalarSet(labelKeys.map { $0[0] })

    func date(in text: ScalarText, within limit: Int = 600) -> CalendarDate? {
        let s = text.folded
        let end = min(s.count, limit)
        var i = 0
        while i < end {
            guard DocumentDateFinder.labelStarts.contains(CueLexicon.lower(s[i])) else { i += 1; continue }
            for key in DocumentDateFinder.labelKeys where i + key.count <= end {
                var ok = true
                for (k, c) in key.enumerated() where CueLexicon.lower(s[i + k]) != c { ok = false; break }
                guard ok else { continue }
                var j = i + key.count
                while j < end, s[j] == 0x3A || s[j] == 0x20 || s[j] == 0xFF1A { j += 1 }
                if let d = parseDate(s, j, min(s.count, j + 20)) { return d }
            }
            i += 1
        }
        return nil
    }

    private func parseDate(_ s: [UInt32], _ i: Int, _ end: Int) -> CalendarDate? {
        var parts = [Int](), j = i, digits = 0, v = 0
        while j < end, parts.count < 3 {
            let c = s[j]
            if CharacterClass.isASCIIDigit(c) {
                // No part of a date has more than four digits: a longer run is no date (and cannot overflow).
                guard digits < 4 else { return nil }
                v = v * 10 + Int(c - 0x30); digits += 1; j += 1; continue
            }
            guard digits > 0 else { return nil }
            parts.append(v); v = 0; digits = 0
            let sep = c == 0x2D || c == 0x2F || c == 0x2E || c == 0x5E74 || c == 0x6708 || c == 0x65E5
            guard sep else { break }
            j += 1
            while j < end, s[j] == 0x20 { j += 1 }
        }
        if digits > 0, parts.count < 3 { parts.append(v) }
        guard parts.count == 3, parts[0] >= 1900, parts[0] <= 2100 else { return nil }
        guard (1...12).contains(parts[1]), (1...DocumentDateFinder.days(inMonth: parts[1], of: parts[0])).contains(parts[2])
        else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The number of days of a month in the Gregorian calendar.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

}
