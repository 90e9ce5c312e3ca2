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
}
