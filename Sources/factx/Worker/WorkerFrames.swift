import FactKit
import Foundation

/// The bytes a supervisor and its extraction worker exchange: length-prefixed frames of plain fields.
///
/// A request is a document (`id`, `text`, `date`); a reply is its facts, every field as the library made
/// it (values as their exact `Decimal`, confidence as its bit pattern), so rows written from a reply are
/// byte for byte those written from facts extracted in process.
struct FrameEncoder {
    private(set) var bytes: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0]  // the frame's length, set by `frame`

    mutating func integer(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        integer(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func decimal(_ value: Decimal) {
        var value = value
        withUnsafeBytes(of: &value) { bytes.append(contentsOf: $0) }
    }

    mutating func optionalDecimal(_ value: Decimal?) {
        integer(value == nil ? 0 : 1)
        if let value { decimal(value) }
    }

    /// The finished frame: its length, then its fields.
    mutating func frame() -> [UInt8] {
        let length = UInt64(bytes.count - 8).littleEndian
        withUnsafeBytes(of: length) { for (i, byte) in $0.enumerated() { bytes[i] = byte } }
        return bytes
    }

    mutating func request(_ document: Document) {
        string(document.id)
        string(document.text)
        optionalString(document.date)
    }

    mutating func facts(_ facts: [Fact]) {
        integer(facts.count)
        for f in facts {
            string(f.doc); string(f.company); string(f.companyName); string(f.mention)
            string(f.metric.rawValue)
            decimal(f.value)
            string(f.unit.rawValue); string(f.item); string(f.qualifier.rawValue)
            optionalDecimal(f.low); optionalDecimal(f.high)
            if let period = f.period {
                integer(1)
                integer(period.year)
                switch period.part {
                case .year: integer(0); integer(0)
                case .quarter(let n): integer(1); integer(n)
                case .half(let n): integer(2); integer(n)
                case .month(let n): integer(3); integer(n)
                }
                integer(period.fiscal ? 1 : 0)
            } else {
                integer(0)
            }
            optionalString(f.change?.rawValue)
            string(f.segment); string(f.status.rawValue)
            string(f.text)
            integer(f.span.start); integer(f.span.end)
            string(f.sentence)
            integer(Int(bitPattern: UInt(f.confidence.bitPattern)))
            string(f.rule)
        }
    }
}

/// Reads the fields of one frame (without its length prefix) in the order ``FrameEncoder`` wrote them.
/// Every read is bounds-checked: a short or garbled frame is an error, never a trap.
struct FrameDecoder {
    private let bytes: [UInt8]
    private var offset = 0

    struct Malformed: Error {}

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func integer() throws(Malformed) -> Int {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func string() throws(Malformed) -> String {
        let count = try integer()
        guard count >= 0, bytes.count - offset >= count else { throw Malformed() }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try integer() == 0 ? nil : try string()
    }

    mutating func decimal() throws(Malformed) -> Decimal {
        let size = MemoryLayout<Decimal>.size
        guard bytes.count - offset >= size else { throw Malformed() }
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { raw in
            for i in 0..<size { raw[i] = bytes[offset + i] }
        }
        offset += size
        return value
    }

    mutating func optionalDecimal() throws(Malformed) -> Decimal? {
        try integer() == 0 ? nil : try decimal()
    }

    mutating func request() throws(Malformed) -> (id: String, text: String, date: String?) {
        (try string(), try string(), try optionalString())
    }

    mutating func facts() throws(Malformed) -> [Fact] {
        let count = try integer()
        guard count >= 0, count <= bytes.count else { throw Malformed() }
        var facts: [Fact] = []
        facts.reserveCapacity(count)
        for _ in 0..<count {
            let doc = try string(), company = try string(), companyName = try string(), mention = try string()
            guard let metric = Metric(rawValue: try string()) else { throw Malformed() }
            let value = try decimal()
            let unit = ValueUnit(rawValue: try string()), item = try string()
            guard let qualifier = Qualifier(rawValue: try string()) else { throw Malformed() }
            let low = try optionalDecimal(), high = try optionalDecimal()
            var period: Period?
            if try integer() == 1 {
                let year = try integer(), kind = try integer(), n = try integer()
                let part: Period.Part
                switch kind {
                case 0: part = .year
                case 1: part = .quarter(n)
                case 2: part = .half(n)
                case 3: part = .month(n)
                default: throw Malformed()
                }
                period = Period(year: year, part: part, fiscal: try integer() == 1)
            }
            var change: Change?
            if let raw = try optionalString() {
                guard let known = Change(rawValue: raw) else { throw Malformed() }
                change = known
            }
            let segment = try string()
            guard let status = Status(rawValue: try string()) else { throw Malformed() }
            let text = try string()
            let start = try integer(), end = try integer()
            let sentence = try string()
            let confidence = Double(bitPattern: UInt64(UInt(bitPattern: try integer())))
            let rule = try string()
            facts.append(Fact(doc: doc, company: company, companyName: companyName, mention: mention, metric: metric,
                              value: value, unit: unit, item: item, qualifier: qualifier, low: low, high: high,
                              period: period, change: change, segment: segment, status: status, text: text, span: TextSpan(start: start, end: end),
                              sentence: sentence, confidence: confidence, rule: rule))
        }
        return facts
    }
}

/// Frames over a socket or pipe: whole frames written, whole frames read.
enum FrameChannel {
    /// Writes all of `bytes`; false when the other end is gone (no SIGPIPE: `send` with `MSG_NOSIGNAL`
    /// on a socket, and a worker's pipe is its own).
    static func write(_ bytes: [UInt8], to descriptor: Int32, socket: Bool) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = socket ? send(descriptor, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                               : Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    /// The next frame's fields, or nil at the end of input (or a short frame: the writer died mid-frame).
    static func read(from descriptor: Int32) -> [UInt8]? {
        guard let header = readExactly(8, from: descriptor) else { return nil }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(header[i]) << (8 * UInt64(i)) }
        guard length < 1 << 40 else { return nil }
        return readExactly(Int(length), from: descriptor)
    }

    private static func readExactly(_ count: Int, from descriptor: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        let complete = bytes.withUnsafeMutableBytes { raw -> Bool in
            while offset < count {
                let n = Foundation.read(descriptor, raw.baseAddress! + offset, count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        return complete ? bytes : nil
    }
}
