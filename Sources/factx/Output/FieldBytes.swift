/// Writes bytes through a pointer into storage whose size is fixed in advance (each write is checked against
/// it), with output fields quoted and escaped for JSON, CSV or TSV exactly as ``RowWriter/jsonString(_:)``,
/// ``RowWriter/csvField(_:)`` and ``RowWriter/tsvField(_:)`` write them.
struct ByteWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!  // never written through when empty
        capacity = buffer.count
    }

    /// The bytes `body` writes, given room for `capacity` of them.
    static func bytes(capacity: Int, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var writer = ByteWriter(UnsafeMutableBufferPointer(rebasing: buffer[0..<capacity]))
            body(&writer)
            initialized = writer.count
        }
    }

    /// The most bytes a text takes as a field of any format: each byte escaped as `\u00XX`, and two quotes.
    static func maximumFieldSize(_ text: String) -> Int { 6 * text.utf8.count + 2 }

    @inline(__always)
    mutating func write(_ byte: UInt8) {
        precondition(count < capacity, "ByteWriter: more bytes than room was made for")
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func write(_ first: UInt8, _ second: UInt8) {
        precondition(capacity - count >= 2, "ByteWriter: more bytes than room was made for")
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= capacity - count, "ByteWriter: more bytes than room was made for")
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// Writes a string's bytes as they are.
    mutating func write(_ text: String) {
        withUTF8(of: text) { write($0) }
    }

    /// Writes `text` as a JSON string literal: `\" \\ \n \r \t`, other control characters as `\u00XX`.
    mutating func writeJSONString(_ text: String) {
        write(UInt8(ascii: "\""))
        withUTF8(of: text) { bytes in
            var i = 0
            while true {
                let runStart = i
                i = JSONStringBytes.endOfPlainRun(bytes, from: i, stopAtNonASCII: false)
                if i > runStart { write(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                guard i < bytes.count else { return }
                let byte = bytes[i]
                i += 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): write(UInt8(ascii: "\\"), byte)
                case 0x0A: write(UInt8(ascii: "\\"), UInt8(ascii: "n"))
                case 0x0D: write(UInt8(ascii: "\\"), UInt8(ascii: "r"))
                case 0x09: write(UInt8(ascii: "\\"), UInt8(ascii: "t"))
                default:
                    let hex = JSONStringBytes.hexDigits
                    write(UInt8(ascii: "\\"), UInt8(ascii: "u"))
                    write(UInt8(ascii: "0"), UInt8(ascii: "0"))
                    write(hex[Int(byte >> 4)], hex[Int(byte & 15)])
                }
            }
        }
        write(UInt8(ascii: "\""))
    }

    /// Writes `text` as an RFC 4180 field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
    ///
    /// ``RowWriter/csvField(_:)`` decides by `Character` (so `\r\n` alone, or a comma joined to a combining mark,
    /// does not quote) and doubles quotes by Foundation's search (which skips a quote followed by a combining mark).
    /// Bytes decide the same wherever every comma and quote stands between characters that join with nothing;
    /// elsewhere the field is left to ``RowWriter/csvField(_:)``.
    mutating func writeCSVField(_ text: String) {
        let decided = withUTF8(of: text) { bytes -> Bool in
            guard let quoted = FieldSeparation.csvQuoting(bytes) else { return false }
            guard quoted else {
                write(bytes)
                return true
            }
            write(UInt8(ascii: "\""))
            var runStart = 0
            for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "\"") {
                write(UnsafeBufferPointer(rebasing: bytes[runStart...i]))
                write(UInt8(ascii: "\""))
                runStart = i + 1
            }
            write(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            write(UInt8(ascii: "\""))
            return true
        }
        if !decided { write(RowWriter.csvField(text)) }
    }

    /// Writes `text` as a TSV field: `\\`, tab, line feed and carriage return written as `\\ \t \n \r`.
    ///
    /// ``RowWriter/tsvField(_:)`` replaces by Foundation's search, which skips a character followed by a
    /// combining mark; bytes replace the same wherever no such character is followed by one, and elsewhere
    /// the field is left to ``RowWriter/tsvField(_:)``.
    mutating func writeTSVField(_ text: String) {
        let decided = withUTF8(of: text) { bytes -> Bool in
            guard FieldSeparation.tsvEscapesByByte(bytes) else { return false }
            var runStart = 0
            for i in 0..<bytes.count {
                let escaped: UInt8
                switch bytes[i] {
                case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
                case 0x09: escaped = UInt8(ascii: "t")
                case 0x0A: escaped = UInt8(ascii: "n")
                case 0x0D: escaped = UInt8(ascii: "r")
                default: continue
                }
                write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                write(UInt8(ascii: "\\"), escaped)
                runStart = i + 1
            }
            write(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return true
        }
        if !decided { write(RowWriter.tsvField(text)) }
    }

    /// Writes an integer in decimal (at most 20 bytes).
    mutating func writeDecimal(_ value: Int) {
        if value < 0 { write(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 { return write(UInt8(ascii: "0") + UInt8(magnitude)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = 20
            while magnitude > 0 {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            write(UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }

    @inline(__always)
    private func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

extension Array where Element == UInt8 {
    /// Appends `text` as a JSON string literal (see ``ByteWriter/writeJSONString(_:)``).
    mutating func appendJSONString(_ text: String) {
        self += ByteWriter.bytes(capacity: ByteWriter.maximumFieldSize(text)) { $0.writeJSONString(text) }
    }

    /// Appends a string's bytes as they are.
    mutating func appendUTF8(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: text.utf8) }
    }
}

/// Where a CSV or TSV field's special bytes stand, for deciding its quoting and escaping by bytes.
enum FieldSeparation {
    /// Whether a CSV field is quoted: nil when bytes cannot tell (see ``ByteWriter/writeCSVField(_:)``).
    static func csvQuoting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var quoted = false
        var unsure = false
        for i in 0..<bytes.count {
            switch bytes[i] {
            case 0x0A:
                // A line feed is a character of its own unless it ends `\r\n`.
                if i == 0 || bytes[i - 1] != 0x0D { quoted = true }
            case 0x0D:
                if i + 1 == bytes.count || bytes[i + 1] != 0x0A { quoted = true }
            case UInt8(ascii: "\""):
                // Doubling must not depend on what follows.
                guard joinsWithNothing(bytes, at: i + 1) else { return nil }
                if joinsWithNothing(bytes, endingAt: i) { quoted = true } else { unsure = true }
            case UInt8(ascii: ","):
                if joinsWithNothing(bytes, at: i + 1) && joinsWithNothing(bytes, endingAt: i) { quoted = true } else { unsure = true }
            default:
                continue
            }
        }
        return quoted ? true : unsure ? nil : false
    }

    /// Whether every backslash, tab, line feed and carriage return of a TSV field is followed by a character
    /// that joins with nothing, so that bytes escape it as Foundation's search does.
    static func tsvEscapesByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"), 0x09, 0x0A, 0x0D:
                guard joinsWithNothing(bytes, at: i + 1) else { return false }
            default:
                continue
            }
        }
        return true
    }

    /// Whether the scalar starting at `at` (or the end of the text) surely neither extends the character before
    /// it (a combining or spacing mark, a joiner, a variation selector…) nor prepends to the one after.
    /// Only scalars of a few well-known blocks are known to; any other is taken as unsure.
    static func joinsWithNothing(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start < bytes.count else { return true }
        let lead = bytes[start]
        if lead < 0x80 { return true }
        // Two- and three-byte scalars only.
        let value: UInt32
        if lead & 0xE0 == 0xC0, start + 1 < bytes.count {
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
        } else if lead & 0xF0 == 0xE0, start + 2 < bytes.count {
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
        } else {
            return false
        }
        switch value {
        case 0x00C0...0x024F,  // Latin letters with diacritics, precomposed
             0x2010...0x2027,  // dashes, quotation marks, bullets, ellipsis
             0x3000...0x3029,  // CJK spaces and punctuation, before the ideographic tone marks
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xFF01...0xFF60:  // full-width ASCII and punctuation
            return true
        default:
            return false
        }
    }

    /// Whether the scalar ending just before `endingAt` (or the start of the text) is one of those of
    /// ``joinsWithNothing(_:at:)``.
    static func joinsWithNothing(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        guard end > 0 else { return true }
        var start = end - 1
        while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return joinsWithNothing(bytes, at: start)
    }
}
