import ArgumentParser
import FactKit

/// `factx numbers`: every figure in the input, one row per quantity mention.
struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "List every figure (number, percent, money, count) with its exact value, unit, qualifier and range.",
        discussion: "Offsets count Unicode scalars of the input; end is exclusive."
    )

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Output format: jsonl, csv, tsv or json.")
    var format: OutputFormat = .jsonl

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file (atomically, as factx extract -o) instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var rejectionOptions: RejectionOptions

    static let columns = ["doc", "text", "start", "end", "kind", "value", "unit", "item", "qualifier", "low", "high"]

    func run() throws {
        let extractor = try FactExtractor()
        let out = try OutputTarget(path: output, flushEachDocument: inputOptions.readsStdin && (output ?? "-") == "-")
        let rejections = try rejectionOptions.log()
        var writer = RowWriter(format: format, columns: Self.columns, numericColumns: ["start", "end"], sink: { out.write($0) })
        writer.begin()
        var failed = false
        try inputOptions.reader.forEach { result in
            switch result {
            case .failure(let failure):
                printError("factx numbers: \(failure)")
                rejections.record(failure)
                failed = true
            case .success(let document):
                for q in extractor.quantities(in: document.text) { writer.write(Self.row(q, document: document.id)) }
                try out.endOfDocument()
            }
        }
        writer.end()
        try out.commit()
        try rejections.commit()
        if failed && !rejections.absorbs { throw ExitCode(1) }
    }

    static func row(_ q: Quantity, document: String) -> [String] {
        [document, q.text, String(q.span.start), String(q.span.end), q.kind.rawValue, q.value.plainString,
         q.unit.rawValue, q.item, q.qualifier.rawValue, q.low?.plainString ?? "", q.high?.plainString ?? ""]
    }
}
