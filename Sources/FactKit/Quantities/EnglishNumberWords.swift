import Foundation

/// English number words: ones, teens, tens, scale words, dozens and fractions.
extension QuantityScan {
    // MARK: English number words

    func englishFigure(at r: Int) -> Attempt? {
        if let f = scaledFraction(at: r) { return f }
        // point 77, point five: in the numerals reading a number may open with its point.
        if numerals, let w = englishWord(at: r), w.role == .point, !isASCIILetter(at(backSpaces(r) - 1)),
           let (f, fe) = wordDecimals(after: r - 1, pointAt: r) {
            var m = QuantityMention(start: r, end: fe, numeralStart: r, value: ValueRange(f))
            m.english = true
            return finishFigure(m, next: fe)
        }
        if numerals, let p = percentOf(at: r) { return p }
        if let h = halfOf(at: r) { return h }
        var k = r
        var total = ExactNumber.zero, section = ExactNumber.zero, num = ExactNumber.zero
        var hasNum = false, any = false
        var lastWasTens = false, lastWasOnes = false
        var end = r
        var trailing = ExactNumber.one
        var scaleAfterNumber = false
        var dozenSeen = false
        var lastScale = ExactNumber.zero
        // Where the number after 'and' starts (one hundred and three quarters: three is a numerator).
        var numberAfterAnd = false, joinedByAnd = false
        // The scale word right before 'and' (two million and one half: the half is of a million).
        var andScale = ExactNumber.one
        words: while k < n {
            var j = k
            while j < n, isASCIILetter(s[j]) { j += 1 }
            if j == k { break }
            if letter(j) { break }
            if let w = lexicon.english.longestMatch(in: s, at: k, limit: j), w.length == j - k {
                if case .denominator = w.value { break }
                if case .minus = w.value { break }
                if case .point = w.value { break }
                if case .determiner = w.value { break }
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
                case .denominator, .minus, .point, .determiner:
                    break
                }
                if !(hasNum) { break }
                if joinedByAnd { numberAfterAnd = true }
                any = true
                end = j
                trailing = 1
                scaleAfterNumber = false
            } else if let sc = lexicon.scales.longestMatch(in: s, at: k, limit: j), sc.length == j - k, sc.value.kind == .word,
                      any || (k == r && sc.value.multiplier == 100 && j - k == 7 && (scaleWord(after: j)?.0 ?? 0) > 100) {
                // hundred thousand dollars: a bare hundred opens a number before a larger scale word.
                any = true
                let mult = sc.value.multiplier
                // two hundred dozens: dozens right after a scale word count the whole number (2400).
                if scaleAfterNumber, !hasNum, mult == 12, !dozenSeen, lastScale >= 100 {
                    dozenSeen = true
                    section = (total + section) * 12; total = 0
                    trailing = 1; scaleAfterNumber = false
                    end = j
                    k = skipSpaces(j)
                    break words
                }
                // A run of scale words grows (hundred thousand, thousand million); million million is two figures.
                if scaleAfterNumber, mult <= lastScale || ChineseAccumulator.exceedsLimit(trailing * mult) { break words }
                if scaleAfterNumber, !hasNum, section == 0, mult > 100 {
                    total = (total + section) * mult
                    section = 0
                } else if mult < 100 {
                    // three hundred and two dozens: a dozen multiplies the number before it only.
                    section += (hasNum ? num : .one) * mult
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
            // Joiners: spaces, a hyphen after tens (fifty-two, fifty - two), 'and' after hundred or a scale.
            var nk = j
            let sp = skipSpaceRun(j)
            if at(sp) == 0x2D, lastWasTens, (sp == j) == (skipSpaces(sp + 1) == sp + 1), isASCIILetter(at(skipSpaces(sp + 1))) {
                nk = skipSpaces(sp + 1)
            } else if sp > j {
                nk = sp
                if at(nk) == 0x61, at(nk + 1) == 0x6E, at(nk + 2) == 0x64, isSpace(at(nk + 3)), !hasNum {
                    nk = skipSpaces(nk + 3)
                    joinedByAnd = true
                    andScale = scaleAfterNumber ? trailing : .one
                }
            } else {
                break
            }
            _ = lastWasOnes
            k = nk
        }
        guard any else { return nil }
        // Fractions: one third, two-thirds, three quarters, a quarter of, one hundred thirty-two fifths
        // (but two million and one half is a whole number and a half, below).
        if total + section + num >= 1, total + section == 0 || !(numberAfterAnd && hasNum) || num >= 10 {
            let dk = denominatorStart(after: end)
            var dj = dk
            while dj < n, isASCIILetter(s[dj]) { dj += 1 }
            if dj > dk, !letter(dj), let w = lexicon.english.longestMatch(in: s, at: dk, limit: dj), w.length == dj - dk,
               case .denominator(let d, let needsOf) = w.value, !needsOf || followedByOf(dj),
               !(numberAfterAnd && hasNum && total + section > 0 && num < ExactNumber(d)) {
                var m = QuantityMention(start: r, end: dj, numeralStart: r, value: ValueRange((total + section + num) / ExactNumber(d) * 100))
                m.kind = .percent; m.unit = .percent; m.english = true
                return Attempt(mention: m, next: dj)
            }
        }
        // one twenty-fifth, three twenty firsts: a compound ordinal as the denominator.
        if total + section + num >= 1, !(numberAfterAnd && hasNum), let (d, de) = compoundOrdinal(at: denominatorStart(after: end)) {
            var m = QuantityMention(start: r, end: de, numeralStart: r, value: ValueRange((total + section + num) / ExactNumber(d) * 100))
            m.kind = .percent; m.unit = .percent; m.english = true
            return Attempt(mention: m, next: de)
        }
        // one-third, twenty-first: a hyphen into a word that is no number.
        if at(end) == 0x2D, isASCIILetter(at(end + 1)), !hyphenCurrency(after: end) { return fail(codeEnd(end)) }
        var value = total + section + num
        // one hundred and three quarters, two hundred and fifty-four hundredths: the number after 'and' is a numerator.
        if numberAfterAnd, hasNum, total + section > 0 {
            let dk = denominatorStart(after: end)
            if dk > end, let d = englishWord(at: dk), case .denominator(let den, _) = d.role, num < ExactNumber(den) {
                // Of the scale before 'and' when it is a million or more; a scale word after it is its own
                // (one billion and three quarters million).
                var of = andScale > 100 ? andScale : ExactNumber.one
                end = d.end
                if let (mult, se) = scaleWord(after: end), mult > 100, andScale == 1 || mult < andScale { of = mult; end = se }
                value = total + section + num / ExactNumber(den) * of
            }
        }
        // two hundred point zero three, point seventy-one: decimals in words.
        if let (f, fe) = wordDecimals(after: end) {
            value = value + f; end = fe
            // two point two million: a scale word after the decimals.
            if trailing == 1, let (mult, se) = scaleWord(after: end), mult >= 1000 {
                value = value * mult; end = se; trailing = mult
            }
        }
        // one and a half, five and a quarter, twenty and three fifths: a whole number with a fraction.
        else if let (f, fe) = andFraction(after: end) {
            // three million and a half is 3.5 million: the fraction is of the last scale word.
            let scale = trailing > 1 && section == 0 && num == 0 ? trailing : ExactNumber.one
            end = fe; trailing = 1
            if let (mult, se) = scaleWord(after: end), mult > 100, scale == .one || mult < scale {
                // five and a half million: a scale word after the fraction multiplies it all;
                // one billion and a half million: only the fraction.
                value = scale == .one ? (value + f) * mult : value + f * mult
                end = se
            } else {
                value = value + f * scale
            }
        }
        if trailing == 1, let fraction = ratio(value, start: r, after: end) { return fraction }
        var m = QuantityMention(start: r, end: end, numeralStart: r, value: ValueRange(value))
        m.english = true
        if trailing > 1 { m.hasScale = true; m.trailingScale = trailing }
        // 'one of', 'no one', 'the one', 'which one': a pronoun, not a number.
        if value == 1, !m.hasScale {
            let nk = skipSpaces(end)
            if at(nk) == 0x6F, at(nk + 1) == 0x66, !letter(nk + 2) { return fail(end) }
            var b = backSpaces(r)
            if b < r, b > 0, isASCIILetter(s[b - 1]) {
                let we = b
                while b > 0, isASCIILetter(s[b - 1]) { b -= 1 }
                if let w = englishWord(at: b), w.end == we, w.role == .determiner { return fail(end) }
            }
        }
        return finishFigure(m, next: end)
    }

    /// The end of the ASCII word at `k`.
    func wordEnd(_ k: Int) -> Int {
        var j = k
        while j < n, isASCIILetter(s[j]) { j += 1 }
        return j
    }

    /// The English number word filling the word at `k`.
    func englishWord(at k: Int) -> (role: QuantityLexicon.EnglishRole, end: Int)? {
        let j = wordEnd(k)
        guard j > k, !letter(j), let w = lexicon.english.longestMatch(in: s, at: k, limit: j), w.length == j - k else { return nil }
        return (w.value, j)
    }

    /// A small number in words at `k` (one, twelve, fifty, fifty-four), with its end.
    func smallNumber(at k: Int) -> (Int, Int)? {
        guard let w = englishWord(at: k) else { return nil }
        switch w.role {
        case .ones(let v), .teen(let v): return (v, w.end)
        case .tens(let t):
            let h = at(w.end) == 0x2D ? w.end + 1 : skipSpaces(w.end)
            if h > w.end, let o = englishWord(at: h), case .ones(let v) = o.role, v > 0 { return (t + v, o.end) }
            return (t, w.end)
        default: return nil
        }
    }

    /// ` point zero three` / ` point seventy-one` after a number: its decimals and their end.
    func wordDecimals(after end: Int, pointAt: Int? = nil) -> (ExactNumber, Int)? {
        let p = pointAt ?? skipSpaces(end)
        guard p > end, let w = englishWord(at: p), w.role == .point else { return nil }
        var k = skipSpaces(w.end)
        guard k > w.end else { return nil }
        var digits = [Int](), last = w.end
        // Digit words one by one (zero three), or one number (seventy-one); in digits, 1 point 25.
        if digit(k) {
            var j = k
            while digit(j), digits.count < ArabicNumber.maxDigits { digits.append(Int(s[j] - 0x30)); j += 1 }
            guard !digit(j), !letter(j), !(at(j) == 0x2E && digit(j + 1)), !(at(j) == 0x2C && digit(j + 1)) else { return nil }
            last = j
        } else if let (v, e) = smallNumber(at: k), v >= 10 {
            digits = v < 10 ? [v] : [v / 10, v % 10]
            last = e
        } else {
            while let w2 = englishWord(at: k), case .ones(let v) = w2.role, digits.count < ArabicNumber.maxDigits {
                digits.append(v); last = w2.end
                let nk = skipSpaces(w2.end)
                if nk == w2.end { break }
                k = nk
            }
        }
        guard !digits.isEmpty else { return nil }
        var f = ExactNumber.zero
        for (i, d) in digits.enumerated() { f += ExactNumber(significand: UInt64(d), exponent: -(i + 1)) }
        return (f, last)
    }

    /// ` and a half`, ` and three fifths`, ` and fifty-four hundredths` after a whole number.
    func andFraction(after end: Int) -> (ExactNumber, Int)? {
        let a = skipSpaces(end)
        guard a > end, at(a) == 0x61, at(a + 1) == 0x6E, at(a + 2) == 0x64, isSpace(at(a + 3)) else { return nil }
        let k = skipSpaces(a + 3)
        var numerator = 0, after = k
        if let w = englishWord(at: k), w.role == .article {
            numerator = 1; after = w.end
        } else if let (v, e) = smallNumber(at: k) {
            numerator = v; after = e
        } else {
            return nil
        }
        let dk = at(after) == 0x2D ? after + 1 : skipSpaces(after)
        guard dk > after, let d = englishWord(at: dk), case .denominator(let den, _) = d.role, numerator < den else { return nil }
        return (ExactNumber(numerator) / ExactNumber(den), d.end)
    }

    /// Whether the word `of` follows `k` (after a space).
    func followedByOf(_ k: Int) -> Bool {
        let o = skipSpaces(k)
        return o > k && at(o) == 0x6F && at(o + 1) == 0x66 && !letter(o + 2)
    }
}
