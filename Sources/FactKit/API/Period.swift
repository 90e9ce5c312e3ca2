/// The period a figure belongs to: a year, a quarter, a half or a month, optionally fiscal.
/// Printed as FACTS.md writes it: `2024`, `2024-Q1`, `2023-H2`, `2024-04`, `FY2026-Q2`.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The part of the year the period covers.
    public enum Part: Hashable, Sendable {
        /// The whole year (`2024`).
        case year
        /// A quarter, 1–4 (`2024-Q1`).
        case quarter(Int)
        /// A half, 1–2 (`2023-H2`).
        case half(Int)
        /// A month, 1–12 (`2024-04`).
        case month(Int)
    }

    /// The calendar or fiscal year (`2024`).
    public var year: Int
    /// The part of the year: the whole year, a quarter, a half or a month.
    public var part: Part
    /// Whether the year is a fiscal year (`FY2024`).
    public var fiscal: Bool

    /// A period of `year`: the whole year unless `part` says otherwise; fiscal when `fiscal` is true.
    public init(year: Int, part: Part = .year, fiscal: Bool = false) {
        self.year = year
        self.part = part
        self.fiscal = fiscal
    }

    /// The period as FactKit writes it: `2024`, `2024-Q1`, `2023-H2`, `2024-04`, `FY2026-Q2`.
    public var description: String {
        let y = (fiscal ? "FY" : "") + String(year)
        switch part {
        case .year: return y
        case .quarter(let q): return "\(y)-Q\(q)"
        case .half(let h): return "\(y)-H\(h)"
        case .month(let m): return m < 10 ? "\(y)-0\(m)" : "\(y)-\(m)"
        }
    }

    /// Parses the printed form (`2024-Q1`, `FY2023-Q3`, `2024-04`); nil when it is not one.
    public init?(_ text: String) {
        var rest = Substring(text)
        var fiscal = false
        if rest.hasPrefix("FY") { fiscal = true; rest = rest.dropFirst(2) }
        let pieces = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = pieces.first, first.count == 4, let year = Int(first) else { return nil }
        if pieces.count == 1 { self.init(year: year, fiscal: fiscal); return }
        guard pieces.count == 2 else { return nil }
        let p = pieces[1]
        if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
            self.init(year: year, part: .quarter(q), fiscal: fiscal)
        } else if p.hasPrefix("H"), let h = Int(p.dropFirst()), (1...2).contains(h) {
            self.init(year: year, part: .half(h), fiscal: fiscal)
        } else if p.count == 2, let m = Int(p), (1...12).contains(m) {
            self.init(year: year, part: .month(m), fiscal: fiscal)
        } else {
            return nil
        }
    }
}

/// A calendar date, used as a document's reference date for relative periods (`今年`, `去年同期`).
public struct CalendarDate: Hashable, Sendable, CustomStringConvertible {
    /// The year (`2024`).
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// The date `year`-`month`-`day`, as given (not checked against the calendar).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYY-MM` as the first of the month).
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: " \t\r\n").split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        let d = parts.count == 3 ? Int(parts[2]) : 1
        guard let d, (1...31).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The quarter (1–4) the date falls in.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// `YYYY-MM-DD`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
