import Foundation

/// What a figure measures, before any metric is attached.
public enum QuantityKind: String, Sendable, Hashable, CaseIterable {
    /// A plain number or a count (`3.6万`, `1万块`, `twenty-five`).
    case number
    /// A percentage, percentage-point change or fraction (`22%`, `三成`, `20个百分点`).
    case percent
    /// An amount of money in a currency (`53亿欧元`, `$5.3 billion`).
    case money
}

/// The unit of a value: an ISO 4217 currency code, `percent`, `pp`, `count`, or empty for a bare number.
public struct ValueUnit: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The unit as written in a row: an ISO 4217 code, `percent`, `pp`, `count`, or empty.
    public var rawValue: String
    /// The unit written `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The unit written as the literal (`"USD"`).
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A bare number with no unit.
    public static let none = ValueUnit(rawValue: "")
    /// Percent (`22%`, `三成`).
    public static let percent = ValueUnit(rawValue: "percent")
    /// Percentage points (`20个百分点`, `0.1pct`).
    public static let pp = ValueUnit(rawValue: "pp")
    /// A count of things (`1万块`, `5000辆`).
    public static let count = ValueUnit(rawValue: "count")

    /// Whether this is an ISO 4217 currency code.
    public var isCurrency: Bool { rawValue.count == 3 && rawValue.allSatisfy { $0.isUppercase } }

    /// The unit as written in a row (``rawValue``).
    public var description: String { rawValue }
}

/// How a stated figure bounds the true value (FACTS.md `qualifier`).
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    /// As stated.
    case exact
    /// About (约 近 左右 about nearly around).
    case approx
    /// At least (超过 逾 以上 至少 多 余 more than over at least).
    case min
    /// At most (不到 不足 以内 至多 less than under up to).
    case max
    /// Between `low` and `high`.
    case range
}

/// One figure found in a text: its span, exact value, kind and unit, with the
/// qualifier, range bounds and counted item when the text gives them.
public struct Quantity: Hashable, Sendable {
    /// The figure's surface text: number, scale and unit words, without qualifier words outside the numeral.
    public var span: TextSpan
    /// The text of `span`, verbatim.
    public var text: String
    /// What sort of figure it is: a number, a percentage, money or a count.
    public var kind: QuantityKind
    /// The exact value (the low bound for a range); negative for a stated fall or sign.
    public var value: Decimal
    /// A currency, `percent`, `pp`, `count`, or none for a plain number.
    public var unit: ValueUnit
    /// For counts and per-unit prices: what is counted or priced (`A100`, `GPU`, `员工`), else empty.
    public var item: String
    /// The classifier or per-unit word (`块`, `辆`, `枚`), else empty.
    public var classifier: String
    /// Whether the figure is a price per unit (`6228美元/片`, `3.6 万美元 / 枚`).
    public var perUnit: Bool
    /// How the value is bounded (`约` approx, `超过` min, `不到` max, a range).
    public var qualifier: Qualifier
    /// Bounds of a range, else nil.
    public var low: Decimal?
    /// The high bound of a range, else nil.
    public var high: Decimal?
    /// Whether the text carries an explicit sign (`+2.5%`, `-6.1%`, `负3.9%`).
    public var explicitSign: Bool

    /// A figure with every field given; the optional ones default to an exact, unsigned figure with no unit or item.
    public init(span: TextSpan, text: String, kind: QuantityKind, value: Decimal, unit: ValueUnit = .none,
                item: String = "", classifier: String = "", perUnit: Bool = false,
                qualifier: Qualifier = .exact, low: Decimal? = nil, high: Decimal? = nil,
                explicitSign: Bool = false) {
        self.span = span
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.item = item
        self.classifier = classifier
        self.perUnit = perUnit
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.explicitSign = explicitSign
    }
}

/// FactKit's exact decimal printing: the `value`, `low` and `high` of its rows.
extension Decimal {
    /// The value as a plain decimal string: no exponent, no trailing zeros after the point
    /// (`5300000000`, `-22`, `0.5`).
    public var plainString: String {
        if let parts = integerParts, parts.exponent >= -12, parts.exponent <= 40 {
            return Self.plainString(negative: parts.negative, mantissa: parts.mantissa, exponent: parts.exponent)
        }
        if isNaN { return "NaN" }
        var rounded = self
        if exponent < -12 {
            var value = self
            NSDecimalRound(&rounded, &value, 12, .plain)
        }
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        // Decimal's description is positional; normalize away any trailing zeros after a point.
        var text = magnitude.description
        if text.utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) { text = Self.expand(text) }
        if text.utf8.contains(UInt8(ascii: ".")) {
            while text.utf8.last == UInt8(ascii: "0") { text.removeLast() }
            if text.utf8.last == UInt8(ascii: ".") { text.removeLast() }
        }
        if text == "0" || text.isEmpty { return "0" }
        return negative ? "-" + text : text
    }

    /// The sign, mantissa and exponent of a finite value whose mantissa fits in 64 bits; nil otherwise.
    var integerParts: (negative: Bool, mantissa: UInt64, exponent: Int)? {
        guard Self.rawLayoutIsKnown else { return nil }
        let raw = Self.rawParts(of: self)
        if raw.length == 0 { return raw.negative ? nil : (false, 0, 0) }  // NaN, or zero
        guard raw.length <= 4 else { return nil }
        return (raw.negative, raw.mantissa, raw.exponent)
    }

    /// A value's fields as its bytes hold them, the mantissa's low 64 bits only.
    ///
    /// Foundation keeps these fields private, so they are read from memory: the exponent in the first byte,
    /// the mantissa's length in 16-bit words (high nibble) and the sign (bit 3) in the second, then eight
    /// little-endian 16-bit words of mantissa. ``rawLayoutIsKnown`` checks this once against public API;
    /// where it does not hold (another Foundation), ``integerParts`` is always nil and ``plainString`` takes
    /// its general path.
    private static func rawParts(of value: Decimal) -> (negative: Bool, length: Int, mantissa: UInt64, exponent: Int) {
        withUnsafeBytes(of: value) { raw in
            let length = Int(raw[1] >> 4)
            var mantissa: UInt64 = 0
            for word in stride(from: min(length, 4) - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
            }
            return (raw[1] & 0x08 != 0, length, mantissa, Int(Int8(bitPattern: raw[0])))
        }
    }

    /// Whether ``rawParts(of:)`` reads this Foundation's layout: sample values rebuilt from their parts through public API are equal.
    private static let rawLayoutIsKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let samples: [Decimal] = [0, 1, -1, Decimal(string: "0.05")!, Decimal(string: "-5300000000")!, Decimal(UInt64.max),
                                  -Decimal((UInt64(1) << 32) + 7), Decimal(sign: .minus, exponent: -12, significand: 123456789),
                                  Decimal(sign: .plus, exponent: 40, significand: 65537), Decimal.nan]
        return samples.allSatisfy { sample in
            let parts = rawParts(of: sample)
            if sample.isNaN { return parts.length == 0 && parts.negative }
            if sample.isZero { return parts.length == 0 && !parts.negative }
            let rebuilt = Decimal(sign: parts.negative ? .minus : .plus, exponent: parts.exponent, significand: Decimal(parts.mantissa))
            return parts.length <= 4 && rebuilt == sample && parts.exponent == sample.exponent && parts.negative == (sample < 0)
        }
    }()

    /// `mantissa × 10^exponent` as a plain decimal string, the digits written directly (`exponent` in -12...40).
    static func plainString(negative: Bool, mantissa: UInt64, exponent: Int) -> String {
        if mantissa == 0 { return "0" }
        // The mantissa's digits go right-aligned into bytes 64..<84; the text is built in bytes 0..<64
        // (a sign, up to 20 digits, a point and 12 leading zeros, or 40 trailing zeros).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 84) { buffer in
            let zero = UInt8(ascii: "0")
            var first = 84
            var rest = mantissa
            while rest > 0 {
                first -= 1
                buffer[first] = UInt8(truncatingIfNeeded: rest % 10) + zero
                rest /= 10
            }
            var n = 0
            func put(_ byte: UInt8) { buffer[n] = byte; n += 1 }
            if negative { put(UInt8(ascii: "-")) }
            if exponent >= 0 {
                for i in first..<84 { put(buffer[i]) }
                for _ in 0..<exponent { put(zero) }
            } else {
                // Trailing zeros of the fraction are dropped, and the point with them.
                let pointAt = 84 + exponent
                var end = 84
                while end > pointAt && end > first && buffer[end - 1] == zero { end -= 1 }
                if first < pointAt {
                    for i in first..<pointAt { put(buffer[i]) }
                } else {
                    put(zero)
                }
                if end > pointAt {
                    put(UInt8(ascii: "."))
                    var i = pointAt
                    while i < end { put(i < first ? zero : buffer[i]); i += 1 }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<n]), as: UTF8.self)
        }
    }

    private static func expand(_ scientific: String) -> String {
        let parts = scientific.lowercased().split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return scientific }
        var digits = String(parts[0])
        var pointIndex = digits.firstIndex(of: ".").map { digits.distance(from: digits.startIndex, to: $0) } ?? digits.count
        digits.removeAll { $0 == "." }
        pointIndex += exponent
        if pointIndex <= 0 { return "0." + String(repeating: "0", count: -pointIndex) + digits }
        if pointIndex >= digits.count { return digits + String(repeating: "0", count: pointIndex - digits.count) }
        let i = digits.index(digits.startIndex, offsetBy: pointIndex)
        return String(digits[..<i]) + "." + String(digits[i...])
    }
}
