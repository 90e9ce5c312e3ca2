import Foundation

/// A figure with a tolerance after it is one range around the figure (FACTS.md: `range`, `value` is the low bound):
/// `$7.9 billion, plus or minus $200 million` → 7.7 to 8.1 billion; `38.5%, plus or minus 1 percentage point` →
/// 37.5 to 39.5 percent; `$1.43 per share, plus or minus 10 cents` → 1.33 to 1.53. The tolerance word is a marker of
/// role `tolerance` (markers.tsv); the number stage reads `minus 10 cents` as a signed figure of its own, which
/// this joins to the figure before it.
enum ToleranceRange {
    /// The figures of a sentence with each figure-and-tolerance pair made one range.
    static func merge(_ quantities: [Quantity], cues: [Cue], text: ScalarText) -> [Quantity] {
        guard quantities.count >= 2, cues.contains(where: isTolerance) else { return quantities }
        var result = [Quantity]()
        var k = 0
        while k < quantities.count {
            let a = quantities[k]
            if k + 1 < quantities.count, let range = joined(a, quantities[k + 1], cues: cues, text: text) {
                result.append(range)
                k += 2
                continue
            }
            result.append(a)
            k += 1
        }
        return result
    }

    private static func isTolerance(_ cue: Cue) -> Bool {
        if case .marker(.tolerance) = cue.kind { return true }
        return false
    }

    private static func joined(_ a: Quantity, _ b: Quantity, cues: [Cue], text: ScalarText) -> Quantity? {
        guard a.low == nil, b.low == nil, a.kind == b.kind, a.kind != .number,
              a.unit == b.unit || (a.unit == .percent && b.unit == .pp) else { return nil }
        // The marker after `a` with only spaces, commas and a per-share tail between (…per share, plus or minus),
        // and reaching `b` (its `minus` may be read into `b`).
        let s = text.folded
        guard let t = cues.first(where: { isTolerance($0) && $0.span.start >= a.span.end && $0.span.start < b.span.end }),
              t.span.start - a.span.end <= 24, b.span.start - t.span.end <= 2,
              (a.span.end..<t.span.start).allSatisfy({ s[$0] == 0x20 || s[$0] == 0x2C || (s[$0] < 0x80 && CharacterClass.isLetter(s[$0])) })
        else { return nil }
        let tolerance = abs(b.value)
        guard tolerance > 0, tolerance < abs(a.value) else { return nil }
        var q = a
        q.low = a.value - tolerance
        q.high = a.value + tolerance
        q.value = a.value - tolerance
        q.qualifier = .range
        q.span = TextSpan(start: a.span.start, end: b.span.end)
        q.text = text.string(q.span)
        return q
    }
}
