import Foundation

/// English number words: ones, teens, tens, scale words, dozens and fractions.
extension QuantityScan {
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
}
