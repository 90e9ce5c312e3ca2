import ArgumentParser
import FactKit
import Foundation

/// `factx explain`: shows the figures, companies and cues found and the rule behind each fact, for documents
/// read as every subcommand reads them, or for a text given on the command line.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the figures, companies and cues found in documents, and which rule produced each fact.",
        discussion: """
            Reads files, folders and stdin as extract does (a JSON Lines record's "date" comes before --date); \
            each document's explanation follows a line '== DOC =='. A PATH is always a path: to explain a text \
            itself, pass it with --text.

            Examples:
              factx explain news/asml.txt
              cat news/asml.txt | factx explain
              factx explain --date 2024-04-17 --text 'ASML一季度营收53亿欧元，同比下降22%'
            """)

    @Argument(help: ArgumentHelp("Files or folders to read (folders recursively: *.txt, *.md, *.jsonl); '-' or nothing reads stdin.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Explain this text instead of reading documents.", valueName: "text"))
    var text: String?

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var dateOptions: DateOptions
    @OptionGroup var dictionary: DictionaryOptions

    func validate() throws {
        if text != nil, !paths.isEmpty {
            throw ValidationError("Explain either --text or documents (PATHs or stdin), not both.")
        }
        if text == nil, paths.isEmpty, isatty(0) != 0 {
            throw ValidationError("Pass a file or folder, pipe text on stdin, or give --text (e.g. factx explain --text '营收53亿欧元').")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Stdin ('-') can be read only once; pass '-' a single time.")
        }
    }

    func run() throws {
        let extractor = try FactExtractor(options: ExtractionOptions(dictionaries: dictionary.dictionaries))
        let date = dateOptions.date.flatMap(CalendarDate.init)
        if let text {
            print(extractor.explain(text, date: date), terminator: "")
            return
        }
        var failed = false
        try reading.reader(of: paths).forEach { result in
            switch result {
            case .failure(let failure):
                printError("factx explain: \(failure)")
                failed = true
            case .success(let document):
                let explanation = extractor.explain(document.text, date: document.date.flatMap(CalendarDate.init) ?? date)
                print("== \(document.id) ==\n\(explanation)", terminator: "")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
