import Foundation

/// One input document: its id (path or record id), text and optional date.
struct Document: Sendable {
    var id: String
    var text: String
    var date: String?
    /// The fields of a JSON Lines record, passed through on request.
    var fields = RecordFields()
    /// The encoding the text was read in (`UTF-8`, `GB18030`, …); nil for JSON Lines records.
    var encoding: String? = nil

    /// A record field as output text: strings as they are, other JSON values in JSON form, empty when absent or null.
    func field(_ name: String) -> String {
        fields.outputText(of: name)
    }
}

/// The fields of a JSON Lines record: the line as parsed, or the values `JSONSerialization` made of it.
struct RecordFields: ExpressibleByDictionaryLiteral {
    private enum Storage {
        case parsed(JSONRecord)
        case values([String: Any])
    }
    private let storage: Storage

    /// No fields.
    init() { storage = .values([:]) }

    init(_ record: JSONRecord) { storage = .parsed(record) }

    /// Fields as `JSONSerialization` makes them: `String`, `NSNumber`, `NSNull`, arrays and dictionaries.
    init(_ values: [String: Any]) { storage = .values(values) }

    init(dictionaryLiteral elements: (String, Any)...) {
        self.init(Dictionary(elements) { _, last in last })
    }

    /// A field as output text: strings as they are, other JSON values in JSON form (keys sorted, `/` unescaped),
    /// empty when absent or null.
    func outputText(of name: String) -> String {
        let value: Any
        switch storage {
        case .parsed(let record):
            guard let member = record.member(named: name) else { return "" }
            if let string = record.string(of: member) { return string }
            guard member.kind != .null, let parsed = record.foundationValue(of: member) else { return "" }
            value = parsed
        case .values(let values):
            guard let found = values[name] else { return "" }
            if let string = found as? String { return string }
            value = found
        }
        if value is NSNull { return "" }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]) else {
            return "\(value)"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

// A parsed record is immutable bytes; `values` holds the immutable objects JSONSerialization makes (strings,
// numbers, arrays, dictionaries). Fields are built on one thread and then only read.
extension RecordFields: @unchecked Sendable {}

/// A document that could not be read, with the reason.
struct InputFailure: Error, CustomStringConvertible, Sendable {
    /// The file, `file:line` of a JSON Lines record, or `<stdin>`.
    var source: String
    var reason: String
    /// The document's id when it is known (a record's `id`, a file's path), for the `--errors` file.
    var document: String? = nil
    var description: String { "\(source): \(reason)" }
}
