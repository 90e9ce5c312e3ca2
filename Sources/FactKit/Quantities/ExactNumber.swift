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

    // MARK: Arithmetic

    /// `10^k` for `k` in 0…19.
    private static let powersOfTen: [UInt64] = (0...19).map { k in (0..<k).reduce(UInt64(1)) { p, _ in p * 10 } }

    /// `significand × 10^k`, or nil when it overflows.
    @inline(__always)
    private static func shifted(_ significand: UInt64, by k: Int) -> UInt64? {
        if significand == 0 { return 0 }
        guard k < 20 else { return nil }
        let (r, o) = significand.multipliedReportingOverflow(by: powersOfTen[k])
        return o ? nil : r
    }

    static func + (a: ExactNumber, b: ExactNumber) -> ExactNumber {
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
        return .decimal(a.decimal + b.decimal)
    }

    static func * (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        if case .scaled(let sa, let ea, let na) = a, case .scaled(let sb, let eb, let nb) = b {
            let (s, o) = sa.multipliedReportingOverflow(by: sb)
            let e = Int(ea) + Int(eb)
            if !o && abs(e) <= exponentBound {
                return .scaled(significand: s, exponent: Int16(e), negative: na != nb && s != 0)
            }
        }
        return .decimal(a.decimal * b.decimal)
    }

    static func / (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        .decimal(a.decimal / b.decimal)
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
    static func compare(_ a: ExactNumber, _ b: ExactNumber) -> Int {
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
