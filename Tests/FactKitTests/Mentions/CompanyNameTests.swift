import Testing
@testable import FactKit

/// Company-like names no dictionary knows (`company-names.tsv`): input → mentions (`id=text`),
/// an unknown name's id is `~` + the name as written, legal form left out. Negatives beside positives.
struct CompanyNameTests {
    static let corpus: [(String, [String])] = [
        // Simplified Chinese: a stem after a boundary word, before a suffix or legal form.
        ("国内AI芯片企业卓驭科技今年营收增长", ["~卓驭科技=卓驭科技"]),
        ("小米投资的云迹科技有限公司宣布融资", ["xiaomi=小米", "~云迹科技=云迹科技有限公司"]),
        ("深圳云迹科技有限公司是一家机器人公司", ["~深圳云迹科技=深圳云迹科技有限公司"]),
        ("泰康人寿与东莞银行签约", ["~泰康人寿=泰康人寿", "~东莞银行=东莞银行"]),
        ("华映资本领投", ["~华映资本=华映资本"]),
        ("江西铜业股份有限公司公告", ["jiangxi-copper=江西铜业"]),
        ("腾讯科技今年", ["tencent=腾讯"]),
        // Generic phrases are no names.
        ("该公司表示，本集团今年营收增长，这家银行的利润下降", []),
        ("科技股普遍下跌，银行业表现平稳，新能源汽车销量大增", []),
        ("金融科技和消费电子领域，功率半导体需求旺盛", []),
        ("商业银行、民营银行和中小银行", []),
        ("陸資銀行與股份制银行", []),
        ("上半年资本开支增加，公司回购股份", []),
        ("2024年全年资本开支", []),
        ("恒生科技指数本周回落", []),
        ("如今大型科技公司纷纷裁员", []),
        ("月销售新能源汽车10万辆", []),
        // Traditional Chinese (folded before matching; the id keeps the text as written).
        ("台灣的欣銓科技第三季營收年增10%", ["~欣銓科技=欣銓科技"]),
        ("創興銀行公布業績", ["~創興銀行=創興銀行"]),
        ("北美雲端業者資本支出大增", []),
        ("投資者可在市場回購股份", []),
        // English: capitalized words before a suffix or legal form.
        ("Shares of Tata Motors rose, while Reliance Industries fell", ["~Tata Motors=Tata Motors", "~Reliance Industries=Reliance Industries"]),
        ("Acme Holdings Inc. and Beta, Inc. reported results", ["~Acme Holdings=Acme Holdings Inc.", "~Beta=Beta, Inc."]),
        ("Vista Equity Partners and Thrive Capital joined", ["~Vista Equity Partners=Vista Equity Partners", "thrive-capital=Thrive Capital"]),
        ("In March Acme Corp. said", ["~Acme=Acme Corp."]),
        ("Hon Hai Technology Group and Alibaba Group Holding", ["foxconn=Hon Hai", "alibaba=Alibaba Group"]),
        ("The Group said revenue rose. Intel's Data Center and AI Group revenue fell.", ["intel=Intel"]),
        ("High Risk + Long Term + High Capital Efficiency", []),
        ("the holding company and its technology group", []),
    ]

    @Test(arguments: corpus)
    func finds(input: String, expected: [String]) {
        #expect(CompanyFixtures.mentions(input) == expected.map(m))
    }

    /// text → (company, company_name) of each fact: an unknown name keeps its figure from its neighbour.
    static let facts: [(String, [String])] = [
        ("台积电一季度营收5000亿元。卓驭科技今年营收10亿元。", ["tsmc/TSMC", "~卓驭科技/卓驭科技"]),
        ("台積電第三季營收9,000億元，欣銓科技第三季營收30億元。", ["tsmc/TSMC", "~欣銓科技/欣銓科技"]),
        ("Nvidia reported revenue of $30 billion. Reliance Industries reported revenue of $2 billion.",
         ["nvidia/NVIDIA", "~Reliance Industries/Reliance Industries"]),
        ("台积电表示，金融科技业务营收10亿元。", ["tsmc/TSMC"]),
    ]

    static let extractor = try! FactExtractor()

    @Test(arguments: facts)
    func factsKeepTheirCompany(input: String, expected: [String]) {
        #expect(Self.extractor.extract(input).map { "\($0.company)/\($0.companyName)" } == expected)
    }

    @Test func unknownMentionsAreFlaggedAndNamed() throws {
        let found = CompanyMatcher(dictionary: CompanyFixtures.dictionary)
            .mentions(in: ScalarText("台積電與欣銓科技", folding: CompanyFixtures.folding))
        #expect(found.map(\.isKnown) == [true, false])
        let company = try #require(CompanyFixtures.dictionary.company(id: found[1].company))
        #expect(company.id == "~欣銓科技")
        #expect(company.name == "欣銓科技")
        #expect(CompanyFixtures.dictionary.company(id: "~") == nil)
    }

    @Test func unknownRoleIsAnError() {
        #expect(throws: DictionaryError(file: "names.tsv", line: 1, reason: "unknown role 'prefix' (use suffix, legal, before, determiner, generic, not-after or stop)")) {
            try CompanyNameLexicon(file: DictionaryFile(name: "names.tsv", contents: "科技\tprefix\n"), folding: CompanyFixtures.folding)
        }
    }
}
