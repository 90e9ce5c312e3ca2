import Foundation

/// Digits written the European way, in the numerals reading: a decimal comma (`5,00`, `1,3`) and points
/// grouping thousands (`1.000.000`, `1.111,11`).
extension QuantityScan {
    /// A decimal comma after the digits `a` at `r`: an ASCII comma before one or two digits (`5,00`, `1,3`; three
    /// would group thousands), after a whole number or after points grouping thousands (`1.111,11`). Not in a
    /// list of numbers (`1,2,3`). The value and its end.
    func decimalComma(_ a: ArabicNumber, at r: Int) -> (ExactNumber, Int)? {
        let e = a.end
        guard a.valid, !a.hasSeparator, at(e) == 0x2C, text.original[base + e] == 0x2C, digit(e + 1) else { return nil }
        var j = e + 1
        while digit(j) { j += 1 }
        guard j - e - 1 <= 2, !letter(j), !((at(j) == 0x2C || at(j) == 0x2E) && digit(j + 1)),
              !(at(r - 1) == 0x2C && digit(r - 2)) else { return nil }
        var whole = a.value
        if a.fractionDigits > 0 {
            guard a.fractionDigits == 3, a.integerDigits <= 3, !a.leadingZero else { return nil }
            whole = a.value * 1000
        }
        let digits = s[(e + 1)..<j].reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 0x30) }
        return (whole + ExactNumber(significand: digits, exponent: -(j - e - 1)), j)
    }

    /// In the numerals reading `3/4`, `1/3的`: a fraction in digits standing alone is a percentage (FACTS.md), when
    /// it cannot be a date: a smaller numerator, a denominator up to 10, no third part (`4/5/2024`) and no digits
    /// before (`2024/4`). The figures reading leaves it out for now (a share's subject needs the fact layer).
    func digitShare(_ a: ArabicNumber, at r: Int) -> Attempt? {
        let e = a.end
        guard a.valid, a.fractionDigits == 0, !a.hasSeparator, !a.leadingZero, !hasCurrencyPrefix(r),
              at(r - 1) != 0x2F, !(at(r - 1) == 0x2E && digit(r - 2)) else { return nil }
        var j = e + 1
        while digit(j) { j += 1 }
        guard j - e - 1 <= 2, at(j) != 0x2F, !letter(j), !(at(j) == 0x2E && digit(j + 1)), !(at(j) == 0x2C && digit(j + 1)) else { return nil }
        let den = s[(e + 1)..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard den >= 2, den <= 10, a.value >= 1, a.value < ExactNumber(den), s[e + 1] != 0x30 else { return nil }
        var m = QuantityMention(start: r, end: j, numeralStart: r, value: ValueRange(a.value / ExactNumber(den) * 100))
        m.kind = .percent; m.unit = .percent
        return Attempt(mention: m, next: j)
    }

    /// In the numerals reading `1.000.000`, `1.111.111,11`: points grouping thousands (a first group of one to
    /// three digits, then two or more groups of three), the European way; a comma may give decimals after them.
    func pointGroupedFigure(at r: Int) -> Attempt? {
        guard !(at(r - 1) == 0x2E && digit(r - 2)), !digit(r - 1) else { return nil }
        var j = r
        while digit(j) { j += 1 }
        guard j - r <= 3, s[r] != 0x30 || j - r == 1 else { return nil }
        var groups = 0, value = ExactNumber(s[r..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) })
        while at(j) == 0x2E, digit(j + 1), digit(j + 2), digit(j + 3), !digit(j + 4) {
            value = value * 1000 + ExactNumber(s[(j + 1)..<(j + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) })
            j += 4; groups += 1
        }
        guard groups >= 2, !(at(j) == 0x2E && digit(j + 1)), !letter(j) else { return nil }
        if at(j) == 0x2C, text.original[base + j] == 0x2C, digit(j + 1) {
            var d = j + 1
            while digit(d) { d += 1 }
            guard d - j - 1 <= 2, !letter(d), !((at(d) == 0x2C || at(d) == 0x2E) && digit(d + 1)) else { return nil }
            let frac = s[(j + 1)..<d].reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 0x30) }
            value = value + ExactNumber(significand: frac, exponent: -(d - j - 1))
            j = d
        }
        let m = QuantityMention(start: r, end: j, numeralStart: r, value: ValueRange(value))
        return finishFigure(m, next: j)
    }
}
