/// What a fact measures (FACTS.md *Metrics*). The cues that signal each metric live in
/// `Dictionaries/data/metrics.tsv`.
public enum Metric: String, Sendable, Hashable, CaseIterable, Comparable {
    // Money
    case revenue, netProfit = "net_profit", grossProfit = "gross_profit"
    case operatingIncome = "operating_income", expense, capex, spending, orders, price
    case valuation, funding, dealValue = "deal_value", marketSize = "market_size"
    // Per share (a currency, item `share`)
    /// Earnings per share (每股收益, EPS); a loss per share is negative.
    case eps
    // Counts
    case gpuCount = "gpu_count", units, headcount, layoffs, users
    // Percentages
    case grossMargin = "gross_margin"
    /// Operating income as a percentage of revenue (营业利润率, 營益率, operating margin).
    case operatingMargin = "operating_margin"
    /// Net profit as a percentage of revenue (净利率, 纯益率, net margin).
    case netMargin = "net_margin"
    case marketShare = "market_share", share, growth

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
