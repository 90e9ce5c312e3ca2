import Foundation
@testable import FactKit

/// An expected fact, written compactly: company, metric, value, unit, then what else matters.
struct ExpectedFact: CustomStringConvertible, Sendable {
    var company: String
    var metric: Metric
    var value: String
    var unit: String
    var change: Change? = nil
    var qualifier: Qualifier = .exact
    var period: String? = nil
    var item: String? = nil

    /// The comparable form: the fields every row states, plus period and item when the row gives them.
    func key(_ periodToo: Bool, _ itemToo: Bool) -> String {
        var k = "\(company.isEmpty ? "-" : company) \(metric.rawValue) \(value) \(unit) \(change?.rawValue ?? "level") \(qualifier.rawValue)"
        if periodToo { k += " @\(period ?? "")" }
        if itemToo { k += " #\(item ?? "")" }
        return k
    }
    var description: String { key(period != nil, item != nil) }
}

func F(_ company: String, _ metric: Metric, _ value: String, _ unit: String, _ change: Change? = nil,
       _ qualifier: Qualifier = .exact, period: String? = nil, item: String? = nil) -> ExpectedFact {
    ExpectedFact(company: company, metric: metric, value: value, unit: unit, change: change, qualifier: qualifier, period: period, item: item)
}

/// One corpus row: a text, its reference date, and every fact it must give (no more, no fewer).
struct FactRow: Sendable, CustomStringConvertible {
    var text: String
    var date: String?
    var facts: [ExpectedFact]
    init(_ text: String, date: String? = nil, _ facts: [ExpectedFact]) { self.text = text; self.date = date; self.facts = facts }
    var description: String { text }
}

enum FactCorpus {
    /// Chinese: one row per metric.
    static let metricsZH: [FactRow] = [
        // NVIDIA's fiscal year ends in January (fiscal-years.tsv): its third quarter reported in November 2023 is FY2024-Q3.
        FactRow("英伟达第三季度营收为351亿美元。", date: "2023-11-22", [F("nvidia", .revenue, "35100000000", "USD", period: "FY2024-Q3")]),
        FactRow("ASML一季度营收53亿欧元，同比下降22%。", date: "2024-04-17",
                [F("asml", .revenue, "5300000000", "EUR", period: "2024-Q1"), F("asml", .revenue, "-22", "percent", .yoy, period: "2024-Q1")]),
        FactRow("拼多多2023年净利润600亿元，同比增长90%。",
                [F("pdd", .netProfit, "60000000000", "CNY", period: "2023"), F("pdd", .netProfit, "90", "percent", .yoy, period: "2023")]),
        FactRow("蔚来一季度净亏损52亿元。", date: "2024-06-06", [F("nio", .netProfit, "-5200000000", "CNY", period: "2024-Q1")]),
        FactRow("台积电本季度毛利润为100.1亿美元。", [F("tsmc", .grossProfit, "10010000000", "USD")]),
        FactRow("英特尔2023年营业利润为9.3亿美元。", [F("intel", .operatingIncome, "930000000", "USD", period: "2023")]),
        FactRow("华为去年研发费用达1647亿元。", date: "2024-03-29", [F("huawei", .expense, "164700000000", "CNY", period: "2023")]),
        FactRow("微软去年的资本开支接近240亿美元。", date: "2023-06-15", [F("microsoft", .capex, "24000000000", "USD", .none, .approx, period: "2022")]),
        FactRow("小米宣布将投入100亿元用于研发。", [F("xiaomi", .spending, "10000000000", "CNY")]),
        FactRow("A100售价为1万美元。", [F("nvidia", .price, "10000", "USD")]),  // a GPU's price is its maker's (products.tsv)
        FactRow("小米SU7的指导价为21.59万~29.99万元。", [F("xiaomi", .price, "215900", "CNY", .none, .range)]),
        FactRow("月之暗面估值达到25亿美元。", [F("moonshot-ai", .valuation, "2500000000", "USD")]),
        FactRow("智谱完成新一轮融资，融资额超过25亿元。", [F("zhipu-ai", .funding, "2500000000", "CNY", .none, .min)]),
        FactRow("高通以2亿美元收购了一家初创公司。", [F("qualcomm", .dealValue, "200000000", "USD")]),
        FactRow("2023年中国直播电商市场规模为4.9万亿元。", [F("", .marketSize, "4900000000000", "CNY", period: "2023")]),
        FactRow("商汤已部署了2.7万块GPU。", [F("sensetime", .gpuCount, "27000", "count", item: "GPU")]),
        FactRow("幻方购买了1万块A100。", [F("high-flyer", .gpuCount, "10000", "count", item: "A100")]),
        FactRow("理想汽车3月交付量为2.9万辆。", date: "2024-04-01", [F("li-auto", .units, "29000", "count", period: "2024-03")]),
        FactRow("联想集团员工超过7.7万名。", [F("lenovo", .headcount, "77000", "count", .none, .min)]),
        FactRow("特斯拉宣布全球裁员逾10%。", [F("tesla", .layoffs, "10", "percent", .none, .min)]),
        // an apposition restates the previous figure; 即将 is no apposition
        FactRow("特斯拉全球裁员超过10%，即约1.4万名员工。",
                [F("tesla", .layoffs, "10", "percent", .none, .min), F("tesla", .layoffs, "14000", "count", .none, .approx)]),
        FactRow("英伟达营收100亿美元，即将发布新品。", [F("nvidia", .revenue, "10000000000", "USD")]),
        FactRow("京东采销直播间总观看人数突破3.8亿。", [F("jd", .users, "380000000", "count", .none, .min)]),
        FactRow("台积电一季度毛利率为53.1%。", [F("tsmc", .grossMargin, "53.1", "percent")]),
        FactRow("英伟达数据中心GPU市占率达88%。", [F("nvidia", .marketShare, "88", "percent")]),
        FactRow("台积电3nm收入占比回落至9%。", [F("tsmc", .share, "9", "percent")]),
        FactRow("全球代工行业的增长预期从20%下调至10%。", [F("", .growth, "20", "percent", .change), F("", .growth, "10", "percent", .change)]),
        FactRow("台积电毛利率环比提升0.1pct。", [F("tsmc", .grossMargin, "0.1", "pp", .qoq)]),
    ]

    /// Chinese: attribution patterns.
    static let attributionZH: [FactRow] = [
        // buyer, not seller
        FactRow("字节今年向英伟达订购了超过10亿美元的GPU。", date: "2023-06-15",
                [F("bytedance", .spending, "1000000000", "USD", .none, .min, period: "2023")]),
        // possessive
        FactRow("英伟达的数据中心收入为184亿美元。", [F("nvidia", .revenue, "18400000000", "USD")]),
        // distributive 均 / 都
        FactRow("Meta、Google均为314亿美元的资本开支。", [F("meta", .capex, "31400000000", "USD"), F("google", .capex, "31400000000", "USD")]),
        FactRow("腾讯、百度去年的资本开支均同比下滑超25%。", date: "2023-06-15",
                [F("tencent", .capex, "-25", "percent", .yoy, .min, period: "2022"), F("baidu", .capex, "-25", "percent", .yoy, .min, period: "2022")]),
        // ellipsis: the later clause has no company
        FactRow("宁德时代发布财报，公司净利润441亿元。", [F("catl", .netProfit, "44100000000", "CNY")]),
        FactRow("台积电发布了一季度财报。季度收入环比下滑3.8%。", [F("tsmc", .revenue, "-3.8", "percent", .qoq)]),
        // a source is not the subject
        FactRow("据高盛预测，人形机器人的市场规模有望达到1540亿美元。", [F("", .marketSize, "154000000000", "USD")]),
        FactRow("花旗预计小米SU7全年交付量约5.5万至7万辆。", [F("xiaomi", .units, "55000", "count", .none, .range)]),
        // unnamed company
        FactRow("某互联网大厂今年已给英伟达下了超10亿元人民币的订单。", [F("", .spending, "1000000000", "CNY", .none, .min)]),
        // conversion in parentheses
        FactRow("英伟达在中国市场的销售额为4亿美元（约合28亿元人民币）。",
                [F("nvidia", .revenue, "400000000", "USD"), F("nvidia", .revenue, "2800000000", "CNY", .none, .approx)]),
        // price change and new level
        FactRow("问界新M7售价下调2万元至22.98万元。", [F("aito", .price, "-20000", "CNY", .change), F("aito", .price, "229800", "CNY")]),
        // relative periods against a stated year
        FactRow("2023年京东净利润达242亿元，去年同期为104亿元。",
                [F("jd", .netProfit, "24200000000", "CNY", period: "2023"), F("jd", .netProfit, "10400000000", "CNY", period: "2022")]),
        // implied currency
        FactRow("腾讯一年净赚1577亿。", [F("tencent", .netProfit, "157700000000", "CNY")]),
        // a classifier that names its metric; a purchase count
        FactRow("字节称它们的新集群支持万卡级大模型训练。", [F("bytedance", .gpuCount, "10000", "count", .none, .approx, item: "GPU")]),
        FactRow("当时阿里的采购量至少达到上万块规模。", [F("alibaba", .gpuCount, "10000", "count", .none, .min)]),
        // a company's own website is no third-party source
        FactRow("据英伟达官网，A100售价为1万美元。", [F("nvidia", .price, "10000", "USD")]),
        // a comparison with a stated year is year over year; the earlier level is a level
        FactRow("2023年中国微短剧市场规模为373.9亿元，较2022年的101.7亿元增长了267.65%。",
                [F("", .marketSize, "37390000000", "CNY", period: "2023"), F("", .marketSize, "10170000000", "CNY", period: "2022"),
                 F("", .marketSize, "267.65", "percent", .yoy, period: "2023")]),
        // focus stays with the subject when another company only modifies a product
        FactRow("台积电一季度营收189亿美元。主要是苹果手机需求疲软。本季度收入占比维持在65%。", date: "2024-04-18",
                [F("tsmc", .revenue, "18900000000", "USD"), F("tsmc", .share, "65", "percent")]),
        // the metric carries to the next sentence about the same company
        FactRow("特斯拉此次裁员有的部门将优化30%。其他部门普遍在20%。",
                [F("tesla", .layoffs, "30", "percent"), F("tesla", .layoffs, "20", "percent")]),
        FactRow("小米SU7开售后27分钟，大定订单便突破5万；开售24小时，这个数字已达88898辆。",
                [F("xiaomi", .orders, "50000", "count", .none, .min), F("xiaomi", .orders, "88898", "count")]),
        // a change stated after the figure with 的
        FactRow("拼多多营收实现了90%的增长。", [F("pdd", .revenue, "90", "percent", .change)]),
        // Chinese states a basis once for the sentences after it
        FactRow("腾讯营收同比增长20%。净利润增长30%。", [F("tencent", .revenue, "20", "percent", .yoy), F("tencent", .netProfit, "30", "percent", .yoy)]),
        // in a list each figure is the company it qualifies (1611台的小鹏)
        FactRow("小米交付量超过了总交付1611台的小鹏、2222台的腾势。", [F("xpeng", .units, "1611", "count"), F("denza", .units, "2222", "count")]),
        // mainland press: 元 stays the renminbi even for a Hong Kong listing
        FactRow("港股快手三季度营收356亿元，同比增长14.2%。", [F("kuaishou", .revenue, "35600000000", "CNY"), F("kuaishou", .revenue, "14.2", "percent", .yoy)]),
        // a reporter is not the subject: the later company is
        FactRow("高盛统计数据显示，阿里巴巴云业务收入增长了20%。", [F("alibaba", .revenue, "20", "percent", .change)]),
        // A broker (sources.tsv `analyst`) reports beside another company or before a reporting word; alone it states its own results.
        FactRow("摩根士丹利预计，小米今年手机出货量将达到1.7亿部。", [F("xiaomi", .units, "170000000", "count")]),
        FactRow("高盛统计数据显示，印度GCC总收入达到460亿美元。", [F("", .revenue, "46000000000", "USD")]),
        FactRow("高盛第三季度净利润为30亿美元。", [F("goldman-sachs", .netProfit, "3000000000", "USD")]),
        // zhfacts — whose figure when no company is named for it, and per-share results (simplified and traditional).
        // An economy's statistics (markers.tsv `economy`: 服务出口 GDP) in a sentence naming no subject are no fact;
        // an industry's export share is a fact of no company, and a company's exports stay its own.
        FactRow("2023年，印度服务出口额占GDP的比重攀升至9.7%。", []),
        FactRow("高盛指出，印度服务出口以接近11%的年复合增长率增长。", []),
        FactRow("2023年，印度服務出口額占GDP的比重攀升至9.7%。", []),
        FactRow("2023年，中国电子坐便器出口占比达到66%。", [F("", .share, "66", "percent")]),
        FactRow("华为服务出口收入同比增长20%。", [F("huawei", .revenue, "20", "percent", .yoy)]),
        // A product (products.tsv) stands for its maker in price, units and share figures naming no company; an
        // accelerator in a price only (a count of H100 is its buyer's); no product after a named subject does.
        FactRow("iPhone 17起售价5999元。", [F("apple", .price, "5999", "CNY")]),
        FactRow("iPhone 17國行版起售價5999元。", [F("apple", .price, "5999", "CNY")]),
        FactRow("IDC指出，鸿蒙操作系统的份额已达12%。", [F("huawei", .marketShare, "12", "percent")]),
        FactRow("H100售價為2.5萬美元。", [F("nvidia", .price, "25000", "USD")]),
        FactRow("MI300X的平均售价约为1.5万美元。", [F("amd", .price, "15000", "USD", .none, .approx)]),
        FactRow("即使按照最低售价2.5万美元来计算，这批H100的成本也很高。", [F("nvidia", .price, "25000", "USD")]),
        FactRow("Meta购买了35万块H100。", [F("meta", .gpuCount, "350000", "count")]),
        // A supplier after 来自 (markers.tsv object) is no subject: the buyer's count.
        FactRow("Meta计划获得约35万块来自英伟达的H100。", [F("meta", .gpuCount, "350000", "count", .none, .approx)]),
        FactRow("拼多多将iPhone 17的售价压到5099元。", [F("pdd", .price, "5099", "CNY")]),
        // A count with a product classifier right after its company in a ranking (markers.tsv `ranking`) is units; a
        // count with a word of its own (召回), without a company, or outside a ranking is none.
        FactRow("全年来看，华为以4670万台重回第一，苹果以4620万台紧随其后。",
                [F("huawei", .units, "46700000", "count"), F("apple", .units, "46200000", "count")]),
        FactRow("vivo则从上年的4930万台降至4610万台，丢掉了榜首位置。",
                [F("vivo", .units, "49300000", "count"), F("vivo", .units, "46100000", "count")]),
        FactRow("全年來看，華為以4670萬台重回第一。", [F("huawei", .units, "46700000", "count")]),
        FactRow("特斯拉召回11411辆，召回数量排名第一。", []),
        FactRow("去年以4670万台重回第一。", []),
        FactRow("华为以4670万台收官。", []),
        // A number written onto a Chinese company name is a model (阿维塔12), no figure: a list with models still pairs
        // its figures in order (分别), and a gapped figure after a company still repeats the metric before.
        FactRow("智界S7和阿维塔12分别交付了0.09万辆与0.06万辆。", [F("luxeed", .units, "900", "count"), F("avatr", .units, "600", "count")]),
        FactRow("智界S7和阿維塔12分別交付了0.09萬輛與0.06萬輛。", [F("luxeed", .units, "900", "count"), F("avatr", .units, "600", "count")]),
        FactRow("阿维塔12交付了600辆。", [F("avatr", .units, "600", "count")]),
        FactRow("小米交付了5000辆，蔚来6000辆。", [F("xiaomi", .units, "5000", "count"), F("nio", .units, "6000", "count")]),
        // Accelerator models (metrics.tsv items: MI450, MI355X, TPU) counted are GPU counts; named without a count, none.
        FactRow("甲骨文将部署5万块MI450。", [F("oracle", .gpuCount, "50000", "count", item: "MI450")]),
        FactRow("甲骨文將部署5萬塊MI450。", [F("oracle", .gpuCount, "50000", "count", item: "MI450")]),
        FactRow("甲骨文云表示其集群最多可扩展到131072块MI355X。", [F("oracle", .gpuCount, "131072", "count", item: "MI355X")]),
        FactRow("AMD发布了MI450和MI355X两款芯片。", []),
        // A share price (markers.tsv `quote`: 股价 收盘价) is no fact; the figures of its sentence that have cues of their
        // own still are, and a change of the share price is none.
        FactRow("截至当日收盘，寒武纪股价报1587.91元，此前总市值一度超过6600亿元。",
                [F("cambricon", .valuation, "660000000000", "CNY", .none, .min)]),
        FactRow("台達電股價收在1000元。", []),
        FactRow("寒武纪股价上涨5%，营收增长43%。", [F("cambricon", .revenue, "43", "percent", .change)]),
        // A cue that qualifies the figure before it through 的 (1830亿美元的投后估值) is that figure's: the next figure
        // takes the cue right after it (130亿美元F轮融资).
        FactRow("这家公司刚以1830亿美元的投后估值完成130亿美元F轮融资。",
                [F("", .valuation, "183000000000", "USD"), F("", .funding, "13000000000", "USD")]),
        FactRow("智譜以500億港元的估值完成30億港元融資。",
                [F("zhipu-ai", .valuation, "50000000000", "HKD"), F("zhipu-ai", .funding, "3000000000", "HKD")]),
        // A spending of no company after a market word (markers.tsv `market`: 全球 行业) is the market's size; a company's
        // spending, or one with no market word, stays spending.
        FactRow("据IDC预测，到2028年全球人工智能支出将达到6320亿美元。", [F("", .marketSize, "632000000000", "USD")]),
        FactRow("據IDC預測，全球人工智慧支出將達到6320億美元。", [F("", .marketSize, "632000000000", "USD")]),
        FactRow("据a16z测算，一个公司一年的AI运算支出超过5000万美元。", [F("", .spending, "50000000", "USD", .none, .min)]),
        FactRow("微软在全球的支出达到100亿美元。", [F("microsoft", .spending, "10000000000", "USD")]),
        // 个 counts jobs and accelerators after digits or a scale word (counts.tsv flag `digits`); in words (两个) none.
        FactRow("亚马逊将在全球范围内再裁撤约1.6万个企业职位。", [F("amazon", .layoffs, "16000", "count", .none, .approx)]),
        FactRow("亞馬遜將再裁撤約1.6萬個職位。", [F("amazon", .layoffs, "16000", "count", .none, .approx)]),
        FactRow("Anthropic将使用多达100万个TPU。", [F("anthropic", .gpuCount, "1000000", "count", item: "TPU")]),
        FactRow("为日语优化的模型，OpenAI此次还发布了两个职位的招聘计划。", []),
        FactRow("小米推出了三个版本，售价分别为20万元。", [F("xiaomi", .price, "200000", "CNY")]),
        // A loss after a per-share word (markers.tsv `pershare`) is a loss per share; the total loss beside it is not.
        FactRow("理想汽车每股美国存托股份摊薄净亏损0.62元。", [F("li-auto", .eps, "-0.62", "CNY")]),
        FactRow("理想汽車每股美國存託股份攤薄淨虧損0.62元。", [F("li-auto", .eps, "-0.62", "CNY")]),
        FactRow("理想汽车净亏损6.24亿元，每股净亏损0.62元。",
                [F("li-auto", .netProfit, "-624000000", "CNY"), F("li-auto", .eps, "-0.62", "CNY")]),
    ]

    /// Traditional Chinese.
    static let traditional: [FactRow] = [
        FactRow("台積電第一季營收為189億美元。", [F("tsmc", .revenue, "18900000000", "USD")]),
        FactRow("野村指出，台積電第二季度營收將成長12%。", [F("tsmc", .revenue, "12", "percent", .change)]),
        FactRow("野村證券第二季度淨利潤為1200億日圓。", [F("nomura", .netProfit, "120000000000", "JPY")]),
        FactRow("輝達第三季營收年增206%。", [F("nvidia", .revenue, "206", "percent", .yoy)]),
        FactRow("輝達第三季營收達351億美元，較上季成長17%。", date: "2023-11-22",
                [F("nvidia", .revenue, "35100000000", "USD", period: "FY2024-Q3"), F("nvidia", .revenue, "17", "percent", .qoq, period: "FY2024-Q3")]),
        // Taiwan press: 元 is the New Taiwan dollar (two signs of Taiwan style: 營業利益, 季減); Taiwan cue words
        FactRow("聯發科第三季營業利益221.88億元，季減24.5%。", date: "2025-10-31",
                [F("mediatek", .operatingIncome, "22188000000", "TWD", period: "2025-Q3"),
                 F("mediatek", .operatingIncome, "-24.5", "percent", .qoq, period: "2025-Q3")]),
        FactRow("聯電去年第四季營收618.1億元，季增4.5%，年增2.3%。", date: "2026-01-29",
                [F("umc", .revenue, "61810000000", "TWD", period: "2025-Q4"), F("umc", .revenue, "4.5", "percent", .qoq, period: "2025-Q4"),
                 F("umc", .revenue, "2.3", "percent", .yoy, period: "2025-Q4")]),
        // a falling range: the low bound is the larger fall
        FactRow("日月光投控預估首季營收將季減5%至7%。", [F("ase", .revenue, "-7", "percent", .qoq, .range)]),
        // Hong Kong press: 按年, 溢利, 開支; （人民幣．下同） keeps 元 the renminbi
        FactRow("小米第三季收入1131.2億元（人民幣．下同），經調整淨利潤113.1億元，按年升80.9%。",
                [F("xiaomi", .revenue, "113120000000", "CNY"), F("xiaomi", .netProfit, "11310000000", "CNY"),
                 F("xiaomi", .netProfit, "80.9", "percent", .yoy)]),
        FactRow("聯想股東應佔溢利5.46億美元，按年下跌21%，主要因重組產生2.85億美元一次性重組開支。",
                [F("lenovo", .netProfit, "546000000", "USD"), F("lenovo", .netProfit, "-21", "percent", .yoy),
                 F("lenovo", .expense, "285000000", "USD")]),
        // Hong Kong signs (按年, 按季) make 元 the Hong Kong dollar, but a （人民幣．下同） note declares the article's currency
        FactRow("騰訊第三季盈利705.5億元。\n收入按年增長15%至1928.7億元（人民幣．下同），按季升12%。",
                [F("tencent", .netProfit, "70550000000", "CNY"), F("tencent", .revenue, "15", "percent", .yoy),
                 F("tencent", .revenue, "192870000000", "CNY"), F("tencent", .revenue, "12", "percent", .qoq)]),
        FactRow("騰訊第三季盈利705.5億元。\n收入按年增長15%，按季升12%。",
                [F("tencent", .netProfit, "70550000000", "HKD"), F("tencent", .revenue, "15", "percent", .yoy),
                 F("tencent", .revenue, "12", "percent", .qoq)]),
        FactRow("美團研發開支69億元，按季增長3%。", [F("meituan", .expense, "6900000000", "CNY"), F("meituan", .expense, "3", "percent", .qoq)]),
        FactRow("騰訊於第三季斥資約211億港元回購股份。", [F("tencent", .spending, "21100000000", "HKD", .none, .approx)]),
        // a part of a whole: 占
        FactRow("鴻海雲端網路產品占營收比重達41%。", [F("foxconn", .share, "41", "percent")]),
        FactRow("台積電第一季營收為5926億新台幣，季減3.8%。",
                [F("tsmc", .revenue, "592600000000", "TWD"), F("tsmc", .revenue, "-3.8", "percent", .qoq)]),
    ]

    /// English.
    static let english: [FactRow] = [
        FactRow("Nvidia reported revenue of $22.1 billion, up 265% year over year.",
                [F("nvidia", .revenue, "22100000000", "USD"), F("nvidia", .revenue, "265", "percent", .yoy)]),
        FactRow("Tesla delivered 386,810 vehicles in the first quarter of 2024.", [F("tesla", .units, "386810", "count", period: "2024-Q1")]),
        FactRow("Microsoft's net income was $21.9 billion.", [F("microsoft", .netProfit, "21900000000", "USD")]),
        FactRow("Intel's gross margin fell 2.5 percentage points.", [F("intel", .grossMargin, "-2.5", "pp", .change)]),
        FactRow("Microsoft's net income rose to $21.9 billion.", [F("microsoft", .netProfit, "21900000000", "USD")]),
        FactRow("Nvidia expects revenue of about $24 billion for the first quarter of fiscal 2025.",
                [F("nvidia", .revenue, "24000000000", "USD", .none, .approx, period: "FY2025-Q1")]),
        FactRow("Intel will cut more than 15% of its workforce.", [F("intel", .layoffs, "15", "percent", .none, .min)]),
        FactRow("OpenAI raised $6.6 billion at a valuation of $157 billion.",
                [F("openai", .funding, "6600000000", "USD"), F("openai", .valuation, "157000000000", "USD")]),
        FactRow("OpenAI is valued at $157 billion after raising $6.6 billion.",
                [F("openai", .valuation, "157000000000", "USD"), F("openai", .funding, "6600000000", "USD")]),
        FactRow("TSMC expects second-quarter revenue between $19.6 billion and $20.4 billion.", date: "2024-04-18",
                [F("tsmc", .revenue, "19600000000", "USD", .none, .range, period: "2024-Q2")]),
        FactRow("Nvidia's gross margin was 78.4%, down 0.5 percentage points from the prior quarter.",
                [F("nvidia", .grossMargin, "78.4", "percent"), F("nvidia", .grossMargin, "-0.5", "pp", .qoq)]),
        FactRow("Baidu's revenue rose 3% from the previous year.", [F("baidu", .revenue, "3", "percent", .yoy)]),
        FactRow("Tesla cut about 10% of its global workforce, or more than 14,000 employees.",
                [F("tesla", .layoffs, "10", "percent", .none, .approx), F("tesla", .layoffs, "14000", "count", .none, .min)]),
        // bases after the figure, each figure its own; a figure after from / to is a level, its period a year before
        FactRow("AMD's data center revenue was $3.5 billion, up 122% year-over-year and 25% sequentially.",
                [F("amd", .revenue, "3500000000", "USD"), F("amd", .revenue, "122", "percent", .yoy), F("amd", .revenue, "25", "percent", .qoq)]),
        FactRow("Alphabet reported third-quarter results. Net income climbed 34% to $26.3 billion, from $19.69 billion a year earlier.",
                date: "2024-10-29",
                [F("alphabet", .netProfit, "34", "percent", .yoy, period: "2024-Q3"), F("alphabet", .netProfit, "26300000000", "USD", period: "2024-Q3"),
                 F("alphabet", .netProfit, "19690000000", "USD", period: "2023-Q3")]),
        FactRow("Nvidia's net income climbed to $14.88 billion, 21% more than in the prior quarter and 628% more than a year earlier.",
                [F("nvidia", .netProfit, "14880000000", "USD"), F("nvidia", .netProfit, "21", "percent", .qoq),
                 F("nvidia", .netProfit, "628", "percent", .yoy)]),
        FactRow("Apple shipped 234.6 million iPhones in 2023, up 3.7% from 2022.",
                [F("apple", .units, "234600000", "count", period: "2023"), F("apple", .units, "3.7", "percent", .yoy, period: "2023")]),
        // cue families: cuts, capital expenditures after a loose verb, a bought company, market share, share of a whole
        FactRow("Amazon said it would eliminate about 14,000 corporate roles.", [F("amazon", .layoffs, "14000", "count", .none, .approx)]),
        FactRow("Meta spent $8.47 billion on capital expenditures in the quarter.", [F("meta", .capex, "8470000000", "USD")]),
        FactRow("Broadcom agreed to buy VMware for $61 billion.", [F("broadcom", .dealValue, "61000000000", "USD")]),
        FactRow("Microsoft bought $2 billion of servers.", [F("microsoft", .spending, "2000000000", "USD")]),
        FactRow("Samsung held 20.8% of the market.", [F("samsung", .marketShare, "20.8", "percent")]),
        FactRow("Smartphone chips made up 33% of TSMC's revenue.", [F("tsmc", .share, "33", "percent")]),
        FactRow("Anthropic raises $13B Series F at a $183B valuation", date: "2025-09-02",
                [F("anthropic", .funding, "13000000000", "USD", period: "2025-09"), F("anthropic", .valuation, "183000000000", "USD", period: "2025-09")]),
        // a company inside an aside is not the subject; a research firm is a source
        FactRow("SK hynix, the main supplier of memory for Nvidia's accelerators, reported operating profit of 5.47 trillion won.",
                [F("sk-hynix", .operatingIncome, "5470000000000", "KRW")]),
        FactRow("TrendForce estimates that HBM will account for 20.1% of DRAM revenue.", [F("", .share, "20.1", "percent")]),
        FactRow("Morgan Stanley analysts expect Nvidia revenue of $30 billion next quarter.", [F("nvidia", .revenue, "30000000000", "USD")]),
        FactRow("Goldman Sachs reported net revenue of $12.7 billion for the quarter.", [F("goldman-sachs", .revenue, "12700000000", "USD")]),
        // a basis right after its figure holds whatever follows; English restates a basis where it holds
        FactRow("Intel's revenue slipped 1% from a year ago to $12.8 billion, and gross margin narrowed to 35.4%.",
                [F("intel", .revenue, "-1", "percent", .yoy), F("intel", .revenue, "12800000000", "USD"), F("intel", .grossMargin, "35.4", "percent")]),
        FactRow("SK hynix's revenue grew 41.9 percent on-year. Net profit surged 323 percent.",
                [F("sk-hynix", .revenue, "41.9", "percent", .yoy), F("sk-hynix", .netProfit, "323", "percent", .change)]),
        // a direction right after a percentage is its own; a money figure before a direction is a level
        FactRow("Nvidia's gaming revenue of $2.6 billion fell 8% quarter-on-quarter but was 18% higher than a year before.",
                [F("nvidia", .revenue, "2600000000", "USD"), F("nvidia", .revenue, "-8", "percent", .qoq),
                 F("nvidia", .revenue, "18", "percent", .yoy)]),
        // a company no dictionary knows does not become the focus of later sentences
        FactRow("Anthropic raised $13 billion. The round was led by Acme Venture Partners. The startup's revenue rose to $5 billion.",
                [F("anthropic", .funding, "13000000000", "USD"), F("anthropic", .revenue, "5000000000", "USD")]),
        // a period a change is compared against is no figure's own, and gives its basis; the lead's quarter holds for later sentences
        FactRow("TSMC reported second-quarter results.\nIts revenue rose 40.1% to NT$673.51 billion and was 13.6% higher than in the first quarter.",
                date: "2024-07-18",
                [F("tsmc", .revenue, "40.1", "percent", .change, period: "2024-Q2"), F("tsmc", .revenue, "673510000000", "TWD", period: "2024-Q2"),
                 F("tsmc", .revenue, "13.6", "percent", .qoq, period: "2024-Q2")]),
        // the quarter after a reported fourth quarter is next year's
        FactRow("Broadcom reported results for the fourth quarter of fiscal 2024. Broadcom expects first-quarter revenue of $14.6 billion.",
                date: "2024-12-13",
                [F("broadcom", .revenue, "14600000000", "USD", period: "FY2025-Q1")]),
        // a cue inside an aside speaks of the aside, not of the figure after it
        FactRow("Huawei's revenue from the consumer business, which includes phones and wearables, climbed 38.3%.",
                [F("huawei", .revenue, "38.3", "percent", .change)]),
        FactRow("OpenAI raised $6.6 billion in a round that valued it at $157 billion.",
                [F("openai", .funding, "6600000000", "USD"), F("openai", .valuation, "157000000000", "USD")]),
        // a company after a preposition is an object, and so is the list it opens; brackets inside an aside
        FactRow("Revenue from Oracle databases running inside the clouds of Amazon, Google and Microsoft rose 1,529% in the quarter.",
                [F("oracle", .revenue, "1529", "percent", .change)]),
        FactRow("Smaller rival SK hynix, the main supplier of high-bandwidth memory (HBM) for Nvidia's accelerators, said revenue rose 125%.",
                [F("sk-hynix", .revenue, "125", "percent", .change)]),
        // an accelerator named a few words after the count; gapping repeats the metric for the next company
        FactRow("Meta acquired 224,000 Hopper chips, Amazon 196,000 and Google 169,000.",
                [F("meta", .gpuCount, "224000", "count"), F("amazon", .gpuCount, "196000", "count"), F("google", .gpuCount, "169000", "count")]),
        FactRow("Amazon has committed $8 billion in total and Google about $3 billion.",
                [F("amazon", .spending, "8000000000", "USD"), F("google", .spending, "3000000000", "USD", .none, .approx)]),
        FactRow("Oracle will buy roughly 400,000 Nvidia GB200 chips.", [F("oracle", .gpuCount, "400000", "count", .none, .approx)]),
        // more than is a qualifier, not a rise; a list goes on after a comparison
        FactRow("SK hynix's HBM sales rose more than 80% from the previous quarter and more than 250% from a year earlier.",
                [F("sk-hynix", .revenue, "80", "percent", .qoq, .min), F("sk-hynix", .revenue, "250", "percent", .yoy, .min)]),
        FactRow("Nvidia's revenue rose 23% over the fourth quarter and 427% from a year ago.",
                [F("nvidia", .revenue, "23", "percent", .change), F("nvidia", .revenue, "427", "percent", .yoy)]),
        // a count after a company with no figure before it stays no fact
        FactRow("Amazon 196,000 and Google 169,000.", []),
    ]

    /// Negatives: figures that are no facts.
    static let negatives: [FactRow] = [
        FactRow("英伟达发布了H100和A800两款芯片。", []),
        FactRow("2023年4月18日，台积电召开了发布会。", []),
        FactRow("五角大楼发言人表示，美国将采取行动。", []),
        FactRow("营收增长了3倍。", []),
        FactRow("台积电的3nm制程良率很高。", []),
        FactRow("百度的营收只有Google的6%。", []),
        FactRow("雷军在直播中介绍了小米SU7。", []),
        FactRow("01 直播，不为带货", []),
        // traffic is no money; an article is no count; a vague figure states no amount
        FactRow("京东将投入十亿现金和十亿流量。", [F("jd", .spending, "1000000000", "CNY")]),
        FactRow("智界推出了一套补偿方案。", []),
        FactRow("甲骨文宣布购买数万块A100。", []),
        FactRow("海豚君认为苹果手机芯片的制程将从5nm逐渐转向3nm。", []),
        // English years, months and words that only look like cues
        FactRow("In 2024, the company moved its headquarters.", []),
        FactRow("The chips were delivered in May 2024.", []),
        FactRow("Microsoft cut 1,900 jobs three months after it closed the deal.", [F("microsoft", .layoffs, "1900", "count")]),
    ]

    /// Periods, per class and language: a company's fiscal calendar for relative quarters, starting points, the
    /// reported quarter over the one a lead looks ahead to, 本季 reported and forecast, the year so far, a year-less
    /// quarter against the date, the day a quarter ended on, a period after a bracketed aside. Negatives beside them.
    static let periods: [FactRow] = [
        // 上季 / last quarter in the company's fiscal calendar (NVIDIA's year ends in January); TSMC keeps the calendar
        FactRow("輝達上季營收570億美元。", date: "2025-11-20", [F("nvidia", .revenue, "57000000000", "USD", period: "FY2026-Q3")]),
        FactRow("英伟达上季度营收570亿美元。", date: "2025-11-20", [F("nvidia", .revenue, "57000000000", "USD", period: "FY2026-Q3")]),
        FactRow("Nvidia said its revenue last quarter was $57 billion.", date: "2025-11-20",
                [F("nvidia", .revenue, "57000000000", "USD", period: "FY2026-Q3")]),
        FactRow("台積電上季營收331億美元。", date: "2025-11-20", [F("tsmc", .revenue, "33100000000", "USD", period: "2025-Q3")]),
        // 會計年度 is a fiscal year
        FactRow("輝達公布2026會計年度第三季財報，營收達570億美元。", date: "2025-11-20",
                [F("nvidia", .revenue, "57000000000", "USD", period: "FY2026-Q3")]),
        // a starting point (since …, …以来) is no figure's period
        FactRow("Samsung's second-quarter operating profit rose to 10.44 trillion won, its highest since the third quarter of 2022.",
                date: "2024-07-31", [F("samsung", .operatingIncome, "10440000000000", "KRW", period: "2024-Q2")]),
        FactRow("三星第二季度营业利润10.44万亿韩元，为2022年第三季度以来最高。", date: "2024-07-31",
                [F("samsung", .operatingIncome, "10440000000000", "KRW", period: "2024-Q2")]),
        FactRow("聯發科第三季毛利率46.5%，為2021年第二季以來低點。", date: "2025-10-31",
                [F("mediatek", .grossMargin, "46.5", "percent", period: "2025-Q3")]),
        // the lead carries the quarter it reports on, not the one it looks ahead to
        FactRow("美团上季经调整亏损160亿元 料第四季续录经营亏损\n\n美团公布第三季业绩，收入954.9亿元。美团预期第四季仍会录得经营亏损。\n\n分部方面，核心本地商业收入674亿元。",
                date: "2025-11-29",
                [F("meituan", .netProfit, "-16000000000", "CNY", period: "2025-Q3"), F("meituan", .revenue, "95490000000", "CNY", period: "2025-Q3"),
                 F("meituan", .revenue, "67400000000", "CNY", period: "2025-Q3")]),
        // 本季 of a reported quarter is that quarter; in a forecast, the quarter under way after it
        FactRow("台积电2024年第一季度收入189亿美元。本季度毛利率53.1%。", date: "2024-04-18",
                [F("tsmc", .revenue, "18900000000", "USD", period: "2024-Q1"), F("tsmc", .grossMargin, "53.1", "percent", period: "2024-Q1")]),
        FactRow("聯電去年第四季營收新台幣618.1億元。\n\n展望本季，聯電預估毛利率約在27%至29%之間。", date: "2026-01-28",
                [F("umc", .revenue, "61810000000", "TWD", period: "2025-Q4"), F("umc", .grossMargin, "27", "percent", .none, .range, period: "2026-Q1")]),
        // the year so far (前三季, first nine months) is no period of FACTS.md
        FactRow("累計前三季，大立光營收新台幣439.29億元。", date: "2025-10-10", [F("largan", .revenue, "43929000000", "TWD", period: "")]),
        FactRow("今年前三季度，比亚迪营收5662亿元。", date: "2025-10-30", [F("byd", .revenue, "566200000000", "CNY", period: "")]),
        FactRow("Broadcom's revenue for the first nine months was $37 billion.", date: "2024-09-20",
                [F("broadcom", .revenue, "37000000000", "USD", period: "")]),
        // a quarter without its year is the one ending nearest the date, in the company's fiscal calendar
        FactRow("Micron forecast second-quarter revenue of $7.9 billion. In the fiscal first quarter, Micron's revenue rose to $8.71 billion.",
                date: "2024-12-18",
                [F("micron", .revenue, "7900000000", "USD", period: "FY2025-Q2"), F("micron", .revenue, "8710000000", "USD", period: "FY2025-Q1")]),
        FactRow("美光预计第二财季营收79亿美元。", date: "2024-12-18", [F("micron", .revenue, "7900000000", "USD", period: "FY2025-Q2")]),
        FactRow("美光預估第二季營收79億美元。", date: "2024-12-18", [F("micron", .revenue, "7900000000", "USD", period: "FY2025-Q2")]),
        // a sentence naming only calendar-year companies keeps the calendar in a text about a fiscal-year one;
        // a sentence naming none takes the fiscal calendar of the text's company
        FactRow("美光预计第二财季营收79亿美元。美光的股价下跌。三季度SK海力士营收24.4万亿韩元。", date: "2025-11-20",
                [F("micron", .revenue, "7900000000", "USD", period: "FY2026-Q2"), F("sk-hynix", .revenue, "24400000000000", "KRW", period: "2025-Q3")]),
        FactRow("Micron expects second-quarter revenue of $7.9 billion. SK hynix's third-quarter revenue rose to 24.4 trillion won.", date: "2025-11-20",
                [F("micron", .revenue, "7900000000", "USD", period: "FY2026-Q2"), F("sk-hynix", .revenue, "24400000000000", "KRW", period: "2025-Q3")]),
        FactRow("美光預估第二季營收79億美元。美光的股價下跌。第三季SK海力士營收24.4兆韓元。", date: "2025-11-20",
                [F("micron", .revenue, "7900000000", "USD", period: "FY2026-Q2"), F("sk-hynix", .revenue, "24400000000000", "KRW", period: "2025-Q3")]),
        FactRow("美光预计第二财季营收79亿美元。美光的股价下跌。三季度营收87亿美元。", date: "2025-11-20",
                [F("micron", .revenue, "7900000000", "USD", period: "FY2026-Q2"), F("micron", .revenue, "8700000000", "USD", period: "FY2026-Q3")]),
        // the full fiscal year is the fiscal year; 全年 of a calendar company stays the calendar year
        FactRow("Broadcom reported results for the fourth quarter of fiscal 2024. For the full fiscal year, Broadcom's revenue rose to $51.6 billion.",
                date: "2024-12-13", [F("broadcom", .revenue, "51600000000", "USD", period: "FY2024")]),
        FactRow("博通2024财年第四季度营收140.5亿美元，全财年营收516亿美元。", date: "2024-12-13",
                [F("broadcom", .revenue, "14050000000", "USD", period: "FY2024-Q4"), F("broadcom", .revenue, "51600000000", "USD", period: "FY2024")]),
        FactRow("台积电2024年第四季度营收268.8亿美元，全年营收900亿美元。", date: "2025-01-16",
                [F("tsmc", .revenue, "26880000000", "USD", period: "2024-Q4"), F("tsmc", .revenue, "90000000000", "USD", period: "2024")]),
        FactRow("Lucid delivered 3,099 cars in the fourth quarter.", date: "2025-01-06", [F("lucid", .units, "3099", "count", period: "2024-Q4")]),
        FactRow("蔚来第四季度交付7.3万辆。", date: "2025-01-06", [F("nio", .units, "73000", "count", period: "2024-Q4")]),
        // a calendar company's quarter after another's fiscal one is its own
        FactRow("Microsoft reported revenue of $64.7 billion for the fourth quarter of its fiscal 2024. Alphabet's revenue rose to $84.74 billion in the second quarter.",
                date: "2024-08-02",
                [F("microsoft", .revenue, "64700000000", "USD", period: "FY2024-Q4"), F("alphabet", .revenue, "84740000000", "USD", period: "2024-Q2")]),
        // the day a quarter ended on is no month of its own; a figure on a day is of that month
        FactRow("In the fourth quarter of fiscal 2024, which ended Nov. 3, Broadcom's revenue rose to $14.05 billion.", date: "2024-12-13",
                [F("broadcom", .revenue, "14050000000", "USD", period: "FY2024-Q4")]),
        FactRow("Microsoft's headcount stood at 228,000 on June 30.", date: "2024-08-02",
                [F("microsoft", .headcount, "228000", "count", period: "2024-06")]),
        // a year whose results the lead reports holds for later sentences, in a text of the year after (or of no date);
        // a year two years back, or of a narrative, does not
        FactRow("华为发布2024年年度报告，2024年销售收入8621亿元。\n\n分业务看，终端业务收入3390亿元。", date: "2025-03-31",
                [F("huawei", .revenue, "862100000000", "CNY", period: "2024"), F("huawei", .revenue, "339000000000", "CNY", period: "2024")]),
        FactRow("Huawei said revenue rose to 862.1 billion yuan in 2024.\n\nRevenue from the consumer business climbed to 339 billion yuan.",
                date: "2025-03-31",
                [F("huawei", .revenue, "862100000000", "CNY", period: "2024"), F("huawei", .revenue, "339000000000", "CNY", period: "2024")]),
        FactRow("聯發科2024年營收新台幣5305億元。\n\n稅後純益新台幣1063億元。", date: "2025-02-07",
                [F("mediatek", .revenue, "530500000000", "TWD", period: "2024"), F("mediatek", .netProfit, "106300000000", "TWD", period: "2024")]),
        FactRow("华为2022年销售收入6423亿元。\n\n终端业务收入2145亿元。", date: "2025-03-31",
                [F("huawei", .revenue, "642300000000", "CNY", period: "2022"), F("huawei", .revenue, "214500000000", "CNY", period: "")]),
        FactRow("2021年元旦，小米发布了新品。\n\n小米的营收为100亿元。", [F("xiaomi", .revenue, "10000000000", "CNY", period: "")]),
        // English puts a year-ago period after its own figure: it is that figure's, no later or earlier one's;
        // Chinese puts it before its own (，去年同期为…)
        FactRow("Alphabet's third-quarter revenue rose to $88.3 billion from $76.7 billion a year ago, and its net income came to $26.3 billion.",
                date: "2024-10-29",
                [F("alphabet", .revenue, "88300000000", "USD", period: "2024-Q3"), F("alphabet", .revenue, "76700000000", "USD", period: "2023-Q3"),
                 F("alphabet", .netProfit, "26300000000", "USD", period: "2024-Q3")]),
        FactRow("In the third quarter, Google Cloud's operating income rose to $1.95 billion from $266 million a year earlier.", date: "2024-10-29",
                [F("google", .operatingIncome, "1950000000", "USD", period: "2024-Q3"), F("google", .operatingIncome, "266000000", "USD", period: "2023-Q3")]),
        FactRow("理想汽车三季度经营亏损12亿元，去年同期为经营利润34亿元。", date: "2025-11-27",
                [F("li-auto", .operatingIncome, "-1200000000", "CNY", period: "2025-Q3"), F("li-auto", .operatingIncome, "3400000000", "CNY", period: "2024-Q3")]),
        FactRow("美團第三季經調整虧損淨額160億元，去年同期為盈利128億元。", date: "2025-11-29",
                [F("meituan", .netProfit, "-16000000000", "CNY", period: "2025-Q3"), F("meituan", .netProfit, "12800000000", "CNY", period: "2024-Q3")]),
        // a price level takes no carried reporting period; a change of the average price does
        FactRow("英伟达第三季度营收351亿美元。A100售价为1万美元。", date: "2023-11-22",
                [F("nvidia", .revenue, "35100000000", "USD", period: "FY2024-Q3"), F("nvidia", .price, "10000", "USD", period: "")]),
        FactRow("Nvidia reported third-quarter revenue of $35.1 billion. The H100 is priced at $30,000.", date: "2023-11-22",
                [F("nvidia", .revenue, "35100000000", "USD", period: "FY2024-Q3"), F("nvidia", .price, "30000", "USD", period: "")]),
        FactRow("台積電第三季營收新台幣7596.9億元。3奈米晶圓售價約2萬美元。", date: "2024-10-17",
                [F("tsmc", .revenue, "759690000000", "TWD", period: "2024-Q3"), F("tsmc", .price, "20000", "USD", .none, .approx, period: "")]),
        FactRow("小米第三季度收入1131亿元。智能手机平均售价按年下降3.6%。", date: "2025-11-19",
                [F("xiaomi", .revenue, "113100000000", "CNY", period: "2025-Q3"), F("xiaomi", .price, "-3.6", "percent", .yoy, period: "2025-Q3")]),
        // a period after a bracketed aside is the figure's; a level after `from a year ago to` is no year-ago figure
        FactRow("Huawei's revenue rose to 862.1 billion yuan ($118.2 billion) in 2024.", date: "2025-03-31",
                [F("huawei", .revenue, "862100000000", "CNY", period: "2024"), F("huawei", .revenue, "118200000000", "USD", period: "2024")]),
        FactRow("Intel's revenue slipped 1% from a year ago to $12.8 billion in the second quarter.", date: "2024-08-19",
                [F("intel", .revenue, "-1", "percent", .yoy, period: "2024-Q2"), F("intel", .revenue, "12800000000", "USD", period: "2024-Q2")]),
    ]

    static var all: [FactRow] { metricsZH + attributionZH + traditional + english + negatives + periods }
}
