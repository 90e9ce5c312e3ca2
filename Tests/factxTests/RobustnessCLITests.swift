import FactKit
@testable import factx
import Foundation
import Testing

/// A document that crashes the extractor costs only that document (issue 13, item 4).
/// The debug build's worker traps on a document holding `FACTX_DEBUG_CRASH_MARKER`; release builds have no such hook.
@Suite(.serialized)
struct CrashContainmentTests {
    static let crash = ["FACTX_DEBUG_CRASH_MARKER": "CRASH-HERE"]
    static let good = [("a", "英伟达第三季度营收为351亿美元，同比增长94%。"), ("c", "ASML一季度营收53亿欧元，同比下降22%。"),
                       ("d", "Nvidia reported revenue of $22.1 billion, up 265% year over year.")]

    static var records: String {
        [#"{"id": "a", "text": "\#(good[0].1)"}"#, #"{"id": "b", "text": "台积电营收5亿美元 CRASH-HERE"}"#,
         #"{"id": "c", "text": "\#(good[1].1)"}"#, #"{"id": "d", "text": "\#(good[2].1)"}"#].joined(separator: "\n") + "\n"
    }

    static var expectedRows: [[String]] {
        get throws { [Fact.columns] + (try libraryRows(good.map { ($0.0, $0.1, nil) })) }
    }

    @Test(arguments: ["1", "2", "3"])
    func aCrashingRecordCostsOnlyItself(jobs: String) throws {
        let r = try runFactx(["extract", "--input", "jsonl", "--jobs", jobs], stdin: Self.records, environment: Self.crash)
        #expect(r.status == 1)
        #expect(try parseCSV(r.stdout) == Self.expectedRows)
        #expect(r.stderr.contains("factx: b: the extractor crashed on this document"), "\(r.stderr)")
        #expect(r.stderr.contains("factx: 3 documents, "), "\(r.stderr)")
    }

    @Test func aCrashingFileInAFolderCostsOnlyItselfAndOutputStaysComplete() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in/a.txt", Self.good[0].1)
        try folder.write("in/b.txt", "CRASH-HERE 营收5亿美元")
        try folder.write("in/c.txt", Self.good[1].1)
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        let out = folder.path + "/out/facts.csv"
        var outputs: [String] = []
        for jobs in ["1", "2"] {
            let r = try runFactx(["extract", folder.path + "/in", "-o", out, "--jobs", jobs, "--errors", folder.path + "/out/rejected.jsonl"],
                                 environment: Self.crash)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("factx: \(folder.path)/in/b.txt: the extractor crashed on this document"), "\(r.stderr)")
            outputs.append(try String(contentsOfFile: out, encoding: .utf8))
            #expect(folder.listing("out") == ["facts.csv", "rejected.jsonl"])
            let rejected = try String(contentsOfFile: folder.path + "/out/rejected.jsonl", encoding: .utf8)
            #expect(rejected.hasPrefix(#"{"doc": "\#(folder.path)/in/b.txt", "source": "\#(folder.path)/in/b.txt", "reason": "the extractor crashed on this document"#), "\(rejected)")
        }
        #expect(outputs[0] == outputs[1])
        #expect(try parseCSV(outputs[0]) == [Fact.columns] + libraryRows([(folder.path + "/in/a.txt", Self.good[0].1, nil),
                                                                          (folder.path + "/in/c.txt", Self.good[1].1, nil)]))
    }

    @Test func withoutTheMarkerNothingCrashes() throws {
        let r = try runFactx(["extract", "--input", "jsonl"], stdin: Self.records.replacingOccurrences(of: "CRASH-HERE", with: "crash here"),
                             environment: Self.crash)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("factx: 4 documents, "), "\(r.stderr)")
    }

    /// The facts a worker sends back are the library's facts, field for field.
    @Test func workerFramesCarryFactsExactly() throws {
        let extractor = try FactExtractor()
        for (id, text, _) in try exampleNews() {
            let facts = extractor.extract(text, document: id, date: CalendarDate(year: 2024, month: 4, day: 17))
            var encoder = FrameEncoder()
            encoder.facts(facts)
            var decoder = FrameDecoder(Array(encoder.frame().dropFirst(8)))
            #expect(try decoder.facts() == facts)
        }
        var truncated = FrameEncoder()
        truncated.facts(extractor.extract("ASML一季度营收53亿欧元", document: "x"))
        var decoder = FrameDecoder(Array(truncated.frame().dropFirst(8).dropLast(3)))
        #expect(throws: FrameDecoder.Malformed.self) { try decoder.facts() }
    }
}

/// `--errors FILE`: rejected records listed as JSON Lines; with it, the run exits 0 (issue 13, item 5).
@Suite(.serialized)
struct RejectionLogTests {
    static let records = """
        {"id": "ok", "text": "ASML一季度营收53亿欧元。"}
        {"id":"broken","text":5}
        {"id": "nul", "text": "营收\\u000053亿欧元"}
        not json
        {"id": "late", "text": "营收10亿美元", "date": "2024-02-30"}

        """

    @Test func rejectionsGoToTheFileAndTheRunSucceeds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let log = folder.path + "/rejected.jsonl"
        let r = try runFactx(["extract", "--input", "jsonl", "--columns", "doc,value", "--errors", log, "-q"], stdin: Self.records)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "doc,value\r\nok,5300000000\r\n")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"doc": "broken", "source": "<stdin>:2", "reason": "\"text\" is not a string"}"#,
            #"{"doc": "nul", "source": "<stdin>:3", "reason": "\"text\" holds a NUL character (\\u0000) at character 2"}"#,
            #"{"doc": "<stdin>:4", "source": "<stdin>:4", "reason": "malformed JSON (a line must be one JSON object)"}"#,
            #"{"doc": "late", "source": "<stdin>:5", "reason": "\"date\" \"2024-02-30\" is not a calendar day: February 2024 has 29 days, not 30"}"#,
        ])
        // The failures are still named on stderr.
        #expect(r.stderr.contains(#"factx: <stdin>:2: "text" is not a string"#), "\(r.stderr)")
    }

    @Test func withoutTheFileABadRecordFailsTheRun() throws {
        let r = try runFactx(["extract", "--input", "jsonl", "--columns", "doc,value", "-q"], stdin: #"{"id":"broken","text":5}"# + "\n")
        #expect(r.status == 1)
        #expect(r.stdout == "doc,value\r\n")
    }

    @Test func failFastStillFailsWithAnErrorsFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let r = try runFactx(["extract", "--input", "jsonl", "--errors", folder.path + "/e.jsonl", "--fail-fast", "-q"], stdin: Self.records)
        #expect(r.status == 1)
    }

    @Test(arguments: ["numbers", "companies"])
    func numbersAndCompaniesTakeAnErrorsFileAndAnOutputFile(command: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let r = try runFactx([command, "--input", "jsonl", "--format", "csv", "-o", folder.path + "/rows.csv", "--errors", folder.path + "/e.jsonl", "-"],
                             stdin: #"{"id": "ok", "text": "ASML一季度营收53亿欧元。"}"# + "\n" + #"{"id":"broken","text":5}"# + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder.path + "/rows.csv", encoding: .utf8).contains("ok,"))
        #expect(try String(contentsOfFile: folder.path + "/e.jsonl", encoding: .utf8)
                == #"{"doc": "broken", "source": "<stdin>:2", "reason": "\"text\" is not a string"}"# + "\n")
        #expect(folder.listing() == ["e.jsonl", "rows.csv"])
    }
}

/// Every input the fuzzer ever crashed on (Tests/fuzz/regressions) goes through the harness without a crash.
@Suite struct FuzzRegressionTests {
    static let replay = productsDirectory.appendingPathComponent("factkit-fuzz")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: replay.path)))
    func theRegressionCorpusReplaysWithoutACrash() throws {
        let process = Process()
        process.executableURL = Self.replay
        process.arguments = [packageRoot.appendingPathComponent("Tests/fuzz/regressions").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "crashed after: \(said.split(separator: "\n").suffix(3).joined(separator: " | "))")
        #expect(printed.hasPrefix("replayed "), "\(printed)")
    }
}
