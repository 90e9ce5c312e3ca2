import Foundation

/// Finds every figure in a span of text (Chinese and English): numbers, percentages, money
/// and counts, with qualifiers and ranges.
///
/// Value in, value out: the parser holds only its tables. Matching runs over the folded text
/// (full-width → ASCII, traditional → simplified, ASCII lower-cased), so every offset is an
/// offset of the original input, in Unicode scalars. The scan is linear: each attempt consumes
/// what it looked at, whether or not it found a quantity.
///
/// Two readings: *figures* (the default, what facts are made of) leave out numerals that are no
/// quantity alone — a single numeral character, a numeral before a period word (九年), after an
/// ordinal marker (第三), a dotted chain (192.168.1.2) — while *numerals* (what `factx numbers`
/// prints) report each of them as a plain number. Codes, dates in digits and words that only
/// contain a numeral (一些 统一 万一) are no number in either reading.
struct QuantityParser: Sendable {
    let lexicon: QuantityLexicon
    /// Report every numeral, not only the figures that stand alone as quantities.
    var numerals = false

    func quantities(in text: ScalarText, range: TextSpan) -> [Quantity] {
        var scan = QuantityScan(lexicon: lexicon, text: text, range: range, numerals: numerals)
        return scan.run()
    }
}

/// A figure found but not yet resolved (STYLE.md habit 4): local offsets, partial data.
struct QuantityMention {
    var start: Int
    var end: Int
    /// Start of the numeral itself (after a prefix currency and sign).
    var numeralStart: Int
    var value: ValueRange
    var kind: QuantityKind = .number
    var unit = QuantityLexicon.UnitID.none
    /// The factor a percent form applied (`成` = 10), to apply to a range's bare first part.
    var factor = ExactNumber.one
    /// Where the classifier or per-unit word stands (local offsets; empty for none).
    var classifier = 0..<0
    /// Where the counted or priced item stands (local offsets; empty for none).
    var item = 0..<0
    var perUnit = false
    var negative = false
    var explicitSign = false
    /// The qualifier written inside the numeral (多 余 来 上) or implied (`万卡`).
    var innerQualifier: Qualifier?
    var hasScale = false
    /// The product of scale words after a single leading number (`80亿` → 1e8), for ranges.
    var trailingScale: ExactNumber?
    var prefixCurrency: QuantityLexicon.UnitID?
    /// What sort of numeral it is, for the bare-number filters.
    var arabic: ArabicNumber?
    var chineseCharacters = 0
    var chineseHasUnit = false
    var chineseDigitString = false
    var english = false
    /// A figure that is no quantity alone (a bare year-like 2000) but may open a range (2000至3000辆).
    var aloneReject = false
    /// The factor of the currency word (cents: 0.01), for amounts with subunits after them.
    var currencyFactor = ExactNumber.one

    var isBare: Bool { unit == .none && !hasScale && classifier.isEmpty && prefixCurrency == nil }
}

struct QuantityScan {
    let lexicon: QuantityLexicon
    let text: ScalarText
    let base: Int
    let n: Int
    /// Folded and ASCII-lower-cased scalars of the range.
    let s: [UInt32]
    /// The *numerals* reading (see ``QuantityParser``).
    let numerals: Bool

    init(lexicon: QuantityLexicon, text: ScalarText, range: TextSpan, numerals: Bool = false) {
        self.lexicon = lexicon
        self.numerals = numerals
        self.text = text
        base = range.start
        n = range.length
        precondition(range.end <= text.folded.count, "QuantityScan range \(range) is past the text")
        s = [UInt32](unsafeUninitializedCapacity: range.length) { buffer, count in
            text.folded.withUnsafeBufferPointer { folded in
                guard let from = folded.baseAddress, let to = buffer.baseAddress else { return }
                let source = from + range.start
                for i in 0..<range.length {
                    let c = source[i]
                    to[i] = c &- 0x41 < 26 ? c | 0x20 : c  // ASCII A–Z lowered
                }
            }
            count = range.length
        }
    }

    /// The folded scalar at local offset `i` (case kept).
    @inline(__always) func folded(_ i: Int) -> UInt32 { text.folded[base + i] }

    /// The folded text of a local span (case kept), for classifiers and items.
    func foldedString(_ r: Range<Int>) -> String {
        r.isEmpty ? "" : String(scalarValues: text.folded[(base + r.lowerBound)..<(base + r.upperBound)])
    }

    // MARK: - Character tests

    @inline(__always) func at(_ i: Int) -> UInt32 { i >= 0 && i < n ? s[i] : 0 }
    @inline(__always) func letter(_ i: Int) -> Bool {
        guard i >= 0 && i < n else { return false }
        let c = s[i]
        if c < 0x80 { return isASCIILetter(c) }
        return c < 0x2E80 && CharacterClass.isLetter(c)
    }
    @inline(__always) func ideographic(_ i: Int) -> Bool { i >= 0 && i < n && s[i] >= 0x2E80 && CharacterClass.isIdeographic(s[i]) }
    @inline(__always) func digit(_ i: Int) -> Bool { i >= 0 && i < n && isDigit(s[i]) }

    /// Whether an English number word (one … ninety, not an article) fills the word at `k`.
    func startsEnglishNumber(_ k: Int) -> Bool {
        guard isASCIILetter(at(k)), let w = englishWord(at: k) else { return false }
        switch w.role {
        case .ones, .teen, .tens: return true
        default: return false
        }
    }

    /// `.5`: a point that opens a number (no digit or letter before it).
    @inline(__always) func leadingPoint(_ i: Int) -> Bool {
        at(i) == 0x2E && digit(i + 1) && !digit(i - 1) && !letter(i - 1) && at(i - 1) != 0x2E
    }

    /// `- 1`: a sign and a space before a number, opening the text or after a space.
    func spacedSign(_ i: Int) -> Bool {
        let k = skipSpaces(i + 1)
        return k > i + 1 && k == i + 2 && digit(k) && (i == 0 || isSpace(s[i - 1]) || isLineBreak(s[i - 1]))
    }

    /// Skips up to two spaces (not line breaks).
    func skipSpaces(_ i: Int) -> Int {
        var k = i
        while k < n, k - i < 2, isSpace(s[k]) { k += 1 }
        return k
    }

    func backSpaces(_ i: Int) -> Int {
        var k = i
        while k > 0, i - k < 2, isSpace(s[k - 1]) { k -= 1 }
        return k
    }

    func chineseScale(_ i: Int) -> QuantityLexicon.Scale? {
        guard i < n else { return nil }
        let c = s[i]
        guard c >= 0x2E80 else { return nil }
        return lexicon.singleScale(c)
    }

    @inline(__always) func numeralRole(_ i: Int) -> QuantityLexicon.NumeralRole? { i < n ? lexicon.numeral(s[i]) : nil }

    func isChineseDigitLike(_ i: Int) -> Bool {
        guard let r = numeralRole(i) else { return false }
        switch r {
        case .digit, .zero, .tens: return true
        default: return false
        }
    }

    /// Whether a word ending at `end` (exclusive) and starting at `start` stands alone (ASCII words).
    func wordBounded(_ start: Int, _ end: Int) -> Bool {
        let asciiStart = s[start] < 0x80 && isASCIILetter(s[start])
        let asciiEnd = s[end - 1] < 0x80 && isASCIILetter(s[end - 1])
        if asciiStart && letter(start - 1) { return false }
        if asciiEnd && letter(end) { return false }
        return true
    }

    // MARK: - Scan

    mutating func run() -> [Quantity] {
        var out = [Quantity]()
        var i = 0
        while i < n {
            i = skipInertCJK(from: i)
            if i == n { break }
            let c = s[i]
            var attempt = false
            if c < 0x80 {
                if isDigit(c) {
                    attempt = true
                } else if isASCIILetter(c) {
                    if letter(i - 1) { i += 1; continue }
                    // No English number word, prefix currency or numeral starts with this letter: no figure here.
                    if lexicon.startFlags(c) & QuantityLexicon.startsFigure == 0 {
                        i = codeEnd(i); continue
                    }
                    attempt = true
                } else if c == 0x24 || ((c == 0x2B || c == 0x2D) && (digit(i + 1) || leadingPoint(i + 1))) {
                    attempt = true
                } else if leadingPoint(i) || (numerals && (c == 0x2D || c == 0x2B) && spacedSign(i)) {
                    attempt = true  // .5; in the numerals reading '- 1 4/5'
                } else if c == 0x23 {  // '#1'
                    i += 1; while digit(i) { i += 1 }; continue
                }
            } else if c >= 0x2E80 {
                let flags = lexicon.startFlags(c)
                if flags == 0 && c != 0x4E0A { i += 1; continue }
                if flags & QuantityLexicon.startsNonNumberWord != 0, let w = lexicon.nonNumberWords.longestMatch(in: s, at: i) {
                    // A whole non-number word, unless a longer figure starts here (一个百分点).
                    let m = mention(at: i, allowRange: true)
                    if let m, m.mention != nil, m.next - i > w.length {
                        if let q = resolve(m.mention!) { out.append(q) }
                        i = m.next
                    } else {
                        i += w.length
                        // 第一百名: the numeral the word ends with goes on — not a formal digit (大陆十家 counts 十家).
                        if lexicon.isNumeral(s[i - 1]), !lexicon.formalDigits.contains(s[i - 1]) {
                            while i < n, lexicon.isNumeral(s[i]) || chineseScale(i) != nil { i += 1 }
                        }
                    }
                    continue
                }
                attempt = flags & QuantityLexicon.startsFigure != 0
                    || (c == 0x4E0A && (chineseScale(i + 1)?.multiplier ?? 0) >= 100)  // 上万
            } else {
                attempt = lexicon.startFlags(c) & QuantityLexicon.startsFigure != 0 || c == 0x2212 || Self.vulgarFraction(c) != nil
            }
            if !attempt { i += 1; continue }
            if let r = mention(at: i, allowRange: true) {
                if let m = r.mention, let q = resolve(m) { out.append(q) }
                i = max(r.next, i + 1)
            } else {
                // Not a figure: skip an ASCII word whole, else one scalar.
                if isASCIILetter(c) {
                    i = codeEnd(i)
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// The first position from `i` on that is no CJK scalar starting nothing (the bulk of Chinese
    /// text), in one tight loop; the scan loop would step over each such scalar alone.
    @inline(__always)
    func skipInertCJK(from i: Int) -> Int {
        s.withUnsafeBufferPointer { text in
            lexicon.startFlagTable.withUnsafeBufferPointer { flags in
                var k = i
                while k < n {
                    let c = text[k]
                    if c < 0x2E80 || c >= 0x10000 || c == 0x4E0A || flags[Int(c)] != 0 { break }
                    k += 1
                }
                return k
            }
        }
    }

    /// Builds the public value from a mention.
    func resolve(_ m: QuantityMention) -> Quantity? {
        let span = TextSpan(start: base + m.start, end: base + m.end)
        var qualifier = Qualifier.exact
        var low: Decimal?, high: Decimal?
        let lo = m.value.lo.decimal
        if !m.value.isExact {
            qualifier = .range
            let hi = m.value.hi.decimal
            low = m.negative ? -lo : lo
            high = m.negative ? -hi : hi
        } else if let q = beforeQualifier(m.start) {
            qualifier = q
        } else if let q = afterQualifier(m.end) {
            qualifier = q
        } else if let q = m.innerQualifier {
            qualifier = q
        }
        return Quantity(span: span, text: String(scalarValues: text.original[span.start..<span.end]), kind: m.kind,
                        value: m.negative ? -lo : lo, unit: lexicon.units[Int(m.unit.index)], item: foldedString(m.item),
                        classifier: foldedString(m.classifier), perUnit: m.perUnit, qualifier: qualifier,
                        low: low, high: high, explicitSign: m.explicitSign)
    }

    // MARK: - Context words

    /// What stands right before `start` (spaces skipped), read backwards.
    func beforeWord(_ start: Int) -> (length: Int, value: QuantityLexicon.Before)? {
        let e = backSpaces(start)
        guard let m = lexicon.before.longestReversedMatch(in: s, endingAt: e) else { return nil }
        let b = e - m.length
        if isASCIILetter(s[b]) && letter(b - 1) { return nil }
        if isASCIILetter(s[e - 1]) && e == start { return nil }  // 'over5'
        return m
    }

    func beforeQualifier(_ start: Int) -> Qualifier? {
        if case .qualifier(let q)? = beforeWord(start)?.value { return q }
        return nil
    }

    func afterQualifier(_ end: Int) -> Qualifier? {
        let k = skipSpaces(end)
        guard let m = lexicon.after.longestMatch(in: s, at: k), wordBounded(k, k + m.length) else { return nil }
        if m.value == .approx, s[k] == 0x4E0A, k + m.length < n, s[k + m.length] == 0x6E38 { return nil }  // 上下游
        // 24.98万元起下调: 起 before a verb means 'from'; 20.99万元起。/ 起售 is a floor.
        if s[k] == 0x8D77, m.length == 1, ideographic(k + 1), s[k + 1] != 0x552E, s[k + 1] != 0x6B65 { return nil }
        return m.value
    }

    // MARK: - Mentions

    struct Attempt {
        var mention: QuantityMention?
        /// Where scanning continues; always past the attempt's start.
        var next: Int
    }

    func fail(_ next: Int) -> Attempt { Attempt(mention: nil, next: next) }

    /// Consumes a run of letters, digits and joining punctuation (a code such as `GPT-4`, `2024-04-18`).
    func codeEnd(_ i: Int) -> Int {
        var k = i
        while k < n {
            let c = s[k]
            if isDigit(c) || isASCIILetter(c) { k += 1; continue }
            if (c == 0x2D || c == 0x2F || c == 0x2E || c == 0x3A || c == 0x5F), k + 1 < n, isDigit(s[k + 1]) || isASCIILetter(s[k + 1]) { k += 1; continue }
            break
        }
        return max(k, i + 1)
    }

    /// A figure starting at `p`, with a range after it when `allowRange`.
    func mention(at p: Int, allowRange: Bool) -> Attempt? {
        guard let first = single(at: p) else { return nil }
        guard var m = first.mention else { return first }
        // Ordinals, weekdays, 'No. 3'.
        if !numerals, case .block? = beforeWord(m.start)?.value { return fail(first.next) }
        // A dash chain of three or more groups is a phone number or a code (400-820-8820).
        if m.isBare, m.arabic != nil {
            var k = m.end, groups = 1
            while at(k) == 0x2D, digit(k + 1) {
                k += 1
                while digit(k) { k += 1 }
                groups += 1
            }
            if groups >= 3 { return fail(codeEnd(m.numeralStart)) }
        }
        if allowRange, let merged = range(after: m) { return merged }
        if m.aloneReject && !numerals { return fail(first.next) }
        m.end = max(m.end, m.start)
        return Attempt(mention: m, next: first.next)
    }

    /// Joins `first` with a second figure after a range connector (`60-80亿美元`, `10 to 20 billion`).
    func range(after first: QuantityMention) -> Attempt? {
        guard first.value.isExact else { return nil }
        let k = skipSpaces(first.end)
        guard let c = lexicon.connectors.longestMatch(in: s, at: k), wordBounded(k, k + c.length) else { return nil }
        let opener = beforeWord(first.start)?.value
        switch c.value {
        case .and:
            guard case .range(.opener)? = opener else { return nil }
        case .word:
            if case .range(.from)? = opener { return nil }
        case .dash:
            break
        default: return nil
        }
        let q = skipSpaces(k + c.length)
        guard q < n, q > k else { return nil }
        guard let r2 = single(at: q) else { return nil }
        guard let secondMention = r2.mention else {
            // 4-6月, 26~29周, 3-6 个月: the period word after the second number covers both.
            if c.value == .dash, first.isBare, blockedAfter(r2.next - 1) || blockedRange(q) { return fail(r2.next) }
            return nil
        }
        var second = secondMention
        guard second.value.isExact else { return nil }
        if !second.isBare && second.prefixCurrency != nil && first.prefixCurrency == nil && first.unit != .none { return nil }
        var m = first
        var lo = first.value.lo
        if first.isBare || (first.unit == .none && first.classifier.isEmpty) {
            if !first.hasScale, let sc = second.trailingScale { lo *= sc }
            if first.unit == .none && second.unit != .none {
                lo *= second.factor
                m.unit = second.unit; m.kind = second.kind; m.factor = second.factor
            }
            if m.classifier.isEmpty { m.classifier = second.classifier; m.item = second.item; m.perUnit = second.perUnit }
        } else if first.unit != second.unit && second.unit != .none {
            return nil
        } else if first.unit != .none && second.unit == .none && second.isBare {
            // 百分之二十到三十: a bare second part shares the 百分之 / 千分之 before the first.
            guard let f = fractionPercentFactor(first) else { return nil }
            second.value = second.value * f
        } else if first.kind == .percent && second.unit == .none {
            return nil  // 百分之二十到三十亿: a scaled number is no second part of a percent
        }
        if first.isBare && second.isBare && first.english != second.english { return nil }
        var hi = second.value.lo
        if second.negative { hi = -hi }
        var signedLo = lo
        if first.negative { signedLo = -lo }
        guard signedLo <= hi else { return nil }
        // Store magnitudes with the sign on `negative` only when both are negative.
        if first.negative != second.negative {
            m.negative = false
            lo = signedLo
        } else {
            hi = second.negative ? -hi : hi
        }
        m.value = ValueRange(lo: lo, hi: hi)
        m.end = second.end
        m.hasScale = m.hasScale || second.hasScale
        if m.prefixCurrency == nil { m.prefixCurrency = second.prefixCurrency }
        m.innerQualifier = nil
        // The parts were exact but the range is not; single-part filters no longer apply.
        return Attempt(mention: m, next: max(r2.next, second.end))
    }

    /// One figure without ranges: prefix currency, sign, numeral, scales, unit or classifier.
    func single(at p: Int) -> Attempt? {
        var q = p
        var prefixCurrency: QuantityLexicon.UnitID?
        var prefixEnd = p
        if let cur = lexicon.prefixCurrencies.longestMatch(in: s, at: p) {
            let e = p + cur.length
            let asciiWord = isASCIILetter(s[p])
            if asciiWord && (letter(p - 1) || letter(e)) {
                // not a code here
            } else {
                let k = skipSpaces(e)
                if k < n, digit(k) || ((s[k] == 0x2D || s[k] == 0x2B) && digit(k + 1)) || (asciiWord == false && lexicon.isNumeral(s[k])) {
                    prefixCurrency = cur.value
                    prefixEnd = e
                    q = k
                } else if !asciiWord {
                    return fail(e)
                }
            }
        }
        let c = s[q]
        // Letters glued before a digit make a code (H100, SU7, FY2026, GPT-4); so does a URL escape (%28).
        let joiner = at(q - 1)
        if isDigit(c) && prefixCurrency == nil
            && (letter(q - 1) || joiner == 0x5F || joiner == 0x25
                || ((joiner == 0x2D || joiner == 0x2B || joiner == 0x3A || joiner == 0x2F || joiner == 0x2E) && letter(q - 2))
                || ((joiner == 0x3A || joiner == 0x2F || (joiner == 0x2E && !numerals)) && digit(q - 2))) {
            return fail(codeEnd(q))
        }
        var sign = false, negative = false
        var r = q
        if c == 0x2D || c == 0x2B || c == 0x2212 {
            let pc = at(q - 1)
            let spaced = numerals && spacedSign(q)
            guard digit(q + 1) || leadingPoint(q + 1) || spaced, !digit(q - 1), !letter(q - 1), pc != 0x25, pc != 0x29, pc != 0x2D else { return nil }
            sign = true; negative = c != 0x2B; r = spaced ? skipSpaces(q + 1) : q + 1
        } else if isASCIILetter(c), !letter(q - 1), let w = lexicon.english.longestMatch(in: s, at: q), w.value == .minus,
                  !letter(q + w.length), isSpace(at(q + w.length)),
                  digit(skipSpaces(q + w.length)) || startsEnglishNumber(skipSpaces(q + w.length)) {
            // minus 5, negative 12%, minus five point five: a sign in words.
            sign = true; negative = true; r = skipSpaces(q + w.length)
        } else if numeralRole(q) == .minus {
            // 负六, 负十二点五: a Chinese digit or a unit (十 百 千) after 负.
            // 负 1,200,000: one space before digits.
            let d = isSpace(at(q + 1)) && digit(q + 2) ? q + 2 : q + 1
            guard digit(d) || isChineseDigitLike(d) || chineseScale(d)?.kind == .unit else { return fail(q + 1) }
            sign = true; negative = true; r = d
        }
        var core: Attempt?
        if prefixCurrency == nil, !sign, Self.vulgarFraction(s[r]) != nil {
            core = vulgarShare(at: r)  // ¾
        } else if digit(r) || leadingPoint(r) {
            core = arabicFigure(at: r)
        } else if isASCIILetter(s[r]) {
            guard prefixCurrency == nil, !sign || startsEnglishNumber(r) else { return fail(r + 1) }
            core = englishFigure(at: r)
        } else {
            core = chineseFigure(at: r)
        }
        guard var a = core else { return prefixCurrency == nil ? nil : fail(q) }
        guard var m = a.mention else { return a }
        if let mixed = mixedFraction(m) { m = mixed; a.next = max(a.next, mixed.end) }
        if m.kind == .money, m.value.isExact, !m.negative, let (more, end) = subunitAmount(after: m, depth: 0) {
            m.value = ValueRange(m.value.lo + more); m.end = end; a.next = max(a.next, end)
        }
        m.start = p
        m.numeralStart = r
        m.explicitSign = sign
        m.negative = negative
        if let pc = prefixCurrency {
            if m.kind == .percent { return fail(a.next) }
            m.prefixCurrency = pc
            m.kind = .money
            m.unit = pc
            // MAUD 60, MUSD 30: a million-code before the number scales it as it does after.
            if case .currency(_, let f)? = lexicon.suffixes.value(for: s[p..<prefixEnd]), f > .one, !m.hasScale {
                m.value = m.value * f; m.hasScale = true; m.trailingScale = f
            }
        }
        return Attempt(mention: m, next: a.next)
    }
}
