import Foundation

/// English fractions around number words: a fraction of a scale word (`half a million`), a ratio
/// (`one out of three`), and the joiners they share.
extension QuantityScan {
    /// Skips a run of spaces of any length (not line breaks): `fifty   two` is one number.
    func skipSpaceRun(_ i: Int) -> Int {
        var k = i
        while k < n, isSpace(s[k]) { k += 1 }
        return k
    }

    /// Where a denominator word would start after a numerator ending at `end`: right after a hyphen
    /// (`one-eighth`), after a spaced hyphen (`one - fourth`), or after spaces (`three quarters`).
    func denominatorStart(after end: Int) -> Int {
        if at(end) == 0x2D { return end + 1 }
        let sp = skipSpaces(end)
        if sp > end, at(sp) == 0x2D, isSpace(at(sp + 1)) { return skipSpaces(sp + 1) }
        return sp
    }

    /// An English scale word after spaces (` million`): its multiplier and end.
    func scaleWord(after end: Int) -> (ExactNumber, Int)? {
        let k = skipSpaces(end)
        guard k > end, isASCIILetter(at(k)), let sc = lexicon.scales.longestMatch(in: s, at: k), sc.value.kind == .word,
              wordBounded(k, k + sc.length) else { return nil }
        return (sc.value.multiplier, k + sc.length)
    }

    /// `half million`, `a quarter million`, `three quarters billion`, `half a dozen`, `two thirds of a
    /// million`: a fraction of a scale word is a number (the fraction alone would be a percentage).
    func scaledFraction(at r: Int) -> Attempt? {
        guard let first = englishWord(at: r) else { return nil }
        var numerator = 1, k = r
        switch first.role {
        case .denominator: break
        case .article: k = skipSpaces(first.end)
        case .ones, .teen, .tens:
            guard let (v, e) = smallNumber(at: r) else { return nil }
            numerator = v; k = denominatorStart(after: e)
            if k == e { return nil }
        default: return nil
        }
        guard let d = englishWord(at: k), case .denominator(let den, _) = d.role, numerator < den else { return nil }
        var j = skipSpaces(d.end)
        guard j > d.end else { return nil }
        if at(j) == 0x6F, at(j + 1) == 0x66, isSpace(at(j + 2)) {  // of a million
            let a = skipSpaces(j + 2)
            guard let w = englishWord(at: a), w.role == .article else { return nil }
            j = a
        }
        if let w = englishWord(at: j), w.role == .article { j = skipSpaces(w.end) }  // half a dozen
        guard isASCIILetter(at(j)), let sc = lexicon.scales.longestMatch(in: s, at: j), sc.value.kind == .word,
              sc.value.multiplier >= 12, wordBounded(j, j + sc.length) else { return nil }
        let mult = sc.value.multiplier
        let end = j + sc.length
        var m = QuantityMention(start: r, end: end, numeralStart: r,
                                value: ValueRange(ExactNumber(numerator) / ExactNumber(den) * mult))
        m.english = true
        m.hasScale = true
        m.trailingScale = mult
        return finishFigure(m, next: end)
    }

    /// `one out of three`, `2 out of five hundred`, and in the numerals reading `1 over 3`: a fraction
    /// standing alone, so a percentage. The denominator is larger than the numerator and no period
    /// (`$2000 over 3 years` is two figures).
    func ratio(_ numerator: ExactNumber, start r: Int, after end: Int) -> Attempt? {
        let k = skipSpaces(end)
        guard k > end, numerator >= 0 else { return nil }
        var j: Int
        if at(k) == 0x6F, at(k + 1) == 0x75, at(k + 2) == 0x74, isSpace(at(k + 3)) {  // out of
            let o = skipSpaces(k + 3)
            guard at(o) == 0x6F, at(o + 1) == 0x66, isSpace(at(o + 2)) else { return nil }
            j = skipSpaces(o + 2)
        } else if numerals, at(k) == 0x6F, at(k + 1) == 0x76, at(k + 2) == 0x65, at(k + 3) == 0x72, isSpace(at(k + 4)) {  // over
            j = skipSpaces(k + 4)
        } else if at(k) == 0x69, at(k + 1) == 0x6E, isSpace(at(k + 2)) {  // one in five, 1 in twenty-one
            j = skipSpaces(k + 2)
            guard numerator >= 1, j > k + 2, digit(j) || startsEnglishNumber(j) else { return nil }
        } else {
            return nil
        }
        guard let (den, de) = plainWhole(at: j), den > numerator, !blockedAfter(de), !letter(de) else { return nil }
        // 241 in 2024, 5 in 10 years: a year or a period after `in` is no ratio.
        if at(k) == 0x69 {
            if digit(j), de - j == 4, isYearLike(den) { return nil }
            let w = skipSpaces(de)
            if w > de, Self.periodWords.contains(Array(s[w..<wordEnd(w)])) { return nil }
        }
        let e = skipSpaces(de)
        if at(e) == 0x25 || lexicon.suffixes.longestMatch(in: s, at: e).map({ wordBounded(e, e + $0.length) }) == true { return nil }
        var m = QuantityMention(start: r, end: de, numeralStart: r, value: ValueRange(numerator / den * 100))
        m.kind = .percent; m.unit = .percent; m.english = true
        return Attempt(mention: m, next: de)
    }

    /// A whole number at `k` without reading further figures: digits (`3`, `500`), or words (`twenty-one`,
    /// `five hundred`, `one hundred and twenty five`). Non-recursive, so ratios never chain.
    func plainWhole(at k: Int) -> (ExactNumber, Int)? {
        if digit(k) {
            let a = ArabicNumber(s, at: k, limit: n)
            guard a.valid, a.fractionDigits == 0, !(at(a.end) == 0x2E && digit(a.end + 1)) else { return nil }
            return (a.value, a.end)
        }
        guard let (v, e) = smallNumber(at: k) else { return nil }
        var value = ExactNumber(v), end = e
        let h = skipSpaces(e)
        if h > e, let w = lexicon.scales.longestMatch(in: s, at: h), w.value.kind == .word, w.value.multiplier == 100,
           wordBounded(h, h + w.length) {
            value = value * 100; end = h + w.length
            let a = skipSpaces(end)
            if a > end, at(a) == 0x61, at(a + 1) == 0x6E, at(a + 2) == 0x64, isSpace(at(a + 3)),
               let (t, te) = smallNumber(at: skipSpaces(a + 3)) {
                value = value + ExactNumber(t); end = te
            } else if a > end, let (t, te) = smallNumber(at: a) {
                value = value + ExactNumber(t); end = te
            }
        }
        return (value, end)
    }

    /// In the numerals reading, `percent of 10`, `per cent of twenty-two`: a percent word with no number
    /// before it takes the number after `of` (a year, `percent of 2023 sales`, is none).
    func percentOf(at r: Int) -> Attempt? {
        guard !digit(backSpaces(r) - 1) else { return nil }
        var k = r
        let word: [UInt32] = Array("per".unicodeScalars.map(\.value))
        for c in word { guard at(k) == c else { return nil }; k += 1 }
        if isSpace(at(k)) { k = skipSpaces(k) }
        for c in "cent".unicodeScalars.map(\.value) { guard at(k) == c else { return nil }; k += 1 }
        if at(k) == 0x73 { k += 1 }  // percents
        guard !letter(k) else { return nil }
        let o = skipSpaces(k)
        guard o > k, at(o) == 0x6F, at(o + 1) == 0x66, isSpace(at(o + 2)) else { return nil }
        let j = skipSpaces(o + 2)
        guard let (v, e) = plainWhole(at: j), !letter(e), !(digit(j) && e - j == 4 && isYearLike(v)) else { return nil }
        var m = QuantityMention(start: r, end: e, numeralStart: j, value: ValueRange(v))
        m.kind = .percent; m.unit = .percent; m.english = true
        return Attempt(mention: m, next: e)
    }

    /// `twenty-fifth`, `twenty fifths`, `thirty-firsts`: an ordinal of tens and ones as the denominator after a
    /// numerator (`one twenty-fifth`, `three twenty firsts`); its value and end. `second` is none (`a thirty-second
    /// spot` is a length of time).
    func compoundOrdinal(at k: Int) -> (Int, Int)? {
        guard let t = englishWord(at: k), case .tens(let tens) = t.role else { return nil }
        let o = at(t.end) == 0x2D ? t.end + 1 : skipSpaces(t.end)
        guard o > t.end else { return nil }
        let oe = wordEnd(o)
        guard oe > o, !letter(oe) else { return nil }
        let word = Array(s[o..<oe])
        if word == Self.first || word == Self.firsts { return (tens + 1, oe) }
        guard let d = englishWord(at: o), case .denominator(let ones, false) = d.role, ones >= 3, ones <= 9 else { return nil }
        return (tens + ones, d.end)
    }

    static let first = Array("first".unicodeScalars.map(\.value)), firsts = Array("firsts".unicodeScalars.map(\.value))

    /// `half of customer conversations`, `nearly half of its revenue`: half standing alone before `of` is a
    /// share, so 50 percent — but not the half of a period (`the second half of 2024`, `the other half of`:
    /// a determiner or ordinal before it; `half of the year`, `half of fiscal 2025`: a period after it).
    func halfOf(at r: Int) -> Attempt? {
        guard let w = englishWord(at: r), case .denominator(2, true) = w.role, w.end - r == 4, followedByOf(w.end) else { return nil }
        var b = backSpaces(r)
        if b < r, b > 0, isASCIILetter(s[b - 1]) {
            let we = b
            while b > 0, isASCIILetter(s[b - 1]) { b -= 1 }
            if let p = englishWord(at: b), p.end == we, p.role == .determiner { return nil }
        }
        var k = skipSpaces(skipSpaces(w.end) + 2)
        for _ in 0..<3 {
            if digit(k) {
                let a = ArabicNumber(s, at: k, limit: n)
                if a.integerDigits == 4, a.fractionDigits == 0, isYearLike(a.value) { return nil }
                break
            }
            let e = wordEnd(k)
            guard e > k, !letter(e) else { break }
            let word = Array(s[k..<e])
            if Self.periodWords.contains(word) { return nil }
            guard Self.periodLeadIns.contains(word) else { break }
            k = skipSpaces(e)
        }
        var m = QuantityMention(start: r, end: w.end, numeralStart: r, value: ValueRange(50))
        m.kind = .percent; m.unit = .percent; m.english = true
        return Attempt(mention: m, next: w.end)
    }

    /// Words after `half of` that name a period (`half of the year`, `half of fiscal 2025`), and the words
    /// that may stand before such a word (`the`, `this`, `its`).
    static let periodWords: Set<[UInt32]> = Set(["year", "years", "fiscal", "fy", "decade", "century", "season", "month",
                                                 "quarter", "week", "day", "session", "months", "weeks", "days", "hours", "minutes", "quarters",
                                                 "sessions", "seasons", "decades"].map { Array($0.unicodeScalars.map(\.value)) })
    static let periodLeadIns: Set<[UInt32]> = Set(["the", "its", "our", "their", "his", "her", "this", "that", "next", "last",
                                                   "a", "an"].map { Array($0.unicodeScalars.map(\.value)) })
}
