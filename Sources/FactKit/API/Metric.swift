/// What a fact measures (FACTS.md *Metrics*). The cues that signal each metric live in
/// `Dictionaries/data/metrics.tsv`.
public enum Metric: String, Sendable, Hashable, CaseIterable, Comparable {
    // Money (the unit is a currency)
    /// Revenue, sales, turnover (营收, 营业收入, 销售额; revenue, sales).
    case revenue
    /// Net profit; a loss is negative (净利润, 净利, 亏损; net income, profit, loss).
    case netProfit = "net_profit"
    /// Gross profit (毛利, 毛利润; gross profit).
    case grossProfit = "gross_profit"
    /// Operating income or profit (营业利润, 经营利润; operating income).
    case operatingIncome = "operating_income"
    /// Expenses and costs (运营费用, 研发费用, 成本; operating expenses, R&D, costs).
    case expense
    /// Capital expenditure (资本开支, 资本支出; capex).
    case capex
    /// An amount spent on something, a buyer's order or purchase (支出, 投资, 采购, 订购; spent, invest, buy).
    case spending
    /// A seller's order intake (新增订单, 订单金额, 大定; bookings, backlog).
    case orders
    /// A price per unit, ``Fact/item`` saying of what (售价, 单价, 定价; price, priced at).
    case price
    /// Valuation or market capitalization (估值, 市值; valuation, market cap).
    case valuation
    /// Money raised (融资, 募资; raised, funding round).
    case funding
    /// The value of an acquisition or deal (收购, 并购, 交易金额; acquisition, deal value).
    case dealValue = "deal_value"
    /// The size of a market, usually of no company (市场规模, 成交额; market size).
    case marketSize = "market_size"
    // Per share (a currency, item `share`)
    /// Earnings per share (每股收益, EPS); a loss per share is negative.
    case eps
    // Counts (the unit is `count`)
    /// GPUs and AI accelerators owned, ordered, bought or deployed (1万块A100); ``Fact/item`` is the model, else `GPU`.
    case gpuCount = "gpu_count"
    /// Products sold, shipped, delivered or produced, in units (销量, 交付, 出货; shipments, deliveries).
    case units
    /// The size of a team or company (员工, 人; employees, staff).
    case headcount
    /// Jobs cut, a count or a percentage (裁员; layoffs, job cuts).
    case layoffs
    /// Users, viewers, followers, subscribers (用户, 粉丝, 订阅; users, viewers).
    case users
    // Percentages (the unit is `percent`, or `pp` for percentage points)
    /// Gross profit as a percentage of revenue (毛利率; gross margin).
    case grossMargin = "gross_margin"
    /// Operating income as a percentage of revenue (营业利润率, 營益率, operating margin).
    case operatingMargin = "operating_margin"
    /// Net profit as a percentage of revenue (净利率, 纯益率, net margin).
    case netMargin = "net_margin"
    /// A share of a market (市占率, 市场份额; market share).
    case marketShare = "market_share"
    /// A part of a whole that is not a market share (占比, 占…的 X%).
    case share
    /// A change whose subject is none of the other metrics (增长预期从20%下调至10%).
    case growth

    /// Alphabetical order of the raw values (`capex` before `revenue`).
    public static func < (a: Metric, b: Metric) -> Bool { a.rawValue < b.rawValue }
}

/// Whether a figure is a level or a change, and against what (FACTS.md `change`).
public enum Change: String, Sendable, Hashable, CaseIterable {
    /// Year over year (同比).
    case yoy
    /// Quarter over quarter, sequential (环比).
    case qoq
    /// A change with no stated basis (增长 下降 up down).
    case change
}

/// Whether a figure is reported or expected (FACTS.md `status`).
public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Reported, achieved, announced as done.
    case actual
    /// Guidance, outlook, target, plan, estimate, expectation, analysts' consensus (预计 指引 目标; expects, guidance).
    case forecast
}
