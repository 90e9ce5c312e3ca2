import Foundation
import Testing
@testable import FactKit

/// Corpus of the quantity recognizer: one row per behaviour, `input → expected figures`,
/// negatives (`[]`) beside positives. An expected figure is written
/// `text|value|unit|qualifier|low|high|item`; empty trailing fields mean unit none,
/// qualifier `exact`, no bounds, no item. Values are exact decimal strings.
struct QuantityCorpusTests {
    static let extractor: FactExtractor = try! FactExtractor()

    /// The figures of `input`, in the row notation.
    static func figures(_ input: String) -> [String] {
        extractor.figures(in: input).map { q in
            [q.text, q.value.plainString, q.unit.rawValue, q.qualifier.rawValue,
             q.low?.plainString ?? "", q.high?.plainString ?? "", q.item].joined(separator: "|")
        }
    }

    /// A row's expected figure, padded with the defaults.
    static func normalized(_ row: String) -> String {
        var f = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        while f.count < 7 { f.append("") }
        if f[3].isEmpty { f[3] = "exact" }
        return f.joined(separator: "|")
    }

    static func check(_ input: String, _ expected: [String]) {
        #expect(figures(input) == expected.map(normalized), "\(input)")
        // Every span is the verbatim text at its offsets, and kind agrees with unit.
        let scalars = Array(input.unicodeScalars)
        for q in extractor.figures(in: input) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[q.span.start..<q.span.end])
            #expect(String(view) == q.text)
            switch q.kind {
            case .money: #expect(q.unit.isCurrency)
            case .percent: #expect(q.unit == .percent || q.unit == .pp)
            case .number: #expect(q.unit == .none || q.unit == .count)
            }
        }
    }

    /// Chinese numerals: plain, 大写, vague forms, bare scales, classifiers.
    static let zhNumerals: [(String, [String])] = [
        ("五亿零六", ["五亿零六|500000006"]),
        ("一千两百三十四万", ["一千两百三十四万|12340000"]),
        ("四万万", ["四万万|400000000"]),
        ("两三千", ["两三千|2000||range|2000|3000"]),
        ("十几", ["十几|10||range|10|19"]),
        ("几十", ["几十|10||range|10|90"]),
        ("二十几", ["二十几|20||range|20|29"]),
        ("三四十", ["三四十|30||range|30|40"]),
        ("五六百万", ["五六百万|5000000||range|5000000|6000000"]),
        ("一万亿", ["一万亿|1000000000000"]),
        ("三亿五千万", ["三亿五千万|350000000"]),
        ("一亿二千万零三", ["一亿二千万零三|120000003"]),
        ("十五", ["十五|15"]),
        ("二十", ["二十|20"]),
        ("一百零五", ["一百零五|105"]),
        ("三万五", ["三万五|35000"]),
        ("一千五", ["一千五|1500"]),
        ("两百五十", ["两百五十|250"]),
        ("壹仟贰佰叁拾肆", ["壹仟贰佰叁拾肆|1234"]),
        ("伍佰万", ["伍佰万|5000000"]),
        ("玖拾玖", ["玖拾玖|99"]),
        ("廿三", ["廿三|23"]),
        ("卅", []),
        ("幺幺零万", []),
        ("兩萬", ["兩萬|20000"]),
        ("三點五億", ["三點五億|350000000"]),
        ("三点五亿", ["三点五亿|350000000"]),
        ("零点五", []),
        ("十亿", ["十亿|1000000000"]),
        ("百亿", ["百亿|10000000000"]),
        ("千万资金", ["千万|10000000"]),
        ("千亿流量", ["千亿|100000000000"]),
        ("上万", ["上万|10000||min"]),
        ("上百万", ["上百万|1000000||min"]),
        ("上千家", ["上千家|1000|count|min"]),
        ("数十家", ["数十家|10|count|range|10|90"]),
        ("数百万", ["数百万|1000000||range|1000000|9000000"]),
        ("万卡", ["万卡|10000|count|approx"]),
        ("至少万卡", ["万卡|10000|count|min"]),
        ("两万亿", ["两万亿|2000000000000"]),
        ("一亿", ["一亿|100000000"]),
        ("十二万三千四百五十六", ["十二万三千四百五十六|123456"]),
        ("九千九百九十九亿", ["九千九百九十九亿|999900000000"]),
        ("六十多万", ["六十多万|600000||min"]),
        ("十来个", ["十来个|10|count|approx"]),
        ("三百余家", ["三百余家|300|count|min"]),
        ("七八成", ["七八成|70|percent|range|70|80"]),
        ("一两个", ["一两个|1|count|range|1|2"]),
        ("两个", ["两个|2|count"]),
        ("三台", ["三台|3|count"]),
        ("五家", ["五家|5|count"]),
        ("一台", ["一台|1|count"]),
        ("一辆", ["一辆|1|count"]),
        ("八名员工", ["八名|8|count"]),
        ("十张", ["十张|10|count"]),
        ("二十位", ["二十位|20|count"]),
    ]

    @Test(arguments: zhNumerals)
    func zhNumeralsRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Chinese words with numeral characters that are no figure.
    static let zhNonNumbers: [(String, [String])] = [
        ("一些", []),
        ("一直", []),
        ("统一", []),
        ("万一", []),
        ("一起", []),
        ("第一", []),
        ("唯一", []),
        ("十分", []),
        ("百分百", []),
        ("一方面", []),
        ("一下", []),
        ("一样", []),
        ("之一", []),
        ("一季度", []),
        ("二季度", []),
        ("第三", []),
        ("第三财季", []),
        ("一位", []),
        ("一个人", []),
        ("一定", []),
        ("一般来说", []),
        ("三星电子", []),
        ("百度", []),
        ("万科", []),
        ("千万不要", []),
        ("数据显示", []),
        ("一度", []),
        ("零售", []),
        ("成千上万", []),
        ("五花八门", []),
        ("四月", []),
        ("三点", []),
        ("十大", []),
        ("周三", []),
        ("星期五", []),
        ("二〇二四年", []),
        ("两年", []),
        ("三个月", []),
        ("三", []),
        ("五", []),
        ("万", []),
        ("亿", []),
        ("十", []),
        ("一、收入端", []),
        ("三、晶圆", []),
        ("第一百名", []),
        ("一统江湖", []),
        ("双十一", []),
        ("几乎", []),
        ("少数", []),
    ]

    @Test(arguments: zhNonNumbers)
    func zhNonNumbersRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Arabic digits: separators, full width, mixed scales, signs — and codes, dates, headings that are no figure.
    static let arabic: [(String, [String])] = [
        ("1,234.5", ["1,234.5|1234.5"]),
        ("3，000", ["3，000|3000"]),
        ("１２３", ["１２３|123"]),
        ("３，０００", ["３，０００|3000"]),
        ("1,234,567", ["1,234,567|1234567"]),
        ("12,34", ["12|12", "34|34"]),
        ("营收1,100.9亿", ["1,100.9亿|110090000000"]),
        ("1.2万亿", ["1.2万亿|1200000000000"]),
        ("3.6万", ["3.6万|36000"]),
        ("53亿", ["53亿|5300000000"]),
        ("3万4000", ["3万4000|34000"]),
        ("25万6千", ["25万6千|256000"]),
        ("30来亿", ["30来亿|3000000000||approx"]),
        ("200多万", ["200多万|2000000||min"]),
        ("3030千片", ["3030千片|3030000|count"]),
        ("1亿2000万", ["1亿2000万|120000000"]),
        ("5百万", ["5百万|5000000"]),
        ("0.5", ["0.5|0.5"]),
        ("增长0.05", ["0.05|0.05"]),
        ("有 3.6 万人", ["3.6 万人|36000|count"]),
        ("4 亿美元", ["4 亿美元|400000000|USD"]),
        ("1700万", ["1700万|17000000"]),
        ("4.9万亿", ["4.9万亿|4900000000000"]),
        ("1557亿", ["1557亿|155700000000"]),
        ("-16.5%", ["-16.5%|-16.5|percent"]),
        ("负3.9%", ["负3.9%|-3.9|percent"]),
        ("+2.5%", ["+2.5%|2.5|percent"]),
        ("影响-6.1%", ["-6.1%|-6.1|percent"]),
        ("负增长", []),
        ("亏损-3亿元", ["-3亿元|-300000000|CNY"]),
        ("300 多名员工", ["300 多名|300|count|min"]),
        ("10多名", ["10多名|10|count|min"]),
        ("3万多人", ["3万多人|30000|count|min"]),
        ("5G", []),
        ("3nm", []),
        ("7nm", []),
        ("14A", []),
        ("H100", []),
        ("A800", []),
        ("V100", []),
        ("GPT-4", []),
        ("GPT-3", []),
        ("SU7", []),
        ("问界M7", []),
        ("极氪007", []),
        ("Q1", []),
        ("2024Q1", []),
        ("FY2026", []),
        ("1H24", []),
        ("2023年", []),
        ("2024-04-18", []),
        ("4月18日", []),
        ("2024年4月", []),
        ("2024 年", []),
        ("2024/04/18", []),
        ("10:30", []),
        ("下午3点", []),
        ("2020-2023年", []),
        ("12寸", []),
        ("v2.0.1", []),
        ("1.2.3", []),
        ("13800138000", []),
        ("400-820-8820", []),
        ("01 直播，不为带货", []),
        ("2、毛利及毛利率", []),
        ("3.1晶圆收入占比", []),
        ("1)量的维度", []),
        ("第3名", []),
        ("第 3 季度", []),
        ("截至2023", []),
        ("2024款车型", []),
        ("3-6 个月", []),
        ("4-6月", []),
        ("26~29周", []),
        ("60多岁", []),
        ("2024百度大会", []),
        ("#1", []),
        ("N+3", []),
        ("COVID-19", []),
        ("EXE:5000", []),
        ("H100/800", []),
        ("12345678901234567890123456789012345", []),
    ]

    @Test(arguments: arabic)
    func arabicRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Percent: %, 百分之, 成, 分之, 个百分点, 折, qualifiers, ranges.
    static let percent: [(String, [String])] = [
        ("22%", ["22%|22|percent"]),
        ("22％", ["22％|22|percent"]),
        ("百分之五十五点五", ["百分之五十五点五|55.5|percent"]),
        ("百分之十", ["百分之十|10|percent"]),
        ("百分之百", ["百分之百|100|percent"]),
        ("三成", ["三成|30|percent"]),
        ("6成", ["6成|60|percent"]),
        ("三成半", ["三成半|35|percent"]),
        ("五分之一", ["五分之一|20|percent"]),
        ("三分之一", ["三分之一|33.333333333333|percent"]),
        ("四分之三", ["四分之三|75|percent"]),
        ("十分之一", ["十分之一|10|percent"]),
        ("千分之三", ["千分之三|0.3|percent"]),
        ("万分之五", ["万分之五|0.05|percent"]),
        ("市场份额占3分之1", ["3分之1|33.333333333333|percent"]),
        ("4 分之 3的用户", ["4 分之 3|75|percent"]),
        ("10分之三", ["10分之三|30|percent"]),
        ("二十分之三", ["二十分之三|15|percent"]),
        ("市场十分重要", []),
        ("百分之百分之五", ["百分之百|100|percent"]),
        ("20个百分点", ["20个百分点|20|pp"]),
        ("0.1pct", ["0.1pct|0.1|pp"]),
        ("1.5个百分点", ["1.5个百分点|1.5|pp"]),
        ("增长零点五个百分点", ["零点五个百分点|0.5|pp"]),
        ("凌晨零点发布", []),
        ("一个百分点", ["一个百分点|1|pp"]),
        ("九折", ["九折|90|percent"]),
        ("8.5折", ["8.5折|85|percent"]),
        ("七五折", ["七五折|75|percent"]),
        ("两成", ["两成|20|percent"]),
        ("5成毛利率", ["5成|50|percent"]),
        ("近7成", ["7成|70|percent|approx"]),
        ("7成左右", ["7成|70|percent|approx"]),
        ("4成以下", ["4成|40|percent|max"]),
        ("7成及以上", ["7成|70|percent|min"]),
        ("3成以上", ["3成|30|percent|min"]),
        ("超两成", ["两成|20|percent|min"]),
        ("成本", []),
        ("3成本", []),
        ("267.65%", ["267.65%|267.65|percent"]),
        ("0.5%", ["0.5%|0.5|percent"]),
        ("5‰", ["5‰|0.5|percent"]),
        ("25个基点", ["25个基点|0.25|pp"]),
        ("逾10%", ["10%|10|percent|min"]),
        ("不到50%", ["50%|50|percent|max"]),
        ("约30%", ["30%|30|percent|approx"]),
        ("超 25%", ["25%|25|percent|min"]),
        ("10%-20%", ["10%-20%|10|percent|range|10|20"]),
        ("80%-90%", ["80%-90%|80|percent|range|80|90"]),
        ("52-54%", ["52-54%|52|percent|range|52|54"]),
        ("3.9%-8.1%", ["3.9%-8.1%|3.9|percent|range|3.9|8.1"]),
        ("30%至40%", ["30%至40%|30|percent|range|30|40"]),
        ("5%~8%", ["5%~8%|5|percent|range|5|8"]),
        ("三至五成", ["三至五成|30|percent|range|30|50"]),
        ("从20%下调至10%", ["20%|20|percent", "10%|10|percent"]),
    ]

    @Test(arguments: percent)
    func percentRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Money: currency words, symbols and codes before or after, per-unit prices, qualifiers, ranges.
    static let money: [(String, [String])] = [
        ("53亿欧元", ["53亿欧元|5300000000|EUR"]),
        ("189亿美元", ["189亿美元|18900000000|USD"]),
        ("2603亿元", ["2603亿元|260300000000|CNY"]),
        ("10 亿元人民币", ["10 亿元人民币|1000000000|CNY"]),
        ("7.1 万元人民币", ["7.1 万元人民币|71000|CNY"]),
        ("100港元", ["100港元|100|HKD"]),
        // A currency named before the figure: it wins over the generic 元 after it.
        ("营收达新台币1000亿元", ["新台币1000亿元|100000000000|TWD"]),
        ("營收新台幣2,000億", ["新台幣2,000億|200000000000|TWD"]),
        ("港币50亿元", ["港币50亿元|5000000000|HKD"]),
        ("零点五亿元", ["零点五亿元|50000000|CNY"]),
        ("第一季營收5,926億元新台幣", ["5,926億元新台幣|592600000000|TWD"]),
        ("营收为人民币53亿元", ["人民币53亿元|5300000000|CNY"]),
        ("美元50亿", ["美元50亿|5000000000|USD"]),
        ("人民币2024年升值", []),
        ("以美元计，营收50亿", ["50亿|5000000000"]),
        ("100港币", ["100港币|100|HKD"]),
        ("15万亿日元", ["15万亿日元|15000000000000|JPY"]),
        ("300亿新台币", ["300亿新台币|30000000000|TWD"]),
        ("5000亿韩元", ["5000亿韩元|500000000000|KRW"]),
        ("27亿英镑", ["27亿英镑|2700000000|GBP"]),
        ("100亿卢比", ["100亿卢比|10000000000|INR"]),
        ("200元", ["200元|200|CNY"]),
        ("3亿人民币", ["3亿人民币|300000000|CNY"]),
        ("$5.3 billion", ["$5.3 billion|5300000000|USD"]),
        ("$5", ["$5|5|USD"]),
        ("US$3.5 billion", ["US$3.5 billion|3500000000|USD"]),
        ("HK$3 million", ["HK$3 million|3000000|HKD"]),
        ("NT$1,000", ["NT$1,000|1000|TWD"]),
        ("€3.2bn", ["€3.2bn|3200000000|EUR"]),
        ("¥500", ["¥500|500|CNY"]),
        ("￥500", ["￥500|500|CNY"]),
        ("£27m", ["£27m|27000000|GBP"]),
        ("RMB 5亿", ["RMB 5亿|500000000|CNY"]),
        ("USD 10 million", ["USD 10 million|10000000|USD"]),
        ("EUR 200", ["EUR 200|200|EUR"]),
        ("CNY 100", ["CNY 100|100|CNY"]),
        ("GBP 27 million", ["GBP 27 million|27000000|GBP"]),
        ("27 million GBP", ["27 million GBP|27000000|GBP"]),
        ("$10K", ["$10K|10000|USD"]),
        ("$2.5 trillion", ["$2.5 trillion|2500000000000|USD"]),
        ("5 billion dollars", ["5 billion dollars|5000000000|USD"]),
        ("3 million euros", ["3 million euros|3000000|EUR"]),
        ("100 yuan", ["100 yuan|100|CNY"]),
        ("US$ 5m", ["US$ 5m|5000000|USD"]),
        ("1万美元", ["1万美元|10000|USD"]),
        ("6228美元/片", ["6228美元/片|6228|USD"]),
        ("3.6 万美元 / 枚", ["3.6 万美元|36000|USD"]),
        ("售价为 1 万美元 / 枚", ["1 万美元|10000|USD"]),
        ("约1671美元/片", ["1671美元/片|1671|USD|approx"]),
        ("20.99万元起", ["20.99万元|209900|CNY|min"]),
        ("24.98万元起下调", ["24.98万元|249800|CNY"]),
        ("6000美元以上", ["6000美元|6000|USD|min"]),
        ("约 4 亿美元", ["4 亿美元|400000000|USD|approx"]),
        ("超过 10 亿美元", ["10 亿美元|1000000000|USD|min"]),
        ("不足100亿元", ["100亿元|10000000000|CNY|max"]),
        ("最高10亿元", ["10亿元|1000000000|CNY|max"]),
        ("至少超过 10 亿元人民币", ["10 亿元人民币|1000000000|CNY|min"]),
        ("200多亿美元", ["200多亿美元|20000000000|USD|min"]),
        ("几万元", ["几万元|10000|CNY|range|10000|90000"]),
        ("60-80亿美元", ["60-80亿美元|6000000000|USD|range|6000000000|8000000000"]),
        ("60-80 亿美元", ["60-80 亿美元|6000000000|USD|range|6000000000|8000000000"]),
        ("196-204亿美元", ["196-204亿美元|19600000000|USD|range|19600000000|20400000000"]),
        ("2.5万-3万美元", ["2.5万-3万美元|25000|USD|range|25000|30000"]),
        ("8 亿到 20 亿美元", ["8 亿到 20 亿美元|800000000|USD|range|800000000|2000000000"]),
        ("21.59万~29.99万元", ["21.59万~29.99万元|215900|CNY|range|215900|299900"]),
        ("7.999-8.799万元", ["7.999-8.799万元|79990|CNY|range|79990|87990"]),
        ("1.2-1.5万亿元", ["1.2-1.5万亿元|1200000000000|CNY|range|1200000000000|1500000000000"]),
        ("下调2万元至22.98万元", ["2万元|20000|CNY", "22.98万元|229800|CNY"]),
        ("$10-$20", ["$10-$20|10|USD|range|10|20"]),
        ("$5 per share", ["$5|5|USD"]),
        ("180-188亿美元", ["180-188亿美元|18000000000|USD|range|18000000000|18800000000"]),
    ]

    @Test(arguments: money)
    func moneyRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Counts with classifiers and counted items.
    static let counts: [(String, [String])] = [
        ("1万块A100", ["1万块|10000|count||||A100"]),
        ("2.6 万块 H100", ["2.6 万块|26000|count||||H100"]),
        ("480 块 V100", ["480 块|480|count||||V100"]),
        ("100万台", ["100万台|1000000|count"]),
        ("5000辆", ["5000辆|5000|count"]),
        ("88898辆", ["88898辆|88898|count"]),
        ("1.2万个", ["1.2万个|12000|count"]),
        ("上万块", ["上万块|10000|count|min"]),
        ("超 3.27 万块 A100", ["3.27 万块|32700|count|min|||A100"]),
        ("接近 10 万块", ["10 万块|100000|count|approx"]),
        ("约 3 万块 A100", ["3 万块|30000|count|approx|||A100"]),
        ("600 多家企业", ["600 多家|600|count|min"]),
        ("10 张", ["10 张|10|count"]),
        ("1 万片", ["1 万片|10000|count"]),
        ("180万块GPU", ["180万块|1800000|count||||GPU"]),
        ("2400万人", ["2400万人|24000000|count"]),
        ("超过了2400万人", ["2400万人|24000000|count|min"]),
        ("近200万人", ["200万人|2000000|count|approx"]),
        ("10万+", ["10万|100000||min"]),
        ("5000至6000辆", ["5000至6000辆|5000|count|range|5000|6000"]),
        ("5.5万至7万辆", ["5.5万至7万辆|55000|count|range|55000|70000"]),
        ("2000至3000辆", ["2000至3000辆|2000|count|range|2000|3000"]),
        ("557部", ["557部|557|count"]),
        ("4台试驾车", ["4台|4|count"]),
        ("三位车主", ["三位|3|count"]),
        ("四根", ["四根|4|count"]),
        ("1,024 块 A100", ["1,024 块|1024|count||||A100"]),
        ("8卡", ["8卡|8|count"]),
        ("6 次", ["6 次|6|count"]),
        ("30家", ["30家|30|count"]),
        ("300余名", ["300余名|300|count|min"]),
        ("100人左右", ["100人|100|count|approx"]),
        ("数万块 A100", ["数万块|10000|count|range|10000|90000|A100"]),
        ("一万亿次", ["一万亿次|1000000000000|count"]),
    ]

    @Test(arguments: counts)
    func countsRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// English: digits and words, scales, percent, qualifiers, ranges — and codes that are no figure.
    static let en: [(String, [String])] = [
        ("twenty-five", ["twenty-five|25"]),
        ("1.5 million", ["1.5 million|1500000"]),
        ("a hundred", ["a hundred|100"]),
        ("22 percent", ["22 percent|22|percent"]),
        ("22 per cent", ["22 per cent|22|percent"]),
        ("one hundred and five", ["one hundred and five|105"]),
        ("two million three hundred thousand", ["two million three hundred thousand|2300000"]),
        ("ninety-nine", ["ninety-nine|99"]),
        ("twelve", ["twelve|12"]),
        ("seventeen", ["seventeen|17"]),
        ("a million", ["a million|1000000"]),
        ("three billion", ["three billion|3000000000"]),
        ("a dozen", ["a dozen|12"]),
        ("27 million", ["27 million|27000000"]),
        ("5bn", ["5bn|5000000000"]),
        ("5 bn", ["5 bn|5000000000"]),
        ("1,000", ["1,000|1000"]),
        ("3.5", ["3.5|3.5"]),
        ("1.2 trillion", ["1.2 trillion|1200000000000"]),
        ("about 300", ["300|300||approx"]),
        ("nearly 40%", ["40%|40|percent|approx"]),
        ("around 5 million", ["5 million|5000000||approx"]),
        ("more than 300", ["300|300||min"]),
        ("over $5 billion", ["$5 billion|5000000000|USD|min"]),
        ("at least 20", ["20|20||min"]),
        ("up to 50%", ["50%|50|percent|max"]),
        ("less than 10", ["10|10||max"]),
        ("roughly 1,200", ["1,200|1200||approx"]),
        ("approximately 7%", ["7%|7|percent|approx"]),
        ("fewer than 100", ["100|100||max"]),
        ("between 10 and 20 billion", ["10 and 20 billion|10000000000||range|10000000000|20000000000"]),
        ("10 to 20 billion", ["10 to 20 billion|10000000000||range|10000000000|20000000000"]),
        ("from 10 to 20", ["10|10", "20|20"]),
        ("rose 5 percentage points", ["5 percentage points|5|pp"]),
        ("50 basis points", ["50 basis points|0.5|pp"]),
        ("20pp", ["20pp|20|pp"]),
        ("$5.3 billion", ["$5.3 billion|5300000000|USD"]),
        ("-3.2%", ["-3.2%|-3.2|percent"]),
        ("300 or more", ["300|300||min"]),
        ("one of the", []),
        ("RTX 4090", []),
        ("Model 3", ["3|3"]),
        ("Tesla's Model 3 sold", []),
        // a grouped number after a capitalized word is a figure, not a model number
        ("Meta 173,000 and Google 169,000", ["173,000|173000", "169,000|169000"]),
        ("GPT-4 launched", []),
        ("iPhone 15 sold", []),
        ("In 2023 sales", []),
        ("in 2023", []),
        ("on April 18", []),
        ("at 10:30 am", []),
        ("Q1 2024", []),
        ("version 2.1.3", []),
        ("call 555-123-4567", []),
        ("twenty-first", []),
        ("one-third", ["one-third|33.333333333333|percent"]),
        ("two thirds of users", ["two thirds|66.666666666667|percent"]),
        ("five eighths", ["five eighths|62.5|percent"]),
        ("three quarters of revenue", ["three quarters|75|percent"]),
        ("a quarter of the market", ["a quarter|25|percent"]),
        ("three quarters in a row", ["three|3"]),
        ("within a quarter", []),
        ("the third quarter", []),
        ("minus 5 percent", ["minus 5 percent|-5|percent"]),
        ("negative 12%", ["negative 12%|-12|percent"]),
        ("negative growth", []),
        ("the 1st", []),
        ("5G phones", []),
        ("Magnificent Seven", []),
        ("sold 1.5 million units", ["1.5 million|1500000"]),
        ("hired 2,000 workers", ["2,000|2000"]),
        ("$10 to $20", ["$10 to $20|10|USD|range|10|20"]),
    ]

    @Test(arguments: en)
    func enRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Sentences from news: several figures, offsets, folding.
    static let mixed: [(String, [String])] = [
        ("营收53亿欧元，同比下降22%。", ["53亿欧元|5300000000|EUR", "22%|22|percent"]),
        ("台积电收入实现189亿美元,在业绩指引区间上限(180-188亿美元)。", ["189亿美元|18900000000|USD", "180-188亿美元|18000000000|USD|range|18000000000|18800000000"]),
        ("维持5成毛利率。", ["5成|50|percent"]),
        ("净利润600亿元,同比增长90%。", ["600亿元|60000000000|CNY", "90%|90|percent"]),
        ("淘宝、天猫集团营收1290.7亿元,同比增长2%;", ["1290.7亿元|129070000000|CNY", "2%|2|percent"]),
        ("😀营收53亿", ["53亿|5300000000"]),
        ("市场规模将突破1000亿元大关", ["1000亿元|100000000000|CNY|min"]),
        ("销售额突破1.88亿元", ["1.88亿元|188000000|CNY|min"]),
        ("大定订单便突破5万;", ["5万|50000||min"]),
        ("缺口达一至两成", ["一至两成|10|percent|range|10|20"]),
        ("环比增加73美元/片", ["73美元/片|73|USD"]),
        ("2021年元旦,他再度亮相", []),
        ("去年 9 月", []),
        ("2022 年全年", []),
        ("截至2023年12月31日的第三财季", []),
        ("据雷军介绍,顶配最早定价是35万元", ["35万元|350000|CNY"]),
        ("全球裁员逾10%", ["10%|10|percent|min"]),
        ("本季度公司3nm收入占比回落至9%", ["9%|9|percent"]),
        ("使用了 480 块 V100。", ["480 块|480|count||||V100"]),
        ("每年将消耗85~134太瓦时的电力", ["85~134|85||range|85|134"]),
        ("ASML又卖了一台", ["一台|1|count"]),
        ("購買１萬塊Ａ１００", ["１萬塊|10000|count||||A100"]),
        ("營收３５１億美元", ["３５１億美元|35100000000|USD"]),
    ]

    @Test(arguments: mixed)
    func mixedRows(input: String, expected: [String]) { Self.check(input, expected) }


    /// Over-long or repeated numerals: no figure, and no hang (the scan is linear).
    static let adversarial: [(String, [String])] = [
        (String(repeating: "1", count: 100), []), (String(repeating: "万", count: 200), []),
        ("1" + String(repeating: ",000", count: 20), []), (String(repeating: "一", count: 50) + "台", []),
        (String(repeating: "1", count: 100_000), []), (String(repeating: "万", count: 100_000), []),
        (String(repeating: "1.", count: 50_000), []), (String(repeating: "两三", count: 50_000), []),
    ]

    @Test(arguments: adversarial)
    func adversarialRows(input: String, expected: [String]) {
        #expect(Self.figures(input) == expected)
    }

    /// The numerals reading (`factx numbers`): every numeral, also those no quantity alone; words that
    /// only contain a numeral stay out.
    static func numerals(_ input: String) -> [String] {
        extractor.quantities(in: input).map { q in
            [q.text, q.value.plainString, q.unit.rawValue, q.qualifier.rawValue,
             q.low?.plainString ?? "", q.high?.plainString ?? "", q.item].joined(separator: "|")
        }
    }

    /// Chinese numerals, numerals reading: decimals, scale sequences, spaces, classifiers, dozens, mixed fractions.
    static let zhNumeralsReading: [(String, [String])] = [
        ("二", ["二|2"]),
        ("十", ["十|10"]),
        ("一只", ["一只|1|count"]),
        ("九年八吨", ["九|9", "八|8"]),
        ("二点五", ["二点五|2.5"]),
        ("零点五", ["零点五|0.5"]),
        ("负六点六", ["负六点六|-6.6"]),
        ("十点二三三", ["十点二三三|10.233"]),
        ("两千万点五五四四", ["两千万点五五四四|20000000.5544"]),
        ("两千三点一", ["两千三点一|2300.1"]),
        ("一千六点五", ["一千六点五|1600.5"]),
        ("两百点两", ["两百|200", "两|2"]),
        ("四百 点 五", ["四百 点 五|400.5"]),
        ("5万4千6百", ["5万4千6百|54600"]),
        ("5亿1万4千6百", ["5亿1万4千6百|500014600"]),
        ("7 万5 千4 百", ["7 万5 千4 百|75400"]),
        ("1千零1", ["1千零1|1001"]),
        ("2千零30万", ["2千零30万|20300000"]),
        ("一百零一万一千", ["一百零一万一千|1011000"]),
        ("三千 八百 九十六 万 四千", ["三千 八百 九十六 万 四千|38964000"]),
        ("二十 億", ["二十 億|2000000000"]),
        ("一百 五 十 二", ["一百 五 十 二|152"]),
        ("两千 四 百 五", ["两千 四 百 五|2450"]),
        ("十 三百五十", ["十|10", "三百五十|350"]),
        ("倆千两百贰拾二", ["倆千两百贰拾二|2222"]),
        ("一打", ["一打|12"]),
        ("五十打", ["五十打|600"]),
        ("一打开", ["一|1"]),
        ("一點四八五兆元", ["一點四八五兆元|1485000000000|CNY"]),
        ("百分之三十點七", ["百分之三十點七|30.7|percent"]),
        ("一○五", ["一○五|105"]),
        ("三百五十又3分之1", ["三百五十又3分之1|350.333333333333"]),
        ("负一又二分之一", ["负一又二分之一|-1.5"]),
        ("3又一千分之23", ["3又一千分之23|3.023"]),
        ("2222.2222.22222.222", ["2222|2222", "2222|2222", "22222|22222", "222|222"]),
        ("192.168.1.2", ["192|192", "168|168", "1|1", "2|2"]),
        ("四万万", ["四万万|400000000"]),
        ("十 余 万", ["十 余 万|100000||min"]),
        ("五百 余万", ["五百 余万|5000000||min"]),
        ("壹打", ["壹打|12"]),
        ("万万", []),
        ("一些", []), ("统一", []), ("万一", []), ("一定", []), ("登陆部队", []),
        ("这不是四川这是五", ["五|5"]),
    ]

    @Test(arguments: zhNumeralsReading)
    func zhNumeralsReadingRows(input: String, expected: [String]) {
        #expect(Self.numerals(input) == expected.map(Self.normalized), "\(input)")
    }

    /// English number words and digit forms, numerals reading.
    static let enNumeralsReading: [(String, [String])] = [
        ("fifty - two", ["fifty - two|52"]),
        ("Three hundred  and  thirty one", ["Three hundred  and  thirty one|331"]),
        ("two  thousand  and  two hundred", ["two  thousand  and  two hundred|2200"]),
        ("two hundred point zero three", ["two hundred point zero three|200.03"]),
        ("two hundred point seventy-one", ["two hundred point seventy-one|200.71"]),
        ("minus five point five", ["minus five point five|-5.5"]),
        ("one and a half", ["one and a half|1.5"]),
        ("five and a quarter", ["five and a quarter|5.25"]),
        ("twenty and three fifths", ["twenty and three fifths|20.6"]),
        ("one hundred and three quarters", ["one hundred and three quarters|100.75"]),
        ("three dozens", ["three dozens|36"]),
        ("3 dozens", ["3 dozens|36"]),
        ("five six", ["five|5", "six|6"]),
        ("3 million and a half", ["3 million and a half|3500000"]),
        ("five and a half million fishes", ["five and a half million|5500000"]),
        ("one billion and a quarter", ["one billion and a quarter|1250000000"]),
        ("Which one do you prefer?", []),
        ("the one you mentioned", []),
        ("one more time", ["one|1"]),
        ("nine point nought four", ["nine point nought four|9.04"]),
        ("five dozs", ["five dozs|60"]),
        ("one of them", []),
        (".5", [".5|0.5"]),
        ("-.5", ["-.5|-0.5"]),
        (".23456000", [".23456000|0.23456"]),
        ("1e10", ["1e10|10000000000"]),
        ("-1.2E-3", ["-1.2E-3|-0.0012"]),
        ("12.32e+14", ["12.32e+14|1232000000000000"]),
        ("2  1/4", ["2  1/4|2.25"]),
        ("- 1 4/5", ["- 1 4/5|-1.8"]),
        ("10k", ["10k|10000"]),
        ("2.33 k", ["2.33 k|2330"]),
        ("-2.5 M", ["-2.5 M|-2500000"]),
        ("5G", []),
        ("123456789101231", ["123456789101231|123456789101231"]),
        ("4/18", []),
    ]

    @Test(arguments: enNumeralsReading)
    func enNumeralsReadingRows(input: String, expected: [String]) {
        #expect(Self.numerals(input) == expected.map(Self.normalized), "\(input)")
    }

    /// Percent forms: English plurals, formal-digit numerators, URL escapes that are no percent.
    static let percentForms: [(String, [String])] = [
        ("one hundred percents", ["one hundred percents|100|percent"]),
        ("thirty percentage", ["thirty percentage|30|percent"]),
        ("20 percentage points", ["20 percentage points|20|pp"]),
        ("仟分之贰", ["仟分之贰|0.2|percent"]),
        ("萬分之肆", ["萬分之肆|0.04|percent"]),
        ("https://www.test.com/search?q=30%25%2020%", []),
        ("issn%280024%2D9114%29", []),
        ("增长5%", ["5%|5|percent"]),
    ]

    @Test(arguments: percentForms)
    func percentFormsRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Money beyond the main currencies: subunits, symbols after the number, prefixed dollars, Indian scales.
    static let moneyForms: [(String, [String])] = [
        ("50 cents", ["50 cents|0.5|USD"]),
        ("1.20 cents", ["1.20 cents|0.012|USD"]),
        ("470 pence", ["470 pence|4.7|GBP"]),
        ("one penny", ["one penny|0.01|GBP"]),
        ("10 €", ["10 €|10|EUR"]),
        ("10 $", ["10 $|10|USD"]),
        ("$771 $299", ["$771|771|USD", "$299|299|USD"]),
        ("a $13 billion round", ["$13 billion|13000000000|USD"]),
        ("c $ 16.4 million", ["c $ 16.4 million|16400000|CAD"]),
        ("hk $ 10.05 billion", ["hk $ 10.05 billion|10050000000|HKD"]),
        ("nzd$15", ["nzd$15|15|NZD"]),
        ("aud$ 15", ["aud$ 15|15|AUD"]),
        ("35 lakh rupees", ["35 lakh rupees|3500000|INR"]),
        ("10 turkish lira", ["10 turkish lira|10|TRY"]),
        ("125 million australian dollars", ["125 million australian dollars|125000000|AUD"]),
        ("6.65 billion pesetas", ["6.65 billion pesetas|6650000000|ESP"]),
        ("100₾", ["100₾|100|GEL"]),
        ("6.25 BTC", ["6.25 BTC|6.25|BTC"]),
        ("3 marks", []),
        ("they try 5 times", ["5|5"]),
        ("三角形", []),
        ("50元6角三分", ["50元6角三分|50.63|CNY"]),
        ("五元三毛", ["五元三毛|5.3|CNY"]),
        ("两美元又三美分", ["两美元又三美分|2.03|USD"]),
        ("3 dollars 50 cents", ["3 dollars 50 cents|3.5|USD"]),
        ("thirteen dollars and forty-five cents", ["thirteen dollars and forty-five cents|13.45|USD"]),
        ("15 dollars 50", ["15 dollars 50|15.5|USD"]),
        ("rmb 10 usd 20", ["rmb 10|10|CNY", "usd 20|20|USD"]),
        ("4人民币5美元", ["4人民币|4|CNY", "5美元|5|USD"]),
        ("5 dollars and 3 apples", ["5 dollars|5|USD", "3|3"]),
        ("营收50亿元3分", ["50亿元|5000000000|CNY", "3|3"]),
        ("20比特币", ["20比特币|20|BTC"]),
    ]

    @Test(arguments: moneyForms)
    func moneyFormsRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// Issue 13: inputs that crashed the scanner or gave a wrong value. A numeral and 分之 at the
    /// end of a span has no numerator; a number too long to read takes its scale and unit with it;
    /// nothing multiplies without bound (zeros of a digit string, dozens, runs of scale words).
    static let scannerLimits: [(String, [String])] = [
        ("3分之", []),
        ("营收百分之", []),
        ("台积电营收百分之", []),
        ("百分之", []),
        ("二十分之", []),
        ("3 分之 ", []),
        ("台积电营收1234567890123456789012345678901亿元。", []),
        (String(repeating: "9", count: 31) + " 亿美元", []),
        (String(repeating: "9", count: 31) + " billion dollars", []),
        (String(repeating: "1", count: 31) + "多万元", []),
        ("一" + String(repeating: "〇", count: 100) + "元", []),
        ("一亿亿亿亿点" + String(repeating: "一", count: 30), []),
        ("5" + String(repeating: " million", count: 100), []),
        ("five dozen dozen", ["five dozen|60", "dozen|12"]),
        ("one" + String(repeating: " million", count: 100), ["one million|1000000"]),
        ("one thousand million", ["one thousand million|1000000000"]),
        ("two hundred thousand", ["two hundred thousand|200000"]),
    ]

    @Test(arguments: scannerLimits)
    func scannerLimitsRows(input: String, expected: [String]) { Self.check(input, expected) }

    /// 百分之 repeated an odd number of times leaves the last one at the end of the text.
    @Test func oddRepeatedFractionAtTheEnd() {
        let figures = Self.extractor.figures(in: String(repeating: "百分之", count: 100_001))
        #expect(figures.count == 50_000)
    }

    /// A hard-wrapped text puts 百分之 at the end of a sentence span: extraction runs to the end.
    @Test func fractionAtTheEndOfASentence() {
        _ = Self.extractor.extract("营收增长百分之\n二十。")
        _ = Self.extractor.extract("台积电营收百分之")
        _ = Self.extractor.extract("3分之")
        #expect(Self.extractor.extract("台积电营收1234567890123456789012345678901亿元。").isEmpty)
    }

    /// A numerator is never a fraction itself, so 百分之 repeated 100,000 times nests no calls
    /// (it used to overflow the stack): every other 百分之 opens 百分之百.
    @Test func nestedFractionsDoNotRecurse() {
        let figures = Self.extractor.figures(in: String(repeating: "百分之", count: 100_000))
        #expect(figures.count == 50_000)
        #expect(figures.allSatisfy { $0.text == "百分之百" && $0.value == 100 && $0.unit == .percent })
    }

    @Test func perUnitPriceKeepsClassifier() throws {
        let q = try #require(Self.extractor.figures(in: "H100 售价为 3.6 万美元 / 枚").first)
        #expect(q.perUnit && q.classifier == "枚" && q.kind == .money && q.value == 36000)
        let p = try #require(Self.extractor.figures(in: "6228美元/片").first)
        #expect(p.perUnit && p.classifier == "片" && p.text == "6228美元/片")
    }

    @Test func countKeepsClassifierAndItem() throws {
        let q = try #require(Self.extractor.figures(in: "1万块A100").first)
        #expect(q.classifier == "块" && q.item == "A100" && q.unit == .count && q.kind == .number)
    }

    @Test func explicitSign() throws {
        let qs = Self.extractor.figures(in: "出货量+2.5%，均价-6.1%，负3.9%，增长4%")
        #expect(qs.map(\.explicitSign) == [true, true, true, false])
        #expect(qs.map { $0.value.plainString } == ["2.5", "-6.1", "-3.9", "4"])
    }

    @Test func offsetsAreScalarsPastAnEmoji() throws {
        let q = try #require(Self.extractor.figures(in: "😀👍营收53亿欧元").first)
        #expect(q.span == TextSpan(start: 4, end: 9))
    }

    @Test func offsetsInsideLongerText() throws {
        let text = "台积电(TSMC)于北京时间2024年4月18日发布财报。2024年一季度台积电收入实现189亿美元。"
        let q = try #require(Self.extractor.figures(in: text).first)
        #expect(q.text == "189亿美元")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[q.span.start..<q.span.end])) == "189亿美元")
    }

    @Test func lexiconLoadsAndRejectsBadLines() throws {
        _ = try QuantityLexicon.builtin()
        #expect(throws: DictionaryError.self) {
            try QuantityLexicon(files: { name in
                name == "currencies.tsv" ? DictionaryFile(name: name, contents: "美元\tdollar\tsuffix\n")
                    : try BuiltinDictionaries.file("quantities/" + name)
            })
        }
    }
}

extension FactExtractor {
    /// The figures reading: what facts are made of, without the numerals that are no quantity alone.
    func figures(in text: String) -> [Quantity] { quantities(in: text, numerals: false) }
}
