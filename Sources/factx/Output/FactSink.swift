import FactKit

/// Receives each document's facts, in input order, and writes them somewhere
/// (a CSV/TSV/JSON/JSONL stream, a SQLite database).
protocol FactSink {
    /// Called once before the first document.
    mutating func begin() throws
    /// Called once per document, in input order, with all of its facts (possibly none).
    mutating func write(document: Document, facts: [Fact]) throws
    /// Called once after the last document; makes the output durable (flush, rename, commit).
    mutating func finish() throws
    /// A pure function that turns one document's facts into output bytes. When a sink has one, it runs on
    /// the worker threads and its result reaches ``write(rendered:document:facts:)`` in input order.
    var renderer: (@Sendable (Document, [Fact]) -> FormattedRows)? { get }
    /// Writes what ``renderer`` made for a document.
    mutating func write(rendered: FormattedRows, document: Document, facts: [Fact]) throws
}

extension FactSink {
    var renderer: (@Sendable (Document, [Fact]) -> FormattedRows)? { nil }
    mutating func write(rendered: FormattedRows, document: Document, facts: [Fact]) throws {
        try write(document: document, facts: facts)
    }
}

/// One document's output rows, formatted: CSV or TSV lines, JSON Lines, or JSON objects separated by `,\n`
/// (the writer puts the separator before the first row of a document, and the array's brackets).
struct FormattedRows: Sendable {
    var bytes: [UInt8] = []
    var count = 0
}
