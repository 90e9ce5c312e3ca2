/// The row formats of `factx`: what a library user writes to get the same bytes the CLI writes.
public enum RowFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180: a header line, fields quoted when they hold a comma, a quote or a line break; CRLF line ends.
    case csv
    /// A header line, tab-separated; `\` tab, line feed and carriage return in a field written `\\ \t \n \r`.
    case tsv
    /// One JSON array of objects, one object a line.
    case json
    /// JSON Lines: one object a line, no header.
    case jsonl

    /// What comes before the rows: the CSV or TSV header line, JSON's `[`, nothing for JSON Lines.
    /// - Parameter columns: the column names, in order.
    public func header(columns: [String]) -> String {
        switch self {
        case .csv: return columns.map { Self.field($0) { $0.writeCSVField($1) } }.joined(separator: ",") + "\r\n"
        case .tsv: return columns.joined(separator: "\t") + "\n"
        case .json: return "["
        case .jsonl: return ""
        }
    }

    /// What comes after the rows: JSON's closing `]` (after `count` rows), nothing for the other formats.
    public func footer(rowCount count: Int) -> String {
        self == .json ? (count == 0 ? "]\n" : "\n]\n") : ""
    }

    /// What goes before a row: the `\n` or `,\n` between JSON's objects, nothing for the other formats.
    /// - Parameter index: the row's place, 0 for the first.
    public func separator(beforeRow index: Int) -> String {
        self == .json ? (index == 0 ? "\n" : ",\n") : ""
    }

    /// One row of string values as text: a CSV or TSV line, or a JSON object (with a newline for JSON Lines).
    /// - Parameters:
    ///   - values: the row's values, in the order of `columns` (missing ones written as "").
    ///   - columns: the column names (JSON keys).
    ///   - numericColumns: the columns whose non-empty values are written as bare JSON numbers.
    public func row(_ values: [String], columns: [String], numericColumns: Set<String> = []) -> String {
        switch self {
        case .csv: return values.map { Self.field($0) { $0.writeCSVField($1) } }.joined(separator: ",") + "\r\n"
        case .tsv: return values.map { Self.field($0) { $0.writeTSVField($1) } }.joined(separator: "\t") + "\n"
        case .jsonl: return Self.jsonObject(values, columns: columns, numericColumns: numericColumns) + "\n"
        case .json: return Self.jsonObject(values, columns: columns, numericColumns: numericColumns)
        }
    }

    private static func field(_ text: String, _ write: (inout ByteWriter, String) -> Void) -> String {
        String(decoding: ByteWriter.bytes(capacity: ByteWriter.maximumFieldSize(text)) { write(&$0, text) }, as: UTF8.self)
    }

    private static func jsonObject(_ row: [String], columns: [String], numericColumns: Set<String>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64 + row.reduce(0) { $0 + $1.utf8.count } + columns.count * 16)
        out.append(UInt8(ascii: "{"))
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")); out.append(UInt8(ascii: " ")) }
            out.appendJSONString(column)
            out.append(UInt8(ascii: ":")); out.append(UInt8(ascii: " "))
            let value = i < row.count ? row[i] : ""
            if numericColumns.contains(column) && !value.isEmpty { out.append(contentsOf: value.utf8) } else { out.appendJSONString(value) }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// Writes facts as rows of `factx extract`: the same columns, escaping and bytes, in any ``RowFormat``.
///
/// ```swift
/// let writer = FactRowWriter(format: .csv, columns: ["company", "metric", "value", "unit", "period"])
/// print(writer.document(try FactExtractor().extract("ASML一季度营收53亿欧元。")), terminator: "")
/// // company,metric,value,unit,period
/// // asml,revenue,5300000000,EUR,
/// ```
public struct FactRowWriter: Sendable {
    /// The row format.
    public let format: RowFormat
    /// The columns written, in order: names of ``Fact/columns``, or other names whose values the caller gives.
    public let columns: [String]
    private let formatter: FactRowFormatter

    /// - Parameters:
    ///   - format: the row format.
    ///   - columns: the columns to write, in order; a name that is not one of ``Fact/columns`` is an extra
    ///     column (such as a record's `url`), its value given to ``rows(_:fields:)``.
    public init(format: RowFormat, columns: [String] = Fact.columns) {
        self.format = format
        self.columns = columns
        formatter = FactRowFormatter(format: format, columns: columns)
    }

    /// What comes before the rows (see ``RowFormat/header(columns:)``).
    public var header: String { format.header(columns: columns) }

    /// The rows of facts as UTF-8 bytes, back to back: CSV or TSV lines, JSON Lines, or (``RowFormat/json``)
    /// objects separated by `,\n`, for the writer to put between ``RowFormat/separator(beforeRow:)`` and
    /// ``RowFormat/footer(rowCount:)``.
    /// - Parameters:
    ///   - facts: the facts, one row each.
    ///   - fields: the values of the extra columns, the same for each of these facts; a missing one is "".
    public func rows(_ facts: [Fact], fields: [String: String] = [:]) -> [UInt8] {
        formatter.rows(of: facts, field: { fields[$0] ?? "" })
    }

    /// One fact's row as text (with its line end, but for ``RowFormat/json``).
    public func row(_ fact: Fact, fields: [String: String] = [:]) -> String {
        String(decoding: rows([fact], fields: fields), as: UTF8.self)
    }

    /// A whole output of facts: header, rows and footer, as `factx extract` writes it.
    public func document(_ facts: [Fact], fields: [String: String] = [:]) -> String {
        guard !facts.isEmpty else { return header + format.footer(rowCount: 0) }
        return header + format.separator(beforeRow: 0) + String(decoding: rows(facts, fields: fields), as: UTF8.self)
            + format.footer(rowCount: facts.count)
    }
}
