import Foundation

// Codable forms with FACTS.md's field names and values: a `Fact` encodes as one row of `factx extract
// --format jsonl` (plus `rule` when it has one), decimals as exact decimal strings, absent values as "".

extension Metric: Codable {}
extension Change: Codable {}
extension Status: Codable {}
extension Qualifier: Codable {}
extension QuantityKind: Codable {}

/// Encoded as its raw value: an ISO 4217 code, `percent`, `pp`, `count` or "".
extension ValueUnit: Codable {}

/// Encoded as FACTS.md writes a period: `2024`, `2024-Q1`, `2023-H2`, `2024-04`, `FY2026-Q2`.
extension Period: Codable {
    /// Reads a period as FACTS.md writes it.
    /// - Throws: `DecodingError.dataCorrupted` for a string that is not a period.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a period (2024, 2024-Q1, 2023-H2, 2024-04, FY2026-Q2)")
        }
        self = period
    }

    /// Writes the period as its ``description``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The keys of FACTS.md rows, and the reading and writing of their values.
private enum FieldCoding {
    /// An exact decimal string (`5300000000`, `-22`, `0.5`), as ``Foundation/Decimal/plainString``.
    static func decimal<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Decimal {
        let text = try container.decode(String.self, forKey: key)
        guard let value = exactDecimal(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not a decimal string")
        }
        return value
    }

    /// An exact decimal string or "" (no value).
    static func optionalDecimal<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Decimal? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        guard let value = exactDecimal(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not a decimal string")
        }
        return value
    }

    /// A raw value or "" (none).
    static func optional<Value: RawRepresentable<String>, Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key,
                                                                        as type: Value.Type) throws -> Value? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        guard let value = Value(rawValue: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not a \(Value.self)")
        }
        return value
    }

    /// The whole string read as a decimal: digits, an optional sign and point; nothing else.
    private static func exactDecimal(_ text: String) -> Decimal? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else {
            return nil
        }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension Fact: Codable {
    private enum CodingKeys: String, CodingKey {
        case doc, company, companyName = "company_name", mention, metric, value, unit, item, qualifier, low, high, period
        case change, segment, status, text, start, end, sentence, confidence, rule
    }

    /// Reads a fact from a FACTS.md row (a line of `factx extract --format jsonl`): every field of
    /// ``Fact/columns`` is required; `rule`, which rows do not carry, is read when present.
    /// - Throws: `DecodingError` for a missing field or a value FACTS.md does not allow.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let periodText = try c.decode(String.self, forKey: .period)
        let period: Period?
        if periodText.isEmpty {
            period = nil
        } else if let parsed = Period(periodText) {
            period = parsed
        } else {
            throw DecodingError.dataCorruptedError(forKey: .period, in: c, debugDescription: "'\(periodText)' is not a period")
        }
        let start = try c.decode(Int.self, forKey: .start), end = try c.decode(Int.self, forKey: .end)
        guard 0 <= start, start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "start \(start) and end \(end) are no span")
        }
        self.init(doc: try c.decode(String.self, forKey: .doc), company: try c.decode(String.self, forKey: .company),
                  companyName: try c.decode(String.self, forKey: .companyName), mention: try c.decode(String.self, forKey: .mention),
                  metric: try c.decode(Metric.self, forKey: .metric), value: try FieldCoding.decimal(c, .value),
                  unit: try c.decode(ValueUnit.self, forKey: .unit), item: try c.decode(String.self, forKey: .item),
                  qualifier: try c.decode(Qualifier.self, forKey: .qualifier),
                  low: try FieldCoding.optionalDecimal(c, .low), high: try FieldCoding.optionalDecimal(c, .high),
                  period: period, change: try FieldCoding.optional(c, .change, as: Change.self),
                  segment: try c.decode(String.self, forKey: .segment), status: try c.decode(Status.self, forKey: .status),
                  text: try c.decode(String.self, forKey: .text), span: TextSpan(start: start, end: end),
                  sentence: try c.decode(String.self, forKey: .sentence), confidence: try c.decode(Double.self, forKey: .confidence),
                  rule: try c.decodeIfPresent(String.self, forKey: .rule) ?? "")
    }

    /// Writes the fact as a FACTS.md row: the fields of ``Fact/columns`` (decimals as exact strings,
    /// absent values as ""), then `rule` when it is not empty.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(company, forKey: .company)
        try c.encode(companyName, forKey: .companyName)
        try c.encode(mention, forKey: .mention)
        try c.encode(metric, forKey: .metric)
        try c.encode(value.plainString, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(item, forKey: .item)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(low?.plainString ?? "", forKey: .low)
        try c.encode(high?.plainString ?? "", forKey: .high)
        try c.encode(period?.description ?? "", forKey: .period)
        try c.encode(change?.rawValue ?? "", forKey: .change)
        try c.encode(segment, forKey: .segment)
        try c.encode(status, forKey: .status)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(confidence, forKey: .confidence)
        if !rule.isEmpty { try c.encode(rule, forKey: .rule) }
    }
}

extension Quantity: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, start, end, kind, value, unit, item, qualifier, low, high, classifier
        case perUnit = "per_unit", explicitSign = "explicit_sign"
    }

    /// Reads a figure as ``encode(to:)`` writes it: the columns of `factx numbers` but `doc`, then
    /// `classifier`, `per_unit` and `explicit_sign` (these three optional, as "", false, false).
    /// - Throws: `DecodingError` for a missing field or a value FACTS.md does not allow.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let start = try c.decode(Int.self, forKey: .start), end = try c.decode(Int.self, forKey: .end)
        guard 0 <= start, start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "start \(start) and end \(end) are no span")
        }
        self.init(span: TextSpan(start: start, end: end), text: try c.decode(String.self, forKey: .text),
                  kind: try c.decode(QuantityKind.self, forKey: .kind), value: try FieldCoding.decimal(c, .value),
                  unit: try c.decode(ValueUnit.self, forKey: .unit), item: try c.decode(String.self, forKey: .item),
                  classifier: try c.decodeIfPresent(String.self, forKey: .classifier) ?? "",
                  perUnit: try c.decodeIfPresent(Bool.self, forKey: .perUnit) ?? false,
                  qualifier: try c.decode(Qualifier.self, forKey: .qualifier),
                  low: try FieldCoding.optionalDecimal(c, .low), high: try FieldCoding.optionalDecimal(c, .high),
                  explicitSign: try c.decodeIfPresent(Bool.self, forKey: .explicitSign) ?? false)
    }

    /// Writes the figure with the column names of `factx numbers` (`text`, `start`, `end`, `kind`, `value`,
    /// `unit`, `item`, `qualifier`, `low`, `high`), then `classifier`, `per_unit` and `explicit_sign`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(value.plainString, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(item, forKey: .item)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(low?.plainString ?? "", forKey: .low)
        try c.encode(high?.plainString ?? "", forKey: .high)
        try c.encode(classifier, forKey: .classifier)
        try c.encode(perUnit, forKey: .perUnit)
        try c.encode(explicitSign, forKey: .explicitSign)
    }
}
