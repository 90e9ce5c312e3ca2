import Foundation

/// A problem in a dictionary file, naming the file, the line and the reason.
public struct DictionaryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as it was named (a path, or the built-in file's name).
    public var file: String
    /// The 1-based line number, or 0 for the file as a whole.
    public var line: Int
    /// What is wrong, in words (`unknown parent 'foo'`).
    public var reason: String

    /// An error at `line` of `file` (0 for the whole file) for `reason`.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, or `file: reason` for the whole file.
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}

/// A plain-text dictionary: one entry a line, fields separated by tabs, `#` starts a comment
/// line, blank lines are skipped. A first line starting with `#!` may name the columns.
struct DictionaryFile: Sendable {
    /// One entry line with its number, for error messages.
    struct Line: Sendable {
        let file: String
        let number: Int
        let fields: [String]

        func error(_ reason: String) -> DictionaryError {
            DictionaryError(file: file, line: number, reason: reason)
        }

        /// Requires at least `count` fields.
        func expect(fields count: Int) throws {
            if fields.count < count {
                throw error("expected \(count) tab-separated fields, found \(fields.count)")
            }
        }

        /// The field at `index`, or "" when the line is shorter.
        subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }

        /// A `|`-separated list field, empty entries dropped.
        func list(_ index: Int) -> [String] {
            // Split on UTF-8 bytes: `|` and the space are single bytes, never inside a multi-byte character.
            var field = self[index]
            return field.withUTF8 { utf8 -> [String] in
                var items = [String]()
                var a = 0
                for k in 0...utf8.count where k == utf8.count || utf8[k] == 0x7C {
                    var from = a, to = k
                    while from < to, utf8[from] == 0x20 { from += 1 }
                    while to > from, utf8[to - 1] == 0x20 { to -= 1 }
                    if from < to { items.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[from..<to]), as: UTF8.self)) }
                    a = k + 1
                }
                return items
            }
        }
    }

    let name: String
    let lines: [Line]

    init(name: String, contents: String) {
        self.name = name
        // Split on UTF-8 bytes: tab, newline and space are single bytes and never inside a multi-byte character.
        var lines = [Line]()
        var utf8 = Array(contents.utf8)
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        func trimmed(_ a: Int, _ b: Int) -> String {
            var a = a, b = b
            while a < b, utf8[a] == 0x20 || utf8[a] == 0x0D { a += 1 }
            while b > a, utf8[b - 1] == 0x20 || utf8[b - 1] == 0x0D { b -= 1 }
            return String(decoding: utf8[a..<b], as: UTF8.self)
        }
        var number = 0
        var start = 0
        let n = utf8.count
        while start <= n {
            var end = start
            while end < n, utf8[end] != 0x0A { end += 1 }
            number += 1
            var first = start
            while first < end, utf8[first] == 0x20 || utf8[first] == 0x0D || utf8[first] == 0x09 { first += 1 }
            if first < end, utf8[first] != UInt8(ascii: "#") {
                var fields = [String]()
                var a = start
                for k in start...end where k == end || utf8[k] == 0x09 {
                    fields.append(trimmed(a, k))
                    a = k + 1
                }
                lines.append(Line(file: name, number: number, fields: fields))
            }
            if end == n { break }
            start = end + 1
        }
        self.lines = lines
    }

    /// Reads a file from disk; a missing or undecodable file is a ``DictionaryError``.
    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DictionaryError(file: path, line: 0, reason: "cannot read the file (missing or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DictionaryError(file: path, line: 0, reason: "not UTF-8 text")
        }
        self.init(name: path, contents: text)
    }
}

extension StringProtocol {
    /// The text without the characters of `set` at either end (no Foundation needed).
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
