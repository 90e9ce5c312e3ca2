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
            parent, tickers (lists joined by '|'). Alias conflicts between dictionaries are reported on stderr.
            """)

    @Argument(help: ArgumentHelp("Files or folders to read ('-' reads stdin); none prints the dictionary.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var reading: ReadingOptions

    @Option(help: "Output format: jsonl, csv, tsv or json.")
    var format: OutputFormat = .jsonl

    @OptionGroup var dictionary: DictionaryOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file (atomically, as factx extract -o) instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var rejectionOptions: RejectionOptions

    func run() throws {
        let extractor = try FactExtractor(options: ExtractionOptions(dictionaries: dictionary.dictionaries))
        for conflict in extractor.companyConflicts { printError("warning: \(conflict)") }
        let out = try OutputTarget(path: output, flushEachDocument: paths.contains("-") && (output ?? "-") == "-")
        let rejections = try rejectionOptions.log()
        if paths.isEmpty {
            var writer = RowWriter(format: format, columns: ["id", "name", "aliases", "parent", "tickers"], sink: { out.write($0) })
            writer.begin()
            for c in extractor.companies {
                writer.write([c.id, c.name, c.aliases.joined(separator: "|"), c.parent ?? "", c.tickers.joined(separator: "|")])
            }
            writer.end()
            try out.commit()
            return
        }
        var writer = RowWriter(format: format, columns: ["doc", "company", "name", "text", "start", "end"],
                               numericColumns: ["start", "end"], sink: { out.write($0) })
        writer.begin()
        var failed = false
        try reading.reader(of: paths).forEach { result in
            switch result {
            case .failure(let failure):
                printError("factx companies: \(failure)")
                rejections.record(failure)
                failed = true
            case .success(let document):
                for m in extractor.companyMentions(in: document.text) {
                    let name = extractor.company(id: m.company)?.name ?? ""
                    writer.write([document.id, m.company, name, m.text, String(m.span.start), String(m.span.end)])
                }
                try out.endOfDocument()
            }
        }
        writer.end()
        try out.commit()
        try rejections.commit()
        if failed && !rejections.absorbs { throw ExitCode(1) }
    }
}
