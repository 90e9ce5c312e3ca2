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
        // A word for companies right after a count of people qualifies the jobs (企业职位); after 的 it is a threshold.
        FactRow("亞馬遜將在全球範圍內再裁撤約1.6萬個企業職位。", [F("amazon", .layoffs, "16000", "count", .none, .approx)]),
        FactRow("员工人数超过100人的企业在裁员前必须提前60天通知员工。", []),
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

    static var all: [FactRow] { metricsZH + attributionZH + traditional + english + negatives + periods }
}

// MARK: English facts (issue 11): tables laid out as text, change bases, plus-or-minus ranges, attribution.

extension FactCorpus {
    /// Tables laid out as lines: the heading's scale and columns apply to the bare figures of the rows under it.
    static let tables: [FactRow] = [
        // a row label's ($M) scales its money; a Y/Y column is a change of that basis; a per-share row keeps its value
        FactRow("AMD quarterly results\nQ3 2024 Q3 2023 Y/Y\nRevenue ($M) $6,819 $5,800 Up 18%\nGross margin 50% 47% Up 3 ppts\nDiluted earnings per share $0.47 $0.18 Up 161%",
                date: "2024-10-29",
                [F("amd", .revenue, "6819000000", "USD", period: "2024-Q3"), F("amd", .revenue, "5800000000", "USD", period: "2023-Q3"),
                 F("amd", .revenue, "18", "percent", .yoy, period: "2024-Q3"),
                 F("amd", .grossMargin, "50", "percent", period: "2024-Q3"), F("amd", .grossMargin, "47", "percent", period: "2023-Q3"),
                 F("amd", .grossMargin, "3", "pp", .yoy, period: "2024-Q3"),
                 F("amd", .eps, "0.47", "USD", period: "2024-Q3"), F("amd", .eps, "0.18", "USD", period: "2023-Q3"),
                 F("amd", .eps, "161", "percent", .yoy, period: "2024-Q3")]),
        // the heading's `$ in millions` makes bare cells money; a bracketed cell is negative, a label's (loss) is not
        FactRow("Micron results\nKEY FIGURES (GAAP, $ in millions) FQ1-25 FQ4-24 FQ1-24\nRevenue 8,709 7,750 4,726\nNet income (loss) 1,870 887 (1,234)",
                date: "2024-12-18",
                [F("micron", .revenue, "8709000000", "USD", period: "FY2025-Q1"), F("micron", .revenue, "7750000000", "USD", period: "FY2024-Q4"),
                 F("micron", .revenue, "4726000000", "USD", period: "FY2024-Q1"),
                 F("micron", .netProfit, "1870000000", "USD", period: "FY2025-Q1"), F("micron", .netProfit, "887000000", "USD", period: "FY2024-Q4"),
                 F("micron", .netProfit, "-1234000000", "USD", period: "FY2024-Q1")]),
        // a blank line ends the table: bare figures after it are no money
        FactRow("AMD quarterly results\nQ3 2024 Q3 2023 Y/Y\nRevenue ($M) $6,819 $5,800 Up 18%\n\nRevenue 8,709 7,750 4,726", date: "2024-10-29",
                [F("amd", .revenue, "6819000000", "USD", period: "2024-Q3"), F("amd", .revenue, "5800000000", "USD", period: "2023-Q3"),
                 F("amd", .revenue, "18", "percent", .yoy, period: "2024-Q3")]),
        FactRow("Revenue 8,709 7,750 4,726", []),
        // Chinese: 单位：百万元, a 同比 column
        FactRow("腾讯季度业绩（单位：百万元） 2024年Q3 2023年Q3 同比\n营收 167,193 154,625 8%", date: "2024-11-13",
                [F("tencent", .revenue, "167193000000", "CNY", period: "2024-Q3"), F("tencent", .revenue, "154625000000", "CNY", period: "2023-Q3"),
                 F("tencent", .revenue, "8", "percent", .yoy, period: "2024-Q3")]),
        // Traditional Chinese: 單位：新台幣億元, a 年增 column
        FactRow("鴻海季度業績（單位：新台幣億元） 2024年Q3 2023年Q3 年增\n營收 18,501 16,061 15%", date: "2024-11-14",
                [F("foxconn", .revenue, "1850100000000", "TWD", period: "2024-Q3"), F("foxconn", .revenue, "1606100000000", "TWD", period: "2023-Q3"),
                 F("foxconn", .revenue, "15", "percent", .yoy, period: "2024-Q3")]),
    ]
}

extension FactCorpus {
    /// English: a figure with a tolerance is one range; earnings stated per share are EPS.
    static let englishRanges: [FactRow] = [
        FactRow("Micron expects revenue of $7.9 billion, plus or minus $200 million.",
                [F("micron", .revenue, "7700000000", "USD", .none, .range)]),
        FactRow("Micron forecast a gross margin of 38.5%, plus or minus 1 percentage point.",
                [F("micron", .grossMargin, "37.5", "percent", .none, .range)]),
        FactRow("Micron forecast adjusted earnings of $1.43 per share, plus or minus 10 cents.",
                [F("micron", .eps, "1.33", "USD", .none, .range)]),
        FactRow("AMD reported net income of $771 million, or $0.47 per diluted share.",
                [F("amd", .netProfit, "771000000", "USD"), F("amd", .eps, "0.47", "USD")]),
        // no tolerance word: two figures
        FactRow("AMD expects revenue of $7.5 billion, and capital expenditure of $300 million.",
                [F("amd", .revenue, "7500000000", "USD"), F("amd", .capex, "300000000", "USD")]),
        // a price per share is no EPS
        FactRow("CATL set the price at HK$263 per share.", [F("catl", .price, "263", "HKD")]),
    ]
}

extension FactCorpus {
    /// English: counts written as bare figures, sales counted in units, lists of long names, described pronouns.
    static let englishCounts: [FactRow] = [
        // a bare figure of an English sentence is a count, never money
        FactRow("Rivian delivered 51,579 vehicles last year and produced 49,476.", date: "2025-01-06",
                [F("rivian", .units, "51579", "count", period: "2024"), F("rivian", .units, "49476", "count", period: "2024")]),
        FactRow("Revenue was 8,709 in the quarter.", []),
        // sales of a sentence that counts are units; with money they are revenue
        FactRow("Tesla sold 1.8 million cars, while sales rose 3%.",
                [F("tesla", .units, "1800000", "count"), F("tesla", .units, "3", "percent", .change)]),
        FactRow("Apple's sales rose 5% to $90 billion.",
                [F("apple", .revenue, "5", "percent", .change), F("apple", .revenue, "90000000000", "USD")]),
        // `the <words> company` refers to the company in focus, also after the figure
        FactRow("BYD sold 4,272,145 vehicles in 2024.\nBattery-electric models accounted for more than 1.76 million of the Chinese company's sales.",
                date: "2025-01-06",
                [F("byd", .units, "4272145", "count", period: "2024"), F("byd", .units, "1760000", "count", .none, .min, period: "")]),
        // a list member whose name goes on past the dictionary's words shares the list's role (with … as co-leads)
        FactRow("Anthropic closed a funding round.\nICONIQ led the round, with Fidelity Management & Research Company and Lightspeed Venture Partners as co-leads, and the pre-money valuation works out to $170 billion.",
                date: "2025-09-02", [F("anthropic", .valuation, "170000000000", "USD")]),
    ]
}

extension FactCorpus {
    /// English change bases stated after the figure: a compared period, a base level, the same quarter last year.
    static let englishBases: [FactRow] = [
        FactRow("In the first quarter, Intel's revenue rose 23% over the fourth quarter and 427% over the same quarter last year.", date: "2024-07-18",
                [F("intel", .revenue, "23", "percent", .qoq, period: "2024-Q1"), F("intel", .revenue, "427", "percent", .yoy, period: "2024-Q1")]),
        // a compared quarter outweighs the basis of the figure before
        FactRow("TSMC's second-quarter revenue rose 40.1% year over year and was 13.6% higher than in the first quarter.", date: "2024-07-18",
                [F("tsmc", .revenue, "40.1", "percent", .yoy, period: "2024-Q2"), F("tsmc", .revenue, "13.6", "percent", .qoq, period: "2024-Q2")]),
        // a basis after the base level is the change's own
        FactRow("Apple shipped 50.1 million iPhones, down 9.6% from 55.4 million a year ago.",
                [F("apple", .units, "50100000", "count"), F("apple", .units, "-9.6", "percent", .yoy), F("apple", .units, "55400000", "count")]),
        // no basis stated: a change
        FactRow("Intel's revenue rose 5% over the period.", [F("intel", .revenue, "5", "percent", .change)]),
    ]
}

extension FactCorpus {
    /// English deals: buying a company (a name, or a company noun near the buying word) is a deal; anything else is spending.
    static let englishDeals: [FactRow] = [
        FactRow("IBM will buy cloud software maker HashiCorp for $6.4 billion.", [F("ibm", .dealValue, "6400000000", "USD")]),
        FactRow("Adobe walked away from its $20 billion purchase of design startup Figma, and paid Figma a $1 billion termination fee.",
                [F("adobe", .dealValue, "20000000000", "USD"), F("adobe", .expense, "1000000000", "USD")]),
        FactRow("Revenue was boosted by VMware, the cloud software company Broadcom bought for about $69 billion.",
                [F("broadcom", .dealValue, "69000000000", "USD", .none, .approx)]),
        FactRow("Meta will buy chips for $10 billion.", [F("meta", .spending, "10000000000", "USD")]),
    ]
}

extension FactCorpus {
    /// Attribution: a later name with a figure of its own; a figure that counts companies; a compound modifier.
    static let attributionMore: [FactRow] = [
        FactRow("Alphabet reported results. Advertising revenue increased to $65.85 billion, and YouTube ads brought in $8.92 billion.",
                [F("alphabet", .revenue, "65850000000", "USD"), F("youtube", .revenue, "8920000000", "USD")]),
        FactRow("SK hynix said HBM sales rose more than 80% from the previous quarter, and it plans to begin mass production of 12-layer HBM3E.",
                [F("sk-hynix", .revenue, "80", "percent", .qoq, .min)]),
        // a count of companies is no fact
        FactRow("今年已有100家企业宣布裁员。", []),
        FactRow("今年已有100家企業宣布裁員。", []),
        FactRow("Amazon said it would cut 14,000 jobs.", [F("amazon", .layoffs, "14000", "count")]),
        // a tally of unnamed companies is of no company, through its sentence
        FactRow("Intel will cut 15% of its staff.\nLayoffs.fyi counts more than 132,000 tech job losses at 404 companies so far in 2024, on course to surpass the 165,269 recorded in 2022.",
                date: "2024-08-02",
                [F("intel", .layoffs, "15", "percent"), F("", .layoffs, "132000", "count", .none, .min), F("", .layoffs, "165269", "count")]),
        // a name owned by a pronoun (its Honor brand) is a part of the company in focus
        FactRow("Huawei reported its results.\nNet profit dropped 28% to 62.6 billion yuan from 87 billion yuan in 2023, when results were lifted by the sale of its Honor brand.",
                date: "2025-03-31",
                [F("huawei", .netProfit, "-28", "percent", .change), F("huawei", .netProfit, "62600000000", "CNY"), F("huawei", .netProfit, "87000000000", "CNY")]),
        // a loss word right after the figure makes it negative
        FactRow("Intel Foundry's loss was wider than its $1.8 billion operating loss a year earlier.",
                [F("intel", .operatingIncome, "-1800000000", "USD")]),
        // each: one fact per company of the list
        FactRow("China's ByteDance and Tencent each ordered roughly 230,000 of the chips.",
                [F("bytedance", .gpuCount, "230000", "count", .none, .approx), F("tencent", .gpuCount, "230000", "count", .none, .approx)]),
        // the maker of the counted product is no buyer
        FactRow("Microsoft bought about 485,000 of Nvidia's Hopper-generation processors in 2024.",
                [F("microsoft", .gpuCount, "485000", "count", .none, .approx)]),
        // an investor's sentence takes no valuation from the round's
        FactRow("OpenAI raised $6.6 billion in a round that valued it at $157 billion. Thrive Capital led with about $1.25 billion.",
                [F("openai", .funding, "6600000000", "USD"), F("openai", .valuation, "157000000000", "USD")]),
        // an epithet names its company (companies/ai.tsv)
        FactRow("OpenAI raised $6.6 billion.\nThe ChatGPT maker expects revenue of about $3.7 billion.",
                [F("openai", .funding, "6600000000", "USD"), F("openai", .revenue, "3700000000", "USD", .none, .approx)]),
    ]
}
