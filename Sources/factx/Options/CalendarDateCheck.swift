import FactKit

/// Checks of the dates a user gives: `--date` and a record's `date`.
enum CalendarDateCheck {
    /// The date of a `--date` argument: exactly `YYYY-MM-DD`, a day the calendar has, years 0001–9999.
    /// - Returns: the date, or what is wrong with it (for a usage message).
    static func argument(_ text: String) -> Result<CalendarDate, DateProblem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return .failure(.form)
        }
        return real(CalendarDate(year: year, month: month, day: day))
    }

    /// The date of a record's `date` field: any form `CalendarDate` reads (`2024-04-17`, `2024/04/17`,
    /// `2024-04`), provided the calendar has that day.
    static func record(_ text: String) -> Result<CalendarDate, DateProblem> {
        guard let date = CalendarDate(text) else { return .failure(.form) }
        return real(date)
    }

    private static func real(_ date: CalendarDate) -> Result<CalendarDate, DateProblem> {
        guard (1...9999).contains(date.year) else { return .failure(.year(date.year)) }
        guard (1...12).contains(date.month) else { return .failure(.month(date.month)) }
        let days = daysIn(month: date.month, year: date.year)
        guard (1...days).contains(date.day) else { return .failure(.day(date, days: days)) }
        return .success(date)
    }

    /// Days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// What is wrong with a date.
    enum DateProblem: Error, CustomStringConvertible {
        case form
        case year(Int)
        case month(Int)
        case day(CalendarDate, days: Int)

        var description: String {
            switch self {
            case .form: return "not a date of the form YYYY-MM-DD"
            case .year: return "year 0000 is not a calendar year, years run from 0001 to 9999"
            case .month(let month): return "there is no month \(month)"
            case .day(let date, let days):
                let name = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December"][date.month - 1]
                return "\(name) \(date.year) has \(days) days, not \(date.day)"
            }
        }
    }
}
