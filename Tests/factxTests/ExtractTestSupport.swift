import FactKit
import Foundation

/// Parses CSV strictly per RFC 4180: fields separated by commas, records by CRLF, fields holding a comma,
/// quote or line break quoted with `"` and inner quotes doubled. Throws on anything else.
func parseCSV(_ text: String) throws -> [[String]] {
    struct Malformed: Error, CustomStringConvertible { var description: String }
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false, wasQuoted = false
    while let c = scalars.popFirst() {
        if quoted {
            if c == "\"" {
                if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"":
            guard field.isEmpty, !wasQuoted else { throw Malformed(description: "quote inside an unquoted field: \(field)") }
            quoted = true
            wasQuoted = true
        case ",":
            record.append(field); field = ""; wasQuoted = false
        case "\r":
            guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
            record.append(field); field = ""; wasQuoted = false
            records.append(record); record = []
        case "\n":
            throw Malformed(description: "bare LF ends a record")
        default:
            guard !wasQuoted else { throw Malformed(description: "text after a closing quote") }
            field.unicodeScalars.append(c)
        }
    }
    guard !quoted else { throw Malformed(description: "unterminated quoted field") }
    guard field.isEmpty, record.isEmpty else { throw Malformed(description: "last record lacks its CRLF") }
    return records
}

/// Parses factx's TSV: tab-separated, `\t` `\n` `\r` `\\` escaped, LF-terminated.
func parseTSV(_ text: String) -> [[String]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
        line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
            var out = "", escaped = false
            for c in field {
                if escaped {
                    out.append(c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            return out
        }
    }
}

/// A JSON value as the text of a row field (numbers in their plain form).
func fieldText(_ value: Any?) -> String {
    switch value {
    case let s as String: return s
    case let n as NSNumber: return n.stringValue
    default: return ""
    }
}

/// A fresh temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("factx-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var path: String { url.path }
    /// Writes `bytes` at `relative` (folders created) and returns the full path.
    @discardableResult
    func write(_ relative: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Data(text.utf8)) }
    func remove() { try? FileManager.default.removeItem(at: url) }
    /// Names in the folder (hidden ones too), sorted.
    func listing(_ relative: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(relative).path)) ?? []).sorted()
    }
}

/// Bytes from hexadecimal text (spaces ignored).
func hexBytes(_ hex: String) -> Data {
    let digits = Array(hex.filter { !$0.isWhitespace })
    return Data(stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! })
}

/// The library's own answer: the rows `factx extract` must print for these documents (id, text), in
/// input order then offset order, with `columns`.
func libraryRows(_ documents: [(id: String, text: String, date: String?)], columns: [String] = Fact.columns,
                 options: ExtractionOptions = ExtractionOptions()) throws -> [[String]] {
    let extractor = try FactExtractor(options: options)
    return documents.flatMap { document in
        extractor.extract(document.text, document: document.id, date: document.date.flatMap(CalendarDate.init))
            .enumerated().sorted { ($0.element.span, $0.offset) < ($1.element.span, $1.offset) }
            .map { item in columns.map { item.element.field($0) ?? "" } }
    }
}

/// The example news files: (path, text), sorted as factx reads a folder.
func exampleNews() throws -> [(id: String, text: String, date: String?)] {
    let folder = packageRoot.appendingPathComponent("Examples/news").path
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted().map {
        let path = folder + "/" + $0
        return (path, try String(contentsOfFile: path, encoding: .utf8), nil)
    }
}

/// The example dictionary's path.
var exampleDictionary: String { packageRoot.appendingPathComponent("Examples/dictionary.tsv").path }
