/// Writes bytes through a pointer into storage whose size is fixed in advance (each write is checked against
/// it), with output fields quoted and escaped for JSON, CSV or TSV: the one place where fields are escaped
/// (``RowWriter``'s `String` functions write through it too).
package struct ByteWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written so far.
    package private(set) var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!  // never written through when empty
        capacity = buffer.count
    }

    /// The bytes `body` writes, given room for `capacity` of them.
    package static func bytes(capacity: Int, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var writer = ByteWriter(UnsafeMutableBufferPointer(rebasing: buffer[0..<capacity]))
            body(&writer)
            initialized = writer.count
        }
    }

    /// The most bytes a text takes as a field of any format: each byte escaped as `\u00XX`, and two quotes.
    package static func maximumFieldSize(_ text: String) -> Int { 6 * text.utf8.count + 2 }

    @inline(__always)
    package mutating func write(_ byte: UInt8) {
        precondition(count < capacity, "ByteWriter: more bytes than room was made for")
        start[count] = byte
        count += 1
    }

    @inline(__always)
    package mutating func write(_ first: UInt8, _ second: UInt8) {
        precondition(capacity - count >= 2, "ByteWriter: more bytes than room was made for")
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    package mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= capacity - count, "ByteWriter: more bytes than room was made for")
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    package mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// Writes a string's bytes as they are.
    package mutating func write(_ text: String) {
        withUTF8(of: text) { write($0) }
    }

    /// Writes `text` as a JSON string literal: `\" \\ \n \r \t`, other control characters as `\u00XX`.
    package mutating func writeJSONString(_ text: String) {
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

    /// Writes `text` as an RFC 4180 field: quoted, with quotes doubled, when it holds a comma, a quote or a
    /// line break. Decided by bytes, so a combining mark after a comma or a lone `\r\n` cannot leave a
    /// separator unquoted.
    package mutating func writeCSVField(_ text: String) {
        withUTF8(of: text) { bytes in
            let quoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard quoted else { return write(bytes) }
            write(UInt8(ascii: "\""))
            var runStart = 0
            for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "\"") {
                write(UnsafeBufferPointer(rebasing: bytes[runStart...i]))
                write(UInt8(ascii: "\""))
                runStart = i + 1
            }
            write(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            write(UInt8(ascii: "\""))
        }
    }

    /// Writes `text` as a TSV field: `\\`, tab, line feed and carriage return written as `\\ \t \n \r`,
    /// by bytes, so no tab or line break is left in the field whatever follows it.
    package mutating func writeTSVField(_ text: String) {
        withUTF8(of: text) { bytes in
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
        }
    }

    /// Writes an integer in decimal (at most 20 bytes).
    package mutating func writeDecimal(_ value: Int) {
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
    package mutating func appendJSONString(_ text: String) {
        self += ByteWriter.bytes(capacity: ByteWriter.maximumFieldSize(text)) { $0.writeJSONString(text) }
    }

    /// Appends a string's bytes as they are.
    package mutating func appendUTF8(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: text.utf8) }
    }
}
