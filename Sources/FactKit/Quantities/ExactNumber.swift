import Foundation

/// An exact decimal number for the recognizer's arithmetic: a 64-bit integer times a power of
/// ten while the value fits, else a Foundation `Decimal`.
///
/// The integer form is exact; an operation whose exact result does not fit falls back to the
/// same operation on `Decimal`. Results therefore equal plain `Decimal` arithmetic: an exact
/// result that fits 64 bits is exact in `Decimal` too, and `Decimal` keeps values compact, so an
/// equal value is the same `Decimal`.
enum ExactNumber {
    /// `±significand × 10^exponent`.
    case scaled(significand: UInt64, exponent: Int16, negative: Bool)
    case decimal(Decimal)

    static let zero = ExactNumber.scaled(significand: 0, exponent: 0, negative: false)
    static let one = ExactNumber.scaled(significand: 1, exponent: 0, negative: false)
    static let ten = ExactNumber.scaled(significand: 10, exponent: 0, negative: false)

    /// The integer form keeps exponents in this range (far inside `Decimal`'s −128…127).
    private static let exponentBound = 100

    @inline(__always)
    init(_ value: Int) {
        self = .scaled(significand: UInt64(value.magnitude), exponent: 0, negative: value < 0)
    }

    /// `significand × 10^exponent`, non-negative.
    @inline(__always)
    init(significand: UInt64, exponent: Int) {
        if abs(exponent) <= Self.exponentBound {
            self = .scaled(significand: significand, exponent: Int16(exponent), negative: false)
        } else {
            self = .decimal(Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)))
        }
    }

    /// The number `d`, in the integer form when its digits fit.
    init(_ d: Decimal) {
        self = .decimal(d)
        guard !d.isNaN else { return }
        // Decimal's description is positional with at most one point; read it back.
        var significand: UInt64 = 0, exponent = 0, negative = false, afterPoint = false
        for c in d.description.utf8 {
            switch c {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (m, o1) = significand.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(UInt64(c - UInt8(ascii: "0")))
                if o1 || o2 { return }
                significand = s
                if afterPoint { exponent -= 1 }
            default: return
            }
        }
        guard abs(exponent) <= Self.exponentBound else { return }
        self = .scaled(significand: significand, exponent: Int16(exponent), negative: negative && significand != 0)
    }

    /// The value as a `Decimal`.
    var decimal: Decimal {
        switch self {
        case .decimal(let d):
            return d
        case .scaled(let significand, let exponent, let negative):
            if significand == 0 { return Decimal() }
            return Decimal(sign: negative ? .minus : .plus, exponent: Int(exponent), significand: Decimal(significand))
        }
    }

    /// Whether the value is certainly exact: the integer form always is; a `Decimal` is when it is a
    /// number whose significand has fewer than 36 digits (a rounded result fills all 38, an overflow is NaN).
    var isHeldExactly: Bool {
        switch self {
        case .scaled: return true
        case .decimal(let d): return !d.isNaN && d.significand.magnitude < Self.exactSignificandBound
        }
    }

    private static let exactSignificandBound = Decimal(sign: .plus, exponent: 35, significand: 1)

    // MARK: Arithmetic

    /// `significand × 10^k`, or nil when it overflows.
    private static func shifted(_ significand: UInt64, by k: Int) -> UInt64? {
        if significand == 0 { return 0 }
        var r = significand
        for _ in 0..<k {
            let (m, o) = r.multipliedReportingOverflow(by: 10)
            if o { return nil }
            r = m
        }
        return r
    }

    @inline(__always)
    static func + (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        // The common case inline: two non-negative numbers of one exponent (integers).
        if case .scaled(let sa, let ea, false) = a, case .scaled(let sb, ea, false) = b {
            let (s, o) = sa.addingReportingOverflow(sb)
            if !o { return .scaled(significand: s, exponent: ea, negative: false) }
        }
        return sum(a, b)
    }

    private static func sum(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber {
        if case .scaled(let sa, let ea, let na) = a, case .scaled(let sb, let eb, let nb) = b {
            let e = min(ea, eb)
            if let xa = shifted(sa, by: Int(ea - e)), let xb = shifted(sb, by: Int(eb - e)) {
                if na == nb {
                    let (s, o) = xa.addingReportingOverflow(xb)
                    if !o { return .scaled(significand: s, exponent: e, negative: na && s != 0) }
                } else if xa >= xb {
                    return .scaled(significand: xa - xb, exponent: e, negative: na && xa != xb)
                } else {
                    return .scaled(significand: xb - xa, exponent: e, negative: nb)
                }
            }
        }
        // Decimal keeps 38 digits and would round a longer sum: refuse it (NaN) rather than give a wrong value.
        guard let span = digitSpan(a, b), span.high - span.low < 37 else { return .decimal(.nan) }
        return .decimal(a.decimal + b.decimal)
    }

    /// The places (powers of ten) the digits of `a` and `b` occupy together, nil when either is zero or NaN.
    private static func digitSpan(_ a: ExactNumber, _ b: ExactNumber) -> (low: Int, high: Int)? {
        guard let x = a.places else { return b.places ?? (0, 0) }
        guard let y = b.places else { return x }
        return (min(x.low, y.low), max(x.high, y.high))
    }

    /// The lowest and highest power of ten of the value's non-zero digits (nil for zero and NaN).
    private var places: (low: Int, high: Int)? {
        var digits: Substring
        var exponent: Int
        switch self {
        case .scaled(let s, let e, _):
            if s == 0 { return nil }
            digits = Substring(String(s)); exponent = Int(e)
        case .decimal(let d):
            if d.isNaN || d.isZero { return nil }
            digits = Substring(d.significand.magnitude.description); exponent = d.exponent
        }
        while digits.last == "0" { digits = digits.dropLast(); exponent += 1 }
        return (exponent, exponent + digits.count - 1)
    }

    @inline(__always)
    static func * (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        if case .scaled(let sa, let ea, let na) = a, case .scaled(let sb, let eb, let nb) = b {
            let (s, o) = sa.multipliedReportingOverflow(by: sb)
            let e = Int(ea) + Int(eb)
            if !o && abs(e) <= exponentBound {
                return .scaled(significand: s, exponent: Int16(e), negative: na != nb && s != 0)
            }
        }
        return product(a, b)
    }

    private static func product(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber {
        // A product of more than 37 digits would round in Decimal: refused (NaN), never a wrong value.
        if let x = a.places, let y = b.places, (x.high - x.low + 1) + (y.high - y.low + 1) > 37 { return .decimal(.nan) }
        return .decimal(a.decimal * b.decimal)
    }

    /// The quotient, as `Decimal` division gives it.
    ///
    /// `Decimal` division is exact for a divisor of one 16-bit word (after its trailing zeros)
    /// when the quotient's exponent stays small; it loses digits for quotients of 10^20 and more.
    /// Only that safe case is computed here, as a terminating decimal that fits 64 bits.
    static func / (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        if case .scaled(let sa, let ea, let na) = a, case .scaled(var sb, var eb, let nb) = b, sb != 0,
           abs(Int(ea)) <= 30, abs(Int(eb)) <= 30 {
            while sb % 10 == 0 { sb /= 10; eb += 1 }
            if sb < 0x10000 {
                // The least k with sa × 10^k divisible by sb: the quotient is sa × 10^k / sb × 10^(ea − eb − k).
                var x = sa, k = 0
                while x % sb != 0 {
                    let (m, o) = x.multipliedReportingOverflow(by: 10)
                    if o { return rounded(.decimal(a.decimal / b.decimal)) }
                    x = m; k += 1
                }
                let e = Int(ea) - Int(eb) - k
                if e <= 10 && e >= -exponentBound {
                    let q = x / sb
                    return .scaled(significand: q, exponent: Int16(e), negative: na != nb && q != 0)
                }
            }
        }
        return rounded(.decimal(a.decimal / b.decimal))
    }

    /// A quotient that does not terminate (1/3) kept to 30 significant digits, so that scaling it
    /// (× 100 for a percentage) stays inside what Decimal holds exactly.
    private static func rounded(_ q: ExactNumber) -> ExactNumber {
        guard case .decimal(let d) = q, let p = q.places, p.high - p.low >= 30 else { return q }
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, 29 - p.high, .plain)
        return .decimal(r)
    }

    static func += (a: inout ExactNumber, b: ExactNumber) { a = a + b }
    static func *= (a: inout ExactNumber, b: ExactNumber) { a = a * b }

    static prefix func - (a: ExactNumber) -> ExactNumber {
        switch a {
        case .scaled(let s, let e, let n): return .scaled(significand: s, exponent: e, negative: !n && s != 0)
        case .decimal(let d): return .decimal(-d)
        }
    }

    /// The value divided by ten (exact in the integer form).
    var dividedByTen: ExactNumber {
        if case .scaled(let s, let e, let n) = self, Int(e) - 1 >= -Self.exponentBound {
            return .scaled(significand: s, exponent: e - 1, negative: n)
        }
        return .decimal(decimal / 10)
    }

    // MARK: Comparison

    /// The sign and order of `a` against `b`: −1, 0 or 1.
    @inline(__always)
    static func compare(_ a: ExactNumber, _ b: ExactNumber) -> Int {
        // The common case inline: two non-negative numbers of one exponent.
        if case .scaled(let sa, let ea, false) = a, case .scaled(let sb, ea, false) = b {
            return sa == sb ? 0 : (sa < sb ? -1 : 1)
        }
        return order(a, b)
    }

    private static func order(_ a: ExactNumber, _ b: ExactNumber) -> Int {
        if case .scaled(let sa, let ea, let na) = a, case .scaled(let sb, let eb, let nb) = b {
            let signA = sa == 0 ? 0 : (na ? -1 : 1)
            let signB = sb == 0 ? 0 : (nb ? -1 : 1)
            if signA != signB { return signA < signB ? -1 : 1 }
            if signA == 0 { return 0 }
            // Same sign, both non-zero: compare magnitudes.
            var order: Int
            if ea == eb {
                order = sa == sb ? 0 : (sa < sb ? -1 : 1)
            } else if ea > eb {
                if let xa = shifted(sa, by: Int(ea - eb)) { order = xa == sb ? 0 : (xa < sb ? -1 : 1) } else { order = 1 }
            } else {
                if let xb = shifted(sb, by: Int(eb - ea)) { order = sa == xb ? 0 : (sa < xb ? -1 : 1) } else { order = -1 }
            }
            return signA < 0 ? -order : order
        }
        let x = a.decimal, y = b.decimal
        return x == y ? 0 : (x < y ? -1 : 1)
    }
}

extension ExactNumber: Comparable {
    static func == (a: ExactNumber, b: ExactNumber) -> Bool { compare(a, b) == 0 }
    static func < (a: ExactNumber, b: ExactNumber) -> Bool { compare(a, b) < 0 }
    static func <= (a: ExactNumber, b: ExactNumber) -> Bool { compare(a, b) <= 0 }
    static func > (a: ExactNumber, b: ExactNumber) -> Bool { compare(a, b) > 0 }
    static func >= (a: ExactNumber, b: ExactNumber) -> Bool { compare(a, b) >= 0 }
}

extension ExactNumber: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) { self.init(value) }
}
