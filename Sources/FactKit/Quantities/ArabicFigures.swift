import Foundation

/// Figures in Arabic digits: separators, Chinese and English scales after digits, digit fractions.
extension QuantityScan {
    // MARK: Arabic digits

    func arabicFigure(at r: Int) -> Attempt? {
        if at(r) == 0x2E { return pointFigure(at: r) }
        if numerals, let grouped = pointGroupedFigure(at: r) { return grouped }
        if numerals, let group = dottedChainGroup(at: r) { return group }
        var a = ArabicNumber(s, at: r, limit: n, spacedGroups: numerals)
        // A number read not at all takes its scale and unit words with it: 31 digits before 亿元 leave no bare 亿元.
        guard a.valid else { return fail(figureTailEnd(codeEnd(r))) }
        // $20，300美圆: after a prefix currency, a full-width comma after ASCII digits is punctuation between
        // two amounts, not a thousands separator (3，000 alone is 3000).
        if a.hasSeparator, hasCurrencyPrefix(r), let c = (r..<a.end).first(where: { text.original[base + $0] == 0xFF0C && text.original[base + $0 - 1] < 0x80 }) {
            a = ArabicNumber(s, at: r, limit: c)
        }
        var e = a.end
        // In the numerals reading 5,00, 1,3 and 1.111,11: decimals written with a comma.
        if numerals, let (v, ce) = decimalComma(a, at: r) {
            a.value = v; a.fractionDigits = ce - e - 1; a.end = ce
            e = ce
        }
        // Times (10:30), dates and fractions (2024/4/18, 4/18).
        if at(e) == 0x3A, digit(e + 1) { return fail(codeEnd(r)) }
        if at(e) == 0x2F, digit(e + 1) {
            if numerals, let f = digitShare(a, at: r) { return f }
            return fail(codeEnd(r))
        }
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
        // 1e10, -1.2E-3, 12.32e+14: an exponent glued after the digits.
        if at(e) == 0x65, let (x, xe) = exponent(at: e + 1) {
            a.value = a.value * ExactNumber(significand: 1, exponent: x)
            guard a.value.isHeldExactly else { return fail(xe) }
            a.end = xe; e = xe
            var m = QuantityMention(start: r, end: e, numeralStart: r, value: ValueRange(a.value))
            a.integerDigits = 0
            m.arabic = a
            return finishFigure(m, next: e)
        }
        // In the numerals reading 2^5, 2.5^-1, 1.3x10^6: a power.
        if numerals, let (v, pe) = power(of: a.value, after: e) {
            var m = QuantityMention(start: r, end: pe, numeralStart: r, value: ValueRange(v))
            a.integerDigits = 0
            m.arabic = a
            return Attempt(mention: m, next: pe)
        }
        // 2 1/4, 1 ３/5: a whole number and a fraction in digits is a number.
        if a.fractionDigits == 0, !a.hasSeparator, let (f, fe) = digitFraction(after: e) {
            var m = QuantityMention(start: r, end: fe, numeralStart: r, value: ValueRange(a.value + f))
            m.arabic = a
            return Attempt(mention: m, next: fe)
        }
        // 2½, 1 ¾: a whole number and a fraction in one character.
        if a.fractionDigits == 0, !a.hasSeparator, let (f, fe) = vulgarAfter(e) {
            var m = QuantityMention(start: r, end: fe, numeralStart: r, value: ValueRange(a.value + f))
            if let (mult, se) = scaleWord(after: fe), mult >= 1000 {
                m.value = m.value * mult; m.end = se; m.hasScale = true; m.trailingScale = mult
            }
            return finishFigure(m, next: m.end)
        }
        // 5 and a half, 3 and three quarters (million): a whole number in digits and a fraction in words.
        if a.fractionDigits == 0, let (f, fe) = andFraction(after: e) {
            var m = QuantityMention(start: r, end: fe, numeralStart: r, value: ValueRange(a.value + f))
            if let (mult, se) = scaleWord(after: fe), mult >= 1000 {
                m.value = m.value * mult; m.end = se; m.hasScale = true; m.trailingScale = mult
            }
            return finishFigure(m, next: m.end)
        }
        // In the numerals reading 1 point 1, 3 point five: decimals in words after digits.
        if numerals, a.fractionDigits == 0, !a.hasSeparator, let (f, fe) = wordDecimals(after: e) {
            var m = QuantityMention(start: r, end: fe, numeralStart: r, value: ValueRange(a.value + f))
            m.arabic = a
            if let (mult, se) = scaleWord(after: fe), mult >= 1000 {  // 1 point 5 million
                m.value = m.value * mult; m.end = se; m.hasScale = true; m.trailingScale = mult
            }
            return finishFigure(m, next: m.end)
        }
        // In the numerals reading 10k, 2.33 k, -2.5 M, 1.2b are thousands, millions, billions.
        if numerals, let (mult, ke) = numeralAbbreviation(after: e, start: r) {
            var m = QuantityMention(start: r, end: ke, numeralStart: r, value: ValueRange(a.value * mult))
            m.hasScale = true
            return finishFigure(m, next: ke)  // 12k个百分点
        }
        // 5.6w人, 4.5W元, 年销量5.6w；: a glued w is 万 (ChineseSlang.swift; 40W快充 stays watts).
        if slangTenThousand(figureStart: r, at: e), !ChineseAccumulator.exceedsLimit(a.value) {  // ChineseSlang.swift
            var m = QuantityMention(start: r, end: e + 1, numeralStart: r, value: ValueRange(a.value * 10000))
            m.arabic = a
            m.hasScale = true
            m.trailingScale = 10000
            return finishFigure(m, next: e + 1)
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
        if a.fractionDigits == 0, !a.hasSeparator, let fe = fractionMarkerEnd(e) {
            let den = ValueRange(a.value)
            if den.lo > 0, let (nv, numEnd) = fractionNumerator(at: skipSpaces(fe)) {
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
                if !ChineseAccumulator.exceedsLimit(trailing) { trailing *= sc.multiplier }  // bounded: 万万万… never overflows
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
            // 3万4000, 5万4千6百, 1千零1, 2千零30万, 7 万5 千4 百: a smaller number after a scale, with its own
            // scale; not a year (53亿2024年). Spaces only before a number that takes a scale (7万 5千 4百).
            if scaled {
                var bk = k
                if at(bk) == 0x96F6, digit(bk + 1) { bk += 1 }  // 零
                let spaced = !digit(bk) && digit(skipSpaces(bk))
                if spaced { bk = skipSpaces(bk) }
                if digit(bk) {
                    let b = ArabicNumber(s, at: bk, limit: n)
                    let sk = skipSpaces(b.end)
                    let nextScale = chineseScale(sk).flatMap { sc in
                        (sc.kind == .unit || sc.kind == .scale)
                            && (sc.multiplier < acc.lastScale || (sc.kind == .scale && sc.multiplier > acc.lastBig)) ? sc : nil
                    }
                    if b.valid, b.fractionDigits == 0 || nextScale != nil, !b.hasSeparator, !isASCIILetter(at(b.end)), !blockedAfter(b.end),
                       acc.lastScale > 1, b.value < acc.lastScale, !spaced || nextScale != nil {
                        // 1万5, 3亿2: one digit after a scale is the next place down (三万五), not after 零 (1万零5).
                        let place = nextScale == nil && b.integerDigits == 1 && bk == k && a.fractionDigits == 0 ? acc.lastScale.dividedByTen : ExactNumber.one
                        acc.number(ValueRange(b.value * place))
                        k = b.end
                        continued = true
                        if let sc = nextScale, !(at(sk + 1) == 0x5206 && at(sk + 2) == 0x4E4B) {
                            acc.scale(sc)
                            k = sk + 1
                            continue
                        }
                        break
                    }
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
                // Bounded before each product (Decimal traps past its exponent range).
                if ChineseAccumulator.exceedsLimit(m.value.hi) || ChineseAccumulator.exceedsLimit(trailing) { return fail(figureTailEnd(kk)) }
                m.value = m.value * sc.value.multiplier
                trailing *= sc.value.multiplier
                any = true
                k2 = kk + sc.length
            }
            if any {
                // 5 million million …: a value past the accumulator's bound is read not at all.
                guard !ChineseAccumulator.exceedsLimit(m.value.hi), m.value.hi.isHeldExactly else { return fail(figureTailEnd(k2)) }
                m.hasScale = true; m.trailingScale = trailing; m.end = k2; e = k2
                // 3 million and a half: the fraction is of the scale.
                if m.value.isExact, let (f, fe) = andFraction(after: k2) {
                    m.value = ValueRange(m.value.lo + f * trailing); m.trailingScale = nil; m.end = fe; e = fe
                } else if m.value.isExact, let (more, me) = smallerGroups(after: k2, below: trailing) {
                    m.value = ValueRange(m.value.lo + more); m.trailingScale = nil; m.end = me; e = me
                }
            } else if a.fractionDigits == 0, !a.hasSeparator, !hasCurrencyPrefix(r), let fraction = ratio(a.value, start: r, after: e) {
                return fraction
            }
        }
        return finishFigure(m, next: e)
    }

    /// `^5`, `^-1`, `^--23`, `x10^6` after a number `base`: the power's value and end (exponents up to 30,
    /// a value held exactly or none).
    func power(of base: ExactNumber, after e: Int) -> (ExactNumber, Int)? {
        var k = e, times = ExactNumber.one, b = base
        if at(k) == 0x78, at(k + 1) == 0x31, at(k + 2) == 0x30, at(k + 3) == 0x5E { times = base; b = 10; k += 3 }  // x10^
        guard at(k) == 0x5E else { return nil }
        var j = k + 1, negative = false, signs = 0
        while signs < 2, at(j) == 0x2D || at(j) == 0x2B || at(j) == 0x2212 { if at(j) != 0x2B { negative.toggle() }; j += 1; signs += 1 }
        let start = j
        while digit(j) { j += 1 }
        guard j > start, j - start <= 2, !letter(j), !(at(j) == 0x2E && digit(j + 1)) else { return nil }
        let x = s[start..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard x <= 30 else { return nil }
        var v = ExactNumber.one
        for _ in 0..<x {
            v = v * b
            if ChineseAccumulator.exceedsLimit(v) || !v.isHeldExactly { return nil }
        }
        if negative {
            guard v > 0 else { return nil }
            v = ExactNumber.one / v
        }
        v = times * v
        guard v.isHeldExactly, !ChineseAccumulator.exceedsLimit(v) else { return nil }
        return (v, j)
    }

    /// `4 thousand 3 hundred and 21`, `3 hundred and one`: smaller groups after an English scale word,
    /// each a number with a smaller scale word, and after `hundred` an `and` and a number below 100.
    /// Their sum and end; each step takes a smaller scale, so the chain is short.
    func smallerGroups(after end: Int, below scale: ExactNumber) -> (ExactNumber, Int)? {
        var last = scale, e = end, sum = ExactNumber.zero
        while last > 1 {
            let k = skipSpaces(e)
            guard k > e else { break }
            if at(k) == 0x61, at(k + 1) == 0x6E, at(k + 2) == 0x64, isSpace(at(k + 3)) {  // and
                let j = skipSpaces(k + 3)
                // 6 crore and two hundred, 5 million and 3 thousand: after a larger scale, 'and' joins only a
                // number with its own smaller scale word (5 million and 300 jobs is two figures).
                if last > 100 {
                    var v = ExactNumber.zero, ve = j
                    if digit(j) {
                        let b = ArabicNumber(s, at: j, limit: n)
                        guard b.valid, b.fractionDigits == 0, !b.hasSeparator, b.value > 0, b.value < 1000, !letter(b.end) else { break }
                        v = b.value; ve = b.end
                    } else if let (w, we) = smallNumber(at: j) {
                        v = ExactNumber(w); ve = we
                    } else {
                        break
                    }
                    guard v > 0, let (mult, se) = scaleWord(after: ve), mult < last else { break }
                    sum += v * mult; e = se; last = mult
                    continue
                }
                guard last == 100 else { break }
                if digit(j) {
                    let b = ArabicNumber(s, at: j, limit: n)
                    guard b.valid, b.fractionDigits == 0, !b.hasSeparator, b.value > 0, b.value < 100, !letter(b.end),
                          !(at(b.end) == 0x2E && digit(b.end + 1)), scaleWord(after: b.end) == nil else { break }
                    sum += b.value; e = b.end
                } else if let (v, ve) = smallNumber(at: j), v < 100, scaleWord(after: ve) == nil {
                    sum += ExactNumber(v); e = ve
                }
                break
            }
            guard digit(k) else { break }
            let b = ArabicNumber(s, at: k, limit: n)
            guard b.valid, b.fractionDigits == 0, !b.hasSeparator, b.value < 1000, !letter(b.end),
                  let (mult, se) = scaleWord(after: b.end), mult < last else { break }
            sum += b.value * mult; e = se; last = mult
        }
        return e > end ? (sum, e) : nil
    }

    /// In the numerals reading, a group of a dotted chain (192.168.1.2, 2222.2222.22222.222) is a
    /// whole number of its own; the figures reading takes the chain for a version or date.
    func dottedChainGroup(at r: Int) -> Attempt? {
        var j = r
        while digit(j) { j += 1 }
        let inChain = at(r - 1) == 0x2E && digit(r - 2)
        guard inChain || (at(j) == 0x2E && digit(j + 1)) else { return nil }
        if !inChain {
            // The chain starts here only when a second point follows (1.5 is one number).
            var k = j + 1
            while digit(k) { k += 1 }
            guard at(k) == 0x2E, digit(k + 1) else { return nil }
        }
        let a = ArabicNumber(s, at: r, limit: j)
        guard a.valid else { return fail(j) }
        var m = QuantityMention(start: r, end: j, numeralStart: r, value: ValueRange(a.value))
        m.arabic = a
        return Attempt(mention: m, next: j)
    }

    /// `.5`, `.23456000`: a number that opens with its point.
    func pointFigure(at r: Int) -> Attempt? {
        var j = r + 1
        while digit(j) { j += 1 }
        // .0012G, .5k: a scale abbreviation after the decimals, in the numerals reading.
        let abbreviation = numerals ? numeralAbbreviation(after: j, start: r) : nil
        guard j - r - 1 <= ArabicNumber.maxDigits, !letter(j) || abbreviation != nil, at(j) != 0x2E else { return fail(j) }
        let whole = ArabicNumber(s, at: r + 1, limit: j)
        var a = whole
        a.value = whole.value * ExactNumber(significand: 1, exponent: -(j - r - 1))
        a.integerDigits = 0; a.fractionDigits = j - r - 1; a.leadingZero = false
        if let (mult, ke) = abbreviation {
            var m = QuantityMention(start: r, end: ke, numeralStart: r, value: ValueRange(a.value * mult))
            m.hasScale = true
            return finishFigure(m, next: ke)
        }
        var m = QuantityMention(start: r, end: j, numeralStart: r, value: ValueRange(a.value))
        m.arabic = a
        return finishFigure(m, next: j)
    }

    /// The exponent after `e`/`E` at `k` (an optional sign, then at most two digits) and its end.
    func exponent(at k: Int) -> (Int, Int)? {
        var j = k, negative = false
        if at(j) == 0x2D || at(j) == 0x2B || at(j) == 0x2212 { negative = at(j) != 0x2B; j += 1 }
        let start = j
        while digit(j) { j += 1 }
        guard j > start, j - start <= 2, !letter(j), at(j) != 0x2E else { return nil }
        let x = s[start..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (negative ? -x : x, j)
    }

    /// ` 1/4` after a whole number: spaces, then numerator / denominator (smaller numerator, no date).
    func digitFraction(after e: Int) -> (ExactNumber, Int)? {
        let k = skipSpaces(e)
        guard k > e, digit(k) else { return nil }
        var j = k
        while digit(j) { j += 1 }
        guard at(j) == 0x2F, digit(j + 1) else { return nil }
        var d = j + 1
        while digit(d) { d += 1 }
        guard j - k <= 3, d - j - 1 <= 3, at(d) != 0x2F, !letter(d), !(at(d) == 0x2E && digit(d + 1)) else { return nil }
        let num = s[k..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let den = s[(j + 1)..<d].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard den > 1, num > 0, num < den else { return nil }
        return (ExactNumber(num) / ExactNumber(den), d)
    }

    /// `k`, `M`, `G`, `B`, `T` standing alone right after a number (or one space after), in the numerals reading.
    /// A `G` glued to one digit names a network generation (`5G`, `4G`), no billions; `10G`, `.0012G`, `1,674.5 G` are.
    func numeralAbbreviation(after e: Int, start: Int? = nil) -> (ExactNumber, Int)? {
        let k = skipSpaces(e)
        guard isASCIILetter(at(k)), !letter(k + 1), !digit(k + 1) else { return nil }
        switch folded(k) {
        case 0x6B, 0x4B: return (1000, k + 1)               // k K
        case 0x4D: return (1_000_000, k + 1)                // M
        case 0x42, 0x62: return (1_000_000_000, k + 1)      // B b
        case 0x47:                                          // G
            guard let r = start, !(k == e && e - r == 1 && digit(r)) else { return nil }
            return (1_000_000_000, k + 1)
        case 0x54: return (1_000_000_000_000, k + 1)        // T
        default: return nil
        }
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
}
