import Foundation

/// Chinese numerals: digits, units and scales, decimals after 点, fractions with 分之.
extension QuantityScan {
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

    // MARK: Chinese numerals

    /// The numerator after 分之 (in digits or Chinese numerals, never a fraction itself) and its end.
    func fractionNumerator(at start: Int) -> (ValueRange, Int)? {
        // 百分之 at the end of a span (a hard-wrapped or truncated text) has no numerator.
        guard start < n else { return nil }
        // 负３ 分 之 负一百五十七: a signed numerator.
        if numeralRole(start) == .minus || at(start) == 0x2D, start + 1 < n, !isSpace(s[start + 1]) {
            guard let (v, e) = fractionNumerator(at: start + 1), numeralRole(start + 1) != .minus, at(start + 1) != 0x2D else { return nil }
            return (ValueRange(lo: -v.hi, hi: -v.lo), e)
        }
        if digit(start) {
            let a = ArabicNumber(s, at: start, limit: n)
            guard a.valid else { return nil }
            // 百分之15K in the numerals reading: a thousands abbreviation after the numerator.
            if numerals, let (mult, ke) = numeralAbbreviation(after: a.end) { return (ValueRange(a.value * mult), ke) }
            return (ValueRange(a.value), a.end)
        }
        guard let sub = chineseFigure(at: start, raw: true), let m = sub.mention else { return nil }
        return (m.value, m.end)
    }

    /// Exactly three Chinese digits (〇/零 included) at `k` and no fourth: their value and end.
    func threeChineseDigits(at k: Int) -> (ExactNumber, Int)? {
        var v = 0
        for j in k..<(k + 3) {
            switch numeralRole(j) {
            case .digit(let d)?: v = v * 10 + d
            case .zero?: v *= 10
            default: return nil
            }
        }
        if case .digit? = numeralRole(k + 3) { return nil }
        if numeralRole(k + 3) == .zero { return nil }
        return (ExactNumber(v), k + 3)
    }

    /// Past `分之` at `k` (spaces allowed before 分 and between 分 and 之), or nil.
    func fractionMarkerEnd(_ k: Int) -> Int? {
        let f = skipSpaces(k)
        guard at(f) == 0x5206 else { return nil }
        let z = skipSpaces(f + 1)
        guard at(z) == 0x4E4B else { return nil }
        return z + 1
    }

    /// For a percent written 百分之 / 千分之 / 万分之 before its numerator, the factor that turns a bare
    /// number into the same percent (1, 0.1, 0.01); nil for any other figure.
    func fractionPercentFactor(_ m: QuantityMention) -> ExactNumber? {
        let k = m.numeralStart
        guard m.kind == .percent, m.unit == .percent, let sc = chineseScale(k), sc.kind != .dozen, at(k + 1) == 0x5206, at(k + 2) == 0x4E4B,
              sc.multiplier >= 100 else { return nil }
        return ExactNumber(100) / sc.multiplier
    }

    /// A whole number with a fraction after 又 (三百五十又3分之1, 负一又二分之一, 3又一千分之23): a number.
    func mixedFraction(_ whole: QuantityMention) -> QuantityMention? {
        guard whole.kind == .number, whole.unit == .none, whole.value.isExact else { return nil }
        let y = skipSpaces(whole.end)
        guard at(y) == 0x53C8 else { return nil }  // 又
        let d = skipSpaces(y + 1)
        guard d < n else { return nil }
        var den: ExactNumber, denEnd: Int
        if digit(d) {
            let a = ArabicNumber(s, at: d, limit: n)
            guard a.valid, a.fractionDigits == 0 else { return nil }
            den = a.value; denEnd = a.end
        } else {
            guard let sub = chineseFigure(at: d, raw: true), let dm = sub.mention, dm.value.isExact else { return nil }
            den = dm.value.lo; denEnd = dm.end
        }
        guard den > 0, let fe = fractionMarkerEnd(denEnd), let (nv, numEnd) = fractionNumerator(at: skipSpaces(fe)), nv.isExact else { return nil }
        var m = whole
        m.value = ValueRange(whole.value.lo + nv.lo / den)
        m.end = numEnd
        m.aloneReject = false
        m.chineseHasUnit = true
        return m
    }

    /// 对折, 半成, 半百: a word that is a whole figure by itself (wholes.tsv) — unless its last character
    /// opens a longer word (对折叠屏, 半成品, 半百分点).
    func wholeFigure(at r: Int) -> Attempt? {
        guard lexicon.wholeFigures.mayStart(with: s[r]), let w = lexicon.wholeFigures.longestMatch(in: s, at: r) else { return nil }
        let last = r + w.length - 1
        // 打对折, 打个对折: the word it needs before it, right before or with 个 between.
        if !w.value.after.isEmpty {
            let b = at(r - 1) == 0x4E2A ? r - 1 : r
            let a = w.value.after
            guard b >= a.count, Array(s[(b - a.count)..<b]) == a else { return nil }
        }
        if let x = lexicon.nonNumberWords.longestMatch(in: s, at: last), x.length > 1 { return nil }
        if let x = lexicon.suffixes.longestMatch(in: s, at: last), x.length > 1 { return nil }
        var m = QuantityMention(start: r, end: r + w.length, numeralStart: r, value: ValueRange(w.value.value))
        m.kind = w.value.kind
        m.unit = w.value.unit
        m.chineseCharacters = w.length
        m.chineseHasUnit = true
        if m.kind == .number { return finishFigure(m, next: m.end) }
        return Attempt(mention: m, next: m.end)
    }

    /// Whether a classifier (家 个 台 …) starts at `k`.
    func classifierAt(_ k: Int) -> Bool {
        guard let sfx = lexicon.suffixes.longestMatch(in: s, at: k), case .classifier = sfx.value else { return false }
        return true
    }

    func chineseFigure(at r: Int, raw: Bool = false) -> Attempt? {
        guard r < n else { return nil }
        if !raw, let whole = wholeFigure(at: r) { return whole }
        var acc = ChineseAccumulator()
        var k = r
        var m = QuantityMention(start: r, end: r, numeralStart: r, value: .zero)
        var shang = false
        if s[k] == 0x4E0A {  // 上万, 上百万: at least
            guard let sc = chineseScale(k + 1), sc.multiplier >= 100 else { return nil }  // 上拾 is no 'over ten'
            shang = true
            k += 1
        }
        var chars = 0
        var trailing = ExactNumber.one
        var leadingNumber = false
        while k < n {
            // 三千 八百 九十六 万, 二十 億, 四百 点 五: spaces between the parts of one numeral.
            if chars > 0, isSpace(s[k]) {
                let j = skipSpaces(k)
                guard j < n else { break }
                if let sc = chineseScale(j), sc.kind == .unit || sc.kind == .scale, !acc.digitString {
                    k = j; continue
                }
                if acc.lastWasUnit, let role = numeralRole(j) {
                    // 一百 五 十 二 goes on; 十 三百 is two numbers: the unit after the digit must be smaller.
                    if case .digit = role {
                        let u = skipSpaces(j + 1)
                        if let next = chineseScale(u), next.kind == .unit, next.multiplier >= acc.lastScale { break }
                        k = j; continue
                    }
                    if role == .point { k = j; continue }
                    // 一百 二 十 几亿: a vague digit before its scale.
                    if role == .vague, chineseScale(j + 1) != nil { k = j; continue }
                }
                if acc.hasNumber || acc.lastWasUnit, numeralRole(j) == .point { k = j; continue }
                // 十 余 万, 五百 余万: an infix qualifier between spaces.
                if lexicon.infixQualifier(s[j]) != nil, acc.canTakeInfix, infixFollows(skipSpaces(j + 1), scaledYet: acc.sawUnit) { k = j; continue }
                break
            }
            // 二、三七五億元: 、 groups three digits before a scale (Taiwan press style), 2,375億.
            if s[k] == 0x3001, chars > 0, chars <= 3, !acc.sawUnit, acc.lastWasDigit, acc.num.isExact, !acc.infixSeen,
               let (v3, e3) = threeChineseDigits(at: k + 1), chineseScale(e3)?.kind == .scale {
                acc.number(ValueRange(acc.num.lo * 1000 + v3))
                chars += e3 - k; k = e3
                continue
            }
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
                    // 二点五, 十点二三三, 两千万点五五四四; 两 is no decimal digit (两百点两 is 200 and 2).
                    let fk = skipSpaces(k + 1)
                    if acc.hasNumber || acc.lastWasUnit, isChineseDigitLike(fk), s[fk] != 0x4E24, !acc.infixSeen {
                        // 两千三点一: the trailing digit is the next place down before the point too.
                        acc.applyTrailingDigit()
                        var j = fk
                        var frac = ExactNumber.zero
                        var count = 0
                        while j < n, let rr = numeralRole(j) {
                            var d = 0
                            if s[j] == 0x4E24 { break }
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
            // Right after a digit and before a classifier a scale is a scale, whatever word it opens elsewhere
            // (三百家 百家, 三万家 万家); 十兆瓦 is ten megawatts, no 兆.
            if let sc = chineseScale(k), sc.kind == .unit || sc.kind == .scale,
               chars == 0 || !startsNonNumberWord(k) || (lexicon.isNumeral(at(k + 1)) && !acc.digitString)
                || (acc.lastWasDigit && !acc.digitString && classifierAt(k + 1)) {
                if at(k + 1) == 0x5206, at(k + 2) == 0x4E4B, chars == 0 {
                    // 百分之 / 千分之 / 万分之: the scale is a denominator.
                    acc.scale(sc); k += 1; chars += 1; break
                }
                // 七十百, 五十千: a larger unit right after a unit ends the numeral (百分之七十百分位 is 70).
                if sc.kind == .unit, chars > 0, acc.lastWasUnit, acc.lastScale < 10000, sc.multiplier > acc.lastScale { break }
                // 幺幺零万: 幺 spells a code or phone number (110), never an amount.
                if acc.digitString, (r..<k).contains(where: { s[$0] == 0x5E7A }) { break }
                acc.scale(sc)
                if !leadingNumber || acc.sawSecondNumber { trailing = 0 }
                if !ChineseAccumulator.exceedsLimit(trailing) { trailing *= sc.multiplier }  // bounded: 万万万… never overflows
                k += 1; chars += 1
                continue
            }
            if let iq = lexicon.infixQualifier(s[k]), chars > 0, acc.canTakeInfix, infixFollows(skipSpaces(k + 1), scaledYet: acc.sawUnit) {
                m.innerQualifier = iq
                acc.infixSeen = true
                k += 1
                continue
            }
            break
        }
        if chars == 0 { return shang ? fail(r + 1) : nil }
        // 登陆, 队伍: a formal digit alone is a word.
        if chars == 1, !raw, lexicon.formalDigits.contains(s[r]), chineseScale(k)?.kind != .dozen,
           at(skipSpaces(k)) != 0x53C8 { return fail(r + 1) }  // 壹又二分之壹 is a number
        if acc.overflow { return fail(figureTailEnd(k)) }
        // Fractions: 五分之一, 百分之五十五点五, 千分之三, 3分之1. A numerator (`raw`) is no fraction
        // itself: nesting stops there, so 百分之百分之… costs no stack, however long.
        if !raw, let fe = fractionMarkerEnd(k), let den = acc.finish(trailingDigitRule: true), den.isExact, den.lo > 0 {
            guard let (nv, numEnd) = fractionNumerator(at: skipSpaces(fe)) else { return fail(fe) }
            m.value = ValueRange(lo: nv.lo / den.lo * 100, hi: nv.hi / den.lo * 100)
            m.kind = .percent; m.unit = .percent
            m.end = numEnd
            m.chineseCharacters = chars
            m.chineseHasUnit = true
            return Attempt(mention: m, next: numEnd)
        }
        guard var v = acc.finish(trailingDigitRule: true) else { return fail(k) }
        // 一打, 五十打: a dozen word after the numeral multiplies it (打开 打算 are words, not dozens).
        if let sc = chineseScale(k), sc.kind == .dozen, !startsNonNumberWord(k), !acc.infixSeen {
            v = v * sc.multiplier
            k += 1; chars += 1
        }
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
}
