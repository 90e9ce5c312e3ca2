import Foundation
import Testing
@testable import FactKit

/// ExactNumber must give the very Decimal that plain Decimal arithmetic gives, in the integer
/// form and across the fall-back to Decimal.
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

    @Test func arithmeticEqualsDecimalArithmetic() {
        for a in Self.samples {
            #expect(Self.bytes((-a).decimal) == Self.bytes(-a.decimal))
            #expect(Self.bytes(a.dividedByTen.decimal) == Self.bytes(a.decimal / 10))
            for b in Self.samples {
                let x = a.decimal, y = b.decimal
                #expect(Self.bytes((a + b).decimal) == Self.bytes(x + y), "\(x) + \(y)")
                #expect(Self.bytes((a * b).decimal) == Self.bytes(x * y), "\(x) * \(y)")
                if !y.isZero {
                    #expect(Self.bytes((a / b).decimal) == Self.bytes(x / y), "\(x) / \(y)")
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
