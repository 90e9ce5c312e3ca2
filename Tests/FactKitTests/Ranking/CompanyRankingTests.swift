import Testing
@testable import FactKit

/// One company decision: in `text`, the figure `figure` goes to `chosen` ("" for no company), and `passedOver`
/// was among its candidates (so the row shows a choice, not a lone name).
struct RankingRow: Sendable, CustomStringConvertible {
    var text: String
    var figure: String
    var chosen: String
    var passedOver: String
    init(_ text: String, _ figure: String, _ chosen: String, over passedOver: String) {
        self.text = text; self.figure = figure; self.chosen = chosen; self.passedOver = passedOver
    }
    var description: String { "\(figure) → \(chosen.isEmpty ? "-" : chosen) over \(passedOver.isEmpty ? "-" : passedOver)" }
}

/// The company decisions of the ranker (built-in weights, Ranking/CompanyRanking.swift) on real-shaped sentences.
enum RankingCorpus {
    static let simplified: [RankingRow] = [
        // A source (据IDC) is not the subject: a market figure goes to no company …
        RankingRow("据IDC统计，第三季度全球智能手机出货量为3.2亿部。", "3.2亿部", "", over: "idc"),
        // … and a company named after the source is the subject.
        RankingRow("IDC数据显示，小米第三季度出货量为4300万台。", "4300万台", "xiaomi", over: "idc"),
        // 分别: figures go to the list's members in order, not all to the nearest name.
        RankingRow("小米和OPPO第三季度出货量分别为4300万台和2800万台。", "4300万台", "xiaomi", over: "oppo"),
        RankingRow("小米和OPPO第三季度出货量分别为4300万台和2800万台。", "2800万台", "oppo", over: "xiaomi"),
    ]

    static let traditional: [RankingRow] = [
        RankingRow("據IDC統計，華碩第三季出貨量為300萬台。", "300萬台", "asus", over: "idc"),
        RankingRow("華碩與宏碁第三季營收分別為1500億元及600億元。", "1500億元", "asus", over: "acer"),
        RankingRow("華碩與宏碁第三季營收分別為1500億元及600億元。", "600億元", "acer", over: "asus"),
        // 公司 carries the company of the sentence before.
        RankingRow("聯發科第三季營收1319億元。公司第三季毛利率為49.5%。", "49.5%", "mediatek", over: ""),
    ]

    static let english: [RankingRow] = [
        // According to IDC: the source scores high but is no subject (its role keeps it from being chosen).
        RankingRow("According to IDC, global smartphone shipments rose 5.6% to 316 million units in the third quarter.",
                   "316 million", "", over: "idc"),
        // The company, It: the company of the sentence before.
        RankingRow("Nvidia said revenue rose to $35.1 billion in the third quarter. The company said net income was $19.3 billion.",
                   "$19.3 billion", "nvidia", over: ""),
        RankingRow("Tesla delivered 462,890 vehicles in the third quarter. It said revenue was $25.2 billion.",
                   "$25.2 billion", "tesla", over: ""),
        // respectively: in order.
        RankingRow("Apple and Samsung shipped 50 million and 40 million phones in the third quarter, respectively.",
                   "50 million", "apple", over: "samsung"),
        RankingRow("Apple and Samsung shipped 50 million and 40 million phones in the third quarter, respectively.",
                   "40 million", "samsung", over: "apple"),
    ]
}

struct CompanyRankingTests {
    static let extractor: FactExtractor = try! FactExtractor()

    func check(_ row: RankingRow) {
        let facts = Self.extractor.extractRecordingDecisions(row.text, document: "row", date: CalendarDate(year: 2024, month: 11, day: 1))
        guard let fact = facts.first(where: { $0.text == row.figure }) else {
            Issue.record("no fact for \(row.figure) in \(facts.map(\.text))"); return
        }
        #expect(fact.company == row.chosen, "\(row)")
        guard let decision = fact.decision?.company else { Issue.record("no decision recorded for \(row.figure)"); return }
        #expect(decision.candidates.map(\.company).contains(row.passedOver), "\(row): candidates \(decision.candidates.map(\.company))")
        #expect(decision.candidates[decision.chosen].company == row.chosen, "\(row)")
    }

    @Test(arguments: RankingCorpus.simplified) func simplifiedChinese(_ row: RankingRow) { check(row) }
    @Test(arguments: RankingCorpus.traditional) func traditionalChinese(_ row: RankingRow) { check(row) }
    @Test(arguments: RankingCorpus.english) func english(_ row: RankingRow) { check(row) }

    @Test func theWeightsDecideOnlyInTheirScripts() {
        // The built-in weights are for Latin and traditional-Chinese sentences (@scripts): there the candidates are
        // scored; in simplified Chinese the rules decide.
        func scored(_ text: String) -> Bool? {
            Self.extractor.extractRecordingDecisions(text, document: "d", date: nil).first?.decision?.company.scored
        }
        #expect(scored("華碩第三季營收1500億元。") == true)
        #expect(scored("Nvidia reported revenue of $35.1 billion.") == true)
        #expect(scored("华为第三季度营收1500亿元。") == false)
    }

    @Test func noWeightsLeaveTheRulesChoice() throws {
        let rules = try FactExtractor(options: ExtractionOptions(), companyWeights: LinearWeights())
        let facts = rules.extractRecordingDecisions("Apple shipped 50 million phones, IDC said.", document: "d", date: nil)
        let decision = try #require(facts.first?.decision?.company)
        #expect(!decision.scored)
        #expect(decision.chosen == decision.rule)
        #expect(facts.first?.company == "apple")
    }

    @Test func explainListsTheCandidatesAndTheirStrongestFeatures() {
        let report = Self.extractor.explain("According to IDC, global smartphone shipments rose 5.6% to 316 million units in the third quarter.").description
        #expect(report.contains("company? - (none) score"))
        #expect(report.contains("CHOSEN rule"))
        #expect(report.contains("company? idc (sentence) score"))
        #expect(report.contains("m.before +"))
    }
}
