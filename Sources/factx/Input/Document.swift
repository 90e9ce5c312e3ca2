import Foundation

/// One input document: its id (path or record id), text and optional date.
struct Document {
    var id: String
    var text: String
    var date: String?
    /// Extra fields of a JSON Lines record, passed through on request.
    var fields: [String: Any] = [:]
    /// The encoding the text was read in (`UTF-8`, `GB18030`, …); nil for JSON Lines records.
    var encoding: String? = nil

    /// A record field as output text: strings as they are, other JSON values in JSON form, empty when absent or null.
    func field(_ name: String) -> String {
        guard let value = fields[name], !(value is NSNull) else { return "" }
        if let string = value as? String { return string }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]) else {
            return "\(value)"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

// `fields` holds the immutable values JSONSerialization makes (strings, numbers, arrays, dictionaries);
// a document is built on one thread and then only read.
extension Document: @unchecked Sendable {}

/// A document that could not be read, with the reason.
struct InputFailure: Error, CustomStringConvertible, Sendable {
    /// The file, `file:line` of a JSON Lines record, or `<stdin>`.
    var source: String
    var reason: String
    var description: String { "\(source): \(reason)" }
}
