import Foundation

/// Formats facts as output rows straight into bytes, each column written from the fact (or, for another
/// column, such as a kept record field, from the caller's fields) without a string per field: the same bytes
/// as ``RowFormat/row(_:columns:numericColumns:)`` makes of `columns.map { fact.field($0) ?? field($0) }`.
package struct FactRowFormatter: Sendable {
    /// Where a column's value comes from.
    private enum Column: Sendable {
        case doc, company, companyName, mention, metric, value, unit, item, qualifier, low, high, period, change
        case segment, status, text, start, end, sentence, confidence
        /// A fact column without a writer here: written from `Fact.field(_:)`.
        case factField
        /// A record field (`--keep-fields`).
        case recordField

        init(_ name: String) {
            switch name {
            case "doc": self = .doc
            case "company": self = .company
            case "company_name": self = .companyName
            case "mention": self = .mention
            case "metric": self = .metric
            case "value": self = .value
            case "unit": self = .unit
            case "item": self = .item
            case "qualifier": self = .qualifier
            case "low": self = .low
            case "high": self = .high
            case "period": self = .period
            case "change": self = .change
            case "segment": self = .segment
            case "status": self = .status
            case "text": self = .text
            case "start": self = .start
            case "end": self = .end
            case "sentence": self = .sentence
            case "confidence": self = .confidence
            default: self = Fact.columns.contains(name) ? .factField : .recordField
            }
        }
    }

    package let format: RowFormat
    private let names: [String]
    private let columns: [Column]
    /// For JSON: what goes before each column's value, `"name": ` after a `, ` but for the first, back to back;
    /// column `i`'s ends at `jsonKeyEnds[i]`.
    private let jsonKeys: [UInt8]
    private let jsonKeyEnds: [Int]
    /// The bytes of a row that are not values: JSON keys and braces, separators, the line end.
    private let rowFrameSize: Int
    private let hasRecordFields: Bool

    /// The most bytes a number column (`start`, `end`) or a period takes.
    private static let maximumNumberSize = 64
    /// The most bytes a decimal takes: 38 digits, a sign and a point, an exponent of up to 127 as zeros; quoted.
    private static let maximumDecimalSize = 200

    package init(format: RowFormat, columns: [String]) {
        self.format = format
        names = columns
        self.columns = columns.map(Column.init)
        var keys: [UInt8] = [], ends: [Int] = []
        for (i, name) in columns.enumerated() {
            if i > 0 { keys += Array(", ".utf8) }
            keys.appendJSONString(name)
            keys += Array(": ".utf8)
            ends.append(keys.count)
        }
        jsonKeys = keys
        jsonKeyEnds = ends
        rowFrameSize = format.isJSON ? keys.count + 3 : columns.count + 2
        hasRecordFields = self.columns.contains(.recordField)
    }

    /// The rows of facts, back to back (JSON objects separated by `,\n`); `field` gives the value of a column
    /// that is not a fact's, the same for each of these facts (a document's kept record fields).
    package func rows(of facts: [Fact], field: (String) -> String) -> [UInt8] {
        let recordFields = hasRecordFields ? zip(columns, names).map { $0 == .recordField ? field($1) : "" } : []
        // Facts are read in place (a copy of each would retain all of its strings).
        return facts.withUnsafeBufferPointer { facts in
            var capacity = 0
            for i in facts.indices { capacity += maximumRowSize(facts.baseAddress! + i, recordFields) + 2 }
            return ByteWriter.bytes(capacity: capacity) { out in
                for i in facts.indices {
                    if format == .json && i > 0 { out.write(UInt8(ascii: ","), 0x0A) }
                    write(facts.baseAddress! + i, recordFields: recordFields, to: &out)
                }
            }
        }
    }

    /// Writes one fact's row: a CSV or TSV line, or a JSON object (with a newline for JSON Lines).
    private func write(_ fact: UnsafePointer<Fact>, recordFields: [String], to out: inout ByteWriter) {
        switch format {
        case .csv, .tsv:
            let separator = format == .csv ? UInt8(ascii: ",") : 0x09
            for (i, column) in columns.enumerated() {
                if i > 0 { out.write(separator) }
                writeValue(column, i, of: fact, recordFields, to: &out)
            }
            if format == .csv { out.write(0x0D) }
            out.write(0x0A)
        case .json, .jsonl:
            out.write(UInt8(ascii: "{"))
            jsonKeys.withUnsafeBufferPointer { keys in
                var keyStart = 0
                for (i, column) in columns.enumerated() {
                    out.write(UnsafeBufferPointer(rebasing: keys[keyStart..<jsonKeyEnds[i]]))
                    keyStart = jsonKeyEnds[i]
                    writeValue(column, i, of: fact, recordFields, to: &out)
                }
            }
            out.write(UInt8(ascii: "}"))
            if format == .jsonl { out.write(0x0A) }
        }
    }

    /// The most bytes a fact's row takes (see ``ByteWriter/maximumFieldSize(_:)``).
    private func maximumRowSize(_ fact: UnsafePointer<Fact>, _ recordFields: [String]) -> Int {
        var size = rowFrameSize
        for (i, column) in columns.enumerated() {
            switch column {
            case .doc: size += ByteWriter.maximumFieldSize(fact.pointee.doc)
            case .company: size += ByteWriter.maximumFieldSize(fact.pointee.company)
            case .companyName: size += ByteWriter.maximumFieldSize(fact.pointee.companyName)
            case .mention: size += ByteWriter.maximumFieldSize(fact.pointee.mention)
            case .metric: size += ByteWriter.maximumFieldSize(fact.pointee.metric.rawValue)
            case .unit: size += ByteWriter.maximumFieldSize(fact.pointee.unit.rawValue)
            case .item: size += ByteWriter.maximumFieldSize(fact.pointee.item)
            case .qualifier: size += ByteWriter.maximumFieldSize(fact.pointee.qualifier.rawValue)
            case .change: size += ByteWriter.maximumFieldSize(fact.pointee.change?.rawValue ?? "")
            case .segment: size += ByteWriter.maximumFieldSize(fact.pointee.segment)
            case .status: size += ByteWriter.maximumFieldSize(fact.pointee.status.rawValue)
            case .text: size += ByteWriter.maximumFieldSize(fact.pointee.text)
            case .sentence: size += ByteWriter.maximumFieldSize(fact.pointee.sentence)
            case .value, .low, .high: size += Self.maximumDecimalSize
            case .period, .start, .end, .confidence: size += Self.maximumNumberSize
            case .factField: size += ByteWriter.maximumFieldSize(fact.pointee.field(names[i]) ?? "")
            case .recordField: size += ByteWriter.maximumFieldSize(recordFields[i])
            }
        }
        return size
    }

    private func writeValue(_ column: Column, _ index: Int, of fact: UnsafePointer<Fact>, _ recordFields: [String], to out: inout ByteWriter) {
        switch column {
        case .doc: writeText(fact.pointee.doc, to: &out)
        case .company: writeText(fact.pointee.company, to: &out)
        case .companyName: writeText(fact.pointee.companyName, to: &out)
        case .mention: writeText(fact.pointee.mention, to: &out)
        case .metric: writeText(fact.pointee.metric.rawValue, to: &out)
        case .value: writeText(fact.pointee.value.plainString, to: &out)
        case .unit: writeText(fact.pointee.unit.rawValue, to: &out)
        case .item: writeText(fact.pointee.item, to: &out)
        case .qualifier: writeText(fact.pointee.qualifier.rawValue, to: &out)
        case .low: writeText(fact.pointee.low?.plainString ?? "", to: &out)
        case .high: writeText(fact.pointee.high?.plainString ?? "", to: &out)
        case .period:
            guard let period = fact.pointee.period else { return writeText("", to: &out) }
            // Digits, `FY`, `-`, `Q`, `H`: nothing to escape in any format.
            if format.isJSON { out.write(UInt8(ascii: "\"")) }
            Self.writePeriod(period, to: &out)
            if format.isJSON { out.write(UInt8(ascii: "\"")) }
        case .change: writeText(fact.pointee.change?.rawValue ?? "", to: &out)
        case .segment: writeText(fact.pointee.segment, to: &out)
        case .status: writeText(fact.pointee.status.rawValue, to: &out)
        case .text: writeText(fact.pointee.text, to: &out)
        // Numbers: written bare in JSON, and nothing to escape in CSV or TSV.
        case .start: out.writeDecimal(fact.pointee.span.start)
        case .end: out.writeDecimal(fact.pointee.span.end)
        case .sentence: writeText(fact.pointee.sentence, to: &out)
        case .confidence: Self.writeConfidence(fact.pointee.confidence, to: &out)
        case .factField: writeField(fact.pointee.field(names[index]) ?? "", numeric: Fact.isNumericColumn(names[index]), to: &out)
        case .recordField: writeField(recordFields[index], numeric: Fact.isNumericColumn(names[index]), to: &out)
        }
    }

    private func writeField(_ value: String, numeric: Bool, to out: inout ByteWriter) {
        if numeric && format.isJSON && !value.isEmpty { out.write(value) } else { writeText(value, to: &out) }
    }

    private func writeText(_ text: String, to out: inout ByteWriter) {
        switch format {
        case .json, .jsonl: out.writeJSONString(text)
        case .csv: out.writeCSVField(text)
        case .tsv: out.writeTSVField(text)
        }
    }

    /// `Period.description`: `2024`, `2024-Q1`, `2023-H2`, `2024-04`, `FY2026-Q2`.
    package static func writePeriod(_ period: Period, to out: inout ByteWriter) {
        if period.fiscal { out.write(UInt8(ascii: "F"), UInt8(ascii: "Y")) }
        out.writeDecimal(period.year)
        switch period.part {
        case .year:
            break
        case .quarter(let q):
            out.write(UInt8(ascii: "-"), UInt8(ascii: "Q"))
            out.writeDecimal(q)
        case .half(let h):
            out.write(UInt8(ascii: "-"), UInt8(ascii: "H"))
            out.writeDecimal(h)
        case .month(let m):
            out.write(UInt8(ascii: "-"))
            if m < 10 { out.write(UInt8(ascii: "0")) }
            out.writeDecimal(m)
        }
    }

    /// `Fact`'s confidence text: hundredths without trailing zeros (`0.92`, `0.5`, `1`, `0`).
    package static func writeConfidence(_ confidence: Double, to out: inout ByteWriter) {
        let hundredths = Int((min(max(confidence, 0), 1) * 100).rounded())
        switch hundredths {
        case 100: out.write(UInt8(ascii: "1"))
        case 0: out.write(UInt8(ascii: "0"))
        default:
            out.write(UInt8(ascii: "0"), UInt8(ascii: "."))
            if hundredths < 10 { out.write(UInt8(ascii: "0")) }
            out.writeDecimal(hundredths % 10 == 0 ? hundredths / 10 : hundredths)
        }
    }
}

extension RowFormat {
    /// Whether rows are JSON objects (`json`, `jsonl`).
    package var isJSON: Bool { self == .json || self == .jsonl }
}
