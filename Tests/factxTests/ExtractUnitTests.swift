import FactKit
import Foundation
import Testing
@testable import factx

/// The parts of `factx extract` below the command line: sinks and formats with real facts,
/// the ordered pipeline, the reader's walk and JSON Lines records.
struct ExtractUnitTests {
    /// Facts whose text needs every kind of quoting: commas, quotes, line breaks, tabs, backslashes, CJK, emoji.
    static let facts: [Fact] = [
        Fact(doc: "news/a,b.txt", company: "nvidia", companyName: "NVIDIA", mention: "英伟达", metric: .revenue,
             value: Decimal(string: "35100000000")!, unit: "USD", period: Period(year: 2025, part: .quarter(3), fiscal: true),
             text: "351亿美元", span: TextSpan(start: 9, end: 15), sentence: "🚀英伟达第三季度营收为351亿美元，\"同比\"增长94%。\r\nnext",
             confidence: 0.92),
        Fact(doc: "news/a,b.txt", company: "", companyName: "", mention: "", metric: .growth, value: -22, unit: .percent,
             qualifier: .range, low: -22, high: Decimal(string: "-0.5")!, change: .yoy, text: "22%",
             span: TextSpan(start: 20, end: 23), sentence: "tab\there, back\\slash", confidence: 1),
    ]
    static let document = Document(id: "news/a,b.txt", text: "", date: nil,
                                    fields: ["url": "https://example.com/a?b=1,2", "rank": 3, "tags": ["x", "y"], "none": NSNull()])

    /// Writes the facts in `format` to a file and returns its text.
    static func written(_ format: OutputFormat, columns: [String]) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/out"
        var sink = TextFactSink(format: format, columns: columns, target: try OutputTarget(path: path))
        try sink.begin()
        try sink.write(document: document, facts: facts)
        try sink.write(document: Document(id: "empty", text: ""), facts: [])
        try sink.finish()
        #expect(folder.listing() == ["out"])
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static let columns = Fact.columns + ["url", "rank", "tags", "none", "missing"]
    static var expectedRows: [[String]] {
        facts.map { fact in columns.map { fact.field($0) ?? document.field($0) } }
    }

    @Test func rowsHoldTheFactsFields() {
        #expect(Self.expectedRows[0].prefix(20) == ["news/a,b.txt", "nvidia", "NVIDIA", "英伟达", "revenue", "35100000000", "USD", "",
                                                  "exact", "", "", "FY2025-Q3", "", "", "actual", "351亿美元", "9", "15",
                                                  "🚀英伟达第三季度营收为351亿美元，\"同比\"增长94%。\r\nnext", "0.92"])
        #expect(Self.expectedRows[1][5...12] == ["-22", "percent", "", "range", "-22", "-0.5", "", "yoy"])
        #expect(Self.expectedRows[0].suffix(5) == ["https://example.com/a?b=1,2", "3", #"["x","y"]"#, "", ""])
    }

    @Test func csvIsRFC4180() throws {
        let text = try Self.written(.csv, columns: Self.columns)
        #expect(try parseCSV(text) == [Self.columns] + Self.expectedRows)
        #expect(text.hasPrefix("doc,company,"))
        #expect(text.contains("\"news/a,b.txt\",nvidia,"))
    }

    @Test func tsvEscapes() throws {
        let text = try Self.written(.tsv, columns: Self.columns)
        #expect(parseTSV(text) == [Self.columns] + Self.expectedRows)
        #expect(text.split(separator: "\n").count == 3)
    }

    @Test func jsonAndJSONLinesTypeNumbers() throws {
        let json = try Self.written(.json, columns: Self.columns)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.map { o in Self.columns.map { fieldText(o[$0]) } } == Self.expectedRows)
        #expect(array[0]["start"] is NSNumber && array[0]["value"] is String)
        let lines = try Self.written(.jsonl, columns: Self.columns).split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { o in Self.columns.map { fieldText(o[$0]) } } == Self.expectedRows)
        #expect(try Self.written(.json, columns: ["doc"]).contains("\"doc\": \"news/a,b.txt\""))
    }

    @Test func noFactsIsAHeaderOrAnEmptyArray() throws {
        for (format, expected) in [(OutputFormat.csv, "doc,value\r\n"), (.tsv, "doc\tvalue\n"), (.json, "[]\n"), (.jsonl, "")] {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            var sink = TextFactSink(format: format, columns: ["doc", "value"], target: try OutputTarget(path: folder.path + "/o"))
            try sink.begin()
            try sink.write(document: Self.document, facts: [])
            try sink.finish()
            #expect(try String(contentsOfFile: folder.path + "/o", encoding: .utf8) == expected)
        }
    }

    @Test func anUncommittedFileLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old".write(toFile: folder.path + "/o.csv", atomically: false, encoding: .utf8)
        do {
            let target = try OutputTarget(path: folder.path + "/o.csv")
            target.write("new")
            target.flush()
            #expect(folder.listing().count == 2)
        }
        #expect(folder.listing() == ["o.csv"])
        #expect(try String(contentsOfFile: folder.path + "/o.csv", encoding: .utf8) == "old")
    }

    @Test func factsComeInOffsetOrderAndPassTheFilter() {
        let filter = FactFilter(metrics: [.revenue], companies: ["nvidia"], minimumConfidence: 0.9)
        #expect(filter.keeps(Self.facts[0]))
        #expect(!filter.keeps(Self.facts[1]))
        var low = Self.facts[0]
        low.confidence = 0.5
        #expect(!filter.keeps(low))
        #expect(FactFilter().keeps(Self.facts[1]))
    }

    // MARK: - Pipeline

    @Test func thePipelineKeepsInputOrderAndBoundsTheWindow() throws {
        let inFlight = Counter()
        let pipeline = OrderedPipeline<Int, Int>(workers: 4, window: 6) { n in
            usleep(UInt32((n * 7919) % 5) * 500)
            return n * n
        }
        var seen: [Int] = []
        try pipeline.run(produce: { submit in
            for n in 0..<300 {
                inFlight.add(1)
                // The window (6), plus the item about to be submitted, plus one handed back but not yet counted here.
                #expect(inFlight.value <= 6 + 2)
                guard submit(n) else { return }
            }
        }) { output in
            inFlight.add(-1)
            seen.append(output)
            return true
        }
        #expect(seen == (0..<300).map { $0 * $0 })
    }

    @Test func thePipelineHandsEachOutputOnBeforeTheNextInputArrives() throws {
        let consumed = DispatchSemaphore(value: 0)
        let pipeline = OrderedPipeline<Int, Int>(workers: 2, window: 8) { $0 }
        var seen: [Int] = []
        try pipeline.run(produce: { submit in
            for n in 0..<5 {
                guard submit(n) else { return }
                // Like a record on a pipe: the next one comes only once the previous output was consumed.
                #expect(consumed.wait(timeout: .now() + 10) == .success)
            }
        }) { output in
            seen.append(output)
            consumed.signal()
            return true
        }
        #expect(seen == [0, 1, 2, 3, 4])
    }

    @Test func thePipelineStops() throws {
        let pipeline = OrderedPipeline<Int, Int>(workers: 3, window: 4) { $0 }
        var seen: [Int] = []
        try pipeline.run(produce: { submit in
            for n in 0..<1000 { guard submit(n) else { return } }
        }) { output in
            seen.append(output)
            return output < 9
        }
        #expect(seen == Array(0...9))
    }

    // MARK: - Reader

    @Test func foldersAreWalkedInSortedOrderSkippingHiddenAndOtherFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.txt", "a.md", "c/z.txt", "c/a.jsonl", "c/.x.txt", ".d/a.txt", "e.html", "f.TXT", "a/b/c.txt"] {
            try folder.write(name, "x")
        }
        func walk(_ reader: DocumentReader) -> [String] {
            reader.sources().map {
                switch $0 {
                case .file(let path, let records, _): return String(path.dropFirst(folder.path.count + 1)) + (records ? " (records)" : "")
                case .stdin: return "-"
                case .failure(let f): return "\(f)"
                }
            }
        }
        #expect(walk(DocumentReader(paths: [folder.path], jsonl: false)) == ["a.md", "a/b/c.txt", "b.txt", "c/a.jsonl (records)", "c/z.txt"])
        #expect(walk(DocumentReader(paths: [folder.path + "/"], jsonl: false, include: ["*.html", "c/*"])) == ["c/a.jsonl (records)", "c/z.txt", "e.html"])
        #expect(walk(DocumentReader(paths: [folder.path + "/b.txt", folder.path + "/c/a.jsonl"], jsonl: false, jsonlByExtension: false)) == ["b.txt", "c/a.jsonl"])
        #expect(walk(DocumentReader(paths: ["-", folder.path + "/e.html"], jsonl: true)) == ["-", "e.html (records)"])
    }

    static let records: [(String, String)] = [
        (#"{"id": "a1", "text": "营收53亿欧元", "date": "2024-04-17"}"#, "ok a1 2024-04-17"),
        (#"{"id": 42, "text": "x"}"#, "ok 42 -"),
        (#"{"text": "x", "date": null, "id": null}"#, "ok f:3 -"),
        (#"{"text": "x", "date": ""}"#, "ok f:3 -"),
        (#"{"id": "a", "text": "x"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"["text"]"#, #"f:3: not a JSON object (a line must be {"id": …, "text": …})"#),
        (#"{"id": "a"}"#, #"f:3: no "text" field"#),
        (#"{"text": 5}"#, #"f:3: "text" is not a string"#),
        (#"{"text": ""}"#, #"f:3: empty "text""#),
        (#"{"text": "x", "id": [1]}"#, #"f:3: "id" is not a string or number"#),
        (#"{"text": "x", "date": "yesterday"}"#, #"f:3: "date" is not a date such as "2024-04-17""#),
    ]

    @Test(arguments: records)
    func jsonLinesRecords(line: String, expected: String) {
        switch DocumentReader.parseRecord(Array(line.utf8), at: "f:3") {
        case .success(let document): #expect("ok \(document.id) \(document.date ?? "-")" == expected)
        case .failure(let failure): #expect(failure.description == expected)
        }
    }

    @Test func commaListsSplitAndTrim() {
        #expect(commaList(["revenue, units", "price", ",,"]) == ["revenue", "units", "price"])
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
