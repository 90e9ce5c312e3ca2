/// One decision to learn from: the features of each candidate, and which candidates are right
/// (a gold fact may allow several companies).
package struct RankingExample: Sendable {
    package var candidates: [[Feature]]
    package var right: Set<Int>

    package init(candidates: [[Feature]], right: Set<Int>) {
        self.candidates = candidates
        self.right = right
    }
}

/// Fits the weights of a linear ranker: a softmax over each decision's candidates (conditional logistic regression),
/// trained by plain full-batch gradient descent on the log-loss of the right candidates, with L2. Features are
/// indexed in name order and examples read in the order given, so the same examples give the same weights, bit for bit.
package struct RankerTrainer: Sendable {
    package var epochs = 300
    package var rate = 0.5
    package var l2 = 0.002

    package init(epochs: Int = 300, rate: Double = 0.5, l2: Double = 0.002) {
        self.epochs = epochs
        self.rate = rate
        self.l2 = l2
    }

    package func fit(_ examples: [RankingExample]) -> LinearWeights {
        let usable = examples.filter { !$0.right.isEmpty && $0.right.count < $0.candidates.count }
        let names = Set(usable.flatMap { $0.candidates.flatMap { $0.map(\.name) } }).sorted()
        guard !names.isEmpty else { return LinearWeights() }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let sparse: [[[(Int, Double)]]] = usable.map { e in e.candidates.map { c in c.map { (index[$0.name]!, $0.value) } } }
        var w = [Double](repeating: 0, count: names.count)
        // The hand rule's own feature is not shrunk: the model learns where to override the rules, not to forget them.
        let prior = index["rule"] ?? -1
        let n = Double(usable.count)
        for _ in 0..<epochs {
            var gradient = [Double](repeating: 0, count: names.count)
            for (e, x) in zip(usable, sparse) {
                let scores = x.map { c in c.reduce(0.0) { $0 + w[$1.0] * $1.1 } }
                let top = scores.max()!
                let p = scores.map { exp($0 - top) }
                let z = p.reduce(0, +)
                let zRight = e.right.reduce(0.0) { $0 + p[$1] }
                for (k, c) in x.enumerated() {
                    // d(-log Σ_right p) / d score_k = p_k/Z − [k right] p_k/Z_right
                    let g = p[k] / z - (e.right.contains(k) ? p[k] / zRight : 0)
                    if g == 0 { continue }
                    for (i, v) in c { gradient[i] += g * v }
                }
            }
            for i in w.indices { w[i] -= rate * (gradient[i] / n + (i == prior ? 0 : l2 * w[i])) }
        }
        return LinearWeights(Dictionary(uniqueKeysWithValues: zip(names, w)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
