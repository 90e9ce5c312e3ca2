import ArgumentParser

/// `--date`: the reference date for relative periods, shared by `extract` and `explain`.
struct DateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Reference date (YYYY-MM-DD) for relative periods (今年, last year) when a document states none, e.g. 2024-04-17. A JSON Lines record's \"date\" comes first.", valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, case .failure(let problem) = CalendarDateCheck.argument(date) {
            throw ValidationError("--date '\(date)' is not a date (\(problem)): write it as YYYY-MM-DD, e.g. --date 2024-04-17.")
        }
    }
}
