import Foundation
import Testing
@testable import FactKit

/// ExactNumber must give the very Decimal that plain Decimal arithmetic gives, in the integer
/// form and across the fall-back to Decimal — or refuse (NaN) a result Decimal would round.
struct ExactNumberTests {
    /// The bytes of a Decimal: equal values must be the same Decimal, not only `==`.
    static func bytes(_ d: Decimal) -> [UInt8] {
        var x = d
        return withUnsafeBytes(of: &x) { Array($0) }
    }

    /// Numbers of both forms, small and near the 64-bit limit, with fractions and signs.
    static let samples: [ExactNumber] = {
        var out: [ExactNumber] = [.zero, .one, .ten, 2, 3, 7, 12, 100, 1900, 2100, 10000, -5, -1]
        let significands: [UInt64] = [0, 1, 5, 9, 36, 125, 999, 4_294_967_296, 9_999_999_999_999_999_999, UInt64.max, UInt64.max / 10]
        for s in significands {
            for e in [-60, -30, -12, -2, -1, 0, 1, 4, 8, 12, 20, 21, 40, 60] {
                out.append(ExactNumber(significand: s, exponent: e))
            }
        }
        out.append(.decimal(Decimal(string: "123456789012345678901234567890")!))
        out.append(.decimal(Decimal(string: "0.3333333333333333333333333333333333333")!))
        out.append(.decimal(Decimal(string: "-42.5")!))
        return out
    }()

    /// The powers of ten of the first and last non-zero digit of `d`, from its positional description.
    static func places(_ d: Decimal) -> (low: Int, high: Int)? {
        if d.isZero { return nil }
        let text = d.magnitude.description
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let whole = text[..<point], fraction = point == text.endIndex ? "" : text[text.index(after: point)...]
        let all = Array(whole + fraction)
        guard let first = all.firstIndex(where: { $0 != "0" }), let last = all.lastIndex(where: { $0 != "0" }) else { return nil }
        return (whole.count - 1 - last, whole.count - 1 - first)
    }

    static func digits(_ d: Decimal) -> Int { places(d).map { $0.high - $0.low + 1 } ?? 0 }

    static func span(_ x: Decimal, _ y: Decimal) -> Int {
        guard let a = places(x) else { return digits(y) }
        guard let b = places(y) else { return digits(x) }
        return max(a.high, b.high) - min(a.low, b.low)
    }

    @Test func arithmeticEqualsDecimalArithmetic() {
        for a in Self.samples {
            #expect(Self.bytes((-a).decimal) == Self.bytes(-a.decimal))
            #expect(Self.bytes(a.dividedByTen.decimal) == Self.bytes(a.decimal / 10))
            for b in Self.samples {
                let x = a.decimal, y = b.decimal
                // A sum or product Decimal would round is refused (NaN); every other one is Decimal's own.
                let sum = (a + b).decimal, product = (a * b).decimal
                if sum.isNaN {
                    #expect(Self.span(x, y) >= 37, "\(x) + \(y) refused")
                } else {
                    #expect(Self.bytes(sum) == Self.bytes(x + y), "\(x) + \(y)")
                }
                if product.isNaN {
                    #expect(Self.digits(x) + Self.digits(y) > 37, "\(x) * \(y) refused")
                } else {
                    #expect(Self.bytes(product) == Self.bytes(x * y), "\(x) * \(y)")
                }
                if !y.isZero {
                    // A quotient that does not terminate keeps 30 significant digits.
                    let q = (a / b).decimal
                    if Self.digits(x / y) < 31 {
                        #expect(Self.bytes(q) == Self.bytes(x / y), "\(x) / \(y)")
                    } else {
                        let error = Self.places(q - x / y), exact = Self.places(x / y)
                        #expect(Self.digits(q) <= 30 && (error == nil || error!.high <= exact!.high - 28), "\(x) / \(y)")
                    }
                }
                #expect(ExactNumber.compare(a, b) == (x == y ? 0 : (x < y ? -1 : 1)), "\(x) <=> \(y)")
            }
        }
    }

    @Test func readsDecimalsExactly() {
        for text in ["0", "1", "0.01", "1000000000000", "12.5", "-3.75", "18446744073709551615", "18446744073709551616", "1e40"] {
            let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
            #expect(Self.bytes(ExactNumber(d).decimal) == Self.bytes(d), "\(text)")
        }
    }

    /// The scan's flat start table says what the tables say, for every BMP scalar.
    @Test func startFlagTableAgreesWithTheTables() throws {
        let lexicon = try QuantityLexicon.builtin()
        for c in UInt32(0)..<0x10000 where lexicon.startFlags(c) != lexicon.computedStartFlags(c) {
            Issue.record("start flags of U+\(String(c, radix: 16)) differ")
        }
    }
}
