import Foundation

/// What follows a figure: units, currencies, classifiers and items, and the filters for figures that are no quantity.
extension QuantityScan {
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

    // MARK: After the numeral: units, currencies, classifiers, filters

    func finishFigure(_ m: consuming QuantityMention, next: Int, shang: Bool = false, bareScaleRun: Int = 0) -> Attempt? {
        var e = m.end
        if let (v, unit, end) = spacedDiscount(m) {
            m.value = v; m.kind = .percent; m.unit = unit; m.end = end
            return Attempt(mention: m, next: max(end, next))
        }
        // a 12-cent dividend, a one-yen bid: a currency word after a hyphen.
        let k = hyphenCurrency(after: e) ? e + 1 : skipSpaces(e)
        var suffix: (length: Int, value: QuantityLexicon.Suffix)?
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: k), wordBounded(k, k + sfx.length) {
            // 成本 成为 折旧: a word that starts with the unit character is no unit.
            if let w = lexicon.nonNumberWords.longestMatch(in: s, at: k), w.length > sfx.length {
            } else {
                suffix = sfx
            }
        }
        // 一百五十    个百分点, 六 个 百 分点: a Chinese percent word spelled out with spaces.
        var spacedEnd: Int?
        // 一 百 五 十 个 百 分 点: the classifier 个 opens a spaced-out pp word.
        var classifierOnly = suffix == nil
        if let sfx = suffix, case .classifier = sfx.value { classifierOnly = true }
        if classifierOnly, let (sfx, end) = spacedPercentWord(after: e) { suffix = sfx; spacedEnd = end }
        if let sfx = suffix {
            let se = spacedEnd ?? k + sfx.length
            switch sfx.value {
            case .block:
                // 九年, 三个月: in the numerals reading a Chinese numeral before a period word is a number.
                guard numerals, m.chineseCharacters > 0, !m.chineseDigitString, m.isBare, m.kind == .number else { return fail(max(se, next)) }
                return Attempt(mention: m, next: max(e, next))
            case .percent(let unit, let factor, let kind):
                // 30%25, %2D: a URL escape, not a percent sign.
                if s[k] == 0x25, isHexDigit(at(se)), isHexDigit(at(se + 1)) { return fail(max(se, next)) }
                switch kind {
                case .sign, .word:
                    m.value = m.value * factor
                    m.kind = .percent; m.unit = unit; m.factor = factor
                    e = se
                case .fraction:
                    // 三成, 6成, 三成半: tenths, from a small number.
                    // 十 成, 六 点 五 成: spaces inside a spaced-out numeral reach its unit too.
                    guard k == e || spacedOut(m), m.value.hi <= 10, !m.hasScale || m.chineseCharacters > 0, m.arabic?.hasSeparator != true else { break }
                    var v = m.value
                    var end = se
                    if at(se) == 0x534A { v = v + ValueRange(ExactNumber(significand: 5, exponent: -1)); end += 1 }  // 半
                    // 七成六, 七成 六: one more digit after 成 is the next place (76%), not a count of its own.
                    else if m.value.isExact, m.value.lo < 10, case .digit(let d)? = numeralRole(skipSpaces(se)),
                            !lexicon.isNumeral(at(skipSpaces(se) + 1)), chineseScale(skipSpaces(se) + 1) == nil,
                            lexicon.suffixes.longestMatch(in: s, at: skipSpaces(se) + 1) == nil {
                        v = v + ValueRange(ExactNumber(significand: UInt64(d), exponent: -1)); end = skipSpaces(se) + 1
                    }
                    // 三成多, 两成余: more than the tenths.
                    if lexicon.infixQualifier(at(end)) == .min, !isChineseDigitLike(end + 1), chineseScale(end + 1) == nil, !startsNonNumberWord(end) {
                        m.innerQualifier = .min; end += 1
                    }
                    m.value = v * factor
                    m.kind = .percent; m.unit = unit; m.factor = factor
                    m.hasScale = false
                    e = end
                case .discount:
                    // 十折 is no discount: ten tenths.
                    guard k == e || spacedOut(m), m.value.hi < 100, m.value.hi != 10, !m.hasScale else { break }
                    if m.value.hi < 10 { m.value = m.value * factor }
                    m.kind = .percent; m.unit = unit
                    e = se
                }
            case .currency(let code, let factor):
                if m.prefixCurrency != nil || m.kind == .percent { break }
                // A symbol after the number (10 €) is no suffix after a prefixed figure ($771 $299) or before the next figure.
                // In 10 $ 30 $ the $ before 30 ends the figure before it: no prefix of 30.
                if !isASCIILetter(s[k]), !ideographic(k), hasCurrencyPrefix(m.numeralStart), !symbolAfterFigure(before: m.numeralStart) { break }
                // rmb 10 usd 20: a code or symbol that opens the next figure is its prefix — unless that
                // figure has a currency of its own or is cents (10 rmb 20 usd, 10 $ 30 cent, 17 USD 25).
                if !ideographic(k), digit(skipSpaces(se)), lexicon.prefixCurrencies.value(for: s[k..<se]) != nil,
                   hasCurrencyPrefix(m.numeralStart) || !ownCurrency(at: skipSpaces(se), of: code)
                    || symbolOpensNext(symbolAt: k, end: se, after: e, code: code) { break }
                m.kind = .money; m.unit = code
                if factor != .one { m.value = m.value * factor }
                m.currencyFactor = factor
                e = se
                // 75 USD million: a scale word after a code.
                if !m.hasScale, isASCIILetter(s[se - 1]), let (mult, me) = scaleWord(after: se), mult >= 1000 {
                    m.value = m.value * mult; m.hasScale = true; m.trailingScale = mult; e = me
                }
                // Per-unit prices: 6228美元/片, 3.6 万美元 / 枚, $5 per share.
                let pk = skipSpaces(e)
                if pk < n, s[pk] == 0x2F || s[pk] == 0x6BCF {
                    let ck = skipSpaces(pk + 1)
                    if let word = perUnitWord(at: ck) {
                        m.perUnit = true
                        m.classifier = word
                        if pk == e && ck == pk + 1 { e = word.upperBound }
                    }
                } else if pk > e, let wk = perWordEnd(pk), let word = perUnitWord(at: wk), isASCIILetter(s[wk]) {
                    // 59 cents a share, 3 dollars per unit.
                    m.perUnit = true
                    m.classifier = word
                }
            case .classifier:
                guard m.kind == .number, m.prefixCurrency == nil || m.prefixCurrency != nil else { break }
                if m.prefixCurrency != nil { break }
                if let (code, value, end) = colloquialAmount(m, at: k, classifierEnd: se) {
                    m.kind = .money; m.unit = code; m.value = value; m.currencyFactor = .one
                    e = end
                    break
                }
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
        if m.isBare && m.kind == .number && !shang && m.innerQualifier == nil && !numerals {
            if let a = m.arabic {
                if a.leadingZero { return fail(max(e, next)) }
                if a.integerDigits == 4, a.fractionDigits == 0, !a.hasSeparator, isYearLike(a.value) { m.aloneReject = true }
                if a.fractionDigits == 0, !a.hasSeparator, a.integerDigits >= 11 { return fail(max(e, next)) }
                if isHeading(m) { m.aloneReject = true }
                // Model 3, RTX 4090 — but a grouped number (Amazon 196,000) names no model.
                if !a.hasSeparator, afterProductWord(m.numeralStart) { return fail(max(e, next)) }
            } else if m.chineseCharacters > 0 {
                if m.chineseDigitString { return fail(max(e, next)) }
                if m.chineseCharacters == 1 || !m.chineseHasUnit { m.aloneReject = true }
                if at(e) == 0x3001 { return fail(max(e, next)) }  // 十、
                if bareScaleRun > 0 && m.chineseCharacters == 1 { return fail(max(e, next)) }
            }
        }
        // 万万 (by all means): a bare scale word repeated is no number.
        if bareScaleRun == 2, m.chineseCharacters == 2, s[m.numeralStart] == at(m.numeralStart + 1), m.unit == .none { return fail(max(e, next)) }
        // 十 alone is the numeral ten in the numerals reading.
        let loneTen = numerals && bareScaleRun == 1 && chineseScale(m.numeralStart)?.multiplier == 10
        if m.chineseCharacters > 0, bareScaleRun == 1, m.unit == .none, !shang, !loneTen, beforeQualifier(m.start) == nil {
            // A lone scale word (万, 亿) with nothing after it is a word, not a figure.
            return fail(max(e, next))
        }
        if m.chineseCharacters > 0, m.chineseCharacters == 1, m.unit == .none, !shang, m.innerQualifier == nil || bareScaleRun > 0 {
            m.aloneReject = true
        }
        if m.chineseCharacters > 0, at(e) == 0x3001, m.unit == .none, !numerals { return fail(max(e, next)) }
        return Attempt(mention: m, next: max(e, m.end))
    }

    /// The subunits after an amount of money (3 dollars 50 cents, 五元三毛, 50元6角三分, 15 dollars 50,
    /// thirteen dollars and forty-five cents): their value in the main unit and their end. Each subunit
    /// is smaller than the one before, so the chain is short.
    func subunitAmount(after m: QuantityMention, depth: Int) -> (ExactNumber, Int)? {
        guard depth < 3, m.unit != .none, !m.hasScale else { return nil }  // 50亿元3分 is no amount in fen
        var k = skipSpaces(m.end)
        if at(k) == 0x53C8 || at(k) == 0x96F6 || at(k) == 0x548C { k = skipSpaces(k + 1) }  // 又 零 和
        else if at(k) == 0x61, at(k + 1) == 0x6E, at(k + 2) == 0x64, isSpace(at(k + 3)) { k = skipSpaces(k + 3) }  // and
        guard k < n, k > m.end || ideographic(k) || digit(k) else { return nil }
        var value = ExactNumber.zero, end = k
        if digit(k) {
            let a = ArabicNumber(s, at: k, limit: n)
            guard a.valid, a.fractionDigits == 0 || a.integerDigits <= 2, !a.hasSeparator else { return nil }
            value = a.value; end = a.end
        } else if isASCIILetter(s[k]) {
            guard let (v, e) = smallNumber(at: k) else { return nil }
            value = ExactNumber(v); end = e
        } else if isChineseDigitLike(k) {
            guard let sub = chineseFigure(at: k, raw: true), let cm = sub.mention, cm.value.isExact else { return nil }
            value = cm.value.lo; end = cm.end
        } else {
            return nil
        }
        let uk = skipSpaces(end)
        // 2 euros and 50 cents: an English hundredth word is the cent of any currency that has one.
        if let sub = lexicon.subunits.longestMatch(in: s, at: uk),
           sub.value.unit == m.unit || (isASCIILetter(s[uk]) && sub.value.factor == ExactNumber(significand: 1, exponent: -2) && centFactor(of: m.unit) != nil),
           sub.value.factor < m.currencyFactor,
           wordBounded(uk, uk + sub.length) {
            var part = m
            part.value = ValueRange(value * sub.value.factor); part.end = uk + sub.length; part.currencyFactor = sub.value.factor
            let total = value * sub.value.factor
            if let (more, e2) = subunitAmount(after: part, depth: depth + 1) { return (total + more, e2) }
            // 十元两毛五: one digit right after a Chinese tenth is hundredths.
            let se = uk + sub.length
            if ideographic(uk), sub.value.factor == ExactNumber(significand: 1, exponent: -1), let f = loneDigit(at: se),
               lexicon.suffixes.longestMatch(in: s, at: se + 1) == nil {
                return (total + ExactNumber(significand: UInt64(f), exponent: -2), se + 1)
            }
            return (total, se)
        }
        if let place = nextPlaceAmount(after: m, value: value, start: k, end: end) { return place }
        // 15 dollars 50: a bare number below 100 after whole units, in digits or English words, is cents.
        // Only after a currency word (15 dollars 50), never after a prefix or code before the number (rmb 10 usd 20).
        if m.currencyFactor == .one, depth == 0, value < 100, !letter(uk), !isDigit(at(uk)), !ideographic(uk), k > m.end,
           m.prefixCurrency == nil, m.end > 0, isASCIILetter(s[m.end - 1]), !hasCurrencyPrefix(m.numeralStart),
           let cent = centFactor(of: m.unit) {
            return (value * cent, end)
        }
        return nil
    }

    /// 7 2 折, 九 九 折: two single digits spaced apart before a discount word are one discount (72%).
    /// The value, the unit and the end past the discount word; nil for anything else.
    func spacedDiscount(_ m: QuantityMention) -> (ValueRange, QuantityLexicon.UnitID, Int)? {
        guard m.kind == .number, m.isBare, m.value.isExact, !m.negative, m.end - m.numeralStart == 1 else { return nil }
        let j = skipSpaces(m.end)
        guard j > m.end, j + 1 < n else { return nil }
        let second: Int
        if let a = m.arabic, a.fractionDigits == 0, digit(j), !digit(j + 1) {
            second = Int(s[j] - 0x30)
        } else if m.chineseCharacters == 1, case .digit(let d)? = numeralRole(j), case .digit? = numeralRole(m.numeralStart),
                  !lexicon.isNumeral(at(j + 1)), chineseScale(j + 1) == nil {
            second = d
        } else {
            return nil
        }
        let k = skipSpaces(j + 1)
        guard let sfx = lexicon.suffixes.longestMatch(in: s, at: k), case .percent(let unit, _, .discount) = sfx.value else { return nil }
        if let w = lexicon.nonNumberWords.longestMatch(in: s, at: k), w.length > sfx.length { return nil }  // 折扣
        return (ValueRange(m.value.lo * 10 + ExactNumber(second)), unit, k + sfx.length)
    }

    /// A Chinese percent or pp word after `e` with spaces inside or before it (`   个 百 分点`): the word and
    /// its end. Only ideographs and spaces are read, at most 12 scalars, and only a word of two or more.
    func spacedPercentWord(after e: Int) -> ((length: Int, value: QuantityLexicon.Suffix), Int)? {
        let k = skipSpaceRun(e)
        guard ideographic(k) else { return nil }
        var compact = [UInt32](), ends = [Int]()
        var j = k
        while j < n, j - k < 12, compact.count < 6 {
            if isSpace(s[j]) { j += 1; continue }
            guard ideographic(j) else { break }
            compact.append(s[j]); j += 1; ends.append(j)
        }
        guard compact.count >= 2, let m = lexicon.suffixes.longestMatch(in: compact, at: 0), m.length >= 2,
              case .percent = m.value else { return nil }
        let end = ends[m.length - 1]
        // Written tight and right after the number it was matched before: nothing new here.
        if end - k == m.length && k - e <= 2 { return nil }
        return ((m.length, m.value), end)
    }

    /// 三块五, 两块五毛, 十块。: a classifier that is colloquial money (currencies.tsv) with nothing counted
    /// after it — a digit for the tenths (and their subunit word), or the end of the phrase. Its unit, value, end.
    func colloquialAmount(_ m: QuantityMention, at k: Int, classifierEnd se: Int) -> (QuantityLexicon.UnitID, ValueRange, Int)? {
        guard m.kind == .number, m.value.isExact, !m.negative,
              let c = lexicon.colloquialMoney.longestMatch(in: s, at: k), k + c.length == se else { return nil }
        if let d = loneDigit(at: se) {
            var end = se + 1
            var v = m.value + ValueRange(ExactNumber(significand: UInt64(d), exponent: -1))
            if let sub = lexicon.subunits.longestMatch(in: s, at: end), sub.value.unit == c.value,
               sub.value.factor == ExactNumber(significand: 1, exponent: -1) {
                end += sub.length
                // 一块两毛五: a digit after the tenths is hundredths.
                if let f = loneDigit(at: end), lexicon.subunits.longestMatch(in: s, at: end + 1) == nil {
                    v = v + ValueRange(ExactNumber(significand: UInt64(f), exponent: -2)); end += 1
                }
            }
            else if ideographic(end), lexicon.suffixes.longestMatch(in: s, at: end) != nil { return nil }  // 三块五个
            return (c.value, v, end)
        }
        // 五千块人民币, 十万块人民币: the word of its currency right after it.
        if let cur = lexicon.suffixes.longestMatch(in: s, at: se), case .currency(let code, let f) = cur.value, code == c.value, f == .one {
            return (c.value, m.value, se + cur.length)
        }
        // Nothing counted after it: the end, or punctuation (十块。 三块, ok?) — a small sum; 出货3万块。 counts.
        // 加一块 (together) and 下一块“屏幕” (an item in quotes) are no money.
        if !m.hasScale, m.arabic != nil || m.value.lo > 1, se >= n || endsPhrase(s[se]) { return (c.value, m.value, se) }
        return nil
    }

    /// One digit at `k` that stands alone (三块五, 3块5, 两毛五): a Chinese digit with no numeral or scale
    /// after it, or an ASCII digit with no digit, point or letter after it. Its value.
    func loneDigit(at k: Int) -> Int? {
        if digit(k) {
            guard !digit(k + 1), at(k + 1) != 0x2E, !letter(k + 1), chineseScale(k + 1) == nil else { return nil }
            return Int(s[k] - 0x30)
        }
        guard case .digit(let d)? = numeralRole(k), !lexicon.isNumeral(at(k + 1)), chineseScale(k + 1) == nil else { return nil }
        return d
    }

    /// Punctuation that ends a phrase (not a quote or bracket opening an item): 。，,；;！!？?、 and line breaks.
    func endsPhrase(_ c: UInt32) -> Bool {
        switch c {
        case 0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF01, 0x21, 0xFF1F, 0x3F, 0x3001, 0x2E, 0x0A, 0x0D: return true
        default: return false
        }
    }

    /// Whether a hyphen at `e` joins the figure to an English currency word (`12-cent`, `one-yen`).
    func hyphenCurrency(after e: Int) -> Bool {
        guard at(e) == 0x2D, isASCIILetter(at(e + 1)), let sfx = lexicon.suffixes.longestMatch(in: s, at: e + 1),
              wordBounded(e + 1, e + 1 + sfx.length), case .currency = sfx.value else { return false }
        return true
    }

    /// Whether the currency symbol before `r` (spaces skipped) itself follows a number (`10 $ 30`).
    func symbolAfterFigure(before r: Int) -> Bool {
        let b = backSpaces(r)
        guard b > 0, !isASCIILetter(s[b - 1]) else { return false }
        return digit(backSpaces(b - 1) - 1)
    }

    /// A numeral written with spaces between its parts (`六 点 五`, `１０`, `十`), whose unit may
    /// follow after a space too (`六 点 五 成`): a short Chinese numeral, or digits alone.
    func spacedOut(_ m: QuantityMention) -> Bool {
        if m.chineseCharacters > 0 { return m.chineseCharacters <= 3 || (m.numeralStart..<m.end).contains { isSpace(s[$0]) } }
        return m.arabic != nil && m.arabic?.hasSeparator == false && m.end - m.numeralStart <= 2
    }

    /// Whether the figure in digits at `k` has a currency of its own after it (`20 usd`, `30 $`, `30 cent`)
    /// or is cents of `unit` standing alone (`17 USD 25.`): then the code before it ends the figure before.
    func ownCurrency(at k: Int, of unit: QuantityLexicon.UnitID) -> Bool {
        let b = ArabicNumber(s, at: k, limit: n)
        guard b.valid else { return false }
        let u = skipSpaces(b.end)
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: u), wordBounded(u, u + sfx.length), case .currency = sfx.value { return true }
        if let sub = lexicon.subunits.longestMatch(in: s, at: u), sub.value.unit == unit, wordBounded(u, u + sub.length) { return true }
        return b.fractionDigits == 0 && !b.hasSeparator && b.value < 100 && centFactor(of: unit) != nil
            && !letter(u) && !digit(u) && !ideographic(u) && at(u) != 0x25
    }

    /// The hundredth subunit of a currency when currencies.tsv lists one (USD cents, GBP pence).
    func centFactor(of unit: QuantityLexicon.UnitID) -> ExactNumber? {
        lexicon.hundredthUnits.contains(unit) ? ExactNumber(significand: 1, exponent: -2) : nil
    }

    /// Past `per ` or `a ` at `k` (the English per-unit words), or nil.
    func perWordEnd(_ k: Int) -> Int? {
        if at(k) == 0x70, at(k + 1) == 0x65, at(k + 2) == 0x72, isSpace(at(k + 3)) { return skipSpaces(k + 4) }
        if at(k) == 0x61, isSpace(at(k + 1)), !letter(k - 1) { return skipSpaces(k + 2) }
        return nil
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
