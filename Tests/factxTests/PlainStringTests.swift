import FactKit
import Foundation
import Testing

/// `Decimal.plainString` written from the mantissa's digits: a table of values, and random values read the same
/// as through `Decimal.description`, the way it was written before.
struct PlainStringTests {
    /// Values and their plain text.
    static let decimals: [(String, String)] = [
        ("0", "0"), ("-0", "0"), ("5", "5"), ("-22", "-22"), ("0.05", "0.05"), ("-0.5", "-0.5"), ("0.1", "0.1"),
        ("5300000000", "5300000000"), ("5.3e9", "5300000000"), ("35100000000", "35100000000"), ("1e20", "100000000000000000000"),
        ("123456789012345678", "123456789012345678"), ("18446744073709551615", "18446744073709551615"),
        ("18446744073709551616", "18446744073709551616"), ("-98765432109876543210.5", "-98765432109876543210.5"),
        ("3.14159265358979", "3.14159265359"), ("0.000000000001", "0.000000000001"), ("0.0000000000001", "0"),
        ("0.0000000000005", "0.000000000001"), ("1.50", "1.5"), ("100.000", "100"), ("2.5e-3", "0.0025"), ("7e40", "7" + String(repeating: "0", count: 40)),
        ("12e41", "12" + String(repeating: "0", count: 41)), ("99.99", "99.99"), ("-0.000001", "-0.000001"),
    ]

    @Test(arguments: decimals)
    func decimalsArePlain(value: String, expected: String) throws {
        let decimal = try #require(Decimal(string: value))
        #expect(decimal.plainString == expected)
        #expect(decimal.plainString == Self.plainStringThroughDescription(decimal))
    }

    @Test func randomDecimalsReadTheSameAsThroughTheirDescription() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<20000 {
            let digits = Int(random.next() % 21)
            var mantissa = random.next() >> (random.next() % 64)
            if digits < 20 { mantissa %= [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
                                          100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
                                          1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
                                          1_000_000_000_000_000_000, 10_000_000_000_000_000_000][digits] + 1 }
            let exponent = Int(random.next() % 70) - 25
            let value = Decimal(sign: random.next() % 2 == 0 ? .plus : .minus, exponent: exponent, significand: Decimal(mantissa))
            #expect(value.plainString == Self.plainStringThroughDescription(value), "\(mantissa)e\(exponent)")
        }
    }

    /// `Decimal.plainString` as it was written before it read the mantissa: through `Decimal.description`.
    static func plainStringThroughDescription(_ decimal: Decimal) -> String {
        if decimal.isNaN { return "NaN" }
        var rounded = decimal
        if decimal.exponent < -12 {
            var value = decimal
            NSDecimalRound(&rounded, &value, 12, .plain)
        }
        let negative = rounded < 0
        var text = (negative ? -rounded : rounded).description
        if let e = text.lowercased().firstIndex(of: "e") {
            let exponent = Int(text[text.index(after: e)...])!
            var digits = String(text[..<e])
            var point = digits.firstIndex(of: ".").map { digits.distance(from: digits.startIndex, to: $0) } ?? digits.count
            digits.removeAll { $0 == "." }
            point += exponent
            if point <= 0 {
                text = "0." + String(repeating: "0", count: -point) + digits
            } else if point >= digits.count {
                text = digits + String(repeating: "0", count: point - digits.count)
            } else {
                text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            }
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "0" || text.isEmpty { return "0" }
        return negative ? "-" + text : text
    }
}
