import ArgumentParser
import FactKit

/// `factx companies`: every company mention in the inputs, or the dictionary itself when there are none.
struct Companies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "companies",
        abstract: "List company mentions in documents, or print the company dictionary.",
        discussion: """
            With PATHs (or '-' for stdin), prints every company mention: doc, company, name, text, start, end \
            (offsets in Unicode scalars, end exclusive). With no PATH, prints the dictionary: id, name, aliases, \
            parent, tickers (lists joined by '|'). Alias conflicts between dictionaries are warned of on stderr.

            Examples:
              factx companies news/ -o mentions.csv
              factx companies --columns id,name          # the ids extract --company takes
            """)

    @Argument(help: ArgumentHelp("Files or folders to read ('-' reads stdin); none prints the dictionary.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var dictionary: DictionaryOptions
    @OptionGroup var messages: MessageOptions
    @OptionGroup var rejectionOptions: RejectionOptions

    static let dictionaryColumns = ["id", "name", "aliases", "parent", "tickers"]
    static let mentionColumns = ["doc", "company", "name", "text", "start", "end"]

    /// The columns available: the dictionary's without paths, a mention's with them.
    var columns: [String] { paths.isEmpty ? Self.dictionaryColumns : Self.mentionColumns }

    func validate() throws {
        _ = try outputOptions.rowFormat(of: "factx companies")
        _ = try outputOptions.chosenColumns(from: columns)
    }

    func run() throws {
        let extractor = try FactExtractor(options: ExtractionOptions(dictionaries: dictionary.dictionaries))
        for conflict in extractor.companyConflicts { messages.warn("\(conflict)") }
        let out = try OutputTarget(path: outputOptions.output, flushEachDocument: paths.contains("-") && outputOptions.writesStdout)
        let rejections = try rejectionOptions.log()
        var writer = RowWriter(format: try outputOptions.rowFormat(of: "factx companies"), columns: columns,
                               chosen: try outputOptions.chosenColumns(from: columns),
                               numericColumns: ["start", "end"], sink: { out.write($0) })
        writer.begin()
        if paths.isEmpty {
            for c in extractor.companies {
                writer.write([c.id, c.name, c.aliases.joined(separator: "|"), c.parent ?? "", c.tickers.joined(separator: "|")])
            }
            writer.end()
            try out.commit()
            return
        }
        var documents = 0, rows = 0, errors = 0
        try reading.reader(of: paths).forEach { result in
            switch result {
            case .failure(let failure):
                printError("factx companies: \(failure)")
                rejections.record(failure)
                errors += 1
            case .success(let document):
                documents += 1
                for m in extractor.companyMentions(in: document.text) {
                    let name = extractor.company(id: m.company)?.name ?? ""
                    writer.write([document.id, m.company, name, m.text, String(m.span.start), String(m.span.end)])
                    rows += 1
                }
                try out.endOfDocument()
            }
        }
        writer.end()
        try out.commit()
        try rejections.commit()
        messages.summarize(documents: documents, rows: rows, noun: "mention", errors: errors)
        if errors > 0 && !rejections.absorbs { throw ExitCode(1) }
    }
}
