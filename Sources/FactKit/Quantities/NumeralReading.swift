import Foundation

/// A numeral value that may be vague: `lo == hi` for an exact figure; `两三千` reads as 2000…3000.
struct ValueRange {
    var lo: ExactNumber
    var hi: ExactNumber

    static let zero = ValueRange(lo: .zero, hi: .zero)
    init(lo: ExactNumber, hi: ExactNumber) { self.lo = lo; self.hi = hi }
    init(_ v: ExactNumber) { lo = v; hi = v }

    var isExact: Bool { lo == hi }
    static func + (a: ValueRange, b: ValueRange) -> ValueRange { ValueRange(lo: a.lo + b.lo, hi: a.hi + b.hi) }
    static func * (a: ValueRange, m: ExactNumber) -> ValueRange { ValueRange(lo: a.lo * m, hi: a.hi * m) }
}

/// Reads a run of ASCII digits with thousands separators and one decimal point, exactly.
///
/// `,` (also the folded `，`) is a thousands separator only when exactly three digits follow
/// and no further digit; a second decimal point makes the run a version or date, not a number.
struct ArabicNumber {
    /// The value; meaningless when `valid` is false.
    var value = ExactNumber.zero
    /// Just past the last scalar of the number.
    var end: Int
    var integerDigits = 0
    var fractionDigits = 0
    var hasSeparator = false
    /// The integer part starts with 0 and has more digits (`007`, `01`): a code, not a number.
    var leadingZero = false
    /// False for more than ``ArabicNumber/maxDigits`` significant digits or a dotted chain (`1.2.3`).
    var valid = true

    /// More significant digits than this is no quantity (and keeps arithmetic bounded).
    static let maxDigits = 30

    /// `spacedGroups`: a plain space also groups thousands (`1 234 567`, the numerals reading); a narrow
    /// or no-break space (`40\u{202F}000`) always does.
    init(_ s: [UInt32], at start: Int, limit n: Int, spacedGroups: Bool = false) {
        var i = start
        var digits = Digits()
        var groupLength = 0
        while i < n, isDigit(s[i]) { digits.take(s[i]); groupLength += 1; i += 1 }
        integerDigits = groupLength
        leadingZero = groupLength > 1 && s[start] == 0x30
        // Indian grouping: 12,34,567.89 (pairs, then the last three).
        if groupLength <= 2, let e = Self.indianGroupsEnd(s, at: i, limit: n) {
            while i < e {
                if isDigit(s[i]) { digits.take(s[i]); integerDigits += 1 }
                i += 1
            }
            hasSeparator = true
        }
        // Thousands groups: one separator throughout (1,234,567 or 1 234 567).
        if groupLength <= 3 {
            let sep = i < n ? s[i] : 0
            let grouping = sep == 0x2C || sep == 0x202F || sep == 0x2009 || sep == 0xA0 || (spacedGroups && sep == 0x20)
            while grouping, i + 3 < n, s[i] == sep, isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]) {
                if i + 4 < n, isDigit(s[i + 4]) { break }
                digits.take(s[i + 1]); digits.take(s[i + 2]); digits.take(s[i + 3])
                integerDigits += 3
                hasSeparator = true
                i += 4
            }
        }
        if i + 1 < n, s[i] == 0x2E, isDigit(s[i + 1]) {
            i += 1
            while i < n, isDigit(s[i]) { digits.take(s[i]); fractionDigits += 1; i += 1 }
            // A second point and digit: 1.2.3, 2024.04.18 — consume the chain, no number.
            while i + 1 < n, s[i] == 0x2E, isDigit(s[i + 1]) {
                valid = false
                i += 1
                while i < n, isDigit(s[i]) { i += 1 }
            }
        }
        // Skip any remaining digits of an over-long run so the scan stays linear.
        while i < n, isDigit(s[i]) { i += 1 }
        end = i
        if digits.count > Self.maxDigits { valid = false; return }
        if let w = digits.wide {
            value = .decimal(fractionDigits == 0 ? w : Decimal(sign: .plus, exponent: -fractionDigits, significand: w))
        } else {
            value = ExactNumber(significand: digits.significand, exponent: -fractionDigits)
        }
    }

    /// The end of `,dd,dd,ddd` at `i` (at least one pair, then three digits and no more), or nil.
    static func indianGroupsEnd(_ s: [UInt32], at i: Int, limit n: Int) -> Int? {
        var j = i, pairs = 0
        while j + 3 < n, s[j] == 0x2C, isDigit(s[j + 1]), isDigit(s[j + 2]), s[j + 3] == 0x2C { j += 3; pairs += 1 }
        guard pairs > 0, j + 3 < n, s[j] == 0x2C, isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]) else { return nil }
        if j + 4 < n, isDigit(s[j + 4]) { return nil }
        return j + 4
    }

    /// The digits read so far: up to 19 in one integer, longer runs (up to maxDigits) in Decimal.
    private struct Digits {
        var significand: UInt64 = 0
        var wide: Decimal?
        var count = 0

        @inline(__always)
        mutating func take(_ c: UInt32) {
            count += 1
            if count > ArabicNumber.maxDigits { return }
            if count == 20 { wide = Decimal(significand) }
            if let w = wide {
                wide = w * 10 + Decimal(c - 0x30)
            } else {
                significand = significand &* 10 &+ UInt64(c - 0x30)
            }
        }
    }
}

@inline(__always) func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func isASCIILetter(_ c: UInt32) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
@inline(__always) func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0xA0 }
@inline(__always) func isLineBreak(_ c: UInt32) -> Bool { c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029 }
@inline(__always) func isHexDigit(_ c: UInt32) -> Bool { isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46) }
