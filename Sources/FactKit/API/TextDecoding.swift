import CICUShim
import Foundation

/// Why bytes could not be turned into text.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There are no bytes at all.
    case empty
    /// The bytes hold a NUL byte (at this byte offset): a binary file, not text.
    case binary(offset: Int)
    /// The bytes are not valid in the encoding that was asked for (or found by a byte order mark);
    /// `offset` is the byte offset of the first bad sequence when known.
    case invalid(encoding: String, offset: Int?)
    /// No encoding fits: not UTF-8 (first bad byte at `offset`), GB18030, Big5 or what ICU's detector guesses.
    case undetected(offset: Int?)
    /// ICU has no converter of that name.
    case unknownEncoding(String)
    /// More bytes than the converters take at once (2 GB).
    case tooLarge

    /// What went wrong, in words, as `factx` prints it.
    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary(let offset): return "binary file (NUL byte at byte \(offset))"
        case .invalid(let encoding, let offset):
            return "not valid \(encoding) text" + (offset.map { " (bad bytes at byte \($0))" } ?? "")
        case .undetected(let offset):
            return "not text in a known encoding: not UTF-8" + (offset.map { " (bad bytes at byte \($0))" } ?? "")
                + ", nor GB18030 or Big5"
        case .unknownEncoding(let name): return "unknown encoding \"\(name)\""
        case .tooLarge: return "too large to decode (2 GB or more)"
        }
    }
}

/// Turns the bytes of a text file into a `String`: UTF-8 with or without a byte order mark,
/// UTF-16 with a byte order mark, and the legacy Chinese encodings GB18030 (GBK, GB2312) and Big5,
/// or any encoding ICU has a converter for when it is named.
///
/// ```swift
/// let (text, encoding) = try TextDecoder.decode(data)          // detects
/// let (big5Text, _) = try TextDecoder.decode(data, encoding: "Big5")  // forces
/// ```
/// Decoding is strict: an illegal or unmappable byte sequence is an error, never a replacement character.
public enum TextDecoder {
    /// Decodes `data`.
    /// - Parameters:
    ///   - data: the bytes of a document.
    ///   - encoding: an ICU converter name (`UTF-8`, `UTF-16`, `GB18030`, `GBK`, `Big5`, …) to force one,
    ///     or nil (or `auto`) to detect: a byte order mark decides UTF-8 or UTF-16; else valid UTF-8 is UTF-8;
    ///     else the more plausible of strict GB18030 and strict Big5 (the share of common Chinese characters,
    ///     ICU's charset detector breaking near ties); else ICU's detector's guess when it decodes strictly.
    /// - Returns: the text (without a byte order mark) and the name of the encoding used
    ///   (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `Big5`, or the name given).
    /// - Throws: ``TextDecodingError``.
    public static func decode(_ data: Data, encoding: String? = nil) throws -> (text: String, encoding: String) {
        if let encoding, encoding.lowercased() != "auto" {
            return try decode(data, forcing: encoding)
        }
        guard !data.isEmpty else { throw TextDecodingError.empty }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = bytes[3...]
            if let nul = rest.firstIndex(of: 0) { throw TextDecodingError.binary(offset: nul) }
            guard let text = String(validating: rest, as: UTF8.self) else {
                throw TextDecodingError.invalid(encoding: "UTF-8", offset: utf8ErrorOffset(rest).map { $0 + 3 })
            }
            return (text, "UTF-8")
        }
        for (bom, name) in [([UInt8](arrayLiteral: 0xFF, 0xFE), "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] where bytes.starts(with: bom) {
            let rest = Array(bytes[2...])
            do {
                return (try icuDecode(rest, encoding: name), name)
            } catch TextDecodingError.invalid(let e, let offset) {
                throw TextDecodingError.invalid(encoding: e, offset: offset.map { $0 + 2 })
            }
        }
        if let nul = bytes.firstIndex(of: 0) { throw TextDecodingError.binary(offset: nul) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "UTF-8") }

        // Legacy Chinese: Big5 bytes nearly always decode as GB18030 too (and short GBK text as Big5),
        // so decide by which reading gives common characters rather than rare ones and private-use code points.
        var candidates: [(text: String, encoding: String, score: Double)] = []
        for name in ["GB18030", "Big5"] {
            if let text = try? icuDecode(bytes, encoding: name) {
                candidates.append((text, name, plausibility(of: text)))
            }
        }
        let best = candidates.max(by: { $0.score < $1.score })
        if let best, best.score >= minimumPlausibility {
            if candidates.count == 2, abs(candidates[0].score - candidates[1].score) < 0.1,
               let detected = detectCharset(bytes),
               let pick = candidates.first(where: { $0.encoding.lowercased() == detected.name.lowercased() }) {
                return (pick.text, pick.encoding)
            }
            // On equal scores `max` keeps the first: GB18030.
            return (best.text, best.encoding)
        }
        // Neither reads as Chinese: take ICU's detector's guess when it is confident and decodes strictly
        // (a Latin-1 or Shift_JIS file), else give up rather than return mojibake.
        if let detected = detectCharset(bytes), detected.confidence >= 50, !detected.name.uppercased().hasPrefix("UTF"),
           let text = try? icuDecode(bytes, encoding: detected.name), plausibility(of: text) > 0 {
            return (text, detected.name)
        }
        throw TextDecodingError.undetected(offset: utf8ErrorOffset(bytes[...]))
    }

    /// Below this score a GB18030 or Big5 reading is taken for mojibake.
    static let minimumPlausibility = 0.5

    /// Decodes with the named encoding only.
    private static func decode(_ data: Data, forcing encoding: String) throws -> (text: String, encoding: String) {
        guard isKnownEncoding(encoding) else { throw TextDecodingError.unknownEncoding(encoding) }
        guard !data.isEmpty else { throw TextDecodingError.empty }
        var bytes = [UInt8](data)
        let upper = encoding.uppercased()
        let wide = upper.hasPrefix("UTF-16") || upper.hasPrefix("UTF16") || upper.hasPrefix("UTF-32")
            || upper.hasPrefix("UTF32") || upper.hasPrefix("UCS")
        if !wide, let nul = bytes.firstIndex(of: 0) { throw TextDecodingError.binary(offset: nul) }
        var skipped = 0
        if upper == "UTF-8" || upper == "UTF8", bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            skipped = 3
        }
        do {
            var text = try icuDecode(bytes, encoding: encoding)
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return (text, encoding)
        } catch TextDecodingError.invalid(_, let offset) {
            throw TextDecodingError.invalid(encoding: encoding, offset: offset.map { $0 + skipped })
        }
    }

    /// Whether ICU has a converter of that name (`auto` counts as known).
    public static func isKnownEncoding(_ name: String) -> Bool {
        name.lowercased() == "auto" || (!name.isEmpty && cicu_converter_exists(name) != 0)
    }

    // MARK: - ICU

    /// Strict decoding through ICU; throws ``TextDecodingError/invalid(encoding:offset:)``.
    static func icuDecode<C: Collection>(_ bytes: C, encoding: String) throws -> String where C.Element == UInt8 {
        guard bytes.count < Int(Int32.max) / 2 else { throw TextDecodingError.tooLarge }
        let input = Array(bytes)
        switch rawDecode(input, encoding: encoding) {
        case .success(let text): return text
        case .failure(let stoppedAt):
            throw TextDecodingError.invalid(encoding: encoding, offset: stoppedAt.offset.map { badSequenceStart(input, encoding: encoding, stoppedAt: $0) })
        }
    }

    private struct StoppedAt: Error { var offset: Int? }


    /// One strict ICU conversion; on failure, where ICU stopped.
    private static func rawDecode(_ input: [UInt8], encoding: String) -> Result<String, StoppedAt> {
        if input.isEmpty { return .success("") }
        // No encoding ICU reads yields more UTF-16 code units than bytes (plus a little slack).
        var capacity = input.count + 16
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            var needed: Int32 = 0
            var errorOffset: Int32 = -1
            let written = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    inBuffer.withMemoryRebound(to: CChar.self) { chars in
                        cicu_decode(encoding, chars.baseAddress, Int32(chars.count),
                                    outBuffer.baseAddress, Int32(capacity), &needed, &errorOffset)
                    }
                }
            }
            if written == -2 {
                capacity = max(Int(needed), capacity * 2)
                continue
            }
            guard written >= 0 else { return .failure(StoppedAt(offset: errorOffset >= 0 ? Int(errorOffset) : nil)) }
            return .success(String(decoding: output[..<Int(written)], as: UTF16.self))
        }
    }

    /// ICU stops just past a bad sequence; the sequence starts at the longest prefix before that which decodes
    /// (a bad sequence is at most four bytes).
    private static func badSequenceStart(_ input: [UInt8], encoding: String, stoppedAt offset: Int) -> Int {
        for start in stride(from: min(offset, input.count), through: max(0, offset - 4), by: -1) {
            if start == 0 || (try? rawDecode(Array(input[..<start]), encoding: encoding).get()) != nil { return start }
        }
        return offset
    }

    /// ICU's charset detector's best guess and its confidence (0–100), or nil.
    static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        guard bytes.count < Int(Int32.max) else { return nil }
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cicu_detect_charset(chars.baseAddress, Int32(chars.count), &name, Int32(name.count))
            }
        }
        guard confidence > 0 else { return nil }
        return (String(decoding: name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
    }

    /// Byte offset of the first invalid UTF-8 sequence, or nil when the bytes are valid.
    static func utf8ErrorOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    // MARK: - Plausibility

    /// The share of a text's non-ASCII characters that are common Chinese characters or CJK punctuation,
    /// less twice the share of private-use and control code points (what misread legacy bytes turn into).
    static func plausibility(of text: String) -> Double {
        var total = 0, good = 0, bad = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            total += 1
            let v = scalar.value
            if commonCharacters.contains(v) || (0x3000...0x303F).contains(v) || (0xFF01...0xFF5E).contains(v)
                || (0x2010...0x2027).contains(v) {
                good += 1
            } else if (0xE000...0xF8FF).contains(v) || (0x80...0x9F).contains(v) || v >= 0xF0000 {
                bad += 1
            }
        }
        guard total > 0 else { return 1 }
        return Double(good - 2 * bad) / Double(total)
    }

    /// The most common Chinese characters, simplified and traditional: GB2312 level 1 (3,755 characters,
    /// bytes B0A1–D7F9) and Big5's frequently used characters (5,401, bytes A440–C67E), read through ICU.
    static let commonCharacters: Set<UInt32> = {
        var set = Set<UInt32>()
        func add(encoding: String, leads: ClosedRange<UInt8>, trails: [ClosedRange<UInt8>], last: (UInt8, UInt8)) {
            var pairs: [[UInt8]] = []
            for lead in leads {
                for range in trails {
                    for trail in range where (lead, trail) <= last { pairs.append([lead, trail]) }
                }
            }
            let text = (try? icuDecode(pairs.joined(), encoding: encoding))
                ?? pairs.compactMap { try? icuDecode($0, encoding: encoding) }.joined()
            for scalar in text.unicodeScalars where scalar.value >= 0x3400 && !(0xE000...0xF8FF).contains(scalar.value) {
                set.insert(scalar.value)
            }
        }
        add(encoding: "GB18030", leads: 0xB0...0xD7, trails: [0xA1...0xFE], last: (0xD7, 0xF9))
        add(encoding: "Big5", leads: 0xA4...0xC6, trails: [0x40...0x7E, 0xA1...0xFE], last: (0xC6, 0x7E))
        return set
    }()
}
