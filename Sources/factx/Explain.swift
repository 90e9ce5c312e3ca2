import ArgumentParser
import FactKit

/// `factx explain "text"`: shows the figures, companies and cues found and the rule behind each fact.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the figures, companies and cues found in a text, and which rule produced each fact.",
        discussion: "Example: factx explain --date 2024-04-17 'ASML一季度营收53亿欧元，同比下降22%'")

    @Argument(help: "The text to explain; '-' reads it from stdin.")
    var text: String

    @Option(help: "Reference date (YYYY-MM-DD) for relative periods such as 今年 or 去年同期.")
    var date: String?

    @Option(name: .customLong("dictionary"), help: "A company dictionary file layered over the built-in one (repeatable).")
    var dictionaries: [String] = []

    func validate() throws {
        if let date, case .failure(let problem) = CalendarDateCheck.argument(date) {
            throw ValidationError("--date '\(date)' is not a date (\(problem)): write it as YYYY-MM-DD, e.g. --date 2024-04-17.")
        }
    }

    func run() throws {
        let extractor = try FactExtractor(options: ExtractionOptions(dictionaries: dictionaries))
        let input = text == "-" ? (readLine(strippingNewline: false).map { first in
            var all = first
            while let line = readLine(strippingNewline: false) { all += line }
            return all
        } ?? "") : text
        print(extractor.explain(input, date: date.flatMap(CalendarDate.init)), terminator: "")
    }
}
