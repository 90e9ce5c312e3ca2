import FactKit
import Foundation
import GRDB
import Testing
@testable import factx

/// Segment and status through the CLI and the database: columns, filters, the migration of an old database.
@Suite struct ScopeCLITests {
    static let guidance = "英伟达第三季度营收为351亿美元，其中数据中心业务收入308亿美元。公司预计第四季度营收约375亿美元。"

    // MARK: - The migration of a database written before segment and status

    /// A database as the first version wrote it: only its own migration, rows without segment or status.
    static func versionOneDatabase() throws -> String {
        let path = try SQLiteSinkTests.temporaryDatabase()
        let db = try DatabaseQueue(path: path)
        try SQLiteFactSink.migrator.migrate(db, upTo: "v1: documents, facts, facts_view")
        try db.write { db in
            try db.execute(sql: "INSERT INTO documents VALUES ('old.txt', '2024-11-21', 'hash', 2, '2024-11-22T00:00:00Z')")
            for (seq, value) in ["35100000000", "94"].enumerated() {
                try db.execute(sql: """
                    INSERT INTO facts (doc, seq, company, company_name, mention, metric, value, unit, item, qualifier, low, high,
                                       period, change, text, start, "end", sentence, confidence)
                    VALUES ('old.txt', ?, 'nvidia', 'NVIDIA', '英伟达', 'revenue', ?, 'USD', '', 'exact', '', '', '2024-Q3', '',
                            '351亿美元', 10, 16, '英伟达第三季度营收为351亿美元', 0.9)
                    """, arguments: [seq, value])
            }
        }
        try db.close()
        return path
    }

    @Test func anOldDatabaseIsMigratedInPlaceAndKeepsEveryFact() throws {
        let path = try Self.versionOneDatabase()
        let db = try SQLiteFactSink.open(path)
        defer { try? db.close() }
        try db.read { db in
            let columns = try db.columns(in: "facts").map(\.name)
            #expect(columns.contains("segment") && columns.contains("status"))
            let rows = try Row.fetchAll(db, sql: "SELECT value, segment, status FROM facts_view WHERE doc = 'old.txt' ORDER BY seq")
            #expect(rows.map { $0["value"] as String } == ["35100000000", "94"])
            #expect(rows.allSatisfy { ($0["segment"] as String) == "" && ($0["status"] as String) == "actual" })
            // The documented question for reported totals finds the old rows.
            #expect(try Row.fetchAll(db, sql: FactQueries.revenueByPeriod, arguments: ["nvidia"]).count == 2)
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'facts_by_scope'")
            #expect(indexes == ["facts_by_scope"])
        }
    }

    @Test func aMigratedDatabaseTakesNewRunsWithTheirScope() throws {
        let path = try Self.versionOneDatabase()
        let extractor = try FactExtractor()
        let document = Document(id: "new.txt", text: Self.guidance, date: "2024-11-21")
        let facts = extractor.extract(Self.guidance, document: "new.txt", date: CalendarDate(year: 2024, month: 11, day: 21))
        try SQLiteSinkTests.run(path, [(document, facts)])
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        try db.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM facts WHERE doc = 'old.txt'") == 2)
            let guidance = try Row.fetchAll(db, sql: FactQueries.guidance, arguments: ["nvidia"])
            #expect(guidance.map { $0["value"] as String } == ["37500000000"])
            let segments = try String.fetchAll(db, sql: "SELECT segment FROM facts WHERE doc = 'new.txt' AND segment != ''")
            #expect(segments == ["数据中心"])
        }
    }

    // MARK: - Columns and filters

    @Test func jsonRowsCarrySegmentAndStatusAfterChange() throws {
        let run = try runFactx(["extract", "--format", "jsonl", "--date", "2024-11-21", "-q"], stdin: Self.guidance)
        #expect(run.status == 0)
        let first = try #require(run.stdout.split(separator: "\n").first)
        let change = try #require(first.range(of: "\"change\""))
        let segment = try #require(first.range(of: "\"segment\""))
        let status = try #require(first.range(of: "\"status\""))
        let text = try #require(first.range(of: "\"text\""))
        #expect(change.lowerBound < segment.lowerBound && segment.lowerBound < status.lowerBound && status.lowerBound < text.lowerBound)
    }

    @Test func filtersByStatusAndSegment() throws {
        func values(_ arguments: [String]) throws -> [String] {
            let run = try runFactx(["extract", "--columns", "value,segment,status", "--format", "tsv", "--date", "2024-11-21", "-q"] + arguments,
                                   stdin: Self.guidance)
            #expect(run.status == 0, "\(run.stderr)")
            return parseTSV(run.stdout).dropFirst().map { $0.joined(separator: " ") }
        }
        #expect(try values(["--status", "forecast"]) == ["37500000000  forecast"])
        #expect(try values(["--segment", "数据中心"]) == ["30800000000 数据中心 actual"])
        #expect(try values(["--whole-company", "--status", "actual"]) == ["35100000000  actual"])
        #expect(try values(["--segment", ""]) == ["35100000000  actual", "37500000000  forecast"])
    }

    @Test func aStatusOutsideTheChoicesIsAUsageError() throws {
        let run = try runFactx(["extract", "--status", "guess", "-q"], stdin: Self.guidance)
        #expect(run.status == 64 || run.status == 2)
        #expect(run.stderr.contains("actual") && run.stderr.contains("forecast"))
    }
}
