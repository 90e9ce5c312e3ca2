import Testing
@testable import FactKit

/// The trainer on tiny in-memory decisions: exact weights after one step, rankings after many, the same bytes twice.
struct RankerTrainerTests {
    /// Three decisions where the candidate with `a` is right, one where the one with `b` is.
    static let examples = [
        RankingExample(candidates: [[Feature("a")], [Feature("b")]], right: [0]),
        RankingExample(candidates: [[Feature("a")], [Feature("b")]], right: [0]),
        RankingExample(candidates: [[Feature("b")], [Feature("a")]], right: [1]),
        RankingExample(candidates: [[Feature("a")], [Feature("b")]], right: [1]),
    ]

    @Test func oneStepFromZeroIsTheMeanGradient() {
        // Each candidate starts at p = 1/2: the gradient on `a` is (−½·3 + ½) / 4 = −¼, on `b` +¼.
        let w = RankerTrainer(epochs: 1, rate: 1, l2: 0).fit(Self.examples)
        #expect(w == LinearWeights(["a": 0.25, "b": -0.25]))
    }

    @Test func manyStepsRankTheMoreOftenRightFeatureFirst() {
        let w = RankerTrainer(epochs: 500, rate: 0.5, l2: 0).fit(Self.examples)
        // Unregularized, the fit reaches the log-odds of 3 to 1: a − b = ln 3.
        #expect(abs((w.weights["a"]! - w.weights["b"]!) - 1.0986) < 0.01)
        #expect(w.score([Feature("a")]) > w.score([Feature("b")]))
    }

    @Test func theRuleFeatureIsNotShrunkOthersAre() {
        // The rule's choice is right in 3 of 4; `x` marks the other candidate in the decision it loses.
        let examples = [
            RankingExample(candidates: [[Feature("rule")], []], right: [0]),
            RankingExample(candidates: [[Feature("rule")], []], right: [0]),
            RankingExample(candidates: [[Feature("rule")], []], right: [0]),
            RankingExample(candidates: [[Feature("rule")], [Feature("x")]], right: [1]),
        ]
        let free = RankerTrainer(epochs: 300, rate: 0.5, l2: 0).fit(examples)
        let shrunk = RankerTrainer(epochs: 300, rate: 0.5, l2: 0.5).fit(examples)
        #expect(shrunk.weights["x"]! < free.weights["x"]!)
        #expect(shrunk.weights["rule"]! > 0)
        // Strong L2 on `x` alone: the rule keeps the decision it loses.
        #expect(shrunk.score([Feature("rule")]) > shrunk.score([Feature("x")]))
    }

    @Test func decisionsWithNoRightOrOnlyRightCandidatesTeachNothing() {
        let w = RankerTrainer(epochs: 10, rate: 1, l2: 0).fit([
            RankingExample(candidates: [[Feature("a")], [Feature("b")]], right: []),
            RankingExample(candidates: [[Feature("c")], [Feature("d")]], right: [0, 1]),
        ])
        #expect(w.isEmpty)
    }

    @Test func theWeightsFileIsTheSameBytesAndReadsBack() throws {
        let a = RankerTrainer(epochs: 50).fit(Self.examples).fileText(header: ["test"])
        let b = RankerTrainer(epochs: 50).fit(Self.examples).fileText(header: ["test"])
        #expect(a == b)
        let read = try LinearWeights(DictionaryFile(name: "w.tsv", contents: a))
        #expect(read.weights.keys.sorted() == ["a", "b"])
        #expect(abs(read.weights["a"]! - RankerTrainer(epochs: 50).fit(Self.examples).weights["a"]!) < 0.0001)
    }

    @Test func aMalformedWeightIsADictionaryError() {
        #expect(throws: DictionaryError(file: "w.tsv", line: 2, reason: "weight 'heavy' is not a number")) {
            try LinearWeights(DictionaryFile(name: "w.tsv", contents: "# feature\tweight\nrule\theavy\n"))
        }
    }
}
