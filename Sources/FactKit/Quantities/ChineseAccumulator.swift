import Foundation

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
    /// A zero (〇 ○ 零) inside the digit string: positional beyond doubt (三○亿 = 30亿, Taiwan press style).
    var zeroInDigitString = false
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
            // 一二○: a pair before a zero is digits (120), not vague.
            if !num.isExact, !digitString { num = ValueRange(num.lo * 10 + num.hi) }
            // 一〇〇〇…: a digit string of zeros counts its digits too, so it stays bounded.
            zeroInDigitString = true
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

    /// 几 数: some digit. Before a unit it is 1–9 (几十 = 10…90); after one it is what is left over,
    /// 0–9, so the figure keeps its floor as 多 does (二十几万 = 200000…290000, like 二十多万 ≥ 200000).
    mutating func vague() {
        num = ValueRange(lo: sawUnit ? 0 : 1, hi: 9)
        if sawUnit { sawSecondNumber = true }
        hasNumber = true; lastWasDigit = true; lastWasUnit = false
    }

    /// 两千三 before 点: the trailing digit takes the place below the last unit (2300, so 两千三点一 = 2300.1).
    mutating func applyTrailingDigit() {
        if lastWasDigit, !afterZero, !digitString, lastScale >= 10, sawUnit, hasNumber, num.isExact, num.hi < 10 {
            num = num * lastScale.dividedByTen
        }
    }

    mutating func fraction(_ f: ExactNumber) {
        num = ValueRange(lo: num.lo + f, hi: num.hi + f)
        hasNumber = true
        lastWasDigit = false; lastWasUnit = false
        lastScale = .one
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
        // A digit string takes a scale only with a zero in it, below 1000 and no unit before (三○亿, 一○五億,
        // 一二○億; not 二〇二四万, 三五亿): larger amounts in that style group with 、 (二、三七五億).
        if digitString {
            guard zeroInDigitString, !sawUnit, num.hi < 1000, sc.kind == .scale else { overflow = true; return }
            digitString = false
        }
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
