import FactKit
import Foundation

/// Writes rows of named string fields as CSV (RFC 4180), TSV, JSON or JSON Lines, in the library's ``RowFormat``.
struct RowWriter {
    let format: OutputFormat
    let columns: [String]
    /// Columns written as JSON numbers rather than strings.
    var numericColumns: Set<String> = []
    private var rowsWritten = 0
    private let sink: (String) -> Void

    /// Where each written column stands in a row given to ``write(_:)``; nil when rows are written whole.
    private let picked: [Int]?

    /// - Parameters:
    ///   - columns: the names of a row's values, in the order ``write(_:)`` is given them.
    ///   - chosen: the columns written, in this order (`--columns`; names of `columns`); nil for all of them.
    init(format: OutputFormat, columns: [String], chosen: [String]? = nil, numericColumns: Set<String> = [],
         sink: @escaping (String) -> Void) {
        self.format = format
        self.columns = chosen ?? columns
        picked = chosen.map { $0.map { name in columns.firstIndex(of: name)! } }
        self.numericColumns = numericColumns
        self.sink = sink
    }

    mutating func begin() {
        sink(Self.header(format: format, columns: columns))
    }

    /// What comes before the rows: the CSV or TSV header line, JSON's `[`, nothing for JSON Lines.
    static func header(format: OutputFormat, columns: [String]) -> String {
        format.header(columns: columns)
    }

    mutating func write(_ row: [String]) {
        let values = picked.map { $0.map { row[$0] } } ?? row
        write(formatted: RowWriter.format(values, as: format, columns: columns, numericColumns: numericColumns))
    }

    /// Writes a row made by ``format(_:as:columns:numericColumns:)``.
    mutating func write(formatted row: String) {
        switch format {
        case .csv, .tsv, .jsonl: sink(row)
        case .json: sink((rowsWritten == 0 ? "\n" : ",\n") + row)
        }
        rowsWritten += 1
    }

    /// One row as text: a CSV or TSV line, or a JSON object (with a newline for JSON Lines).
    static func format(_ row: [String], as format: OutputFormat, columns: [String], numericColumns: Set<String>) -> String {
        format.row(row, columns: columns, numericColumns: numericColumns)
    }

    mutating func end() {
        sink(format.footer(rowCount: rowsWritten))
    }

    static func csvField(_ s: String) -> String {
        String(decoding: ByteWriter.bytes(capacity: ByteWriter.maximumFieldSize(s)) { $0.writeCSVField(s) }, as: UTF8.self)
    }

    static func tsvField(_ s: String) -> String {
        String(decoding: ByteWriter.bytes(capacity: ByteWriter.maximumFieldSize(s)) { $0.writeTSVField(s) }, as: UTF8.self)
    }

    static func jsonString(_ s: String) -> String {
        var out = [UInt8]()
        out.appendJSONString(s)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Buffered standard output.
final class StandardOutput {
    private var buffer = [UInt8]()
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
