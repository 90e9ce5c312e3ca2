import Foundation
@testable import FactKit

/// The period rows of the corpus (FACTS.md's period field), beside the other tables in FactCorpus.swift.
extension FactCorpus {
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
        // an undated text's 今年 / 去年 / last year move from the calendar year it last stated; a dated one's from its date
        FactRow("微软2024年营收2450亿美元。微软去年营收2119亿美元。",
                [F("microsoft", .revenue, "245000000000", "USD", period: "2024"), F("microsoft", .revenue, "211900000000", "USD", period: "2023")]),
        FactRow("微軟2024年營收2450億美元。微軟去年營收2119億美元。",
                [F("microsoft", .revenue, "245000000000", "USD", period: "2024"), F("microsoft", .revenue, "211900000000", "USD", period: "2023")]),
        FactRow("Microsoft's revenue was $245 billion in 2024. Microsoft's revenue last year was $211.9 billion.",
                [F("microsoft", .revenue, "245000000000", "USD", period: "2024"), F("microsoft", .revenue, "211900000000", "USD", period: "2023")]),
        FactRow("微软2020年营收1430亿美元。微软去年营收2119亿美元。", date: "2024-04-18",
                [F("microsoft", .revenue, "143000000000", "USD", period: "2020"), F("microsoft", .revenue, "211900000000", "USD", period: "2023")]),
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
        // a year-ago period (去年同期, a year ago) is no reported period: the sentences after keep the quarter reported
        FactRow("理想汽车三季度经营亏损12亿元，去年同期为经营利润34亿元。净亏损6.244亿元。", date: "2025-11-26",
                [F("li-auto", .operatingIncome, "-1200000000", "CNY", period: "2025-Q3"), F("li-auto", .operatingIncome, "3400000000", "CNY", period: "2024-Q3"),
                 F("li-auto", .netProfit, "-624400000", "CNY", period: "2025-Q3")]),
        FactRow("美團第三季經調整虧損淨額160億元，去年同期為盈利128億元。收入954.9億元。", date: "2025-11-29",
                [F("meituan", .netProfit, "-16000000000", "CNY", period: "2025-Q3"), F("meituan", .netProfit, "12800000000", "CNY", period: "2024-Q3"),
                 F("meituan", .revenue, "95490000000", "CNY", period: "2025-Q3")]),
        FactRow("Alphabet's third-quarter revenue rose to $88.3 billion from $76.7 billion a year ago. Net income came to $26.3 billion.",
                date: "2024-10-29",
                [F("alphabet", .revenue, "88300000000", "USD", period: "2024-Q3"), F("alphabet", .revenue, "76700000000", "USD", period: "2023-Q3"),
                 F("alphabet", .netProfit, "26300000000", "USD", period: "2024-Q3")]),
        // 当季 / 單季 / in the quarter: the quarter its sentence names, else the last one ended by the date (not the one under way)
        FactRow("SK海力士公布的第三季度财报显示，公司当季营收24.4489万亿韩元。", date: "2025-10-30",
                [F("sk-hynix", .revenue, "24448900000000", "KRW", period: "2025-Q3")]),
        FactRow("快手旗下可靈AI單季收入超3億元。", date: "2025-11-20", [F("kuaishou", .revenue, "300000000", "CNY", .none, .min, period: "2025-Q3")]),
        FactRow("Samsung spent 8.05 trillion won on research and development in the quarter.", date: "2024-07-31",
                [F("samsung", .expense, "8050000000000", "KRW", period: "2024-Q2")]),
        // an earlier quarter told after the reported one is a look back: the reported quarter still holds after it
        // (a lead still under way, a forecast, gives way to the quarter reported: the Micron rows above)
        FactRow("Samsung's operating profit for the April-June quarter rose to 10.44 trillion won. In the first quarter the company had posted an operating profit of 6.61 trillion won. Samsung spent 8.05 trillion won on research and development in the quarter.",
                date: "2024-07-31",
                [F("samsung", .operatingIncome, "10440000000000", "KRW", period: "2024-Q2"), F("samsung", .operatingIncome, "6610000000000", "KRW", period: "2024-Q1"),
                 F("samsung", .expense, "8050000000000", "KRW", period: "2024-Q2")]),
        FactRow("三星第二季度营业利润10.44万亿韩元。一季度营业利润为6.61万亿韩元。当季研发费用8.05万亿韩元。", date: "2024-07-31",
                [F("samsung", .operatingIncome, "10440000000000", "KRW", period: "2024-Q2"), F("samsung", .operatingIncome, "6610000000000", "KRW", period: "2024-Q1"),
                 F("samsung", .expense, "8050000000000", "KRW", period: "2024-Q2")]),
        FactRow("三星第二季營業利益10.44兆韓元。第一季營業利益為6.61兆韓元。當季研發費用8.05兆韓元。", date: "2024-07-31",
                [F("samsung", .operatingIncome, "10440000000000", "KRW", period: "2024-Q2"), F("samsung", .operatingIncome, "6610000000000", "KRW", period: "2024-Q1"),
                 F("samsung", .expense, "8050000000000", "KRW", period: "2024-Q2")]),
        // a fiscal year carries when the lead reports its results, not when it is a plan's target year
        FactRow("到2027财年，微软预计在GPU和数据中心上花费将达到1000亿美元。微软的股价下跌。据估算，微软在英伟达芯片上的支出高达45亿美元。",
                [F("microsoft", .spending, "100000000000", "USD", period: "FY2027"), F("microsoft", .spending, "4500000000", "USD", period: "")]),
        FactRow("By fiscal 2027, Microsoft expects to spend $100 billion on data centers. Its shares fell. Microsoft spent $4.5 billion on Nvidia chips.",
                [F("microsoft", .spending, "100000000000", "USD", period: "FY2027"), F("microsoft", .spending, "4500000000", "USD", period: "")]),
        FactRow("博通2024财年营收516亿美元。博通的股价上涨。半导体业务收入301亿美元。",
                [F("broadcom", .revenue, "51600000000", "USD", period: "FY2024"), F("broadcom", .revenue, "30100000000", "USD", period: "FY2024")]),
        // with no date, a quarter after the lead's is one it looks ahead to: later paragraphs keep the quarter reported
        FactRow("台积电2024年第一季度收入189亿美元。台积电预期2024年第二季度收入196亿美元。\n\n毛利率为53.1%。",
                [F("tsmc", .revenue, "18900000000", "USD", period: "2024-Q1"), F("tsmc", .revenue, "19600000000", "USD", period: "2024-Q2"),
                 F("tsmc", .grossMargin, "53.1", "percent", period: "2024-Q1")]),
        FactRow("台積電2024年第一季營收189億美元。台積電預估2024年第二季營收196億美元。\n\n毛利率為53.1%。",
                [F("tsmc", .revenue, "18900000000", "USD", period: "2024-Q1"), F("tsmc", .revenue, "19600000000", "USD", period: "2024-Q2"),
                 F("tsmc", .grossMargin, "53.1", "percent", period: "2024-Q1")]),
        FactRow("TSMC reported first-quarter 2024 revenue of $18.9 billion. TSMC expects revenue of $19.6 billion in the second quarter of 2024.\n\nGross margin was 53.1%.",
                [F("tsmc", .revenue, "18900000000", "USD", period: "2024-Q1"), F("tsmc", .revenue, "19600000000", "USD", period: "2024-Q2"),
                 F("tsmc", .grossMargin, "53.1", "percent", period: "2024-Q1")]),
        // a quarter named by its last month or the day it ended, in the calendar of the company the sentence names first;
        // a fiscal year restating that quarter's year is no period of its own
        FactRow("In the December quarter, the first of Apple's fiscal 2024, Apple's revenue rose 2% to $119.58 billion.", date: "2024-03-05",
                [F("apple", .revenue, "2", "percent", .change, period: "FY2024-Q1"), F("apple", .revenue, "119580000000", "USD", period: "FY2024-Q1")]),
        FactRow("Nvidia's revenue for the quarter ended Oct. 27 rose to $35.1 billion.", date: "2024-11-20",
                [F("nvidia", .revenue, "35100000000", "USD", period: "FY2025-Q3")]),
        FactRow("Micron expects revenue of $7.9 billion for the three months ending in late February.", date: "2024-12-18",
                [F("micron", .revenue, "7900000000", "USD", period: "FY2025-Q2")]),
        FactRow("Samsung shipped 60.1 million phones in the three months to March, ahead of Apple.", date: "2024-04-15",
                [F("samsung", .units, "60100000", "count", period: "2024-Q1")]),
        FactRow("阿里巴巴集团截至2023年12月31日的第三财季营收2603亿元。", [F("alibaba", .revenue, "260300000000", "CNY", period: "FY2024-Q3")]),
        FactRow("小米截至9月30日的第三季度收入1131亿元。", date: "2025-11-19", [F("xiaomi", .revenue, "113100000000", "CNY", period: "2025-Q3")]),
        FactRow("聯想截至2025年12月31日止第三財季收入222億美元。", date: "2026-02-13", [F("lenovo", .revenue, "22200000000", "USD", period: "FY2026-Q3")]),
        // a day alone (截至9月30日) names no quarter
        FactRow("小米截至9月30日，现金储备为1000亿元。", date: "2025-11-19", [F("xiaomi", .spending, "100000000000", "CNY", period: "")]),
        // a year-less quarter is the one nearest the date even after a sentence stating another year; a year its own
        // sentence states before it holds
        FactRow("Lucid delivered 10,241 cars in 2024. In the fourth quarter Lucid delivered 3,099 cars.", date: "2025-01-06",
                [F("lucid", .units, "10241", "count", period: "2024"), F("lucid", .units, "3099", "count", period: "2024-Q4")]),
        FactRow("蔚来2024年交付22.2万辆。第四季度交付7.3万辆。", date: "2025-01-06",
                [F("nio", .units, "222000", "count", period: "2024"), F("nio", .units, "73000", "count", period: "2024-Q4")]),
        FactRow("蔚來2024年交付22.2萬輛。第四季交付7.3萬輛。", date: "2025-01-06",
                [F("nio", .units, "222000", "count", period: "2024"), F("nio", .units, "73000", "count", period: "2024-Q4")]),
        FactRow("AMD 2024年的数据中心GPU收入超过50亿美元，其中二季度收入突破10亿美元。", date: "2025-11-14",
                [F("amd", .revenue, "5000000000", "USD", .none, .min, period: "2024"), F("amd", .revenue, "1000000000", "USD", .none, .min, period: "2024-Q2")]),
        // English states a figure's period right after it; a period right after a base figure is the base's alone
        FactRow("Amazon expects capital expenditure of about $125bn in 2025, against $83bn in 2024.", date: "2025-03-31",
                [F("amazon", .capex, "125000000000", "USD", .none, .approx, period: "2025"), F("amazon", .capex, "83000000000", "USD", period: "2024")]),
        FactRow("Huawei said revenue rose to 862.1 billion yuan in 2024. Net profit dropped 28% to 62.6 billion yuan from 87 billion yuan in 2023.",
                date: "2025-03-31",
                [F("huawei", .revenue, "862100000000", "CNY", period: "2024"), F("huawei", .netProfit, "-28", "percent", .change, period: "2024"),
                 F("huawei", .netProfit, "62600000000", "CNY", period: "2024"), F("huawei", .netProfit, "87000000000", "CNY", period: "2023")]),
        // a dateline dates the report, not a figure; a date inside the sentence is the figure's month
        FactRow("SEOUL, July 31 – Samsung Electronics said operating profit for the April-June quarter rose to 10.44 trillion won from 668.5 billion won a year earlier.",
                date: "2024-07-31",
                [F("samsung", .operatingIncome, "10440000000000", "KRW", period: "2024-Q2"), F("samsung", .operatingIncome, "668500000000", "KRW", period: "2023-Q2")]),
        FactRow("Samsung Electronics said on July 31 that it shipped 60 million phones.", date: "2024-07-31",
                [F("samsung", .units, "60000000", "count", period: "2024-07")]),
        // a title's reported result with no period of its own is of the period the lead first reports; a market figure is not
        FactRow("台积电获利大增36%\n\n台积电第二季度净利润2478亿元新台币，同比增长36%。", date: "2024-07-18",
                [F("tsmc", .netProfit, "36", "percent", .change, period: "2024-Q2"), F("tsmc", .netProfit, "247800000000", "TWD", period: "2024-Q2"),
                 F("tsmc", .netProfit, "36", "percent", .yoy, period: "2024-Q2")]),
        FactRow("台積電獲利大增36%\n\n台積電第二季稅後純益新台幣2478億元，年增36%。", date: "2024-07-18",
                [F("tsmc", .netProfit, "36", "percent", .change, period: "2024-Q2"), F("tsmc", .netProfit, "247800000000", "TWD", period: "2024-Q2"),
                 F("tsmc", .netProfit, "36", "percent", .yoy, period: "2024-Q2")]),
        FactRow("TSMC profit rises 36% on AI chip demand\n\nTSMC's second-quarter net profit rose 36% to $7.7 billion.", date: "2024-07-18",
                [F("tsmc", .netProfit, "36", "percent", .change, period: "2024-Q2"), F("tsmc", .netProfit, "36", "percent", .change, period: "2024-Q2"),
                 F("tsmc", .netProfit, "7700000000", "USD", period: "2024-Q2")]),
        FactRow("Hock Tan pitches AI chip market of up to $90 billion\n\nBroadcom's fourth-quarter revenue rose to $14.05 billion.", date: "2024-12-13",
                [F("", .marketSize, "90000000000", "USD", .none, .max, period: ""), F("broadcom", .revenue, "14050000000", "USD", period: "FY2024-Q4")]),
        // 首季 is the first quarter; a trailing stretch (过去12个月, the past four quarters) is no period; 连续第二季 counts
        // quarters and names none
        FactRow("聯電首季毛利率估二成七至二成九。", date: "2026-01-29", [F("umc", .grossMargin, "27", "percent", .none, .range, period: "2026-Q1")]),
        FactRow("联电首季毛利率预计为27%至29%。", date: "2026-01-29", [F("umc", .grossMargin, "27", "percent", .none, .range, period: "2026-Q1")]),
        FactRow("美團過去12個月交易用戶數超過8億。", date: "2025-11-29", [F("meituan", .users, "800000000", "count", .none, .min, period: "")]),
        FactRow("美团过去12个月交易用户数超过8亿。", date: "2025-11-29", [F("meituan", .users, "800000000", "count", .none, .min, period: "")]),
        FactRow("YouTube's revenue topped $50 billion over the past four quarters.", date: "2024-10-29",
                [F("youtube", .revenue, "50000000000", "USD", period: "")]),
        FactRow("聯想第三財季收入222億美元，連續第二季市佔率突破25%。", date: "2026-02-13",
                [F("lenovo", .revenue, "22200000000", "USD", period: "FY2026-Q3"), F("lenovo", .marketShare, "25", "percent", .none, .min, period: "FY2026-Q3")]),
        FactRow("联想第三财季收入222亿美元，连续第二季市占率突破25%。", date: "2026-02-13",
                [F("lenovo", .revenue, "22200000000", "USD", period: "FY2026-Q3"), F("lenovo", .marketShare, "25", "percent", .none, .min, period: "FY2026-Q3")]),
        // a year-ago period before a base is the base's, not the level the change ended at (由去年同期的…下跌至…)
        FactRow("小米第三季度收入1131亿元。智能手机平均售价由去年同期的每部1102.2元下跌3.6%至1062.8元。", date: "2025-11-19",
                [F("xiaomi", .revenue, "113100000000", "CNY", period: "2025-Q3"), F("xiaomi", .price, "1102.2", "CNY", period: "2024-Q3"),
                 F("xiaomi", .price, "-3.6", "percent", .yoy, period: "2025-Q3"), F("xiaomi", .price, "1062.8", "CNY", period: "")]),
        // this fiscal year / 本财年: the fiscal year the date falls in, for a company with a fiscal calendar; a calendar
        // company's is the calendar year
        FactRow("Oracle said OCI revenue should grow 77% to $18 billion this fiscal year.", date: "2025-09-10",
                [F("oracle", .revenue, "77", "percent", .change, period: "FY2026"), F("oracle", .revenue, "18000000000", "USD", period: "FY2026")]),
        FactRow("甲骨文预计本财年OCI收入增长77%至180亿美元。", date: "2025-09-10",
                [F("oracle", .revenue, "77", "percent", .change, period: "FY2026"), F("oracle", .revenue, "18000000000", "USD", period: "FY2026")]),
        FactRow("甲骨文預計本財年OCI收入增長77%至180億美元。", date: "2025-09-10",
                [F("oracle", .revenue, "77", "percent", .change, period: "FY2026"), F("oracle", .revenue, "18000000000", "USD", period: "FY2026")]),
        FactRow("Intel expects revenue of $53 billion this fiscal year.", date: "2024-08-19", [F("intel", .revenue, "53000000000", "USD", period: "2024")]),
        FactRow("英特尔预计本财年营收530亿美元。", date: "2024-08-19", [F("intel", .revenue, "53000000000", "USD", period: "2024")]),
        // past the lead, a paragraph telling the lead's own period again has not moved the text on: later paragraphs keep it
        FactRow("SK hynix said its first-quarter operating profit rose to 7.44 trillion won.\n\n"
                    + String(repeating: "The company gave no dividend guidance and said demand for memory remained strong across its customers. ", count: 6)
                    + "\n\nSK hynix took 36 percent of global DRAM revenue in the first quarter.\n\nA year earlier, Samsung controlled 41 percent of the DRAM market.",
                date: "2025-04-24",
                [F("sk-hynix", .operatingIncome, "7440000000000", "KRW", period: "2025-Q1"), F("sk-hynix", .marketShare, "36", "percent", period: "2025-Q1"),
                 F("samsung", .marketShare, "41", "percent", period: "2024-Q1")]),
        FactRow("SK海力士第一季度营业利润7.44万亿韩元。\n\n" + String(repeating: "公司表示存储需求在各类客户中依然强劲，但没有给出股息指引。", count: 14)
                    + "\n\nSK海力士第一季度占全球DRAM市场份额36%。\n\n去年同期，三星的DRAM市场份额为41%。", date: "2025-04-24",
                [F("sk-hynix", .operatingIncome, "7440000000000", "KRW", period: "2025-Q1"), F("sk-hynix", .marketShare, "36", "percent", period: "2025-Q1"),
                 F("samsung", .marketShare, "41", "percent", period: "2024-Q1")]),
        FactRow("SK海力士第一季營業利益7.44兆韓元。\n\n" + String(repeating: "公司表示記憶體需求在各類客戶中依然強勁，但沒有給出股息指引。", count: 14)
                    + "\n\nSK海力士第一季全球DRAM市占率36%。\n\n去年同期，三星的DRAM市占率為41%。", date: "2025-04-24",
                [F("sk-hynix", .operatingIncome, "7440000000000", "KRW", period: "2025-Q1"), F("sk-hynix", .marketShare, "36", "percent", period: "2025-Q1"),
                 F("samsung", .marketShare, "41", "percent", period: "2024-Q1")]),
        // an English base figure (from $3.52 billion) with no period of its own, in a sentence comparing year over year, is of
        // the year-ago period; with no such comparison it keeps the sentence's
        FactRow("In the fourth quarter of fiscal 2024, Broadcom's revenue rose 51% from a year earlier to $14.05 billion, and net income climbed to $4.32 billion from $3.52 billion.",
                date: "2024-12-13",
                [F("broadcom", .revenue, "51", "percent", .yoy, period: "FY2024-Q4"), F("broadcom", .revenue, "14050000000", "USD", period: "FY2024-Q4"),
                 F("broadcom", .netProfit, "4320000000", "USD", period: "FY2024-Q4"), F("broadcom", .netProfit, "3520000000", "USD", period: "FY2023-Q4")]),
        FactRow("In the first quarter, Samsung's market share shrank to 20.8% from 22.5% a year ago, and its operating profit rose to 6.6 trillion won from 640 billion won.",
                date: "2024-04-15",
                [F("samsung", .marketShare, "20.8", "percent", period: "2024-Q1"), F("samsung", .marketShare, "22.5", "percent", period: "2023-Q1"),
                 F("samsung", .operatingIncome, "6600000000000", "KRW", period: "2024-Q1"), F("samsung", .operatingIncome, "640000000000", "KRW", period: "2023-Q1")]),
        FactRow("In the fourth quarter of fiscal 2024, Broadcom's net income climbed to $4.32 billion from $3.52 billion.", date: "2024-12-13",
                [F("broadcom", .netProfit, "4320000000", "USD", period: "FY2024-Q4"), F("broadcom", .netProfit, "3520000000", "USD", period: "FY2024-Q4")]),
        // a period word right after an English figure (… $17.5 billion next year) is its own, over the one before it
        FactRow("Intel's operating expenses are to fall to about $20 billion this year and about $17.5 billion next year.", date: "2024-08-19",
                [F("intel", .expense, "20000000000", "USD", .none, .approx, period: "2024"), F("intel", .expense, "17500000000", "USD", .none, .approx, period: "2025")]),
        // a reported result stating no period, in a text whose lead reports a quarter, is of the quarter its company last ended,
        // in its own calendar; a sentence naming a period with none in FACTS.md (前三季) keeps none
        FactRow("Microsoft reported revenue of $64.7 billion for the fourth quarter of its fiscal 2024.\n\n"
                    + String(repeating: "Investors asked when the outlays on data centers for artificial intelligence will pay off. ", count: 7)
                    + "\n\nAlphabet's revenue rose to $84.74 billion in the second quarter.\n\nMeta posted revenue of $39.07 billion.", date: "2024-08-02",
                [F("microsoft", .revenue, "64700000000", "USD", period: "FY2024-Q4"), F("alphabet", .revenue, "84740000000", "USD", period: "2024-Q2"),
                 F("meta", .revenue, "39070000000", "USD", period: "2024-Q2")]),
        FactRow("微软2024财年第四季度营收647亿美元。\n\n" + String(repeating: "公司表示手机镜头需求在各类客户中依然强劲，但没有给出股息指引。", count: 14)
                    + "\n\n谷歌第二季度营收847.4亿美元。\n\nMeta营收390.7亿美元。", date: "2024-08-02",
                [F("microsoft", .revenue, "64700000000", "USD", period: "FY2024-Q4"), F("google", .revenue, "84740000000", "USD", period: "2024-Q2"),
                 F("meta", .revenue, "39070000000", "USD", period: "2024-Q2")]),
        FactRow("大立光第三季營收新台幣180億元。\n\n" + String(repeating: "公司表示手機鏡頭需求在各類客戶中依然強勁，但沒有給出股息指引。", count: 14)
                    + "\n\n累計前三季，大立光營收新台幣439.29億元。", date: "2025-10-10",
                [F("largan", .revenue, "18000000000", "TWD", period: "2025-Q3"), F("largan", .revenue, "43929000000", "TWD", period: "")]),
    ]
}
