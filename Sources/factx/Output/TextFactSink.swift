import FactKit

/// Writes facts as CSV, TSV, JSON or JSON Lines rows: one row per fact, `columns` taken from the fact
/// (FACTS.md fields) or, for a kept record field (`--keep-fields`), from the document.
struct TextFactSink: FactSink {
    private var writer: RowWriter
    private let columns: [String]
    private let target: OutputTarget

    init(format: OutputFormat, columns: [String], target: OutputTarget) {
        self.columns = columns
        self.target = target
        writer = RowWriter(format: format, columns: columns, numericColumns: Set(columns.filter(Fact.isNumericColumn)),
                           sink: { [target] in target.write($0) })
    }

    mutating func begin() throws {
        writer.begin()
    }

    mutating func write(document: Document, facts: [Fact]) throws {
        for fact in facts {
            writer.write(columns.map { fact.field($0) ?? document.field($0) })
        }
        try target.endOfDocument()
    }

    /// Formats a document's rows off the writing thread; see ``FactSink/renderer``.
    var renderer: (@Sendable (Document, [Fact]) -> [String])? {
        let columns = columns, format = writer.format, numeric = writer.numericColumns
        return { document, facts in
            facts.map { fact in RowWriter.format(columns.map { fact.field($0) ?? document.field($0) }, as: format,
                                                 columns: columns, numericColumns: numeric) }
        }
    }

    mutating func write(rendered: [String], document: Document, facts: [Fact]) throws {
        for row in rendered { writer.write(formatted: row) }
        try target.endOfDocument()
    }

    mutating func finish() throws {
        writer.end()
        try target.commit()
    }
}
