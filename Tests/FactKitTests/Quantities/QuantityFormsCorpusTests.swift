import Foundation
import Testing
@testable import FactKit

/// Corpus of the figure forms issue 12 added, one table per form and language, in the row notation of
/// ``QuantityCorpusTests`` (`text|value|unit|qualifier|low|high|item`); negatives (`[]`) beside positives.
struct QuantityFormsCorpusTests {
    static func figures(_ input: String) -> [String] { QuantityCorpusTests.figures(input) }
    static func numerals(_ input: String) -> [String] { QuantityCorpusTests.numerals(input) }
    static func expected(_ rows: [String]) -> [String] { rows.map(QuantityCorpusTests.normalized) }

    /// English number words, figures reading: joiners, fractions of scales, whole numbers with
    /// fractions, dozens, fractions standing alone (percentages), ratios.
    static let enWords: [(String, [String])] = [
        ("fifty   two", ["fifty   two|52"]),
        ("one  two", ["one|1", "two|2"]),
        ("half a million", ["half a million|500000"]),
        ("half million", ["half million|500000"]),
        ("a quarter million", ["a quarter million|250000"]),
        ("three quarters billion", ["three quarters billion|750000000"]),
        ("half a  dozen", ["half a  dozen|6"]),
        ("two thirds of a million", ["two thirds of a million|666666.666666666667"]),
        ("half of the staff", ["half|50|percent"]),
        ("AI agents now handle half of customer conversations", ["half|50|percent"]),
        ("nearly half of its revenue", ["half|50|percent|approx"]),
        ("in the second half of 2024", []),
        ("half of the year", []),
        ("the other half of the deal", []),
        ("half of fiscal 2025", []),
        ("hundred thousand people", ["hundred thousand|100000"]),
        ("a hundred people", ["a hundred|100"]),
        ("hundred people", []),
        ("hundreds thousands", []),
        ("two hundred dozens", ["two hundred dozens|2400"]),
        ("three billions", ["three billions|3000000000"]),
        ("3 millions", ["3 millions|3000000"]),
        ("hundreds of millions of dollars", []),
        ("thousands of people", []),
        ("one twenty-fifth", ["one twenty-fifth|4|percent"]),
        ("three twenty firsts", ["three twenty firsts|14.285714285714|percent"]),
        ("twenty twenty-fifths", ["twenty twenty-fifths|80|percent"]),
        ("two fifteenths", ["two fifteenths|13.333333333333|percent"]),
        ("a twenty-first century firm", []),
        ("a thirty-second spot", []),
        ("the twentieth century", []),
        ("two hundred thirty two and a thirtieth", ["two hundred thirty two and a thirtieth|232.033333333333"]),
        ("one in five adults", ["one in five|20|percent"]),
        ("1 in twenty-one", ["1 in twenty-one|4.761904761905|percent"]),
        ("deliveries were 241 in 2024", ["241|241"]),
        ("5 in 10 years", ["10|10"]),
        ("two million and one half", ["two million and one half|2500000"]),
        ("five billion and three quarters", ["five billion and three quarters|5750000000"]),
        ("one billion and three quarters million", ["one billion and three quarters million|1000750000"]),
        ("one billion and a half million", ["one billion and a half million|1000500000"]),
        ("five and a half million", ["five and a half million|5500000"]),
        ("one hundred and three quarters", ["one hundred and three quarters|100.75"]),
        ("three hundred and two dozens", ["three hundred and two dozens|324"]),
        ("one - fourth", ["one - fourth|25|percent"]),
        ("one-eighth", ["one-eighth|12.5|percent"]),
        ("a hundred trillionths", ["a hundred trillionths|0.00000001|percent"]),
        ("one hundred thirty-two fifths", ["one hundred thirty-two fifths|2640|percent"]),
        ("one out of three", ["one out of three|33.333333333333|percent"]),
        ("two out of five hundred tvs", ["two out of five hundred|0.4|percent"]),
        ("3 out of 4 analysts", ["3 out of 4|75|percent"]),
        ("one over three", ["one|1", "three|3||min"]),  // over is a ratio only in the numerals reading
    ]

    @Test(arguments: enWords)
    func enWordsRows(input: String, expected: [String]) { #expect(Self.figures(input) == Self.expected(expected), "\(input)") }

    /// Digits with English scale words, grouping and powers.
    static let digits: [(String, [String])] = [
        ("3 hundred and 21", ["3 hundred and 21|321"]),
        ("4 thousand 3 hundred and 21 units", ["4 thousand 3 hundred and 21|4321"]),
        ("3 hundred and one", ["3 hundred and one|301"]),
        ("3 hundred and 2 hundred", ["3 hundred|300", "2 hundred|200"]),
        ("5 million and 300 jobs", ["5 million|5000000", "300|300"]),
        ("I count 6 crore and two hundred", ["6 crore and two hundred|60000200"]),
        ("5 million and 3 thousand jobs", ["5 million and 3 thousand|5003000"]),
        ("2 million and 3 hundred and 5", ["2 million and 3 hundred and 5|2000305"]),
        ("5 million and three", ["5 million|5000000", "three|3"]),
        ("12,34,567.89 rupees", ["12,34,567.89 rupees|1234567.89|INR"]),
        ("5 and a half", ["5 and a half|5.5"]),
        ("3 and three quarters million", ["3 and three quarters million|3750000"]),
        ("5 and a half years", ["5 and a half|5.5"]),
        ("the result is ¾", ["¾|75|percent"]),
        ("2½ years and 1 ¾ million", ["2½|2.5", "1 ¾ million|1750000"]),
        ("5½%", ["5½%|5.5|percent"]),
        ("x½", []),
        ("5 and half the staff", []),
        ("1,23,456", ["1,23,456|123456"]),
        ("40\u{202F}000", ["40\u{202F}000|40000"]),
        ("1\u{A0}234\u{A0}567.89", ["1\u{A0}234\u{A0}567.89|1234567.89"]),
        ("revenue 120 340 560", ["120|120", "340|340", "560|560"]),  // a plain space groups only in the numerals reading
    ]

    @Test(arguments: digits)
    func digitsRows(input: String, expected: [String]) { #expect(Self.figures(input) == Self.expected(expected), "\(input)") }

    /// The numerals reading (`factx numbers`): spaced groups, powers, ratios with over, percent of.
    static let numeralsReading: [(String, [String])] = [
        ("1 234 567", ["1 234 567|1234567"]),
        ("40 000 is the same", ["40 000|40000"]),
        ("2^5", ["2^5|32"]),
        ("2.5^-1", ["2.5^-1|0.4"]),
        ("-2500^-1", ["-2500^-1|-0.0004"]),
        ("1.3x10^6", ["1.3x10^6|1300000"]),
        ("6.23x10^-4", ["6.23x10^-4|0.000623"]),
        ("2^99", ["2|2", "99|99"]),
        ("1 over 3", ["1 over 3|33.333333333333|percent"]),
        ("one over twenty", ["one over twenty|5|percent"]),
        ("$2000 over 3 years", ["$2000|2000|USD", "3|3||min"]),
        ("point 77", ["point 77|0.77"]),
        ("1 point 1", ["1 point 1|1.1"]),
        ("3 point five", ["3 point five|3.5"]),
        ("at this point 5 firms", ["5|5"]),
        ("percent of 10", ["percent of 10|10|percent"]),
        ("per cent of twenty-two", ["per cent of twenty-two|22|percent"]),
        ("percents of twenty", ["percents of twenty|20|percent"]),
        ("percent of 2023 sales", ["2023|2023"]),
        ("5G network", []),
        ("1.000.000 and 1.111.111,11", ["1.000.000|1000000", "1.111.111,11|1111111.11"]),
        ("192.168.1.2", ["192|192", "168|168", "1|1", "2|2"]),
        ("1.234.5678", ["1|1", "234|234", "5678|5678"]),
        ("3/4 of analysts", ["3/4|75|percent"]),
        ("约1/3的用户", ["1/3|33.333333333333|percent|approx"]),
        ("-4/5", ["-4/5|-80|percent"]),
        ("the 9/11 attacks", []),
        ("open 24/7", []),
        ("4G and 10G", ["10G|10000000000"]),
        (".0012G and -.0012G", [".0012G|1200000", "-.0012G|-1200000"]),
        ("1,674.5 G", ["1,674.5 G|1674500000000"]),
        ("two point two million", ["two point two million|2200000"]),
        ("1 point 5 million", ["1 point 5 million|1500000"]),
        ("5,00 or 1,3.", ["5,00|5", "1,3|1.3"]),
        ("1.111,11, 1,111.11", ["1.111,11|1111.11", "1,111.11|1111.11"]),
        ("2,5 million", ["2,5 million|2500000"]),
        ("1,2,3", ["1|1", "2|2", "3|3"]),
        ("1,234 and 1,23", ["1,234|1234", "1,23|1.23"]),
        ("营收5，12家", ["5|5", "12家|12|count"]),
    ]

    @Test(arguments: numeralsReading)
    func numeralsReadingRows(input: String, expected: [String]) { #expect(Self.numerals(input) == Self.expected(expected), "\(input)") }

    /// Money: codes between two figures, scale words after a code, million-codes, prefixed dollars.
    static let money: [(String, [String])] = [
        ("10 rmb 20 usd", ["10 rmb|10|CNY", "20 usd|20|USD"]),
        ("10 $ 30 $", ["10 $|10|USD", "30 $|30|USD"]),
        ("10 $ 30 cent", ["10 $ 30 cent|10.3|USD"]),
        ("1 $10 dollars bill", ["1|1", "$10 dollars|10|USD"]),
        ("1 $ 10 dollars bill", ["1|1", "$ 10 dollars|10|USD"]),
        ("5 €, 10 €, 20 €", ["5 €|5|EUR", "10 €|10|EUR", "20 €|20|EUR"]),
        ("The price starts at dollar 22.5 million.", ["dollar 22.5 million|22500000|USD"]),
        ("the dollar rose 5%", ["5%|5|percent"]),
        ("hundred thousand dollars", ["hundred thousand dollars|100000|USD"]),
        ("The subscription will increase to 17 USD 25.", ["17 USD 25|17.25|USD"]),
        ("rmb 10 usd 20", ["rmb 10|10|CNY", "usd 20|20|USD"]),
        ("They lost 75 USD million", ["75 USD million|75000000|USD"]),
        ("30 MUSD", ["30 MUSD|30000000|USD"]),
        ("revenues of about MAUD 60", ["MAUD 60|60000000|AUD|approx"]),
        ("MUSD 30", ["MUSD 30|30000000|USD"]),
        ("48.5 MGBP", ["48.5 MGBP|48500000|GBP"]),
        ("Mex$ 10 million", ["Mex$ 10 million|10000000|MXN"]),
        ("half million usd", ["half million usd|500000|USD"]),
        ("a quarter million us dollars", ["a quarter million us dollars|250000|USD"]),
        ("这台电脑两美刀", ["两美刀|2|USD"]),
        ("3 bucks", ["3 bucks|3|USD"]),
        ("a 12-cent dividend", ["12-cent|0.12|USD"]),
        ("its one-yen bid", ["one-yen|1|JPY"]),
        ("a one-third stake", ["one-third|33.333333333333|percent"]),
        ("2mil SEK", ["2mil SEK|2000000|SEK"]),
        ("AED 20 or 100 riyals", ["AED 20|20|AED", "100 riyals|100|SAR"]),
        ("5 kuwaiti dinars", ["5 kuwaiti dinars|5|KWD"]),
        ("RM 42.50 or 42 malaysian ringgit", ["RM 42.50|42.5|MYR", "42 malaysian ringgit|42|MYR"]),
        ("20 lari and GEL 20", ["20 lari|20|GEL", "GEL 20|20|GEL"]),
        ("5 euro cents", ["5 euro cents|0.05|EUR"]),
        ("15 euros 50", ["15 euros 50|15.5|EUR"]),
        ("10 kenyan shillings", ["10 kenyan shillings|10|KES"]),
        ("RMB 30 and RM 30", ["RMB 30|30|CNY", "RM 30|30|MYR"]),
        ("a storm 5 miles off", ["5|5"]),
        ("try 5 times", ["5|5"]),
        ("5000泰铢和3万澳门元", ["5000泰铢|5000|THB", "3万澳门元|30000|MOP"]),
        ("10 quid", ["10 quid|10|GBP"]),
        ("Rs. 20 and Rs 3,000", ["Rs. 20|20|INR", "Rs 3,000|3000|INR"]),
        ("2 euros and 50 cents", ["2 euros and 50 cents|2.5|EUR"]),
        ("3 dollars 50 cents", ["3 dollars 50 cents|3.5|USD"]),
        ("It may need one kuai and five mao five.", ["one kuai and five mao five|1.55|CNY"]),
        ("5 yuan 3 mao", ["5 yuan 3 mao|5.3|CNY"]),
        ("5 yuan 3 mao 2 people", ["5 yuan 3 mao|5.3|CNY", "2|2"]),
        ("3元5毛5", ["3元5毛5|3.55|CNY"]),
        ("3元5毛5个", ["3元5毛|3.5|CNY", "5个|5|count"]),
        ("Mao said 5 things", ["5|5"]),
        ("三块五。", ["三块五|3.5|CNY"]),
        ("两块五毛", ["两块五毛|2.5|CNY"]),
        ("花费我三块", ["三块|3|CNY"]),
        ("三块屏幕", ["三块|3|count"]),
        ("把算力加一块,相当于", ["一块|1|count"]),
        ("寻找下一块“屏幕”", ["一块|1|count"]),
        ("出货3万块。", ["3万块|30000|count"]),
        ("1万块A100", ["1万块|10000|count||||A100"]),
        ("4.5W元", ["4.5W元|45000|CNY"]),
        ("5.6w人", ["5.6w人|56000|count"]),
        ("40W快充", []),
        ("营收二、三七五億元", ["二、三七五億元|237500000000|CNY"]),
        ("一、二、三", []),
        ("选一个，$20，300美圆", ["$20|20|USD", "300美圆|300|USD"]),
        ("１，０００元", ["１，０００元|1000|CNY"]),
    ]

    @Test(arguments: money)
    func moneyRows(input: String, expected: [String]) { #expect(Self.figures(input) == Self.expected(expected), "\(input)") }

    /// Chinese: unit order inside a numeral, 上 before a scale, spaced 成/折, words with 拾 and 一.
    static let zh: [(String, [String])] = [
        ("股票十天收盘价的百分之七十百分位", ["百分之七十|70|percent"]),
        ("上百家", ["上百家|100|count|min"]),
        ("六 点 五 成", ["六 点 五 成|65|percent"]),
        ("十 成", ["十 成|100|percent"]),
        ("陆 点 五 折", ["陆 点 五 折|65|percent"]),
        ("八折", ["八折|80|percent"]),
        ("十折", []),
        ("七成六", ["七成六|76|percent"]),
        ("毛利率二成七至二成九", ["二成七至二成九|27|percent|range|27|29"]),
        ("三成六个月", ["三成|30|percent"]),
        ("一百五十    个百分点", ["一百五十    个百分点|150|pp"]),
        ("２．４   个百分 点", ["２．４   个百分 点|2.4|pp"]),
        ("小明每天收拾房间", []),
        ("他在海滩上拾取贝壳", []),
        ("《朝花夕拾》", []),
        ("我一看你就笑", []),
        ("两两", []),
        ("三成本", []),
        // A glued w is the slang 万 before a classifier or currency, or at the end of a phrase after an ideograph;
        // a power word before the figure, a Chinese word after it or an English context keeps it watts.
        ("年销量5.6w；小鹏", ["5.6w|56000"]),
        ("年销量为4.5W。", ["4.5W|45000"]),
        ("“鸿蒙6.8w、小鹏4.2w、蔚来4w出头、理想3.2w”。", ["6.8w|68000", "4.2w|42000", "4w|40000||min", "3.2w|32000"]),
        ("粉丝5.6W人", ["5.6W人|56000|count"]),
        ("支持65W快充", []),
        ("快充功率为65W。", []),
        ("充电器120W，", []),
        ("the charger delivers 20W.", []),
        // A later section in digits may carry decimals before its own scale.
        ("营收1兆7934.68億元", ["1兆7934.68億元|1793468000000|CNY"]),
        ("1亿2000.5万", ["1亿2000.5万|120005000"]),
        ("53亿2024年", ["53亿|5300000000"]),
        // One digit after a scale is the next place down, as in 三万五; not after 零.
        ("1万5", ["1万5|15000"]),
        ("3亿2", ["3亿2|320000000"]),
        ("1万零5", ["1万零5|10005"]),
        ("1万5千3", ["1万5千3|15300"]),
        ("3万4000", ["3万4000|34000"]),
        // 多 余 after 成: more than the tenths.
        ("三成多", ["三成多|30|percent|min"]),
        ("两成余", ["两成余|20|percent|min"]),
        ("三成多数", ["三成|30|percent"]),
        // 一半 is a fraction standing alone: 50 percent.
        ("比重首次超过一半。", ["一半|50|percent|min"]),
        ("约一半的员工", ["一半|50|percent|approx"]),
        ("另一半导体巨头", []),
        ("三十出头的人", ["三十|30||min"]),
        // A lone digit after a colloquial 块 is tenths, after a tenth (毛 角) hundredths.
        ("一块两毛五", ["一块两毛五|1.25|CNY"]),
        ("十元两毛五", ["十元两毛五|10.25|CNY"]),
        ("3块5", ["3块5|3.5|CNY"]),
        ("3块5G芯片", ["3块|3|count"]),
        ("三块五个", ["三块|3|count", "五个|5|count"]),
        ("五千块人民币", ["五千块人民币|5000|CNY"]),
        ("3万块人民币", ["3万块人民币|30000|CNY"]),
        ("三块屏幕", ["三块|3|count"]),
        // A bare second part of a 百分之 range shares its denominator; a scaled number is no second part of a percent.
        ("百分之二十到三十", ["百分之二十到三十|20|percent|range|20|30"]),
        ("千分之五到八", ["千分之五到八|0.5|percent|range|0.5|0.8"]),
        ("百分之二十到三十亿", ["百分之二十|20|percent", "三十亿|3000000000"]),
        ("share fell 3.2% to 1.17 billion", ["3.2%|3.2|percent", "1.17 billion|1170000000"]),
        // Chinese digits written by place with ○ before a scale (Taiwan press): below 1000 and with a zero in them.
        ("二○二三年营收三○亿元", ["三○亿元|3000000000|CNY"]),
        ("一○五億元", ["一○五億元|10500000000|CNY"]),
        ("一二○億元", ["一二○億元|12000000000|CNY"]),
        ("二、○五○億元", ["二、○五○億元|205000000000|CNY"]),
        ("三五億元", []),
        // A formal digit that ends a word (大陆 队伍 人参) is no numeral before the number after it.
        ("中国大陆十家企业", ["十家|10|count"]),
        ("队伍十万人", ["十万人|100000|count"]),
        ("大陆三成", ["三成|30|percent"]),
        // Right after a digit and before a classifier a scale is a scale, whatever word it opens elsewhere (百家 万家).
        ("三百家企业", ["三百家|300|count"]),
        ("几百家", ["几百家|100|count|range|100|900"]),
        ("三万家企业", ["三万家|30000|count"]),
        ("百家争鸣", []),
        ("统一万家", []),
        // Classifiers: pairs, containers, layers, rounds, strokes.
        ("三双鞋", ["三双|3|count"]),
        ("两瓶水", ["两瓶|2|count"]),
        ("完成两轮融资", ["两轮|2|count"]),
        ("三轮车", []),
        ("二〇二四万", []),
    ]

    @Test(arguments: zh)
    func zhRows(input: String, expected: [String]) { #expect(Self.figures(input) == Self.expected(expected), "\(input)") }

    /// Chinese in the numerals reading: a larger unit after a unit ends the numeral.
    static let zhNumerals: [(String, [String])] = [
        ("五十千", ["五十|50"]),
        ("七十百", ["七十|70"]),
        ("拾", ["拾|10"]),
        ("12k个百分点", ["12k个百分点|12000|pp"]),
        ("百分之15Ｋ", ["百分之15Ｋ|15000|percent"]),
        ("負壹又二分之壹", ["負壹又二分之壹|-1.5"]),
        ("登陆", []),
        // 几 after a unit is what is left over (0-9), so the figure keeps its floor; before a unit it is 1-9.
        ("一百 二 十 几亿", ["一百 二 十 几亿|12000000000||range|12000000000|12900000000"]),
        ("二十几万", ["二十几万|200000||range|200000|290000"]),
        ("负十二点五", ["负十二点五|-12.5"]),
        ("负百分之五", ["负百分之五|-5|percent"]),
        ("他们仨", ["仨|3"]),
        ("參拾參", ["參拾參|33"]),
        ("人参十斤", ["十|10"]),
        ("参加会议", []),
        ("参数", []),
        ("十兆瓦以上", ["十|10"]),
        ("10兆瓦", ["10|10"]),
        ("胡说八道", []),
        ("零組件", []),
        ("负 1,200,000", ["负 1,200,000|-1200000"]),
        ("一千五百零几万", ["一千五百零几万|15000000||range|15000000|15090000"]),
        ("壹百零幾萬", ["壹百零幾萬|1000000||range|1000000|1090000"]),
        ("几百万", ["几百万|1000000||range|1000000|9000000"]),
        ("几乎", []),
        // Words that are a whole figure by themselves (wholes.tsv); not when their last character opens a longer word.
        ("半百", ["半百|50"]),
        ("打对折", ["对折|50|percent"]),
        ("打對折", ["對折|50|percent"]),
        ("打个对折", ["对折|50|percent"]),
        ("对折", []),
        ("把纸对折", []),
        ("半折", ["半折|50|percent"]),
        ("半成", ["半成|5|percent"]),
        ("对折叠屏手机", []),
        ("半成品", []),
        ("一半成本", ["一半|50|percent"]),
        ("半导体", []),
        // Two single digits spaced apart before 折 are one discount.
        ("7 2 折", ["7 2 折|72|percent"]),
        ("九 九 折", ["九 九 折|99|percent"]),
        ("九 九 折扣", ["九|9", "九|9"]),
        ("3 5 个", ["3|3", "5 个|5|count"]),
        // A spaced-out pp word after the classifier 个.
        ("一 百 五 十 个 百 分 点", ["一 百 五 十 个 百 分 点|150|pp"]),
        ("一 百 五 十 個 百 分 點", ["一 百 五 十 個 百 分 點|150|pp"]),
        ("一 百 五 十 个 人", ["一 百 五 十 个|150|count"]),
        ("负３ 分  之 负一百五十七", ["负３ 分  之 负一百五十七|5233.333333333333|percent"]),
    ]

    @Test(arguments: zhNumerals)
    func zhNumeralsRows(input: String, expected: [String]) { #expect(Self.numerals(input) == Self.expected(expected), "\(input)") }
}
