import Foundation

/// One input document: its id (path or record id), text and optional date.
struct Document {
    var id: String
    var text: String
    var date: String?
    /// Extra fields of a JSON Lines record, passed through on request.
    var fields: [String: Any] = [:]
}

/// A document that could not be read, with the reason.
struct InputFailure: Error, CustomStringConvertible {
    var source: String
    var reason: String
    var description: String { "\(source): \(reason)" }
}
