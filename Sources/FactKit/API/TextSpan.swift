/// A half-open range of a document's text, counted in **Unicode scalars** of the original
/// input (as Python's `str` counts), `end` exclusive.
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int

    /// The span `start..<end`; `start` must not be after `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// Text order: by start, then by end.
    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    /// `start..<end`.
    public var description: String { "\(start)..<\(end)" }
}
