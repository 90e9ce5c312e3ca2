import FactKit
import Foundation
import GRDB

/// Writes facts into a SQLite database that grows run after run (`factx extract --format sqlite -o facts.db`).
///
/// - `documents`: one row per document ever extracted: `id` (the path as given or the record id — FACTS.md's
///   `doc`), `date`, `content_hash` (SHA-256 of the text), `fact_count`, `extracted_at` (UTC, the run's start).
/// - `facts`: one row per fact, the FACTS.md columns plus `seq` (the fact's place in its document; `segment` and
///   `status` come last in a database first made by an older version, which is migrated in place on open);
///   `doc` references `documents(id)`. Text columns hold exactly what the CSV output holds (an absent
///   `low`, `period`, `change` … is `''`); `value`, `low`, `high` stay exact decimal strings; `start`, `end`
///   are integers (quote `"end"`: it is an SQL keyword), `confidence` is a real.
/// - `facts_view`: the facts with their document's `date` and `extracted_at`, and `value_number`
///   (`value` as a real, for sorting and sums). ``FactQueries`` holds the common questions.
///
/// **Re-runs are idempotent.** Writing a document replaces all its facts, in the same transaction as its
/// `documents` row: no duplicates, nothing stale. Documents not in the run are left as they are.
/// With ``UnchangedDocuments/skip`` a document whose content hash is already stored keeps its rows.
///
/// **Interrupted runs keep what committed.** Documents are buffered and written `batchSize` at a time, one
/// transaction a batch, in WAL mode: a run killed at any moment (even `kill -9`) leaves a valid database
/// holding every batch that committed, and no part of the one that did not.
struct SQLiteFactSink: FactSink {
    /// What a re-run does with a document whose text has not changed since it was stored.
    enum UnchangedDocuments {
        /// Write its facts again (the default: the dictionaries or the extractor may have changed).
        case replace
        /// Keep the stored rows as they are.
        case skip
    }

    /// What a run did, for the end-of-run summary.
    struct Summary: Equatable {
        var newDocuments = 0
        var changedDocuments = 0
        /// Unchanged documents, replaced or skipped as ``UnchangedDocuments`` says.
        var unchangedDocuments = 0
        var factsWritten = 0
        var batchesCommitted = 0
    }

    let path: String
    let batchSize: Int
    let unchanged: UnchangedDocuments
    /// Written to `documents.extracted_at` for every document of the run.
    let extractedAt: String
    private(set) var summary = Summary()
    private var database: DatabaseQueue?
    private var pending: [(document: Document, hash: String, facts: [Fact])] = []

    init(path: String, batchSize: Int = 200, unchanged: UnchangedDocuments = .replace, extractedAt: Date = Date()) {
        self.path = path
        self.batchSize = max(1, batchSize)
        self.unchanged = unchanged
        self.extractedAt = SQLiteFactSink.timestamp(extractedAt)
    }

    mutating func begin() throws {
        database = try SQLiteFactSink.open(path)
    }

    mutating func write(document: Document, facts: [Fact]) throws {
        pending.append((document, SHA256.hex(document.text), facts))
        if pending.count >= batchSize { try commitPending() }
    }

    mutating func finish() throws {
        try commitPending()
        guard let database else { return }
        // Fold the WAL back into the main file so a finished database is one self-contained file.
        try database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try database.close()
        self.database = nil
    }

    /// Writes the buffered documents in one transaction.
    private mutating func commitPending() throws {
        guard !pending.isEmpty else { return }
        guard let database else { throw SQLiteSinkError(path: path, reason: "write before begin()") }
        let batch = pending
        let (unchanged, extractedAt) = (self.unchanged, self.extractedAt)
        let counts = try database.write { db in
            try SQLiteFactSink.store(batch, in: db, unchanged: unchanged, extractedAt: extractedAt)
        }
        summary.newDocuments += counts.newDocuments
        summary.changedDocuments += counts.changedDocuments
        summary.unchangedDocuments += counts.unchangedDocuments
        summary.factsWritten += counts.factsWritten
        summary.batchesCommitted += 1
        pending.removeAll(keepingCapacity: true)
    }

    private static func store(_ batch: [(document: Document, hash: String, facts: [Fact])], in db: Database,
                              unchanged: UnchangedDocuments, extractedAt: String) throws -> Summary {
        var counts = Summary()
        let storedHash = try db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?")
        let deleteFacts = try db.cachedStatement(sql: "DELETE FROM facts WHERE doc = ?")
        let upsertDocument = try db.cachedStatement(sql: """
            INSERT INTO documents (id, date, content_hash, fact_count, extracted_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET date = excluded.date, content_hash = excluded.content_hash,
                fact_count = excluded.fact_count, extracted_at = excluded.extracted_at
            """)
        let insertFact = try db.cachedStatement(sql: """
            INSERT INTO facts (doc, seq, \(Fact.columns.dropFirst().map(quoted).joined(separator: ", ")))
            VALUES (?, ?\(String(repeating: ", ?", count: Fact.columns.count - 1)))
            """)
        for (document, hash, facts) in batch {
            switch try String.fetchOne(storedHash, arguments: [document.id]) {
            case nil: counts.newDocuments += 1
            case hash?:
                counts.unchangedDocuments += 1
                if unchanged == .skip { continue }
            default: counts.changedDocuments += 1
            }
            try deleteFacts.execute(arguments: [document.id])
            try upsertDocument.execute(arguments: [document.id, document.date, hash, facts.count, extractedAt])
            for (seq, fact) in facts.enumerated() {
                var values: [(any DatabaseValueConvertible)?] = [document.id, seq]
                for column in Fact.columns.dropFirst() {
                    let text = fact.field(column) ?? ""
                    switch column {
                    case "start", "end": values.append(Int(text))
                    case "confidence": values.append(Double(text))
                    default: values.append(text)
                    }
                }
                try insertFact.execute(arguments: StatementArguments(values))
            }
            counts.factsWritten += facts.count
        }
        return counts
    }

    /// Opens (or creates) a fact database in WAL mode and brings its schema up to date.
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        do {
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try migrator.migrate(database)
            return database
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw SQLiteSinkError(path: path, reason: "not a SQLite database; pass a new file name or a database factx made")
        } catch let error as DatabaseError {
            throw SQLiteSinkError(path: path, reason: "cannot be used as a fact database (\(error.message ?? "\(error)"))")
        }
    }

    /// The schema, one migration a version; `grdb_migrations` records which ran.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, facts, facts_view") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id TEXT NOT NULL PRIMARY KEY,
                    date TEXT,
                    content_hash TEXT NOT NULL,
                    fact_count INTEGER NOT NULL,
                    extracted_at TEXT NOT NULL
                );
                CREATE TABLE facts (
                    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    company TEXT NOT NULL,
                    company_name TEXT NOT NULL,
                    mention TEXT NOT NULL,
                    metric TEXT NOT NULL,
                    value TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    item TEXT NOT NULL,
                    qualifier TEXT NOT NULL,
                    low TEXT NOT NULL,
                    high TEXT NOT NULL,
                    period TEXT NOT NULL,
                    change TEXT NOT NULL,
                    text TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    PRIMARY KEY (doc, seq)
                );
                CREATE INDEX facts_by_company ON facts (company, metric, period);
                CREATE INDEX facts_by_metric ON facts (metric, period);
                CREATE INDEX facts_by_period ON facts (period);
                CREATE VIEW facts_view AS
                    SELECT f.doc, f.seq, f.company, f.company_name, f.mention, f.metric, f.value,
                           CAST(f.value AS REAL) AS value_number, f.unit, f.item, f.qualifier, f.low, f.high,
                           f.period, f.change, f.text, f.start, f."end", f.sentence, f.confidence,
                           d.date AS doc_date, d.extracted_at
                    FROM facts f JOIN documents d ON d.id = f.doc;
                """)
        }
        // A database of the first version is brought up to date in place: its rows keep their facts,
        // as the whole company's (segment '') and reported (status 'actual').
        migrator.registerMigration("v2: segment, status") { db in
            try db.execute(sql: """
                ALTER TABLE facts ADD COLUMN segment TEXT NOT NULL DEFAULT '';
                ALTER TABLE facts ADD COLUMN status TEXT NOT NULL DEFAULT 'actual';
                CREATE INDEX facts_by_scope ON facts (company, metric, period, segment, status);
                DROP VIEW facts_view;
                CREATE VIEW facts_view AS
                    SELECT f.doc, f.seq, f.company, f.company_name, f.mention, f.metric, f.value,
                           CAST(f.value AS REAL) AS value_number, f.unit, f.item, f.qualifier, f.low, f.high,
                           f.period, f.change, f.segment, f.status, f.text, f.start, f."end", f.sentence, f.confidence,
                           d.date AS doc_date, d.extracted_at
                    FROM facts f JOIN documents d ON d.id = f.doc;
                """)
        }
        return migrator
    }

    private static func quoted(_ column: String) -> String { "\"\(column)\"" }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// The questions people ask a fact database most; the README shows them, the tests run them.
enum FactQueries {
    /// A company's reported revenue by period (levels of the whole company, not changes, segments or
    /// guidance): bind the company id, e.g. `nvidia`.
    static let revenueByPeriod = """
        SELECT period, value, unit, qualifier, doc
        FROM facts_view
        WHERE company = ? AND metric = 'revenue' AND change = '' AND segment = '' AND status = 'actual'
        ORDER BY period, doc, seq
        """

    /// A company's guidance: every forecast figure, by period and metric: bind the company id.
    static let guidance = """
        SELECT period, metric, segment, value, unit, qualifier, low, high, change, doc, sentence
        FROM facts_view
        WHERE company = ? AND status = 'forecast'
        ORDER BY period, metric, segment, doc, seq
        """

    /// Every GPU count, largest first.
    static let gpuCounts = """
        SELECT company, item, value, qualifier, period, doc, sentence
        FROM facts_view
        WHERE metric = 'gpu_count'
        ORDER BY value_number DESC, company, doc, seq
        """
}

/// A fact database that cannot be opened or written.
struct SQLiteSinkError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}
