extension Fact {
    /// A confidence as facts hold it: clamped to 0–1 and rounded to hundredths, so that a fact made with
    /// `0.9 - 0.1` holds `0.8`, not `0.7999999999999999`.
    /// - Parameter confidence: a raw estimate, possibly out of range or with binary rounding noise.
    /// - Returns: the nearest of `0, 0.01, …, 0.99, 1`, as the nearest `Double` to that decimal.
    public static func roundedConfidence(_ confidence: Double) -> Double {
        guard confidence.isFinite else { return 0 }
        return (min(max(confidence, 0), 1) * 100).rounded() / 100
    }
}
