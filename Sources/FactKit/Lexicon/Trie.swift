/// A character trie over scalars: longest match first, at any position, whatever word
/// boundaries ICU would draw.
struct Trie<Value: Sendable>: Sendable {
    // Edges are kept in one hash table keyed by (node, scalar); node 0 is the root.
    private var edges: [UInt64: Int32] = [:]
    private var values: [Value?] = [nil]
    /// Scalars that begin at least one key: a cheap first test before walking.
    private var firstScalars: Set<UInt32> = []

    init() {}

    var isEmpty: Bool { values.count == 1 && values[0] == nil }

    /// Adds `key`, replacing the value of an equal key. Returns the value it replaced.
    @discardableResult
    mutating func insert<S: Sequence>(_ key: S, _ value: Value) -> Value? where S.Element == UInt32 {
        var node: Int32 = 0
        var first = true
        for c in key {
            if first { firstScalars.insert(c); first = false }
            let k = UInt64(UInt32(node)) << 32 | UInt64(c)
            if let next = edges[k] {
                node = next
            } else {
                values.append(nil)
                let next = Int32(values.count - 1)
                edges[k] = next
                node = next
            }
        }
        let old = values[Int(node)]
        values[Int(node)] = value
        return old
    }

    mutating func insert(_ key: String, _ value: Value) {
        insert(key.unicodeScalars.map { $0.value }, value)
    }

    /// The value stored for exactly `key`.
    func value<S: Sequence>(for key: S) -> Value? where S.Element == UInt32 {
        var node: Int32 = 0
        for c in key {
            guard let next = edges[UInt64(UInt32(node)) << 32 | UInt64(c)] else { return nil }
            node = next
        }
        return values[Int(node)]
    }

    func value(for key: String) -> Value? { value(for: key.unicodeScalars.map { $0.value }) }

    /// Whether some key starts with this scalar.
    @inline(__always)
    func mayStart(with c: UInt32) -> Bool { firstScalars.contains(c) }

    /// The longest key that starts at `start` in `text` (and ends by `limit`), with its length.
    func longestMatch(in text: [UInt32], at start: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = limit ?? text.count
        guard start < end, firstScalars.contains(text[start]) else { return nil }
        var node: Int32 = 0
        var best: (Int, Value)?
        var i = start
        while i < end, let next = edges[UInt64(UInt32(node)) << 32 | UInt64(text[i])] {
            node = next
            i += 1
            if let v = values[Int(node)] { best = (i - start, v) }
        }
        return best
    }

    /// Every key that starts at `start`, shortest first.
    func matches(in text: [UInt32], at start: Int, limit: Int? = nil) -> [(length: Int, value: Value)] {
        let end = limit ?? text.count
        guard start < end, firstScalars.contains(text[start]) else { return [] }
        var node: Int32 = 0
        var found = [(length: Int, value: Value)]()
        var i = start
        while i < end, let next = edges[UInt64(UInt32(node)) << 32 | UInt64(text[i])] {
            node = next
            i += 1
            if let v = values[Int(node)] { found.append((i - start, v)) }
        }
        return found
    }

    /// The longest key that ends exactly at `end` (scanning backwards is done by the caller
    /// building a trie of reversed keys); provided for suffix look-ups over reversed keys.
    func longestReversedMatch(in text: [UInt32], endingAt end: Int, lowerBound: Int = 0) -> (length: Int, value: Value)? {
        guard end > lowerBound, firstScalars.contains(text[end - 1]) else { return nil }
        var node: Int32 = 0
        var best: (Int, Value)?
        var i = end - 1
        while i >= lowerBound, let next = edges[UInt64(UInt32(node)) << 32 | UInt64(text[i])] {
            node = next
            if let v = values[Int(node)] { best = (end - i, v) }
            i -= 1
        }
        return best
    }
}
