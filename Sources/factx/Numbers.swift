import ArgumentParser
import FactKit

/// `factx numbers`: every figure in the input, one row per quantity mention.
struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "List every figure (number, percent, money, count) with its exact value, unit, qualifier and range.",
        discussion: """
            Columns: doc, text, start, end, kind, value, unit, item, qualifier, low, high. Offsets count Unicode \
            scalars of the input; end is exclusive.

            Examples:
              factx numbers news/ -o figures.csv
              echo '约 4 亿美元' | factx numbers --format jsonl --columns text,value,unit
            """
    )

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var messages: MessageOptions
    @OptionGroup var rejectionOptions: RejectionOptions

    static let columns = ["doc", "text", "start", "end", "kind", "value", "unit", "item", "qualifier", "low", "high"]

    func validate() throws {
        _ = try outputOptions.rowFormat(of: "factx numbers")
        _ = try outputOptions.chosenColumns(from: Self.columns)
    }

    func run() throws {
        let extractor = try FactExtractor()
        let out = try OutputTarget(path: outputOptions.output, flushEachDocument: inputOptions.readsStdin && outputOptions.writesStdout)
        let rejections = try rejectionOptions.log()
        var writer = RowWriter(format: try outputOptions.rowFormat(of: "factx numbers"), columns: Self.columns,
                               chosen: try outputOptions.chosenColumns(from: Self.columns),
                               numericColumns: ["start", "end"], sink: { out.write($0) })
        writer.begin()
        var documents = 0, rows = 0, errors = 0
        try inputOptions.reader.forEach { result in
            switch result {
            case .failure(let failure):
                printError("factx numbers: \(failure)")
                rejections.record(failure)
                errors += 1
            case .success(let document):
                documents += 1
                for q in extractor.quantities(in: document.text) {
                    writer.write(Self.row(q, document: document.id))
                    rows += 1
                }
                try out.endOfDocument()
            }
        }
        writer.end()
        try out.commit()
        try rejections.commit()
        messages.summarize(documents: documents, rows: rows, noun: "figure", errors: errors)
        if errors > 0 && !rejections.absorbs { throw ExitCode(1) }
    }

    static func row(_ q: Quantity, document: String) -> [String] {
        [document, q.text, String(q.span.start), String(q.span.end), q.kind.rawValue, q.value.plainString,
         q.unit.rawValue, q.item, q.qualifier.rawValue, q.low?.plainString ?? "", q.high?.plainString ?? ""]
    }
}
