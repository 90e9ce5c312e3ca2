extension String {
    /// The string of these Unicode scalar values, encoded straight to UTF-8 (a value that is no
    /// scalar is skipped). Builds a figure's text and words without appending scalar by scalar.
    init(scalarValues: ArraySlice<UInt32>) {
        // The exact UTF-8 length first: up to 15 bytes makes a small string, with no allocation.
        var length = 0
        for v in scalarValues {
            if v < 0x80 { length += 1 } else if v < 0x800 { length += 2 } else if v < 0x10000 { length += v >= 0xD800 && v <= 0xDFFF ? 0 : 3 } else if v <= 0x10FFFF { length += 4 }
        }
        guard length > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for v in scalarValues {
                if v < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: v); k += 1
                } else if v < 0x800 {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 2
                } else if v < 0x10000 {
                    if v >= 0xD800 && v <= 0xDFFF { continue }
                    buffer[k] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 3
                } else if v <= 0x10FFFF {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
                    buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buffer[k + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 4
                }
            }
            return k
        }
    }
}
