import CICUShim

/// Sentence and word boundaries from ICU, over spans of a ``ScalarText``.
///
/// The only type that calls ICU's break iterators. It holds its iterators, so use one
/// instance per thread. Making one is free: each iterator is opened when first used
/// (most documents never need ICU's sentence rules).
final class Segmenter {
    private let locale: String
    private var sentenceIterator: UnsafeMutableRawPointer??
    private var wordIterator: UnsafeMutableRawPointer??
    private var utf16: [UInt16] = []
    private var utf16ToScalar: [Int32] = []
    private var boundaries: [Int32] = []
    private var statuses: [Int32] = []

    init(locale: String = "zh") {
        self.locale = locale
    }

    deinit {
        if let sentenceIterator { cicu_breaker_close(sentenceIterator) }
        if let wordIterator { cicu_breaker_close(wordIterator) }
    }

    private var sentenceBreaker: UnsafeMutableRawPointer? {
        if let sentenceIterator { return sentenceIterator }
        let opened = cicu_breaker_open(Int32(CICU_BREAK_SENTENCE), locale)
        sentenceIterator = .some(opened)
        return opened
    }

    private var wordBreaker: UnsafeMutableRawPointer? {
        if let wordIterator { return wordIterator }
        let opened = cicu_breaker_open(Int32(CICU_BREAK_WORD), locale)
        wordIterator = .some(opened)
        return opened
    }

    /// A word as ICU sees it, with its rule status (100 number, 200 letter, 400 ideographic, 0 other).
    struct Word: Hashable {
        var span: TextSpan
        var status: Int32
    }

    /// Sentences of `range` in `text`, as spans that cover it end to end.
    func sentences(of text: ScalarText, in range: TextSpan) -> [TextSpan] {
        runs(sentenceBreaker, text, range).map { $0.span }
    }

    /// Words of `range` in `text`, as ICU's word iterator cuts them (white space included).
    func words(of text: ScalarText, in range: TextSpan) -> [Word] {
        runs(wordBreaker, text, range)
    }

    private func runs(_ breaker: UnsafeMutableRawPointer?, _ text: ScalarText, _ range: TextSpan) -> [Word] {
        guard range.length > 0 else { return [] }
        guard let breaker else { return [Word(span: range, status: 0)] }
        utf16.removeAll(keepingCapacity: true)
        utf16ToScalar.removeAll(keepingCapacity: true)
        for i in range.start..<range.end {
            let c = text.original[i]
            if c >= 0x10000 {
                let v = c - 0x10000
                utf16.append(UInt16(0xD800 + (v >> 10)))
                utf16.append(UInt16(0xDC00 + (v & 0x3FF)))
                utf16ToScalar.append(Int32(i))
                utf16ToScalar.append(Int32(i))
            } else {
                utf16.append(UInt16(truncatingIfNeeded: c))
                utf16ToScalar.append(Int32(i))
            }
        }
        utf16ToScalar.append(Int32(range.end))
        let capacity = utf16.count + 2
        if boundaries.count < capacity {
            boundaries = Array(repeating: 0, count: capacity)
            statuses = Array(repeating: 0, count: capacity)
        }
        let n = utf16.withUnsafeBufferPointer { u in
            boundaries.withUnsafeMutableBufferPointer { b in
                statuses.withUnsafeMutableBufferPointer { s in
                    cicu_breaker_boundaries(breaker, u.baseAddress, Int32(u.count), b.baseAddress, s.baseAddress, Int32(capacity))
                }
            }
        }
        guard n >= 2 else { return [Word(span: range, status: 0)] }
        var result = [Word]()
        result.reserveCapacity(Int(n) - 1)
        for k in 1..<Int(n) {
            let a = Int(utf16ToScalar[Int(boundaries[k - 1])]), b = Int(utf16ToScalar[Int(boundaries[k])])
            if b > a { result.append(Word(span: TextSpan(start: a, end: b), status: statuses[k])) }
        }
        return result
    }
}

/// Character classes from ICU, for scalars.
enum CharacterClass {
    static func isIdeographic(_ c: UInt32) -> Bool {
        if c >= 0x4E00 && c <= 0x9FFF { return true }
        if c < 0x3000 { return false }
        return cicu_is_ideographic(c) != 0
    }

    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        return cicu_is_alphabetic(c) != 0 && !isIdeographic(c)
    }

    static func isASCIIDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return cicu_char_type(c) == 1  // U_UPPERCASE_LETTER
    }

    /// Decimal digit value of any script, or nil.
    static func digitValue(_ c: UInt32) -> Int? {
        if isASCIIDigit(c) { return Int(c - 0x30) }
        if c < 0x80 { return nil }
        let v = cicu_digit_value(c)
        return v >= 0 ? Int(v) : nil
    }
}
