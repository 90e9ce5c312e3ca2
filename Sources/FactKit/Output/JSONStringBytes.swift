/// The bytes of JSON strings: which need escaping, found eight at a time.
package enum JSONStringBytes {
    package static let hexDigits = Array("0123456789abcdef".utf8)

    /// The index of the first byte at or after `from` that is a quote, a backslash or a control character,
    /// or non-ASCII when `stopAtNonASCII`; `bytes.count` when there is none.
    @inline(__always)
    package static func endOfPlainRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, stopAtNonASCII: Bool) -> Int {
        var i = from
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return i }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while bytes.count - i >= 8 {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
            // A byte's high bit is set in `flags` where it is zero in `quotes` or `backslashes`, or below 0x20
            // in `word`; borrows can flag more bytes, but only after a truly flagged one.
            var flags = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)
            if stopAtNonASCII { flags |= word }
            flags &= highs
            if flags != 0 { return i + flags.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 || (stopAtNonASCII && byte >= 0x80) { return i }
            i += 1
        }
        return i
    }
}
