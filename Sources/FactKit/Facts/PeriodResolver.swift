/// Turns period mentions into periods, against the document date and the periods the
/// text has stated so far.
struct PeriodResolver: Sendable {
    /// The document's reference date, if known.
    var date: CalendarDate?
    /// The last year the text itself stated (`2024年…`).
    var statedYear: Int?
    /// A calendar year the sentence itself states before the mention (`AMD 2024年…，其中二季度`: 2024-Q2).
    var sentenceYear: Int?
    /// The last calendar year (not a fiscal one) the text stated: the year an undated text's 今年 and 去年 move
    /// from (微软计划到2024年底…。…微软去年在英伟达芯片上的支出: 2023), as a stated month's year is.
    var calendarYear: Int?
    /// The last quarter the text stated with its year (`2024年第一季度`).
    var statedQuarter: Period?

    /// The period of a mention, or nil when it cannot be resolved.
    /// The month the fiscal year of the company in question ends in, when not December (NVIDIA: 1, Apple: 9).
    var fiscalYearEnd: Int?
    /// The quarter the text is about, carried from earlier sentences (当季, in the quarter).
    var carriedQuarter: Period?

    func resolve(_ m: PeriodMention, sentencePeriod: Period? = nil) -> Period? {
        let baseYear = date?.year ?? statedYear
        if let month = m.endMonth { return quarter(endingIn: month, m) }
        if let offset = m.yearOffset, let y = date?.year, let word = m.word {
            switch word {
            case .quarter(let q): return Period(year: y + offset, part: .quarter(q))
            case .half(let h): return Period(year: y + offset, part: .half(h))
            default: return Period(year: y + offset)
            }
        }
        if let year = m.year {
            if let word = m.word {
                switch word {
                case .yearToDate: return nil
                case .quarter(let q): return Period(year: year, part: .quarter(q), fiscal: m.fiscal)
                case .half(let h): return Period(year: year, part: .half(h), fiscal: m.fiscal)
                default: return Period(year: year, fiscal: m.fiscal)
                }
            }
            if let month = m.month { return Period(year: year, part: .month(month)) }
            return Period(year: year, fiscal: m.fiscal)
        }
        if let month = m.month, m.word == nil {
            guard let y = baseYear else { return nil }
            return Period(year: y, part: .month(month))
        }
        guard let word = m.word else { return nil }
        switch word {
        case .quarter(let q):
            // Against the quarter the text reports on (its lead), else the first one it stated with a year, unless
            // that is a fiscal one and this company keeps the calendar (Alphabet's quarter after Microsoft's); the
            // quarter after a fourth one is next year's (Broadcom expects first-quarter revenue …).
            if let base = statedQuarter ?? carriedQuarter, case .quarter(let reported) = base.part,
               !base.fiscal || fiscalYearEnd != nil || m.fiscal || date == nil {
                let year = reported == 4 && q == 1 ? base.year + 1 : base.year
                return Period(year: year, part: .quarter(q), fiscal: base.fiscal)
            }
            // A quarter named without its year is the one ending nearest the report's date, a little before rather
            // than after (the fourth quarter in a January report is the year before's; Micron's second quarter
            // forecast in December ends in February), in the company's fiscal calendar when it has one.
            if let end = fiscalYearEnd ?? (m.fiscal ? 12 : nil), let date { return PeriodResolver.quarter(q, nearest: date, yearEnd: end, fiscal: true) }
            // A calendar year its own sentence states before it holds (AMD 2024年的…收入，其中二季度); a year stated
            // sentences before does not (Intel had 124,800 employees at the end of 2023. … third-quarter revenue).
            if let date {
                if let y = sentenceYear, y != date.year { return Period(year: y, part: .quarter(q)) }
                return PeriodResolver.quarter(q, nearest: date, yearEnd: 12, fiscal: false)
            }
            guard let y = baseYear else { return nil }
            return Period(year: y, part: .quarter(q), fiscal: m.fiscal)
        case .half(let h):
            guard let y = baseYear else { return nil }
            return Period(year: y, part: .half(h))
        case .wholeYear:
            // The full fiscal year; 全年 beside a fiscal quarter of a company with a fiscal calendar is that fiscal year.
            guard let y = sentencePeriod?.year ?? baseYear else { return nil }
            return Period(year: y, fiscal: m.fiscal || (sentencePeriod?.fiscal == true && fiscalYearEnd != nil))
        case .thisYear, .lastYear, .nextYear:
            guard let date else {
                guard let y = calendarYear, !m.fiscal else { return nil }
                let year = word == .thisYear ? y : (word == .lastYear ? y - 1 : y + 1)
                if let month = m.month { return Period(year: year, part: .month(month)) }
                return Period(year: year)
            }
            // this fiscal year: the company's fiscal year the date falls in (Oracle's year ends in May: September 2025 is in FY2026)
            if m.fiscal, let end = fiscalYearEnd {
                let y = PeriodResolver.fiscalQuarter(containing: date, yearEnd: end).year + (word == .thisYear ? 0 : (word == .lastYear ? -1 : 1))
                return Period(year: y, fiscal: true)
            }
            let y = date.year
            let year = word == .thisYear ? y : (word == .lastYear ? y - 1 : y + 1)
            if let month = m.month { return Period(year: year, part: .month(month)) }
            return Period(year: year)
        case .thatQuarter:
            // The quarter its sentence names before it (第三季度财报显示，公司当季营收), else the one the text is about,
            // else the last one ended by the report's date: a report tells of a quarter past, not the one under way.
            if let p = sentencePeriod, case .quarter = p.part { return p }
            if let p = carriedQuarter ?? statedQuarter { return p }
            guard let date else { return nil }
            return PeriodResolver.quarter(before: fiscalYearEnd.map { PeriodResolver.fiscalQuarter(containing: date, yearEnd: $0) }
                ?? Period(year: date.year, part: .quarter(date.quarter)))
        case .thisQuarter where carriedQuarter != nil:
            // 本季 in a text about a reported quarter is that quarter (本季度毛利率53.1%); a forecast of it is of the
            // quarter under way (展望本季), which the scope stage decides once it knows the status.
            return carriedQuarter
        case .thisQuarter, .lastQuarter, .nextQuarter:
            // Against the document's date (上季 in a report is the quarter just ended), in the company's fiscal
            // calendar when its year does not end in December, else the stated quarter.
            let base: Period? = date.map { d in
                fiscalYearEnd.map { PeriodResolver.fiscalQuarter(containing: d, yearEnd: $0) } ?? Period(year: d.year, part: .quarter(d.quarter))
            } ?? statedQuarter
            guard let base, case .quarter(let q) = base.part else { return nil }
            let shift = word == .thisQuarter ? 0 : (word == .lastQuarter ? -1 : 1)
            var nq = q + shift, ny = base.year
            if nq == 0 { nq = 4; ny -= 1 }
            if nq == 5 { nq = 1; ny += 1 }
            return Period(year: ny, part: .quarter(nq), fiscal: base.fiscal)
        case .samePeriodLastYear:
            if let p = sentencePeriod { var q = p; q.year -= 1; return q }
            guard let y = date?.year else { return nil }
            return Period(year: y - 1)
        case .samePeriod:
            return sentencePeriod
        case .month(let n):
            guard let y = baseYear else { return nil }
            return Period(year: y, part: .month(n))
        case .yearToDate:
            return nil
        }
    }
}

extension PeriodResolver {
    /// The quarter that ends in `month`, in the company's calendar (Apple's year ends in September: its December
    /// quarter is the first of the next fiscal year), of the year stated, else of the month's occurrence nearest the
    /// report's date, else of the year the text last stated. A quarter word beside it (第三财季) names the quarter.
    func quarter(endingIn month: Int, _ m: PeriodMention) -> Period? {
        let yearEnd = fiscalYearEnd ?? 12
        var calendarYear = m.year
        if calendarYear == nil, let date {
            let today = date.year * 12 + date.month - 1
            calendarYear = [date.year - 1, date.year, date.year + 1].min { abs($0 * 12 + month - 1 - today) < abs($1 * 12 + month - 1 - today) }
        }
        guard let y = calendarYear ?? statedYear else { return nil }
        let q: Int
        if case .quarter(let n)? = m.word { q = n } else { q = ((month - yearEnd - 1 + 24) % 12) / 3 + 1 }
        return Period(year: month <= yearEnd ? y : y + 1, part: .quarter(q), fiscal: yearEnd != 12)
    }

    /// Quarter `q` of the year (ending in month `yearEnd`) whose end lies nearest a date, a month before the date
    /// counting as near as the date itself.
    static func quarter(_ q: Int, nearest date: CalendarDate, yearEnd: Int, fiscal: Bool) -> Period {
        let today = date.year * 12 + (date.month - 1)
        let year = ((date.year - 1)...(date.year + 2)).min { a, b in
            let ea = a * 12 + (yearEnd - 1) - 3 * (4 - q), eb = b * 12 + (yearEnd - 1) - 3 * (4 - q)
            return abs(ea - today + 1) < abs(eb - today + 1)
        }!
        return Period(year: year, part: .quarter(q), fiscal: fiscal)
    }

    /// The fiscal quarter a date falls in, for a fiscal year ending in month `yearEnd` (NVIDIA, year ending in
    /// January: November 2025 is in FY2026-Q4).
    static func fiscalQuarter(containing date: CalendarDate, yearEnd: Int) -> Period {
        let today = date.year * 12 + (date.month - 1)
        var year = date.year
        while year * 12 + (yearEnd - 1) < today { year += 1 }
        while (year - 1) * 12 + (yearEnd - 1) >= today { year -= 1 }
        let first = (year - 1) * 12 + yearEnd  // the month index the fiscal year starts in
        return Period(year: year, part: .quarter((today - first) / 3 + 1), fiscal: yearEnd != 12)
    }

    /// The quarter before a quarter (the first's is last year's fourth); the period itself when no quarter.
    static func quarter(before p: Period) -> Period {
        guard case .quarter(let q) = p.part else { return p }
        return q == 1 ? Period(year: p.year - 1, part: .quarter(4), fiscal: p.fiscal) : Period(year: p.year, part: .quarter(q - 1), fiscal: p.fiscal)
    }

    /// The quarter after a quarter (the fourth's is next year's first); nil for other periods.
    static func quarter(after p: Period) -> Period? {
        guard case .quarter(let q) = p.part else { return nil }
        return q == 4 ? Period(year: p.year + 1, part: .quarter(1), fiscal: p.fiscal) : Period(year: p.year, part: .quarter(q + 1), fiscal: p.fiscal)
    }

    /// Whether a period has ended by a date's month: a calendar period before it, a fiscal one (of a year
    /// ending in month `yearEnd`, December when unknown) too.
    static func hasEnded(_ period: Period, by date: CalendarDate, yearEnd: Int?) -> Bool {
        lastMonth(of: period, yearEnd: yearEnd) < date.year * 12 + (date.month - 1)
    }

    /// The index (year × 12 + month − 1) of a period's last month, fiscal ones in a year ending in month `yearEnd`.
    static func lastMonth(of period: Period, yearEnd: Int?) -> Int {
        let end = period.fiscal ? (yearEnd ?? 12) : 12
        let months: Int
        switch period.part {
        case .year: months = 0
        case .quarter(let q): months = 3 * (4 - q)
        case .half(let h): months = 6 * (2 - h)
        case .month(let m): months = 12 - m
        }
        return period.year * 12 + (end - 1) - months
    }
}
