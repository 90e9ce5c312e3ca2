/// What a fact measures (FACTS.md *Metrics*). The cues that signal each metric live in
/// `Dictionaries/data/metrics.tsv`.
public enum Metric: String, Sendable, Hashable, CaseIterable, Comparable {
    // Money
    case revenue, netProfit = "net_profit", grossProfit = "gross_profit"
    case operatingIncome = "operating_income", expense, capex, spending, orders, price
    case valuation, funding, dealValue = "deal_value", marketSize = "market_size"
    // Counts
    case gpuCount = "gpu_count", units, headcount, layoffs, users
    // Percentages
    case grossMargin = "gross_margin", marketShare = "market_share", share, growth

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
