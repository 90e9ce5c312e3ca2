import Foundation
import Testing
@testable import FactKit

/// One expected scope: a figure (metric, value) with its segment and status; the new metrics' unit and item too.
struct ExpectedScope: CustomStringConvertible, Sendable {
    var metric: Metric
    var value: String
    var segment: String
    var status: Status
    var unit: String?
    var item: String?
    var description: String {
        "\(metric.rawValue) \(value)\(unit.map { " " + $0 } ?? "")\(item.map { " #" + $0 } ?? "") [\(segment)] \(status.rawValue)"
    }
}

func S(_ metric: Metric, _ value: String, _ segment: String = "", _ status: Status = .actual,
       unit: String? = nil, item: String? = nil) -> ExpectedScope {
    ExpectedScope(metric: metric, value: value, segment: segment, status: status, unit: unit, item: item)
}

/// A text, its reference date and every fact it gives with segment and status (no more, no fewer).
struct ScopeRow: Sendable, CustomStringConvertible {
    var text: String
    var date: String
    var scopes: [ExpectedScope]
    init(_ text: String, date: String = "2025-11-20", _ scopes: [ExpectedScope]) { self.text = text; self.date = date; self.scopes = scopes }
    var description: String { text }
}

/// Segment and status, per language: guidance ranges, 预计全年, `expects revenue of`, segment revenue beside
/// the total, EPS with a loss, 營益率 beside 毛利率; negatives (whole-company, reported figures) beside them.
enum ScopeCorpus {
    static let chinese: [ScopeRow] = [
        // status
        ScopeRow("美光预计2026财年第一季度营收在122亿至128亿美元之间，毛利率中值为51.5%。",
                 [S(.revenue, "12200000000", "", .forecast), S(.grossMargin, "51.5", "", .forecast)]),
        ScopeRow("寒武纪预计2025年全年营业收入在50亿元至70亿元之间。", [S(.revenue, "5000000000", "", .forecast)]),
        ScopeRow("理想预计四季度交付10万至11万辆；收入总额265亿元至292亿元。",
                 [S(.units, "100000", "", .forecast), S(.revenue, "26500000000", "", .forecast)]),
        ScopeRow("快手三季度营收356亿元，同比增长14.2%。", [S(.revenue, "35600000000"), S(.revenue, "14.2")]),
        ScopeRow("原本预估今年营收占比挑战二成，但截至前三季，伺服器电源占比已达23%。",
                 [S(.share, "20", "", .forecast), S(.share, "23", "伺服器电源")]),
        ScopeRow("腾讯收入按年增长15%至1928.7亿元，高于市场预期的1888亿元。",
                 [S(.revenue, "15"), S(.revenue, "192870000000"), S(.revenue, "188800000000", "", .forecast)]),
        ScopeRow("据分析师估算，微软2023年在英伟达芯片上的支出高达45亿美元。", [S(.spending, "4500000000")]),
        ScopeRow("美光还预测，到2030年HBM市场规模将达到1000亿美元。", [S(.marketSize, "100000000000", "", .forecast)]),
        // segment
        ScopeRow("三季度快手总营收356亿元，其中线上营销服务收入201亿元，同比增长14%。",
                 [S(.revenue, "35600000000"), S(.revenue, "20100000000", "线上营销服务"), S(.revenue, "14", "线上营销服务")]),
        ScopeRow("分业务看，终端业务收入3390亿元，同比增长38.3%。", [S(.revenue, "339000000000", "终端"), S(.revenue, "38.3", "终端")]),
        ScopeRow("智能汽车解决方案业务收入264亿元。", [S(.revenue, "26400000000", "智能汽车解决方案")]),
        ScopeRow("AMD 2024年的数据中心GPU收入超过50亿美元。", [S(.revenue, "5000000000", "数据中心GPU")]),
        ScopeRow("其中HBM收入接近20亿美元。", [S(.revenue, "2000000000", "HBM")]),
        ScopeRow("本次中国区裁员的比例可能超过20%。", [S(.layoffs, "20", "中国区", .forecast)]),
        ScopeRow("在3nm量产之后，公司本季度7nm以下的收入占比继续维持在65%。", [S(.share, "65", "7nm以下")]),
        ScopeRow("A100售价为1万美元。", [S(.price, "10000")]),
        // adverbs between a name and its metric word are stepped over; words that are no name's part end it
        ScopeRow("其中数据中心业务仍占总营收的八成。", [S(.share, "80", "数据中心")]),
        ScopeRow("台积电平均每天获利逾49亿元。", [S(.netProfit, "4900000000")]),
        ScopeRow("小米SU7破6万的锁单量超越蔚来。", [S(.orders, "60000")]),
        ScopeRow("雷军带货首秀销售金额达成2.1亿元。", [S(.revenue, "210000000")]),
        // a market is no part of a company; a region's market is
        ScopeRow("2025年中国手机市场出货2.85亿台。", [S(.units, "285000000")]),
        ScopeRow("海外市场收入增长20%。", [S(.revenue, "20", "海外市场")]),
        // a later metric word opening its clause goes on with the segment named before it; not after a whole-company word
        ScopeRow("分部方面，核心本地商业收入674亿元，按年减少2.8%，经营亏损141亿元。",
                 [S(.revenue, "67400000000", "核心本地商业"), S(.revenue, "-2.8", "核心本地商业"), S(.operatingIncome, "-14100000000", "核心本地商业")]),
        ScopeRow("核心本地商业收入674亿元，公司经营亏损141亿元。",
                 [S(.revenue, "67400000000", "核心本地商业"), S(.operatingIncome, "-14100000000")]),
        // a marked name with 的 right before the figure; a contributing region (中国贡献的营收占比)
        ScopeRow("分业务看，终端业务收入3390亿元，已逼近ICT基础设施业务的3699亿元。",
                 [S(.revenue, "339000000000", "终端"), S(.revenue, "369900000000", "ICT基础设施")]),
        ScopeRow("中国贡献的营收占比达到29%。", [S(.share, "29", "中国")]),
        // a share of a metric: the name before the metric words the share word follows
        ScopeRow("人工智能相关收入占总收入比重达32%。", [S(.share, "32", "人工智能相关")]),
        ScopeRow("公司收入占总收入比重达32%。", [S(.share, "32")]),
        // a name opening its clause after a period or its company; a word for an unnamed company inside a name
        ScopeRow("英伟达第四季数据中心收入184亿美元。", [S(.revenue, "18400000000", "数据中心")]),
        ScopeRow("分业务看，金融科技及企业服务收入则增长10%至582亿元。",
                 [S(.revenue, "10", "金融科技及企业服务"), S(.revenue, "58200000000", "金融科技及企业服务")]),
        ScopeRow("某企业收入5343.7万美元。", [S(.revenue, "53437000")]),
        // a verb opening the metric word belongs to the name before it (汽车销售收入); none stands before it
        ScopeRow("其中，汽车销售收入259亿元，同比下降37.4%。", [S(.revenue, "25900000000", "汽车销售"), S(.revenue, "-37.4", "汽车销售")]),
        ScopeRow("华为2024年销售收入8621亿元。", [S(.revenue, "862100000000")]),
        ScopeRow("2025年第四季度中国智能手机市场出货量约7578万台。", [S(.units, "75780000")]),
        // 该X means the last <name>X of the sentence; a marker after 合共 / 合计
        ScopeRow("收入几乎全部来自云端产品线，上半年该产品线收入28.70亿元，占总营收的99.6%。",
                 [S(.revenue, "2870000000", "云端产品线"), S(.share, "99.6", "云端产品线")]),
        ScopeRow("预计小米整个造车业务合共亏损41亿元。", [S(.netProfit, "-4100000000", "造车", .forecast)]),
        // 制程 is a marker
        ScopeRow("本季度公司7nm以下制程收入占比仍维持在65%。", [S(.share, "65", "7nm以下")]),
        // the subject of 是 in an earlier clause, when regional, Latin or joined; joined names paired by 分别; not a company
        ScopeRow("从各地区收入来看，北美地区仍是台积电最大的收入来源，收入占比近7成。", [S(.share, "70", "北美地区")]),
        ScopeRow("除北美以外，中国地区和亚太地区是其余的两大收入来源，本季度占比分别为9%和12%。",
                 [S(.share, "9", "中国地区"), S(.share, "12", "亚太地区")]),
        ScopeRow("台积电是全球最大的代工厂，收入占比近7成。", [S(.share, "70")]),
        ScopeRow("主要原因是成本上升，毛利率下降到20%。", [S(.grossMargin, "20")]),
        // per-unit words (单片) are no names
        ScopeRow("2024Q1台积电单片毛利约3305美元。", [S(.grossProfit, "3305")]),
        // a source after the metric word (订单来自EUV): Latin, regional or marked names only
        ScopeRow("按照ASML的数据，新增订单金额为36亿欧元，其中6.56亿欧元订单来自EUV。",
                 [S(.orders, "3600000000"), S(.orders, "656000000", "EUV")]),
        ScopeRow("新增订单金额为36亿欧元，其中6.56亿欧元订单来自老客户。", [S(.orders, "3600000000"), S(.orders, "656000000")]),
        ScopeRow("云智能集团收入296亿元，经调整EBITA利润26.6亿元。", [S(.revenue, "29600000000"), S(.netProfit, "2660000000")]),
        // a bottom line or a whole-company margin after a segment's figure is the company's
        ScopeRow("游戏业务收入增长10%至500亿元，净利润增长20%至300亿元。",
                 [S(.revenue, "10", "游戏"), S(.revenue, "50000000000", "游戏"), S(.netProfit, "20"), S(.netProfit, "30000000000")]),
        ScopeRow("数据中心收入184亿美元，毛利率为76%。", [S(.revenue, "18400000000", "数据中心"), S(.grossMargin, "76")]),
        // kinds of expense are no segments
        ScopeRow("销售及营销开支按年增长9%至343亿元。", [S(.expense, "9"), S(.expense, "34300000000")]),
        // new metrics
        ScopeRow("营业利润11.38万亿韩元，营业利润率达到47%。", [S(.operatingIncome, "11380000000000"), S(.operatingMargin, "47", unit: "percent")]),
        ScopeRow("经调整净利润50亿元，经调整净利率为14%。", [S(.netProfit, "5000000000"), S(.netMargin, "14", unit: "percent")]),
        ScopeRow("基本每股收益为2.50元，上年同期每股亏损1.27元。",
                 [S(.eps, "2.5", unit: "CNY", item: "share"), S(.eps, "-1.27", unit: "CNY", item: "share")]),
    ]

    static let traditional: [ScopeRow] = [
        ScopeRow("第四季毛利率19.5%，營益率9.9%。", date: "2026-02-06",
                 [S(.grossMargin, "19.5"), S(.operatingMargin, "9.9", unit: "percent")]),
        ScopeRow("日月光投控歸屬母公司淨利186.05億元，每股純益7.16元。", date: "2026-02-06",
                 [S(.netProfit, "18605000000"), S(.eps, "7.16", item: "share")]),
        ScopeRow("展望第四季，台積電預估營收介於322億至334億美元，毛利率介於59%至61%。",
                 [S(.revenue, "32200000000", "", .forecast), S(.grossMargin, "59", "", .forecast)]),
        ScopeRow("遊戲與AI PC部門營收43億美元，年增30%。", [S(.revenue, "4300000000", "遊戲與AI PC"), S(.revenue, "30", "遊戲與AI PC")]),
        ScopeRow("資料中心業務仍是最主要的成長引擎，當季營收512億美元。", [S(.revenue, "51200000000", "資料中心")]),
        ScopeRow("騰訊第三季經調整盈利705.5億元勝預期。", [S(.netProfit, "70550000000")]),
        ScopeRow("台積電第三季毛利率59.5%超越財測。", [S(.grossMargin, "59.5")]),
        ScopeRow("第三季營收為331億美元，超越公司先前給出的318億至330億美元財測高標。",
                 [S(.revenue, "33100000000"), S(.revenue, "31800000000", "", .forecast)]),
        ScopeRow("封測事業毛利率估落在24%至25%。", [S(.grossMargin, "24", "封測", .forecast)]),
        ScopeRow("其中AI伺服器又占伺服器營收的七成。", [S(.share, "70", "AI伺服器")]),
        ScopeRow("以產品別區分，雲端網路產品占營收比重達41%，首度超越占35%的消費智能產品；",
                 [S(.share, "41", "雲端網路產品"), S(.share, "35", "消費智能產品")]),
        ScopeRow("王石表示，去年第四季22奈米營收季增31%，占總營收比重已超過13%。", [S(.revenue, "31", "22奈米"), S(.share, "13", "22奈米")]),
        ScopeRow("台積電3奈米製程營收占比達23%。", [S(.share, "23", "3奈米")]),
        ScopeRow("受惠AI加速器對先進製程的強勁需求，台積電第三季合併營收新台幣9899.2億元。", [S(.revenue, "989920000000")]),
        ScopeRow("3奈米製程出貨占全季晶圓銷售金額的23%。", [S(.share, "23", "3奈米")]),
        // a span of time is no name
        ScopeRow("2025年首九個月收入5343.7萬美元。", [S(.revenue, "53437000")]),
        ScopeRow("資料中心業務仍是最主要的成長引擎，當季營收512億美元，占總營收約九成。",
                 [S(.revenue, "51200000000", "資料中心"), S(.share, "90", "資料中心")]),
        // a marker alone (分部) means the segment last named with a marker, not a part named after it
        ScopeRow("智能電動汽車及AI等創新業務分部首次錄得單季經營盈利，經營收益為7億元；其中智能電動汽車收入283億元。分部毛利率為25.5%。",
                 [S(.operatingIncome, "700000000", "智能電動汽車及AI等創新"), S(.revenue, "28300000000", "智能電動汽車"),
                  S(.grossMargin, "25.5", "智能電動汽車及AI等創新")]),
        ScopeRow("台積電平均每天獲利逾49億元。", [S(.netProfit, "4900000000")]),
        ScopeRow("銷售及營銷開支按年大增90.9%至343億元。", [S(.expense, "90.9"), S(.expense, "34300000000")]),
    ]

    static let english: [ScopeRow] = [
        ScopeRow("For the fourth quarter of 2024, AMD expects revenue to be approximately $7.5 billion.", date: "2024-10-29",
                 [S(.revenue, "7500000000", "", .forecast)]),
        ScopeRow("Broadcom expects first-quarter revenue of about $14.6 billion, up 22% from a year earlier.",
                 [S(.revenue, "14600000000", "", .forecast), S(.revenue, "22", "", .forecast)]),
        ScopeRow("Nvidia expects earnings per share of $0.81 next quarter.", date: "2025-01-01",
                 [S(.eps, "0.81", "", .forecast, unit: "USD", item: "share")]),
        ScopeRow("It spent $8.47 billion on capital expenditures in the quarter and now expects full-year capex of $37 billion.",
                 [S(.capex, "8470000000"), S(.capex, "37000000000", "", .forecast)]),
        ScopeRow("Google Cloud revenue jumped 35% to $11.35 billion, while the unit's operating income rose to $1.95 billion.",
                 [S(.revenue, "35", "Google Cloud"), S(.revenue, "11350000000", "Google Cloud"),
                  S(.operatingIncome, "1950000000", "Google Cloud")]),
        ScopeRow("Revenue in the Data Center segment reached a record $22.6 billion.", [S(.revenue, "22600000000", "Data Center")]),
        ScopeRow("Software revenue rose 5.5% to $5.9 billion.", [S(.revenue, "5.5", "Software"), S(.revenue, "5900000000", "Software")]),
        ScopeRow("Record revenue of $6.8 billion.", [S(.revenue, "6800000000")]),
        ScopeRow("Lucid Group said on Monday it delivered 3,099 cars in the fourth quarter.", date: "2025-01-06", [S(.units, "3099")]),
        ScopeRow("Diluted earnings per share were $0.92.", [S(.eps, "0.92", unit: "USD", item: "share")]),
        ScopeRow("The operating margin rose to 42 percent, and the net margin was 46 percent.",
                 [S(.operatingMargin, "42", unit: "percent"), S(.netMargin, "46", unit: "percent")]),
        // Latin names up to 40 scalars; verbs before a metric word are no name; the subject before an appositive is
        ScopeRow("Professional visualization revenue rose 45% to $427 million.",
                 [S(.revenue, "45", "Professional visualization"), S(.revenue, "427000000", "Professional visualization")]),
        ScopeRow("The Intelligent Automotive Solution unit, which supplies software to carmakers, saw sales soar 474% to 26.4 billion yuan.",
                 [S(.revenue, "474", "Intelligent Automotive Solution"), S(.revenue, "26400000000", "Intelligent Automotive Solution")]),
        // an anaphor opening the metric's clause names the segment in focus
        ScopeRow("Data Center revenue was $22.6 billion. The segment now makes up roughly 87% of sales.",
                 [S(.revenue, "22600000000", "Data Center"), S(.share, "87", "Data Center")]),
        ScopeRow("Revenue was $22.6 billion. The company now makes up roughly 87% of sales.",
                 [S(.revenue, "22600000000"), S(.share, "87")]),
        // counts take a region after the metric word, or before `sales of`
        ScopeRow("iPhone unit sales in China dropped 24% year on year.", [S(.units, "-24", "China")]),
        ScopeRow("Overseas sales of passenger vehicles rose 72% to roughly 417,000.", [S(.units, "72", "Overseas"), S(.units, "417000", "Overseas")]),
        ScopeRow("Sales of passenger vehicles rose 72% to roughly 417,000.", [S(.units, "72"), S(.units, "417000")]),
        ScopeRow("Sales and marketing expenses rose 5% to $2 billion.", [S(.expense, "5"), S(.expense, "2000000000")]),
        // a metric word continuing the clause of a segment's figure; not a whole-company one
        ScopeRow("The Device Solutions division, which houses the memory and foundry businesses, generated revenue of 28.56 trillion won and an operating profit of 6.45 trillion won.",
                 [S(.revenue, "28560000000000", "Device Solutions"), S(.operatingIncome, "6450000000000", "Device Solutions")]),
        ScopeRow("The Device Solutions division generated revenue of 28.56 trillion won and the group a net profit of 6.45 trillion won.",
                 [S(.revenue, "28560000000000", "Device Solutions"), S(.netProfit, "6450000000000")]),
        // a metric carried from the sentence before: the subject before an appositive, a name opening the change's clause
        ScopeRow("Huawei's revenue rose 22% to 862.1 billion yuan in 2024. ICT infrastructure, the telecom equipment business that is still Huawei's largest, grew 4.9% to 369.9 billion yuan, and cloud computing rose 8.5% to 38.5 billion yuan.",
                 [S(.revenue, "22"), S(.revenue, "862100000000"), S(.revenue, "369900000000", "ICT infrastructure"), S(.revenue, "38500000000", "cloud computing")]),
        ScopeRow("Huawei's revenue rose 22% to 862.1 billion yuan in 2024. In the fourth quarter, it grew 4.9% to 369.9 billion yuan.",
                 [S(.revenue, "22"), S(.revenue, "862100000000"), S(.revenue, "369900000000")]),
        // a list naming one segment per figure
        ScopeRow("Wafers made on its 3-nanometer process contributed 15% of wafer revenue, 5-nanometer 35% and 7-nanometer 17%.",
                 [S(.share, "15", "3-nanometer"), S(.share, "35", "5-nanometer"), S(.share, "17", "7-nanometer")]),
        ScopeRow("Revenue rose 15% to $20 billion, up 35% and 17%.",
                 [S(.revenue, "15"), S(.revenue, "20000000000"), S(.revenue, "35"), S(.revenue, "17")]),
        ScopeRow("TrendForce estimates that HBM will account for 20.1% of DRAM revenue in 2024.", [S(.share, "20.1", "HBM", .forecast)]),
        // the antecedent of `, which` before a share
        ScopeRow("Advertising revenue, which makes up about three-quarters of the total, increased to $65.85 billion.",
                 [S(.share, "75", "Advertising"), S(.revenue, "65850000000", "Advertising")]),
        ScopeRow("Revenue, which makes up the bulk of sales, increased 5%.", [S(.revenue, "5")]),
        // a clause after the metric word's names its own subject (a marked name, or one after `and`); a capitalized
        // marker inside a title is part of the name
        ScopeRow("Tesla reported automotive revenue of $20 billion, and its energy business grew 52% to $2.4 billion.",
                 [S(.revenue, "20000000000", "automotive"), S(.revenue, "52", "energy"), S(.revenue, "2400000000", "energy")]),
        ScopeRow("Oracle's sales hit $455 billion, sending shares up 36%.", [S(.revenue, "455000000000"), S(.revenue, "36")]),
        ScopeRow("Revenue in its Productivity and Business Processes segment rose 12% to $28.3 billion.",
                 [S(.revenue, "12", "Productivity and Business Processes"), S(.revenue, "28300000000", "Productivity and Business Processes")]),
        // the same metric again, or a margin, after a segment's figure is the company's
        ScopeRow("Gaming revenue was $3 billion, and revenue rose 8% to $60 billion.",
                 [S(.revenue, "3000000000", "Gaming"), S(.revenue, "8"), S(.revenue, "60000000000")]),
        ScopeRow("Data center revenue rose 10% to $5 billion, and gross margin was 45%.",
                 [S(.revenue, "10", "Data center"), S(.revenue, "5000000000", "Data center"), S(.grossMargin, "45")]),
        // a name after `from` with a capital inside its first word (iPhone); not a period
        ScopeRow("Revenue from iPhone rose 6% to $46 billion.", [S(.revenue, "6", "iPhone"), S(.revenue, "46000000000", "iPhone")]),
        ScopeRow("Revenue in the quarter rose 6%.", [S(.revenue, "6")]),
        // people counted in a noun: the words before it, or a marked name after it, are the part of the company
        ScopeRow("Amazon said it was eliminating about 14,000 corporate roles.", [S(.layoffs, "14000", "corporate")]),
        ScopeRow("Amazon said it was eliminating about 14,000 corporate roles, roughly 4% of its office workforce.",
                 [S(.layoffs, "14000", "corporate"), S(.layoffs, "4", "corporate")]),
        ScopeRow("Microsoft eliminated 1,900 positions in its gaming division.", [S(.layoffs, "1900", "gaming")]),
        ScopeRow("Intel cut 15,000 jobs in August.", date: "2024-09-01", [S(.layoffs, "15000")]),
        ScopeRow("Meta had 72,404 employees.", [S(.headcount, "72404")]),
    ]
}

/// The scope corpus: every row's text gives exactly the row's figures, each with its segment and status.
struct ScopeCorpusTests {
    static let extractor: FactExtractor = try! FactExtractor()

    func check(_ row: ScopeRow) {
        let facts = Self.extractor.extract(row.text, document: "row", date: CalendarDate(row.date))
        let got = facts.map { f in
            let want = row.scopes.first { $0.metric == f.metric && $0.value == f.value.plainString }
            return ExpectedScope(metric: f.metric, value: f.value.plainString, segment: f.segment, status: f.status,
                                 unit: want?.unit == nil ? nil : f.unit.rawValue, item: want?.item == nil ? nil : f.item).description
        }.sorted()
        #expect(got == row.scopes.map(\.description).sorted(), "\(row.text)")
    }

    @Test(arguments: ScopeCorpus.chinese) func chinese(_ row: ScopeRow) { check(row) }
    @Test(arguments: ScopeCorpus.traditional) func traditional(_ row: ScopeRow) { check(row) }
    @Test(arguments: ScopeCorpus.english) func english(_ row: ScopeRow) { check(row) }

    @Test func explanationNamesTheCues() {
        let report = Self.extractor.explain("广告业务收入177亿美元；公司预计全年营收约700亿美元。", date: CalendarDate(year: 2025, month: 11, day: 1)).description
        #expect(report.contains("segment <segment> «业务»"))
        #expect(report.contains("forecast «预计» … <figure>"))
    }

    @Test func scopeWordsAreMatchedWhole() throws {
        let lexicon = try ScopeLexicon.builtin()
        let text = ScalarText("The plant will open; planned.", folding: CharacterFolding())
        let words = lexicon.words(in: text, range: TextSpan(start: 0, end: text.count)).map { text.string($0.span) }
        #expect(words.contains("will"))
        #expect(words.contains("planned"))
        #expect(!words.contains("plan"))
    }

    @Test func badRoleNamesTheLine() {
        var lexicon = ScopeLexicon()
        #expect(throws: DictionaryError.self) {
            try lexicon.add(DictionaryFile(name: "status.tsv", contents: "预计\tguess\n"), allowed: [.forecast])
        }
    }
}
