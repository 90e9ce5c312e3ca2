import FactKit

/// Writes facts as CSV, TSV, JSON or JSON Lines rows: one row per fact, `columns` taken from the fact
/// (FACTS.md fields) or, for a kept record field (`--keep-fields`), from the document.
struct TextFactSink: FactSink {
    private let formatter: FactRowFormatter
    private let columns: [String]
    private let target: OutputTarget
    private var rowsWritten = 0

    init(format: OutputFormat, columns: [String], target: OutputTarget) {
        formatter = FactRowFormatter(format: format, columns: columns)
        self.columns = columns
        self.target = target
    }

    mutating func begin() throws {
        target.write(RowWriter.header(format: formatter.format, columns: columns))
    }

    mutating func write(document: Document, facts: [Fact]) throws {
        try write(rendered: Self.render(formatter, document, facts), document: document, facts: facts)
    }

    /// Formats a document's rows off the writing thread; see ``FactSink/renderer``.
    var renderer: (@Sendable (Document, [Fact]) -> FormattedRows)? {
        let formatter = formatter
        return { document, facts in Self.render(formatter, document, facts) }
    }

    /// A document's rows, its kept record fields taken from the document.
    private static func render(_ formatter: FactRowFormatter, _ document: Document, _ facts: [Fact]) -> FormattedRows {
        FormattedRows(bytes: formatter.rows(of: facts, field: document.field), count: facts.count)
    }

    mutating func write(rendered: FormattedRows, document: Document, facts: [Fact]) throws {
        if rendered.count > 0 {
            if formatter.format == .json { target.write(rowsWritten == 0 ? "\n" : ",\n") }
            target.write(rendered.bytes)
            rowsWritten += rendered.count
        }
        try target.endOfDocument()
    }

    mutating func finish() throws {
        if formatter.format == .json { target.write(rowsWritten == 0 ? "]\n" : "\n]\n") }
        try target.commit()
    }
}
