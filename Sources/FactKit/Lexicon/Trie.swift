/// A character trie over scalars: longest match first, at any position, whatever word
/// boundaries ICU would draw.
struct Trie<Value: Sendable>: Sendable {
    // Edges are kept in one open-addressing table keyed by (node, scalar); node 0 is the root.
    private var edges = EdgeTable()
    private var values: [Value?] = [nil]
    /// Scalars that begin at least one key: a cheap first test before walking.
    private var firstScalars = ScalarSet()
    /// Scalars that are a whole key by themselves.
    private var singleScalarKeys = ScalarSet()
    /// The first two scalars of every longer key, hashed into a bitmap: most places where a key's
    /// first scalar stands are rejected by their second scalar without a walk.
    private var openingPairs = ScalarPairFilter()

    init() {}

    var isEmpty: Bool { values.count == 1 && values[0] == nil }

    /// Adds `key`, replacing the value of an equal key. Returns the value it replaced.
    @discardableResult
    mutating func insert<S: Sequence>(_ key: S, _ value: Value) -> Value? where S.Element == UInt32 {
        var node: Int32 = 0
        var length = 0
        var firstScalar: UInt32 = 0
        for c in key {
            if length == 0 { firstScalars.insert(c); firstScalar = c }
            if length == 1 { openingPairs.insert(firstScalar, c) }
            length += 1
            if let next = edges.find(node, c) {
                node = next
            } else {
                values.append(nil)
                let next = Int32(values.count - 1)
                edges.insert(node, c, next)
                node = next
            }
        }
        if length == 1 { singleScalarKeys.insert(firstScalar) }
        let old = values[Int(node)]
        values[Int(node)] = value
        return old
    }

    /// Whether a key may start at `start`, judged by its first two scalars (`lower` maps each
    /// scalar of the text as the walk will).
    @inline(__always)
    private func mayOpen(_ text: [UInt32], _ start: Int, _ end: Int, _ lower: (UInt32) -> UInt32) -> Bool {
        let c = lower(text[start])
        guard firstScalars.contains(c) else { return false }
        if singleScalarKeys.contains(c) { return true }
        return start + 1 < end && openingPairs.contains(c, lower(text[start + 1]))
    }

    mutating func insert(_ key: String, _ value: Value) {
        insert(key.unicodeScalars.map { $0.value }, value)
    }

    /// The value stored for exactly `key`.
    func value<S: Sequence>(for key: S) -> Value? where S.Element == UInt32 {
        var node: Int32 = 0
        for c in key {
            guard let next = edges.find(node, c) else { return nil }
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
        guard start < end, mayOpen(text, start, end, { $0 }) else { return nil }
        var node: Int32 = 0
        var best: (Int, Value)?
        var i = start
        while i < end, let next = edges.find(node, text[i]) {
            node = next
            i += 1
            if let v = values[Int(node)] { best = (i - start, v) }
        }
        return best
    }

    /// ``longestMatch(in:at:limit:)`` with ASCII capitals read as small letters (keys are lowercase).
    func longestMatchIgnoringASCIICase(in text: [UInt32], at start: Int, limit: Int) -> (length: Int, value: Value)? {
        guard start < limit else { return nil }
        @inline(__always) func lower(_ c: UInt32) -> UInt32 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        guard mayOpen(text, start, limit, lower) else { return nil }
        var node: Int32 = 0
        var best: (Int, Value)?
        var i = start
        while i < limit, let next = edges.find(node, lower(text[i])) {
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
        while i < end, let next = edges.find(node, text[i]) {
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
        while i >= lowerBound, let next = edges.find(node, text[i]) {
            node = next
            if let v = values[Int(node)] { best = (end - i, v) }
            i -= 1
        }
        return best
    }
}

/// A set of scalars: a bitmap for the Basic Multilingual Plane, a hash set beyond it.
struct ScalarSet: Sendable {
    private var bmp = [UInt64](repeating: 0, count: 1024)
    private var astral = Set<UInt32>()

    init() {}

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for c in scalars { insert(c) }
    }

    mutating func insert(_ c: UInt32) {
        if c < 0x10000 { bmp[Int(c >> 6)] |= 1 << UInt64(c & 63) } else { astral.insert(c) }
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 0x10000 { return bmp[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 }
        return astral.contains(c)
    }
}

/// Pairs of scalars hashed into a 2^16-bit map: no false negatives, few false positives.
struct ScalarPairFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    private static func index(_ a: UInt32, _ b: UInt32) -> Int {
        let h = (UInt64(a) << 32 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 48)
    }

    mutating func insert(_ a: UInt32, _ b: UInt32) {
        let i = ScalarPairFilter.index(a, b)
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    @inline(__always)
    func contains(_ a: UInt32, _ b: UInt32) -> Bool {
        let i = ScalarPairFilter.index(a, b)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}

/// The trie's edges: an open-addressing hash table from (node, scalar) to the child node,
/// with a multiplicative hash (the standard library's seeded hashing is the slow part of a walk).
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var targets: [Int32]
    private var count = 0
    private var shift: UInt64

    init() {
        keys = Array(repeating: .max, count: 64)
        targets = Array(repeating: 0, count: 64)
        shift = 64 - 6
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    func find(_ node: Int32, _ c: UInt32) -> Int32? {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(c)
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return targets[i] }
            if k == .max { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ node: Int32, _ c: UInt32, _ target: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(c)
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != .max && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == .max { count += 1 }
        keys[i] = key
        targets[i] = target
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        targets = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, t) in zip(oldKeys, oldTargets) where k != .max {
            insert(Int32(bitPattern: UInt32(truncatingIfNeeded: k >> 32)), UInt32(truncatingIfNeeded: k), t)
        }
    }
}
