import Foundation
import Testing
@testable import FactKit

/// The fact corpus: every row's text must give exactly the row's facts.
struct FactCorpusTests {
    static let extractor: FactExtractor = try! FactExtractor()

    func check(_ row: FactRow) {
        let facts = Self.extractor.extract(row.text, document: "row", date: row.date.flatMap(CalendarDate.init))
        let periodToo = row.facts.contains { $0.period != nil }
        let itemToo = row.facts.contains { $0.item != nil }
        let got = facts.map { f in
            ExpectedFact(company: f.company, metric: f.metric, value: f.value.plainString, unit: f.unit.rawValue, change: f.change,
                         qualifier: f.qualifier, period: f.period?.description ?? "", item: f.item).key(periodToo, itemToo)
        }.sorted()
        let want = row.facts.map { $0.key(periodToo, itemToo) }.sorted()
        #expect(got == want, "\(row.text)")
    }

    @Test(arguments: FactCorpus.metricsZH) func metricsChinese(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.attributionZH) func attributionChinese(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.traditional) func traditionalChinese(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.english) func english(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.negatives) func negatives(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.periods) func periods(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.attributionMore) func attributionMore(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.englishDeals) func englishDeals(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.englishBases) func englishBases(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.englishCounts) func englishCounts(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.tables) func tables(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.englishRanges) func englishRanges(_ row: FactRow) { check(row) }
    @Test(arguments: FactCorpus.bareCounts) func bareCounts(_ row: FactRow) { check(row) }

    @Test func factFieldsAndOffsets() throws {
        let text = "😀ASML一季度营收53亿欧元，同比下降22%。"
        let facts = Self.extractor.extract(text, document: "asml.txt", date: CalendarDate(year: 2024, month: 4, day: 17))
        let level = try #require(facts.first { $0.change == nil })
        #expect(level.doc == "asml.txt")
        #expect(level.companyName == "ASML")
        #expect(level.mention == "ASML")
        #expect(level.text == "53亿欧元")
        #expect(level.span == TextSpan(start: 10, end: 15))
        #expect(level.sentence == "😀ASML一季度营收53亿欧元，同比下降22%。")
        #expect(level.field("value") == "5300000000")
        #expect(level.field("period") == "2024-Q1")
    }

    @Test func dateLineNearTheTopResolvesRelativePeriods() {
        let text = "标题\n\n时间:2023-06-15 08:58:29  来源:新浪网\n\n百度今年的资本开支为30亿美元。"
        let facts = Self.extractor.extract(text, document: "d")
        #expect(facts.map { $0.period?.description ?? "" } == ["2023"])
    }

    /// A document longer than a window is read in windows ending at sentence ends: every fact is found once, with
    /// offsets into the whole text, and the date line of the top holds for every window.
    @Test func aLongDocumentIsReadInWindows() {
        let sentence = "台积电营收同比增长20%，达到100亿美元。"
        let text = "时间:2024-04-18\n" + String(repeating: sentence, count: 40)
        let whole = Self.extractor.extract(text, document: "d", date: nil, window: 1_000_000)
        let windowed = Self.extractor.extract(text, document: "d", date: nil, window: 50)
        #expect(whole.count == 80)
        #expect(windowed.map(\.span) == whole.map(\.span))
        #expect(windowed.map(\.value) == whole.map(\.value))
        #expect(windowed.allSatisfy { $0.period?.description == "2024" || $0.period == nil })
        let scalars = Array(text.unicodeScalars)
        #expect(windowed.allSatisfy { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) == $0.text })
    }
}

/// Period expressions: text → resolved periods, with a pinned reference date.
struct PeriodCorpusTests {
    static let rows: [(String, String?, [String])] = [
        ("2024年一季度", nil, ["2024-Q1"]),
        ("2024年第一季度", nil, ["2024-Q1"]),
        ("2024Q1", nil, ["2024-Q1"]),
        ("Q1 2024", nil, ["2024-Q1"]),
        ("the first quarter of 2024", nil, ["2024-Q1"]),
        ("2023财年第三季度", nil, ["FY2023-Q3"]),
        ("FY2026 Q2", nil, ["FY2026-Q2"]),
        ("2023年上半年", nil, ["2023-H1"]),
        ("2022 年全年", nil, ["2022"]),
        ("今年", "2023-06-15", ["2023"]),
        ("去年", "2023-06-15", ["2022"]),
        ("去年四季度", "2023-06-15", ["2022-Q4"]),
        ("今年 5 月", "2023-06-15", ["2023-05"]),
        ("上季度", "2024-04-18", ["2024-Q1"]),
        ("今年", nil, []),
        ("4月18日", "2024-04-18", []),
        ("2024年4月18日", nil, []),
        ("2026會計年度第三季", nil, ["FY2026-Q3"]),
        ("2026年第三季", nil, ["2026-Q3"]),
        ("前三季", "2025-10-10", []),
        ("the first nine months of 2024", nil, []),
        ("the first six months of 2024", nil, ["2024-H1"]),
        ("the fourth quarter", "2025-01-06", ["2024-Q4"]),
        ("the third quarter", "2024-08-19", ["2024-Q3"]),
        ("which ended Nov. 3", "2024-12-13", []),
        ("on June 30", "2024-08-02", ["2024-06"]),
        ("in November", "2024-12-13", ["2024-11"]),
    ]

    @Test(arguments: rows)
    func resolves(_ text: String, _ date: String?, _ expected: [String]) throws {
        let extractor = FactCorpusTests.extractor
        let scalars = ScalarText(text, folding: extractor.folding)
        let range = TextSpan(start: 0, end: scalars.count)
        let cues = CueMatcher(lexicon: extractor.cueLexicon).cues(in: scalars, range: range)
        let mentions = PeriodParser().periods(in: scalars, range: range, cues: cues)
        let resolver = PeriodResolver(date: date.flatMap(CalendarDate.init))
        #expect(mentions.compactMap { resolver.resolve($0)?.description } == expected)
    }
}
