import Foundation

/// Finds every figure in a span of text (Chinese and English): numbers, percentages, money
/// and counts, with qualifiers and ranges.
///
/// Value in, value out: the parser holds only its tables. Matching runs over the folded text
/// (full-width → ASCII, traditional → simplified, ASCII lower-cased), so every offset is an
/// offset of the original input, in Unicode scalars. The scan is linear: each attempt consumes
/// what it looked at, whether or not it found a quantity.
struct QuantityParser: Sendable {
    let lexicon: QuantityLexicon

    func quantities(in text: ScalarText, range: TextSpan) -> [Quantity] {
        var scan = QuantityScan(lexicon: lexicon, text: text, range: range)
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

    var isBare: Bool { unit == .none && !hasScale && classifier.isEmpty && prefixCurrency == nil }
}

struct QuantityScan {
    let lexicon: QuantityLexicon
    let text: ScalarText
    let base: Int
    let n: Int
    /// Folded and ASCII-lower-cased scalars of the range.
    let s: [UInt32]

    init(lexicon: QuantityLexicon, text: ScalarText, range: TextSpan) {
        self.lexicon = lexicon
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
                } else if c == 0x24 || ((c == 0x2B || c == 0x2D) && digit(i + 1)) {
                    attempt = true
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
                        // 第一百名: the numeral the word ends with goes on.
                        if lexicon.isNumeral(s[i - 1]) {
                            while i < n, lexicon.isNumeral(s[i]) || chineseScale(i) != nil { i += 1 }
                        }
                    }
                    continue
                }
                attempt = flags & QuantityLexicon.startsFigure != 0
                    || (c == 0x4E0A && chineseScale(i + 1) != nil)  // 上万
            } else {
                attempt = lexicon.startFlags(c) & QuantityLexicon.startsFigure != 0 || c == 0x2212
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
        if case .block? = beforeWord(m.start)?.value { return fail(first.next) }
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
        if m.aloneReject { return fail(first.next) }
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
        guard let second = r2.mention else {
            // 4-6月, 26~29周, 3-6 个月: the period word after the second number covers both.
            if c.value == .dash, first.isBare, blockedAfter(r2.next - 1) || blockedRange(q) { return fail(r2.next) }
            return nil
        }
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
            return nil
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
        if let cur = lexicon.prefixCurrencies.longestMatch(in: s, at: p) {
            let e = p + cur.length
            let asciiWord = isASCIILetter(s[p])
            if asciiWord && (letter(p - 1) || letter(e)) {
                // not a code here
            } else {
                let k = skipSpaces(e)
                if k < n, digit(k) || ((s[k] == 0x2D || s[k] == 0x2B) && digit(k + 1)) || (asciiWord == false && lexicon.isNumeral(s[k])) {
                    prefixCurrency = cur.value
                    q = k
                } else if !asciiWord {
                    return fail(e)
                }
            }
        }
        let c = s[q]
        // Letters glued before a digit make a code (H100, SU7, FY2026, GPT-4).
        let joiner = at(q - 1)
        if isDigit(c) && prefixCurrency == nil
            && (letter(q - 1) || joiner == 0x5F
                || ((joiner == 0x2D || joiner == 0x2B || joiner == 0x3A || joiner == 0x2F || joiner == 0x2E) && letter(q - 2))
                || ((joiner == 0x3A || joiner == 0x2F || joiner == 0x2E) && digit(q - 2))) {
            return fail(codeEnd(q))
        }
        var sign = false, negative = false
        var r = q
        if c == 0x2D || c == 0x2B || c == 0x2212 {
            let pc = at(q - 1)
            guard digit(q + 1), !digit(q - 1), !letter(q - 1), pc != 0x25, pc != 0x29, pc != 0x2D else { return nil }
            sign = true; negative = c != 0x2B; r = q + 1
        } else if isASCIILetter(c), !letter(q - 1), let w = lexicon.english.longestMatch(in: s, at: q), w.value == .minus,
                  !letter(q + w.length), isSpace(at(q + w.length)), digit(skipSpaces(q + w.length)) {
            // minus 5, negative 12%: a sign in words.
            sign = true; negative = true; r = skipSpaces(q + w.length)
        } else if numeralRole(q) == .minus {
            guard digit(q + 1) || isChineseDigitLike(q + 1) else { return fail(q + 1) }
            sign = true; negative = true; r = q + 1
        }
        var core: Attempt?
        if digit(r) {
            core = arabicFigure(at: r)
        } else if isASCIILetter(s[r]) {
            guard prefixCurrency == nil, !sign else { return fail(r + 1) }
            core = englishFigure(at: r)
        } else {
            core = chineseFigure(at: r)
        }
        guard let a = core else { return prefixCurrency == nil ? nil : fail(q) }
        guard var m = a.mention else { return a }
        m.start = p
        m.numeralStart = r
        m.explicitSign = sign
        m.negative = negative
        if let pc = prefixCurrency {
            if m.kind == .percent { return fail(a.next) }
            m.prefixCurrency = pc
            m.kind = .money
            m.unit = pc
        }
        return Attempt(mention: m, next: a.next)
    }

    // MARK: Arabic digits

    func arabicFigure(at r: Int) -> Attempt? {
        let a = ArabicNumber(s, at: r, limit: n)
        // A number read not at all takes its scale and unit words with it: 31 digits before 亿元 leave no bare 亿元.
        guard a.valid else { return fail(figureTailEnd(codeEnd(r))) }
        var e = a.end
        // Times (10:30), dates and fractions (2024/4/18, 4/18).
        if at(e) == 0x3A, digit(e + 1) { return fail(codeEnd(r)) }
        if at(e) == 0x2F, digit(e + 1) { return fail(codeEnd(r)) }
        // Years joined to a date or a year range: 2024-04-18, 2020-2023.
        if a.integerDigits == 4, a.fractionDigits == 0, !a.hasSeparator, at(e) == 0x2D, digit(e + 1), isYearLike(a.value) {
            var j = e + 1
            while digit(j) { j += 1 }
            let g = j - e - 1
            if g <= 2 { return fail(codeEnd(r)) }
            if g == 4, (1900...2100).contains(s[(e + 1)..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }) {
                let kk = skipSpaces(j)
                var unitAfter = chineseScale(kk) != nil
                if let sfx = lexicon.suffixes.longestMatch(in: s, at: kk) {
                    if case .block = sfx.value { unitAfter = false } else { unitAfter = true }
                }
                if !unitAfter { return fail(codeEnd(r)) }
            }
        }
        // Letters glued after: a scale abbreviation or unit (5bn, 0.1pct), else a code (5G, 3nm, 14A, 2024Q1).
        if isASCIILetter(at(e)) {
            var k = e
            while k < n, isASCIILetter(s[k]) { k += 1 }
            if digit(k) { return fail(codeEnd(r)) }
            let gluedOK: Bool = {
                if let sc = lexicon.scales.longestMatch(in: s, at: e, limit: k), sc.length == k - e,
                   sc.value.kind == .abbrev || sc.value.kind == .word || (sc.value.kind == .abbrevMoney && hasCurrencyPrefix(r)) { return true }
                if let u = lexicon.suffixes.longestMatch(in: s, at: e, limit: k), u.length == k - e {
                    if case .percent = u.value { return true }
                    if case .currency = u.value { return true }
                }
                return false
            }()
            if !gluedOK { return fail(codeEnd(r)) }
        }
        // Fractions in digits: 3分之1, 4 分之 3 (the denominator first, as in 三分之一).
        if a.fractionDigits == 0, !a.hasSeparator, at(skipSpaces(e)) == 0x5206, at(skipSpaces(e) + 1) == 0x4E4B {
            let den = ValueRange(a.value)
            if den.lo > 0, let (nv, numEnd) = fractionNumerator(at: skipSpaces(skipSpaces(e) + 2)) {
                var m = QuantityMention(start: r, end: numEnd, numeralStart: r,
                                        value: ValueRange(lo: nv.lo / den.lo * 100, hi: nv.hi / den.lo * 100))
                m.kind = .percent; m.unit = .percent
                return Attempt(mention: m, next: numEnd)
            }
        }
        var m = QuantityMention(start: r, end: e, numeralStart: r, value: ValueRange(a.value))
        m.arabic = a
        // Chinese scales and continuations (3.6万, 1.2万亿, 3万4000, 25万6千, 30来亿, 200多万).
        var acc = ChineseAccumulator()
        acc.number(ValueRange(a.value))
        var k = e
        var scaled = false
        var trailing = ExactNumber.one
        var continued = false
        while true {
            let k1 = (k == e && !scaled) ? skipSpaces(k) : k
            if let sc = chineseScale(k1), sc.kind == .unit || sc.kind == .scale, !startsNonNumberWord(k1) {
                // 百分之 / 千分之 start a fraction, not a scale (3千分之…) — and 十 after digits is rare: accept.
                if at(k1 + 1) == 0x5206, at(k1 + 2) == 0x4E4B { break }
                acc.scale(sc)
                trailing *= sc.multiplier
                scaled = true
                k = k1 + 1
                continue
            }
            if let iq = lexicon.infixQualifier(at(k1)), acc.canTakeInfix, infixFollows(k1 + 1, scaledYet: scaled) {
                m.innerQualifier = iq
                acc.infixSeen = true
                k = k1 + 1
                continue
            }
            if scaled, !continued, digit(k) {
                // 3万4000: only a smaller number glued after a scale, and not a year (53亿2024年).
                let b = ArabicNumber(s, at: k, limit: n)
                if b.valid, b.fractionDigits == 0, !b.hasSeparator, !isASCIILetter(at(b.end)), !blockedAfter(b.end),
                   acc.lastScale > 1, b.value < acc.lastScale {
                    acc.number(ValueRange(b.value))
                    k = b.end
                    continued = true
                    if let sc = chineseScale(k), sc.kind == .unit || sc.kind == .scale, sc.multiplier < acc.lastScale {
                        acc.scale(sc)
                        k += 1
                    }
                    continue
                }
            }
            break
        }
        if scaled {
            guard let v = acc.finish(trailingDigitRule: false) else { return fail(k) }
            m.value = v
            m.hasScale = true
            m.trailingScale = continued ? nil : trailing
            e = k
        } else if acc.infixSeen {
            e = k
        }
        m.end = e
        // English scale words (1.5 million, 27 million, 5 bn).
        if !scaled {
            var k2 = e
            var any = false
            while true {
                let kk = skipSpaces(k2)
                guard let sc = lexicon.scales.longestMatch(in: s, at: kk), isASCIILetter(s[kk]), wordBounded(kk, kk + sc.length) else { break }
                if sc.value.kind == .unit || sc.value.kind == .scale { break }
                if sc.value.kind == .abbrevMoney && !hasCurrencyPrefix(r) { break }
                if sc.value.kind != .word && kk != k2 && sc.value.kind == .abbrevMoney { break }
                m.value = m.value * sc.value.multiplier
                trailing *= sc.value.multiplier
                any = true
                k2 = kk + sc.length
            }
            if any {
                // 5 million million …: a value past the accumulator's bound is read not at all.
                guard !ChineseAccumulator.exceedsLimit(m.value.hi), m.value.hi.isHeldExactly else { return fail(figureTailEnd(k2)) }
                m.hasScale = true; m.trailingScale = trailing; m.end = k2; e = k2
            }
        }
        return finishFigure(m, next: e)
    }

    func hasCurrencyPrefix(_ r: Int) -> Bool {
        var k = r
        if k > 0, s[k - 1] == 0x2D || s[k - 1] == 0x2B { k -= 1 }
        k = backSpaces(k)
        guard k > 0 else { return false }
        let c = s[k - 1]
        return c == 0x24 || c == 0x20AC || c == 0xA5 || c == 0xFFE5 || c == 0xA3 || c == 0x20A9 || c == 0x20B9
            || (isASCIILetter(c) && k >= 3 && lexicon.prefixCurrencies.value(for: s[(k - 3)..<k]) != nil)
    }

    func isYearLike(_ v: ExactNumber) -> Bool { v >= 1900 && v <= 2100 }

    /// Whether an infix qualifier (多 余 来) at the position before `k` is followed by what makes it one.
    func infixFollows(_ k: Int, scaledYet: Bool) -> Bool {
        let c = at(k)
        if chineseScale(k) != nil { return true }
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: k) {
            switch sfx.value {
            case .classifier, .currency, .percent: return true
            case .block: return false
            }
        }
        if c == 0x6765 { return false }
        // 多/余 at the end of a figure (收入1000多。), never 来 (3来自).
        if c == 0 || !(ideographic(k) || letter(k) || isDigit(c)) { return s[k - 1] != 0x6765 }
        return false
    }

    func startsNonNumberWord(_ k: Int) -> Bool {
        guard k < n, lexicon.nonNumberWords.mayStart(with: s[k]), let w = lexicon.nonNumberWords.longestMatch(in: s, at: k) else {
            return false
        }
        // 二十分之三: 分之 makes a fraction, whatever word 十分 is elsewhere.
        let end = k + w.length
        return !(s[end - 1] == 0x5206 && at(end) == 0x4E4B)
    }

    /// Whether the number at `q` is followed by a period word (the second half of `4-6月`).
    func blockedRange(_ q: Int) -> Bool {
        var k = q
        while digit(k) || isChineseDigitLike(k) || chineseScale(k) != nil { k += 1 }
        return blockedAfter(k)
    }

    /// Past the scale words, infix qualifiers and one unit, currency or classifier that follow `k`:
    /// where scanning goes on after a numeral read not at all, so its tail (亿元) is no figure of its own.
    func figureTailEnd(_ k: Int) -> Int {
        var e = k
        while true {
            let j = skipSpaces(e)
            if j < n, chineseScale(j) != nil || lexicon.infixQualifier(s[j]) != nil || digit(j) { e = j + 1; continue }
            if j < n, isASCIILetter(s[j]), let sc = lexicon.scales.longestMatch(in: s, at: j), wordBounded(j, j + sc.length) {
                e = j + sc.length; continue
            }
            break
        }
        let j = skipSpaces(e)
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: j), wordBounded(j, j + sfx.length) { e = j + sfx.length }
        return max(e, k)
    }

    func blockedAfter(_ k: Int) -> Bool {
        let kk = skipSpaces(k)
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: kk), case .block = sfx.value { return true }
        return false
    }

    // MARK: Chinese numerals

    /// The numerator after 分之 (in digits or Chinese numerals, never a fraction itself) and its end.
    func fractionNumerator(at start: Int) -> (ValueRange, Int)? {
        // 百分之 at the end of a span (a hard-wrapped or truncated text) has no numerator.
        guard start < n else { return nil }
        if digit(start) {
            let a = ArabicNumber(s, at: start, limit: n)
            return a.valid ? (ValueRange(a.value), a.end) : nil
        }
        guard let sub = chineseFigure(at: start, raw: true), let m = sub.mention else { return nil }
        return (m.value, m.end)
    }

    func chineseFigure(at r: Int, raw: Bool = false) -> Attempt? {
        guard r < n else { return nil }
        var acc = ChineseAccumulator()
        var k = r
        var m = QuantityMention(start: r, end: r, numeralStart: r, value: .zero)
        var shang = false
        if s[k] == 0x4E0A {  // 上万, 上百万: at least
            guard chineseScale(k + 1) != nil else { return nil }
            shang = true
            k += 1
        }
        var chars = 0
        var trailing = ExactNumber.one
        var leadingNumber = false
        while k < n {
            if let role = numeralRole(k) {
                switch role {
                case .digit(let d):
                    guard acc.digit(d) else { break }
                    if chars == 0 || (!acc.sawUnit) { leadingNumber = true }
                    k += 1; chars += 1; continue
                case .zero:
                    // 零点五: a leading zero before a decimal point is the number 0.
                    if chars == 0, numeralRole(k + 1) == .point, isChineseDigitLike(k + 2) {
                        acc.number(.zero); k += 1; chars += 1; continue
                    }
                    acc.zero(); k += 1; chars += 1; continue
                case .tens(let t):
                    acc.tens(t); k += 1; chars += 1; continue
                case .vague:
                    // 几 数: only before a unit or scale, or after one (十几).
                    if chineseScale(k + 1) != nil || acc.sawUnit {
                        acc.vague(); k += 1; chars += 1; continue
                    }
                case .point:
                    if acc.hasNumber, isChineseDigitLike(k + 1) {
                        var j = k + 1
                        var frac = ExactNumber.zero
                        var count = 0
                        while j < n, let rr = numeralRole(j) {
                            var d = 0
                            if case .digit(let dd) = rr { d = dd } else if rr == .zero { d = 0 } else { break }
                            count += 1
                            if count <= ArabicNumber.maxDigits {
                                frac += ExactNumber(significand: UInt64(d), exponent: -count)
                            }
                            j += 1
                        }
                        acc.fraction(frac)
                        chars += j - k
                        k = j
                        continue
                    }
                case .minus:
                    break
                }
                break
            }
            if let sc = chineseScale(k), sc.kind == .unit || sc.kind == .scale, chars == 0 || !startsNonNumberWord(k) {
                if at(k + 1) == 0x5206, at(k + 2) == 0x4E4B, chars == 0 {
                    // 百分之 / 千分之 / 万分之: the scale is a denominator.
                    acc.scale(sc); k += 1; chars += 1; break
                }
                acc.scale(sc)
                if !leadingNumber || acc.sawSecondNumber { trailing = 0 }
                trailing *= sc.multiplier
                k += 1; chars += 1
                continue
            }
            if let iq = lexicon.infixQualifier(s[k]), chars > 0, acc.canTakeInfix, infixFollows(k + 1, scaledYet: acc.sawUnit) {
                m.innerQualifier = iq
                acc.infixSeen = true
                k += 1
                continue
            }
            break
        }
        if chars == 0 { return shang ? fail(r + 1) : nil }
        if acc.overflow { return fail(figureTailEnd(k)) }
        // Fractions: 五分之一, 百分之五十五点五, 千分之三, 3分之1. A numerator (`raw`) is no fraction
        // itself: nesting stops there, so 百分之百分之… costs no stack, however long.
        if !raw, at(k) == 0x5206, at(k + 1) == 0x4E4B, let den = acc.finish(trailingDigitRule: true), den.isExact, den.lo > 0 {
            guard let (nv, numEnd) = fractionNumerator(at: k + 2) else { return fail(k + 2) }
            m.value = ValueRange(lo: nv.lo / den.lo * 100, hi: nv.hi / den.lo * 100)
            m.kind = .percent; m.unit = .percent
            m.end = numEnd
            m.chineseCharacters = chars
            m.chineseHasUnit = true
            return Attempt(mention: m, next: numEnd)
        }
        guard let v = acc.finish(trailingDigitRule: true) else { return fail(k) }
        m.value = v
        m.end = k
        m.chineseCharacters = chars
        m.chineseHasUnit = acc.sawUnit
        m.chineseDigitString = acc.digitString
        if acc.sawScale || (acc.sawUnit && acc.implicitOne) { m.hasScale = acc.sawScale }
        if leadingNumber && !acc.sawSecondNumber && acc.sawUnit && trailing > 1 { m.trailingScale = trailing }
        if shang { m.innerQualifier = .min; m.start = r; m.hasScale = true }
        if acc.implicitOne && !shang {
            // A bare scale word: 万卡, 百亿, 千万资金.
            if chars == 1, chineseScale(r)?.kind == .scale { m.innerQualifier = .approx }
        }
        m.hasScale = m.hasScale || acc.sawScale
        var mm = m
        mm.start = r
        if raw { return Attempt(mention: mm, next: k) }
        return finishFigure(mm, next: k, shang: shang, bareScaleRun: acc.implicitOne ? chars : 0)
    }

    // MARK: English number words

    func englishFigure(at r: Int) -> Attempt? {
        var k = r
        var total = ExactNumber.zero, section = ExactNumber.zero, num = ExactNumber.zero
        var hasNum = false, any = false
        var lastWasTens = false, lastWasOnes = false
        var end = r
        var trailing = ExactNumber.one
        var scaleAfterNumber = false
        var dozenSeen = false
        var lastScale = ExactNumber.zero
        words: while k < n {
            var j = k
            while j < n, isASCIILetter(s[j]) { j += 1 }
            if j == k { break }
            if letter(j) { break }
            if let w = lexicon.english.longestMatch(in: s, at: k, limit: j), w.length == j - k {
                if case .denominator = w.value { break }
                if case .minus = w.value { break }
                switch w.value {
                case .ones(let v), .teen(let v):
                    if hasNum && !(lastWasTens && v < 10) { break words }
                    num = lastWasTens ? num + ExactNumber(v) : ExactNumber(v)
                    hasNum = true; lastWasTens = false; lastWasOnes = true
                case .tens(let v):
                    if hasNum { break words }
                    num = ExactNumber(v); hasNum = true; lastWasTens = true; lastWasOnes = false
                case .article:
                    if any || hasNum { break words }
                    // 'a hundred', 'an eighty'? only before a scale word or dozen.
                    let nk = skipSpaces(j)
                    var ok = false
                    if let sc = lexicon.scales.longestMatch(in: s, at: nk), sc.value.kind == .word, !letter(nk + sc.length) { ok = true }
                    if let w2 = lexicon.english.longestMatch(in: s, at: nk), !letter(nk + w2.length) {
                        if w2.value == .dozen { ok = true }
                        // a third of, a quarter of: a fraction.
                        if case .denominator = w2.value, followedByOf(nk + w2.length) { ok = true }
                    }
                    if !ok { break words }
                    num = 1; hasNum = true; lastWasTens = false; lastWasOnes = false
                case .dozen:
                    // One dozen a number: 'dozen dozen …' never multiplies without bound.
                    if dozenSeen { break words }
                    dozenSeen = true
                    num = (hasNum ? num : .one) * 12; hasNum = true; lastWasTens = false; lastWasOnes = false
                case .denominator, .minus:
                    break
                }
                if !(hasNum) { break }
                any = true
                end = j
                trailing = 1
                scaleAfterNumber = false
            } else if let sc = lexicon.scales.longestMatch(in: s, at: k, limit: j), sc.length == j - k, sc.value.kind == .word, any {
                let mult = sc.value.multiplier
                // A run of scale words grows (hundred thousand, thousand million); million million is two figures.
                if scaleAfterNumber, mult <= lastScale || ChineseAccumulator.exceedsLimit(trailing * mult) { break words }
                if scaleAfterNumber, !hasNum, section == 0, mult > 100 {
                    total = (total + section) * mult
                    section = 0
                } else if mult == 100 {
                    section += (hasNum ? num : .one) * 100
                } else {
                    total += (section + num) * mult
                    section = 0
                }
                num = 0; hasNum = false; lastWasTens = false; lastWasOnes = false
                trailing = scaleAfterNumber ? trailing * mult : mult
                scaleAfterNumber = true
                lastScale = mult
                end = j
            } else {
                break
            }
            // Joiners: a space, a hyphen after tens, 'and' after hundred/scale.
            var nk = j
            if nk < n, s[nk] == 0x2D, lastWasTens, isASCIILetter(at(nk + 1)) {
                nk += 1
            } else if nk < n, isSpace(s[nk]) {
                nk += 1
                if at(nk) == 0x61, at(nk + 1) == 0x6E, at(nk + 2) == 0x64, isSpace(at(nk + 3)), !hasNum {
                    nk += 4
                }
            } else {
                break
            }
            _ = lastWasOnes
            k = nk
        }
        guard any else { return nil }
        // Fractions: one third, two-thirds, three quarters, a quarter of.
        if total == 0, section == 0, hasNum, num >= 1, num < 100, trailing == 1 {
            let dk = at(end) == 0x2D ? end + 1 : skipSpaces(end)
            var dj = dk
            while dj < n, isASCIILetter(s[dj]) { dj += 1 }
            if dj > dk, !letter(dj), let w = lexicon.english.longestMatch(in: s, at: dk, limit: dj), w.length == dj - dk,
               case .denominator(let d, let needsOf) = w.value, !needsOf || followedByOf(dj) {
                var m = QuantityMention(start: r, end: dj, numeralStart: r, value: ValueRange(num / ExactNumber(d) * 100))
                m.kind = .percent; m.unit = .percent; m.english = true
                return Attempt(mention: m, next: dj)
            }
        }
        // one-third, twenty-first: a hyphen into a word that is no number.
        if at(end) == 0x2D, isASCIILetter(at(end + 1)) { return fail(codeEnd(end)) }
        let value = total + section + num
        var m = QuantityMention(start: r, end: end, numeralStart: r, value: ValueRange(value))
        m.english = true
        if trailing > 1 { m.hasScale = true; m.trailingScale = trailing }
        // 'one of', 'no one', 'the one'.
        if value == 1, !m.hasScale {
            let nk = skipSpaces(end)
            if at(nk) == 0x6F, at(nk + 1) == 0x66, !letter(nk + 2) { return fail(end) }
        }
        return finishFigure(m, next: end)
    }

    /// Whether the word `of` follows `k` (after a space).
    func followedByOf(_ k: Int) -> Bool {
        let o = skipSpaces(k)
        return o > k && at(o) == 0x6F && at(o + 1) == 0x66 && !letter(o + 2)
    }

    // MARK: After the numeral: units, currencies, classifiers, filters

    func finishFigure(_ m: consuming QuantityMention, next: Int, shang: Bool = false, bareScaleRun: Int = 0) -> Attempt? {
        var e = m.end
        let k = skipSpaces(e)
        var suffix: (length: Int, value: QuantityLexicon.Suffix)?
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: k), wordBounded(k, k + sfx.length) {
            // 成本 成为 折旧: a word that starts with the unit character is no unit.
            if let w = lexicon.nonNumberWords.longestMatch(in: s, at: k), w.length > sfx.length {
            } else {
                suffix = sfx
            }
        }
        if let sfx = suffix {
            let se = k + sfx.length
            switch sfx.value {
            case .block:
                return fail(max(se, next))
            case .percent(let unit, let factor, let kind):
                switch kind {
                case .sign, .word:
                    m.value = m.value * factor
                    m.kind = .percent; m.unit = unit; m.factor = factor
                    e = se
                case .fraction:
                    // 三成, 6成, 三成半: tenths, from a small number.
                    guard k == e, m.value.hi <= 10, !m.hasScale || m.chineseCharacters > 0, m.arabic?.hasSeparator != true else { break }
                    var v = m.value
                    var end = se
                    if at(se) == 0x534A { v = v + ValueRange(ExactNumber(significand: 5, exponent: -1)); end += 1 }  // 半
                    m.value = v * factor
                    m.kind = .percent; m.unit = unit; m.factor = factor
                    m.hasScale = false
                    e = end
                case .discount:
                    guard k == e, m.value.hi < 100, !m.hasScale else { break }
                    if m.value.hi < 10 { m.value = m.value * factor }
                    m.kind = .percent; m.unit = unit
                    e = se
                }
            case .currency(let code):
                if m.prefixCurrency != nil || m.kind == .percent { break }
                m.kind = .money; m.unit = code
                e = se
                // Per-unit prices: 6228美元/片, 3.6 万美元 / 枚, $5 per share.
                let pk = skipSpaces(e)
                if pk < n, s[pk] == 0x2F || s[pk] == 0x6BCF {
                    let ck = skipSpaces(pk + 1)
                    if let word = perUnitWord(at: ck) {
                        m.perUnit = true
                        m.classifier = word
                        if pk == e && ck == pk + 1 { e = word.upperBound }
                    }
                }
            case .classifier:
                guard m.kind == .number, m.prefixCurrency == nil || m.prefixCurrency != nil else { break }
                if m.prefixCurrency != nil { break }
                m.unit = .count
                m.classifier = k..<se
                e = se
                m.item = item(at: e)
            }
        } else if m.prefixCurrency == nil, m.kind == .number {
            // English 'per share' after a money prefix is handled below; nothing else here.
        }
        if m.prefixCurrency != nil {
            let pk = skipSpaces(e)
            if at(pk) == 0x70, at(pk + 1) == 0x65, at(pk + 2) == 0x72, isSpace(at(pk + 3)) {
                if let word = perUnitWord(at: pk + 4) { m.perUnit = true; m.classifier = word }
            } else if pk < n, s[pk] == 0x2F, let word = perUnitWord(at: skipSpaces(pk + 1)) {
                m.perUnit = true; m.classifier = word
            }
        }
        m.end = e
        // 60多岁: an infix word before a period word.
        if m.unit == .none, lexicon.infixQualifier(at(e)) != nil, blockedAfter(e + 1) { return fail(max(e + 2, next)) }
        // 2024款: a model year.
        if let a = m.arabic, m.classifier.count == 1, folded(m.classifier.lowerBound) == 0x6B3E /* 款 */, a.integerDigits == 4, isYearLike(a.value) { return fail(max(e, next)) }
        // Magnificent Seven: a capitalized number word inside a name.
        if m.english, m.isBare, folded(m.numeralStart) >= 0x41, folded(m.numeralStart) <= 0x5A {
            var b = m.numeralStart
            while b > 0, isSpace(s[b - 1]) { b -= 1 }
            if b < m.numeralStart, b > 0, letter(b - 1) { return fail(max(e, next)) }
        }
        // Filters for figures that are no quantity.
        if m.isBare && m.kind == .number && !shang && m.innerQualifier == nil {
            if let a = m.arabic {
                if a.leadingZero { return fail(max(e, next)) }
                if a.integerDigits == 4, a.fractionDigits == 0, !a.hasSeparator, isYearLike(a.value) { m.aloneReject = true }
                if a.fractionDigits == 0, !a.hasSeparator, a.integerDigits >= 11 { return fail(max(e, next)) }
                if isHeading(m) { m.aloneReject = true }
                if afterProductWord(m.numeralStart) { return fail(max(e, next)) }
            } else if m.chineseCharacters > 0 {
                if m.chineseDigitString { return fail(max(e, next)) }
                if m.chineseCharacters == 1 || !m.chineseHasUnit { m.aloneReject = true }
                if at(e) == 0x3001 { return fail(max(e, next)) }  // 十、
                if bareScaleRun > 0 && m.chineseCharacters == 1 { return fail(max(e, next)) }
            }
        }
        if m.chineseCharacters > 0, bareScaleRun == 1, m.unit == .none, !shang, beforeQualifier(m.start) == nil {
            // A lone scale word (万, 亿) with nothing after it is a word, not a figure.
            return fail(max(e, next))
        }
        if m.chineseCharacters > 0, m.chineseCharacters == 1, m.unit == .none, !shang, m.innerQualifier == nil || bareScaleRun > 0 {
            m.aloneReject = true
        }
        if m.chineseCharacters > 0, at(e) == 0x3001, m.unit == .none { return fail(max(e, next)) }
        return Attempt(mention: m, next: max(e, m.end))
    }

    /// A numbered heading or list marker: `2、毛利`, `1)量的维度`, `3.1晶圆收入占比`, `01 直播`.
    func isHeading(_ m: QuantityMention) -> Bool {
        guard let a = m.arabic, a.integerDigits <= 2 else { return false }
        let e = m.end
        let c = at(e)
        if c == 0x3001 || c == 0x29 || c == 0xFF09 { return true }  // 、 ) ）
        var b = m.start
        while b > 0, isSpace(s[b - 1]) { b -= 1 }
        let lineStart = b == 0 || isLineBreak(s[b - 1])
        if lineStart && a.fractionDigits <= 1 {
            let k = skipSpaces(e)
            if ideographic(k) || letter(k) { return true }
        }
        if a.fractionDigits <= 1, b < m.start || lineStart, ideographic(e) { return true }
        if a.fractionDigits == 0, c == 0x2E, isSpace(at(e + 1)) || ideographic(e + 1), lineStart || b < m.start { return true }
        return false
    }

    /// `Model 3`, `RTX 4090`, `iPhone 15`, `April 18`: a capitalized word right before a bare number.
    func afterProductWord(_ r: Int) -> Bool {
        guard r >= 2, s[r - 1] == 0x20, isASCIILetter(s[r - 2]) else { return false }
        var b = r - 2
        while b > 0, isASCIILetter(s[b - 1]) { b -= 1 }
        var upperCount = 0
        for k in b..<(r - 1) where folded(k) >= 0x41 && folded(k) <= 0x5A { upperCount += 1 }
        if upperCount == 0 { return false }
        if let w = lexicon.before.longestReversedMatch(in: s, endingAt: r - 1), w.length == r - 1 - b { return false }
        if lexicon.connectors.longestMatch(in: s, at: b)?.length == r - 1 - b { return false }
        if lexicon.prefixCurrencies.longestMatch(in: s, at: b)?.length == r - 1 - b { return false }
        if upperCount > 1 || !(folded(b) >= 0x41 && folded(b) <= 0x5A) { return true }
        // Title case: a product name unless it opens a sentence ('The 3 firms').
        var k = b
        while k > 0, isSpace(s[k - 1]) { k -= 1 }
        if k == 0 || isLineBreak(s[k - 1]) { return false }
        let p = s[k - 1]
        if p == 0x2E || p == 0x21 || p == 0x3F || p == 0x3002 || p == 0x22 || p == 0x201C { return false }
        return true
    }

    /// The word after `/`, `每` or `per`: a classifier, one ideograph, or an ASCII word.
    func perUnitWord(at k: Int) -> Range<Int>? {
        guard k < n else { return nil }
        if let c = lexicon.suffixes.longestMatch(in: s, at: k), case .classifier = c.value {
            return k..<(k + c.length)
        }
        if ideographic(k) { return k..<(k + 1) }
        if isASCIILetter(s[k]) {
            var j = k
            while j < n, isASCIILetter(s[j]) { j += 1 }
            return k..<j
        }
        return nil
    }

    /// What a classifier counts when a model name or short noun follows (`1万块A100`, `2.6 万块 H100`).
    func item(at e: Int) -> Range<Int> {
        let k = skipSpaces(e)
        guard k < n, k - e <= 1 else { return 0..<0 }
        if isASCIILetter(s[k]) {
            var j = k
            while j < n, isASCIILetter(s[j]) || isDigit(s[j]) || (s[j] == 0x2D && j + 1 < n && (isASCIILetter(s[j + 1]) || isDigit(s[j + 1]))) { j += 1 }
            return k..<j
        }
        return 0..<0
    }
}

/// Accumulates a Chinese numeral (or digits with Chinese scales) with exact arithmetic.
///
/// Sections are split by the scales 万 亿 兆 (`scale` kind); 十 百 千 (`unit` kind) multiply
/// the digit before them. A scale at least as large as every scale before it multiplies all
/// so far (四万万, 一万亿); a smaller one multiplies only its section (三亿五千万).
struct ChineseAccumulator {
    var total = ValueRange.zero
    var section = ValueRange.zero
    var num = ValueRange.zero
    var hasNumber = false
    var lastBig = ExactNumber.zero
    /// The multiplier of the last unit or scale, for 三万五 (= 35000) and 3万4000.
    var lastScale = ExactNumber.zero
    var afterZero = false
    var lastWasDigit = false
    var lastWasUnit = false
    var sawUnit = false
    var sawScale = false
    var implicitOne = false
    var digitString = false
    var sawSecondNumber = false
    var infixSeen = false
    var overflow = false
    var digits = 0

    static let limit = ExactNumber(significand: 1, exponent: 40)

    /// `d > limit`; an integer form with exponent ≤ 20 is below 1.9e39.
    @inline(__always) static func exceedsLimit(_ d: ExactNumber) -> Bool {
        if case .scaled(_, let exponent, _) = d, exponent <= 20 { return false }
        return d > limit
    }

    var canTakeInfix: Bool { !infixSeen && (hasNumber || lastWasUnit) }

    mutating func number(_ v: ValueRange) {
        if sawUnit { sawSecondNumber = true }
        num = v; hasNumber = true; lastWasDigit = false; lastWasUnit = false
    }

    /// A Chinese digit; false when it cannot continue this numeral.
    mutating func digit(_ d: Int) -> Bool {
        if infixSeen { return false }
        if lastWasDigit {
            // 两三千, 七八成: a vague pair. 二〇二四: a digit string.
            if num.isExact, !digitString, ExactNumber(d) == num.lo + 1 || (num.lo == 1 && d == 2) {
                num = ValueRange(lo: num.lo, hi: ExactNumber(d))
            } else if num.isExact {
                digits += 1
                if digits > ArabicNumber.maxDigits { overflow = true; return true }
                num = ValueRange(num.lo * 10 + ExactNumber(d))
                digitString = true
            } else {
                return false
            }
        } else {
            if sawUnit { sawSecondNumber = true }
            num = ValueRange(ExactNumber(d))
            hasNumber = true
        }
        digits += 1
        lastWasDigit = true; lastWasUnit = false
        return true
    }

    mutating func zero() {
        if lastWasDigit {
            // 一〇〇〇…: a digit string of zeros counts its digits too, so it stays bounded.
            digits += 1
            if digits > ArabicNumber.maxDigits { overflow = true; return }
            num = num * 10
            digitString = true
            lastWasDigit = true
            lastWasUnit = false
            return
        } else {
            afterZero = true
            lastWasDigit = false
        }
        lastWasUnit = false
    }

    mutating func tens(_ t: Int) {
        section = section + ValueRange(ExactNumber(t))
        hasNumber = false; num = .zero
        lastScale = 10; sawUnit = true; lastWasUnit = true; lastWasDigit = false
    }

    mutating func vague() {
        if sawUnit { sawSecondNumber = true }
        num = ValueRange(lo: 1, hi: 9)
        hasNumber = true; lastWasDigit = true; lastWasUnit = false
    }

    mutating func fraction(_ f: ExactNumber) {
        num = ValueRange(lo: num.lo + f, hi: num.hi + f)
        lastWasDigit = false
    }

    mutating func scale(_ sc: QuantityLexicon.Scale) {
        if overflow { return }
        let u = sc.multiplier
        if !hasNumber {
            if total.lo == 0 && section.lo == 0 && !sawUnit {
                implicitOne = true
                num = ValueRange(1)
            } else if sc.kind == .unit {
                num = ValueRange(1)  // 一万十 is odd, but 三千百 never: keep 1 for a unit
            } else {
                num = .zero
            }
        }
        if digitString { overflow = true; return }
        if sc.kind == .unit {
            section = section + num * u
        } else {
            let s = section + num
            if u >= lastBig {
                total = (total + s) * u
                lastBig = u
            } else {
                total = total + s * u
            }
            section = .zero
            sawScale = true
        }
        num = .zero; hasNumber = false
        lastScale = u; sawUnit = true; afterZero = false
        lastWasUnit = true; lastWasDigit = false
        if Self.exceedsLimit(total.hi) || Self.exceedsLimit(section.hi) { overflow = true }
    }

    /// The value, or nil on overflow. `trailingDigitRule`: 三万五 = 35000, 一千五 = 1500.
    func finish(trailingDigitRule: Bool) -> ValueRange? {
        if overflow { return nil }
        var last = num
        if trailingDigitRule, lastWasDigit, !afterZero, !digitString, lastScale >= 10, sawUnit, hasNumber, num.hi < 10 {
            last = num * lastScale.dividedByTen
        }
        let v = total + section + last
        // Read exactly or not at all: a Decimal that rounded (a long fraction on a large whole) is no value.
        if Self.exceedsLimit(v.hi) || !v.lo.isHeldExactly || !v.hi.isHeldExactly { return nil }
        return v
    }
}
