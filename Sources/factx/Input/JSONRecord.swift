import Foundation
import FactKit

/// One line of JSON Lines read as a JSON object in a single pass: its top-level members, each value kept as
/// its place in the line, and the string values of the members asked for, unescaped.
///
/// The parser takes RFC 8259 JSON objects within these limits, and nothing else:
/// - numbers without an exponent and of at most 30 digits,
/// - at most 64 levels of nesting,
/// - UTF-8 text, strings of valid UTF-8 whose `\u` escapes pair their surrogates,
/// - no byte order mark (U+FEFF) opening a string or following an escape.
///
/// Every line it takes, `JSONSerialization` takes too, with the same values. A line it does not take is not
/// necessarily malformed: `JSONSerialization` also reads trailing commas, UTF-16 and UTF-32 text, a byte order
/// mark, numbers with exponents or many digits and deeper nesting, so the caller hands such a line to it.
struct JSONRecord {
    /// What a member's value is.
    enum Kind: Equatable {
        case string
        /// A number written as an integer of at most 18 digits, other than `-0`: its text is what
        /// `NSNumber.stringValue` makes of it.
        case integer
        /// Any other number.
        case number
        case `true`, `false`, null, object, array
    }

    /// A top-level member of the object.
    struct Member {
        var name: String
        var kind: Kind
        /// Where the value lies in ``JSONRecord/line``; a string's with its quotes.
        var value: Range<Int>
        /// The unescaped value of a string member whose name was asked for.
        var string: String?
    }

    /// The line read.
    let line: [UInt8]
    /// The members in the order written, repeated names included.
    let members: [Member]

    /// Reads `line`, unescaping the string values of the members named in `decoding`; nil when `line` is not
    /// a JSON object within the limits above.
    init?(parsing line: [UInt8], decoding names: [String]) {
        var members: [Member] = []
        let taken = line.withUnsafeBufferPointer { bytes in
            var scanner = JSONScanner(bytes)
            return scanner.object(decoding: names, into: &members)
        }
        guard taken else { return nil }
        self.line = line
        self.members = members
    }

    /// The last member named `name`, as a dictionary built from the object keeps the last of repeated keys
    /// (names compare as Swift strings do, by canonical equivalence).
    func member(named name: String) -> Member? {
        members.last { $0.name == name }
    }

    /// A member's value as `JSONSerialization` makes it (`String`, `NSNumber`, `NSNull`, arrays, dictionaries).
    func foundationValue(of member: Member) -> Any? {
        if let string = member.string { return string }
        if member.kind == .string { return JSONScanner.unescapedString(line, member.value) }
        if member.kind == .null { return NSNull() }
        return try? JSONSerialization.jsonObject(with: Data(line[member.value]), options: [.fragmentsAllowed])
    }

    /// The unescaped text of a string member.
    func string(of member: Member) -> String? {
        guard member.kind == .string else { return nil }
        return member.string ?? JSONScanner.unescapedString(line, member.value)
    }
}

/// The single-pass scanner behind ``JSONRecord``: moves through UTF-8 bytes, checking JSON syntax.
struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// Unescaped bytes of the string being decoded.
    private var scratch: [UInt8] = []

    /// Deeper nesting is left to `JSONSerialization`.
    static let maximumDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    private var next: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    /// Reads a whole line as one object, appending its members; false when it is not one.
    mutating func object(decoding names: [String], into members: inout [JSONRecord.Member]) -> Bool {
        skipWhitespace()
        guard next == UInt8(ascii: "{") else { return false }
        i += 1
        skipWhitespace()
        if next == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                guard next == Self.quote, let name = decodeString() else { return false }
                skipWhitespace()
                guard next == UInt8(ascii: ":") else { return false }
                i += 1
                skipWhitespace()
                let start = i
                let kind: JSONRecord.Kind
                var string: String?
                if next == Self.quote {
                    kind = .string
                    if names.contains(name) {
                        guard let decoded = decodeString() else { return false }
                        string = decoded
                    } else {
                        guard skipString(validatingUTF8: true) else { return false }
                    }
                } else {
                    guard let other = skipValue(depth: 2) else { return false }
                    kind = other
                }
                members.append(JSONRecord.Member(name: name, kind: kind, value: start..<i, string: string))
                skipWhitespace()
                if next == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace()
                } else if next == UInt8(ascii: "}") {
                    i += 1
                    break
                } else {
                    return false
                }
            }
        }
        skipWhitespace()
        return i == bytes.count
    }

    /// Moves past one value (not a top-level string); returns its kind, nil when malformed or out of limits.
    private mutating func skipValue(depth: Int) -> JSONRecord.Kind? {
        guard let first = next else { return nil }
        switch first {
        case Self.quote:
            return skipString(validatingUTF8: true) ? .string : nil
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { return nil }
            i += 1
            skipWhitespace()
            if next == UInt8(ascii: "}") { i += 1; return .object }
            while true {
                guard next == Self.quote, skipString(validatingUTF8: true) else { return nil }
                skipWhitespace()
                guard next == UInt8(ascii: ":") else { return nil }
                i += 1
                skipWhitespace()
                guard skipValue(depth: depth + 1) != nil else { return nil }
                skipWhitespace()
                guard let separator = next else { return nil }
                i += 1
                if separator == UInt8(ascii: "}") { return .object }
                guard separator == UInt8(ascii: ",") else { return nil }
                skipWhitespace()
            }
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { return nil }
            i += 1
            skipWhitespace()
            if next == UInt8(ascii: "]") { i += 1; return .array }
            while true {
                guard skipValue(depth: depth + 1) != nil else { return nil }
                skipWhitespace()
                guard let separator = next else { return nil }
                i += 1
                if separator == UInt8(ascii: "]") { return .array }
                guard separator == UInt8(ascii: ",") else { return nil }
                skipWhitespace()
            }
        case UInt8(ascii: "t"): return skipLiteral("true") ? .true : nil
        case UInt8(ascii: "f"): return skipLiteral("false") ? .false : nil
        case UInt8(ascii: "n"): return skipLiteral("null") ? .null : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return skipNumber()
        default: return nil
        }
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - i >= count, memcmp(bytes.baseAddress! + i, literal.utf8Start, count) == 0 else { return false }
        i += count
        return true
    }

    private mutating func skipNumber() -> JSONRecord.Kind? {
        let negative = next == UInt8(ascii: "-")
        if negative { i += 1 }
        var digits = 0
        var allZero = true
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
        guard isDigit(next) else { return nil }
        if next == UInt8(ascii: "0") {
            i += 1
            digits = 1
        } else {
            allZero = false
            while isDigit(next) { i += 1; digits += 1 }
        }
        var integer = true
        if next == UInt8(ascii: ".") {
            i += 1
            integer = false
            guard isDigit(next) else { return nil }
            while isDigit(next) { i += 1; digits += 1 }
        }
        // An exponent can leave Double's range, which JSONSerialization refuses: it decides.
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") || digits > 30 { return nil }
        return integer && digits <= 18 && !(negative && allZero) ? .integer : .number
    }

    // MARK: - Strings

    /// Whether a byte order mark (U+FEFF as UTF-8) starts at `i`. `JSONSerialization` drops one that opens a
    /// string or follows an escape (and keeps any other), so the scanner leaves such strings to it.
    private var atByteOrderMark: Bool {
        bytes.count - i >= 3 && bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF
    }

    /// Moves past the string whose opening quote is at the current byte; false when it is malformed
    /// (a control character, a bad escape, a lone surrogate, no closing quote, or invalid UTF-8 when asked).
    private mutating func skipString(validatingUTF8: Bool) -> Bool {
        i += 1
        if atByteOrderMark { return false }
        while true {
            skipPlainBytes(stopAtNonASCII: validatingUTF8)
            guard let byte = next else { return false }
            switch byte {
            case Self.quote:
                i += 1
                return true
            case Self.backslash:
                guard let _ = escapedScalar(), !atByteOrderMark else { return false }
            case 0..<0x20:
                return false
            case 0x80...:
                guard let length = Self.validSequenceLength(bytes, at: i) else { return false }
                i += length
            default:
                i += 1
            }
        }
    }

    /// Reads the string whose opening quote is at the current byte; nil when it is malformed or not valid UTF-8.
    /// Without escapes the text goes from the line into the string in one copy.
    private mutating func decodeString() -> String? {
        i += 1
        if atByteOrderMark { return nil }
        let start = i
        var escaped = false
        scratch.removeAll(keepingCapacity: true)
        while true {
            let runStart = i
            skipPlainBytes(stopAtNonASCII: false)
            guard let byte = next else { return nil }
            if escaped, i > runStart { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            switch byte {
            case Self.quote:
                i += 1
                if !escaped { return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self) }
                return String(validating: scratch, as: UTF8.self)
            case Self.backslash:
                if !escaped {
                    escaped = true
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
                guard let scalar = escapedScalar(), !atByteOrderMark else { return nil }
                Self.appendScalar(scalar.value, to: &scratch)
            default:
                return nil  // a control character
            }
        }
    }

    private static func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Moves `i` past bytes that need no attention in a string (see ``JSONStringBytes/endOfPlainRun(_:from:stopAtNonASCII:)``).
    private mutating func skipPlainBytes(stopAtNonASCII: Bool) {
        i = JSONStringBytes.endOfPlainRun(bytes, from: i, stopAtNonASCII: stopAtNonASCII)
    }

    /// Reads the escape at the current backslash: `\" \\ \/ \b \f \n \r \t` or `\uXXXX`, a surrogate pair as one
    /// scalar; nil when it is none of these or a surrogate is alone.
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard bytes.count - i >= 2 else { return nil }
        let letter = bytes[i + 1]
        i += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let unit = hexUnit() else { return nil }
            switch unit {
            case 0xD800..<0xDC00:
                guard bytes.count - i >= 6, bytes[i] == Self.backslash, bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                i += 2
                guard let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            case 0xDC00..<0xE000:
                return nil
            default:
                return Unicode.Scalar(unit)
            }
        default:
            return nil
        }
    }

    /// Four hex digits.
    private mutating func hexUnit() -> UInt32? {
        guard bytes.count - i >= 4 else { return nil }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
            i += 1
        }
        return unit
    }

    /// The length of the valid UTF-8 sequence of 2–4 bytes starting at `at`, nil when there is none.
    private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let lead = bytes[start]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard bytes.count - start >= length, (low...high).contains(bytes[start + 1]) else { return nil }
        for k in 2..<length where bytes[start + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The unescaped text of a string in `line` at `range` (quotes included), which a scan has found well-formed.
    static func unescapedString(_ line: [UInt8], _ range: Range<Int>) -> String? {
        line.withUnsafeBufferPointer { all in
            var scanner = JSONScanner(UnsafeBufferPointer(rebasing: all[range]))
            return scanner.decodeString()
        }
    }
}
