import Testing
@testable import FactKit

/// Folding, spans and ICU boundaries over real text.
struct TextCorpusTests {
    static let folding: CharacterFolding = try! CharacterFolding.load(BuiltinDictionaries.file("traditional.tsv"))

    /// input → folded text (one scalar for one scalar).
    static let foldingCorpus: [(String, String)] = [
        ("１２３，５％", "123,5%"),
        ("台積電營收", "台积电营收"),
        ("輝達第三季營收３５１億美元", "辉达第三季营收351亿美元"),
        ("ＡＳＭＬ　一季度", "ASML 一季度"),
        ("英伟达", "英伟达"),
        ("H100", "H100"),
    ]

    @Test(arguments: foldingCorpus)
    func folds(input: String, expected: String) {
        let text = ScalarText(input, folding: Self.folding)
        #expect(text.foldedString(TextSpan(start: 0, end: text.count)) == expected)
        #expect(text.count == input.unicodeScalars.count)
        #expect(text.string(TextSpan(start: 0, end: text.count)) == input)
    }

    @Test func offsetsCountScalarsPastAnEmoji() {
        let input = "😀营收53亿"
        let text = ScalarText(input, folding: Self.folding)
        #expect(text.count == 6)
        #expect(text.string(TextSpan(start: 3, end: 6)) == "53亿")
    }

    /// input → sentences as ICU cuts them.
    static let sentenceCorpus: [(String, [String])] = [
        ("台积电一季度营收189亿美元。环比下滑3.8%。", ["台积电一季度营收189亿美元。", "环比下滑3.8%。"]),
        ("Nvidia rose 5%. Intel fell 2%.", ["Nvidia rose 5%. ", "Intel fell 2%."]),
        ("营收增长！净利下降？", ["营收增长！", "净利下降？"]),
    ]

    @Test(arguments: sentenceCorpus)
    func sentences(input: String, expected: [String]) {
        let text = ScalarText(input, folding: Self.folding)
        let spans = Segmenter().sentences(of: text, in: TextSpan(start: 0, end: text.count))
        #expect(spans.map { text.string($0) } == expected)
    }

    @Test func wordsKeepSurrogatePairsInScalarOffsets() {
        let input = "😀Intel"
        let text = ScalarText(input, folding: Self.folding)
        let words = Segmenter().words(of: text, in: TextSpan(start: 0, end: text.count))
        #expect(words.map { text.string($0.span) } == ["😀", "Intel"])
        #expect(words.last?.span == TextSpan(start: 1, end: 6))
    }
}
