import FactKit
import Foundation
import GRDB
import Testing
@testable import factx
#if canImport(Glibc)
import Glibc
#endif

/// `SQLiteFactSink` used directly: schema, idempotent re-runs, interrupted runs, the documented queries.
@Suite struct SQLiteSinkTests {
    // MARK: - Fixtures

    static let nvidiaText = "英伟达第三季度营收为351亿美元，同比增长94%。"
    static let byteText = "字节跳动今年采购了约10万块H100，另有2万块A100。"

    static func nvidiaFacts(_ doc: String) -> [Fact] {
        [
            Fact(doc: doc, company: "nvidia", companyName: "NVIDIA", mention: "英伟达", metric: .revenue,
                 value: Decimal(string: "35100000000")!, unit: "USD", period: Period("2024-Q3"),
                 text: "351亿美元", span: TextSpan(start: 10, end: 16), sentence: nvidiaText, confidence: 0.92),
            Fact(doc: doc, company: "nvidia", companyName: "NVIDIA", mention: "英伟达", metric: .revenue,
                 value: 94, unit: .percent, period: Period("2024-Q3"), change: .yoy,
                 text: "94%", span: TextSpan(start: 21, end: 24), sentence: nvidiaText, confidence: 0.85),
        ]
    }

    static func byteFacts(_ doc: String) -> [Fact] {
        [
            Fact(doc: doc, company: "bytedance", companyName: "ByteDance", mention: "字节跳动", metric: .gpuCount,
                 value: 100000, unit: .count, item: "H100", qualifier: .approx, period: Period("2024"),
                 text: "10万块", span: TextSpan(start: 10, end: 14), sentence: byteText, confidence: 0.8),
            Fact(doc: doc, company: "bytedance", companyName: "ByteDance", mention: "字节跳动", metric: .gpuCount,
                 value: 20000, unit: .count, item: "A100", period: Period("2024"),
                 text: "2万块", span: TextSpan(start: 21, end: 24), sentence: byteText, confidence: 0.75),
        ]
    }

    /// A fresh database path in a fresh temporary folder.
    static func temporaryDatabase() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factx-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("facts.db").path
    }

    /// Runs a sink over `documents` from begin to finish.
    @discardableResult
    static func run(_ path: String, _ documents: [(Document, [Fact])], batchSize: Int = 2,
                    unchanged: SQLiteFactSink.UnchangedDocuments = .replace,
                    at date: Date = Date(timeIntervalSince1970: 1_732_000_000)) throws -> SQLiteFactSink.Summary {
        var sink = SQLiteFactSink(path: path, batchSize: batchSize, unchanged: unchanged, extractedAt: date)
        try sink.begin()
        for (document, facts) in documents { try sink.write(document: document, facts: facts) }
        try sink.finish()
        return sink.summary
    }

    static func count(_ path: String, _ sql: String) throws -> Int {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    /// Every fact row as its output columns joined by tabs, in (doc, seq) order.
    static func factLines(_ path: String) throws -> [String] {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        let columns = Fact.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        return try db.read { db in
            try Row.fetchAll(db, sql: "SELECT \(columns) FROM facts ORDER BY doc, seq").map { row in
                Fact.columns.indices.map { i -> String in
                    let value = row[i] as DatabaseValue
                    if case .double(let d) = value.storage { return d == d.rounded() ? String(Int(d)) : String(d) }
                    return String.fromDatabaseValue(value) ?? Int64.fromDatabaseValue(value).map(String.init) ?? ""
                }.joined(separator: "\t")
            }
        }
    }

    static func expectedLines(_ facts: [Fact]) -> [String] {
        facts.map { fact in Fact.columns.map { fact.field($0)! }.joined(separator: "\t") }
    }

    // MARK: - Schema and content

    @Test func writesDocumentsAndFactsWithEveryColumn() throws {
        let path = try Self.temporaryDatabase()
        let a = Document(id: "news/nvidia.txt", text: Self.nvidiaText, date: "2024-11-21")
        let b = Document(id: "rec-7", text: Self.byteText, date: nil)
        let summary = try Self.run(path, [(a, Self.nvidiaFacts(a.id)), (b, Self.byteFacts(b.id))])
        #expect(summary == .init(newDocuments: 2, changedDocuments: 0, unchangedDocuments: 0, factsWritten: 4, batchesCommitted: 1))

        #expect(try Self.factLines(path) == Self.expectedLines(Self.nvidiaFacts(a.id) + Self.byteFacts(b.id)))
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, date, content_hash, fact_count, extracted_at FROM documents ORDER BY id")
            #expect(rows.count == 2)
            #expect(rows[0]["id"] == "news/nvidia.txt")
            #expect(rows[0]["date"] == "2024-11-21")
            #expect(rows[0]["content_hash"] == SHA256.hex(Self.nvidiaText))
            #expect(rows[0]["fact_count"] == 2)
            #expect(rows[0]["extracted_at"] == "2024-11-19T07:06:40Z")
            #expect(rows[1]["date"] == nil as String?)
            // The indexes the common queries use.
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' AND sql IS NOT NULL ORDER BY name")
            #expect(indexes == ["facts_by_company", "facts_by_metric", "facts_by_period", "facts_by_scope"])
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
        }
    }

    @Test func aDocumentWithNoFactsIsStillRecorded() throws {
        let path = try Self.temporaryDatabase()
        try Self.run(path, [(Document(id: "empty", text: "五角大楼发言人表示", date: nil), [])])
        #expect(try Self.count(path, "SELECT count(*) FROM documents WHERE fact_count = 0") == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM facts") == 0)
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex("英伟达") == "60094bcf5292c4909fadae86326885f8fd6e13098a702e4d760e091e0ccab8b4")
    }

    // MARK: - Idempotent re-runs

    @Test func runningTwiceGivesTheSameRows() throws {
        let path = try Self.temporaryDatabase()
        let a = Document(id: "a", text: Self.nvidiaText, date: "2024-11-21")
        let b = Document(id: "b", text: Self.byteText, date: nil)
        let input = [(a, Self.nvidiaFacts("a")), (b, Self.byteFacts("b"))]
        try Self.run(path, input)
        let first = try Self.factLines(path)
        let second = try Self.run(path, input, at: Date(timeIntervalSince1970: 1_732_100_000))
        #expect(second.newDocuments == 0 && second.changedDocuments == 0 && second.unchangedDocuments == 2)
        #expect(try Self.factLines(path) == first)
        #expect(try Self.count(path, "SELECT count(*) FROM documents") == 2)
        #expect(try Self.count(path, "SELECT count(*) FROM facts") == 4)
        // Replaced, so stamped with the second run's time.
        #expect(try Self.count(path, "SELECT count(*) FROM documents WHERE extracted_at = '2024-11-20T10:53:20Z'") == 2)
    }

    @Test func aChangedDocumentHasItsFactsReplacedAndOthersAreKept() throws {
        let path = try Self.temporaryDatabase()
        let a = Document(id: "a", text: Self.nvidiaText, date: nil)
        let b = Document(id: "b", text: Self.byteText, date: nil)
        try Self.run(path, [(a, Self.nvidiaFacts("a")), (b, Self.byteFacts("b"))])

        // Second run: only `b`, edited so it now holds one fact.
        let edited = Document(id: "b", text: "字节跳动今年采购了约10万块H100。", date: "2024-12-01")
        let summary = try Self.run(path, [(edited, [Self.byteFacts("b")[0]])])
        #expect(summary.changedDocuments == 1 && summary.newDocuments == 0)

        #expect(try Self.factLines(path) == Self.expectedLines(Self.nvidiaFacts("a") + [Self.byteFacts("b")[0]]))
        #expect(try Self.count(path, "SELECT count(*) FROM facts WHERE item = 'A100'") == 0)  // nothing stale
        #expect(try Self.count(path, "SELECT fact_count FROM documents WHERE id = 'b'") == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM documents WHERE id = 'b' AND date = '2024-12-01' AND content_hash = '\(SHA256.hex(edited.text))'") == 1)
        #expect(try Self.count(path, "SELECT count(*) FROM documents WHERE id = 'a'") == 1)   // not in the run, kept
    }

    @Test func aDocumentThatLostAllItsFactsKeepsNone() throws {
        let path = try Self.temporaryDatabase()
        try Self.run(path, [(Document(id: "a", text: Self.nvidiaText, date: nil), Self.nvidiaFacts("a"))])
        try Self.run(path, [(Document(id: "a", text: "英伟达表示。", date: nil), [])])
        #expect(try Self.count(path, "SELECT count(*) FROM facts") == 0)
        #expect(try Self.count(path, "SELECT fact_count FROM documents WHERE id = 'a'") == 0)
    }

    @Test func unchangedDocumentsCanBeSkipped() throws {
        let path = try Self.temporaryDatabase()
        let a = Document(id: "a", text: Self.nvidiaText, date: nil)
        try Self.run(path, [(a, Self.nvidiaFacts("a"))])
        // Same text: skipped, even though this (contrived) second extraction found fewer facts.
        let summary = try Self.run(path, [(a, [Self.nvidiaFacts("a")[0]])], unchanged: .skip,
                                   at: Date(timeIntervalSince1970: 1_732_100_000))
        #expect(summary.unchangedDocuments == 1 && summary.factsWritten == 0)
        #expect(try Self.count(path, "SELECT count(*) FROM facts") == 2)
        #expect(try Self.count(path, "SELECT count(*) FROM documents WHERE extracted_at = '2024-11-19T07:06:40Z'") == 1)
    }

    @Test func aRepeatedIdWithinOneRunKeepsTheLastDocument() throws {
        let path = try Self.temporaryDatabase()
        let a1 = Document(id: "a", text: Self.nvidiaText, date: nil)
        let a2 = Document(id: "a", text: Self.byteText, date: nil)
        try Self.run(path, [(a1, Self.nvidiaFacts("a")), (a2, Self.byteFacts("a"))], batchSize: 10)
        #expect(try Self.factLines(path) == Self.expectedLines(Self.byteFacts("a")))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedWithAReason() throws {
        let path = try Self.temporaryDatabase()
        try Data("company,metric\nnvidia,revenue\n".utf8).write(to: URL(fileURLWithPath: path))
        var sink = SQLiteFactSink(path: path)
        #expect { try sink.begin() } throws: { error in
            "\(error)".contains("not a SQLite database")
        }
    }

    // MARK: - Interrupted runs

    @Test func batchesNotYetCommittedAreAbsentAndTheDatabaseStaysUsable() throws {
        let path = try Self.temporaryDatabase()
        do {
            var sink = SQLiteFactSink(path: path, batchSize: 2)
            try sink.begin()
            for i in 0..<5 {  // two batches commit; the fifth document is still buffered
                try sink.write(document: Document(id: "d\(i)", text: "\(i)", date: nil), facts: Self.nvidiaFacts("d\(i)"))
            }
            // No finish(): the run ends here.
        }
        #expect(try Self.count(path, "SELECT count(*) FROM documents") == 4)
        #expect(try Self.count(path, "SELECT count(*) FROM facts") == 8)

        // An open transaction that is abandoned: its rows never appear.
        let db = try SQLiteFactSink.open(path)
        try db.inDatabase { db in
            try db.beginTransaction()
            try db.execute(sql: "INSERT INTO documents (id, content_hash, fact_count, extracted_at) VALUES ('half', 'x', 0, 'now')")
            try db.rollback()
        }
        try db.close()
        #expect(try Self.count(path, "SELECT count(*) FROM documents WHERE id = 'half'") == 0)

        // A later run completes the set.
        let rest = (4..<6).map { i in (Document(id: "d\(i)", text: "\(i)", date: nil), Self.nvidiaFacts("d\(i)")) }
        try Self.run(path, rest)
        #expect(try Self.count(path, "SELECT count(*) FROM documents") == 6)
        #expect(try Self.count(path, "SELECT count(*) FROM facts") == 12)
    }

    static let childDatabaseVariable = "FACTX_SQLITE_CHILD_DB"
    static let childBatchSize = 50
    static let childFactsPerDocument = 20

    /// Not a test on its own: run by ``killedMidRunKeepsCommittedBatches`` in a child process (the test
    /// binary itself), it writes batches until it is killed. Without the variable it does nothing.
    @Test func sqliteChildWriterUntilKilled() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.childDatabaseVariable] else { return }
        var sink = SQLiteFactSink(path: path, batchSize: Self.childBatchSize)
        try sink.begin()
        let template = Self.nvidiaFacts("") + Self.byteFacts("")
        let deadline = Date().addingTimeInterval(120)
        var i = 0
        while Date() < deadline {
            let id = String(format: "doc-%07d", i)
            let facts = (0..<Self.childFactsPerDocument).map { n -> Fact in
                var f = template[n % template.count]
                f.doc = id
                f.sentence = String(repeating: f.sentence, count: 100)
                return f
            }
            try sink.write(document: Document(id: id, text: "text of \(id)", date: nil), facts: facts)
            i += 1
        }
        try sink.finish()
    }

    @Test func killedMidRunKeepsCommittedBatches() throws {
        let path = try Self.temporaryDatabase()
        func launch() throws -> Process {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            child.arguments = ["--testing-library", "swift-testing", "--filter", "sqliteChildWriterUntilKilled"]
            child.environment = ProcessInfo.processInfo.environment.merging([Self.childDatabaseVariable: path]) { $1 }
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            return child
        }
        var child = try launch()
        var relaunched = false

        // Wait until a few batches have committed, then kill -9 in the middle of the run.
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            // A child that ends before writing anything failed to start (seen once under load):
            // that is no run of the writer, so start it once more.
            if !child.isRunning, committed == 0, !relaunched {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                child = try launch()
                relaunched = true
                continue
            }
            guard FileManager.default.fileExists(atPath: path) else { continue }
            committed = (try? Self.count(path, "SELECT count(*) FROM documents")) ?? 0
            if committed >= 3 * Self.childBatchSize { break }
        }
        #expect(child.isRunning, "the child stopped before it was killed")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)
        #expect(committed >= 3 * Self.childBatchSize)

        // The database opens, is intact, and holds whole batches only, each document with all its facts.
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        try db.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")!
            #expect(documents >= committed && documents % Self.childBatchSize == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") == documents * Self.childFactsPerDocument)
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d
                WHERE fact_count != (SELECT count(*) FROM facts f WHERE f.doc = d.id)
                """) == 0)
            // Batches commit in input order: the stored documents are exactly the first `documents`.
            #expect(try String.fetchOne(db, sql: "SELECT max(id) FROM documents") == String(format: "doc-%07d", documents - 1))
        }
    }

    // MARK: - The view and the documented queries

    @Test func theViewJoinsFactsWithTheirDocuments() throws {
        let path = try Self.temporaryDatabase()
        try Self.run(path, [(Document(id: "a", text: Self.nvidiaText, date: "2024-11-21"), Self.nvidiaFacts("a"))])
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM facts_view ORDER BY seq")
            #expect(rows.count == 2)
            #expect(rows[0]["doc_date"] == "2024-11-21")
            #expect(rows[0]["value"] == "35100000000")
            #expect(rows[0]["value_number"] == 35_100_000_000.0)
            #expect(rows[1]["change"] == "yoy")
            #expect(rows[1]["end"] == 24)
            #expect(rows[1]["confidence"] == 0.85)
        }
    }

    @Test func theDocumentedQueriesAnswerTheCommonQuestions() throws {
        let path = try Self.temporaryDatabase()
        func revenue(_ doc: String, _ value: String, _ period: String) -> Fact {
            Fact(doc: doc, company: "nvidia", companyName: "NVIDIA", mention: "英伟达", metric: .revenue,
                 value: Decimal(string: value)!, unit: "USD", period: Period(period),
                 text: "…", span: TextSpan(start: 0, end: 1), sentence: "…", confidence: 0.9)
        }
        let q2 = Document(id: "q2", text: "英伟达第二季度营收300亿美元。", date: nil)
        let q3 = Document(id: "q3", text: Self.nvidiaText, date: nil)
        let byte = Document(id: "byte", text: Self.byteText, date: nil)
        try Self.run(path, [(q3, Self.nvidiaFacts("q3")), (q2, [revenue("q2", "30000000000", "2024-Q2")]),
                            (byte, Self.byteFacts("byte"))])
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        try db.read { db in
            let revenue = try Row.fetchAll(db, sql: FactQueries.revenueByPeriod, arguments: ["nvidia"])
            #expect(revenue.map { [$0["period"], $0["value"], $0["unit"], $0["doc"]] as [String] }
                    == [["2024-Q2", "30000000000", "USD", "q2"], ["2024-Q3", "35100000000", "USD", "q3"]])
            let gpus = try Row.fetchAll(db, sql: FactQueries.gpuCounts)
            #expect(gpus.map { [$0["company"], $0["item"], $0["value"], $0["qualifier"]] as [String] }
                    == [["bytedance", "H100", "100000", "approx"], ["bytedance", "A100", "20000", "exact"]])
        }
    }
}

/// `factx extract --format sqlite -o FILE` end to end, killed with SIGKILL mid-run and run again.
@Suite struct SQLiteExtractCommandTests {
    @Test
    func killedExtractKeepsCommittedDocumentsAndARerunCompletesThem() throws {
        let path = try SQLiteSinkTests.temporaryDatabase()
        let recordsURL = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("records.jsonl")
        let count = 20_000
        let lines = (0..<count).map { i in
            #"{"id": "r\#(String(format: "%06d", i))", "text": "英伟达第\#(i % 4 + 1)季度营收为\#(i)亿美元，同比增长\#(i % 90)%。", "date": "2024-11-21"}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: recordsURL)

        func extract() throws -> Process {
            let process = Process()
            process.executableURL = productsDirectory.appendingPathComponent("factx")
            process.arguments = ["extract", "--input", "jsonl", "--format", "sqlite", "-o", path]
            process.standardInput = try FileHandle(forReadingFrom: recordsURL)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        let first = try extract()
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while Date() < deadline, first.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
            committed = (try? SQLiteSinkTests.count(path, "SELECT count(*) FROM documents")) ?? 0
            if committed > 0 { break }
        }
        try #require(first.isRunning, "factx finished before it could be killed; use more records")
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(first.terminationReason == .uncaughtSignal)

        let db = try DatabaseQueue(path: path)
        try db.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")!
            #expect(documents >= committed && documents < count)
            // Whole documents only, and a prefix of the input.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents d WHERE fact_count != (SELECT count(*) FROM facts f WHERE f.doc = d.id)") == 0)
            #expect(try String.fetchOne(db, sql: "SELECT max(id) FROM documents") == String(format: "r%06d", documents - 1))
        }
        try db.close()

        let second = try extract()
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        #expect(try SQLiteSinkTests.count(path, "SELECT count(*) FROM documents") == count)
        #expect(try SQLiteSinkTests.count(path, "SELECT count(*) FROM (SELECT doc, start, \"end\", metric, company FROM facts GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1)") == 0)
        #expect(try SQLiteSinkTests.count(path, "SELECT count(*) FROM facts") == SQLiteSinkTests.count(path, "SELECT sum(fact_count) FROM documents"))
    }
}
