import FactKit
import Foundation
import Testing

/// `-o FILE` keeps what the user set up: the file's mode, read-only files, symbolic links; and no temporary
/// file of a killed run stays (issue 13, item 6).
@Suite(.serialized)
struct OutputFileCLITests {
    static let text = "ASML一季度营收53亿欧元，同比下降22%。"

    func mode(_ path: String) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber).intValue
    }

    @Test(arguments: [0o600, 0o640, 0o664])
    func anExistingFileKeepsItsMode(mode wanted: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = try folder.write("facts.csv", "OLD\n")
        try FileManager.default.setAttributes([.posixPermissions: wanted], ofItemAtPath: out)
        let r = try runFactx(["extract", "-o", out, "-q", "--columns", "value"], stdin: Self.text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "value\r\n5300000000\r\n-22\r\n")
        #expect(try mode(out) == wanted)
    }

    @Test func aReadOnlyFileIsNotReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = try folder.write("facts.csv", "OLD\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: out)
        let r = try runFactx(["extract", "-o", out, "-q"], stdin: Self.text)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot replace \(out): it is read-only (mode 444)"), "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "OLD\n")
        #expect(folder.listing() == ["facts.csv"])
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try folder.write("data/facts.csv", "OLD\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        let link = folder.path + "/latest.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "data/facts.csv")
        let r = try runFactx(["extract", "-o", link, "-q", "--columns", "value"], stdin: Self.text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "data/facts.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "value\r\n5300000000\r\n-22\r\n")
        #expect(try mode(target) == 0o600)
        #expect(folder.listing("data") == ["facts.csv"])
        // A dangling link: its target is created.
        try FileManager.default.removeItem(atPath: target)
        let again = try runFactx(["extract", "-o", link, "-q", "--columns", "value"], stdin: Self.text)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "value\r\n5300000000\r\n-22\r\n")
    }

    @Test func aDeviceIsWrittenInPlace() throws {
        let r = try runFactx(["extract", "-o", "/dev/null", "-q"], stdin: Self.text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aKilledRunsTemporaryFileIsRemovedByTheNextRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path + "/facts.csv"
        try folder.write(".facts.csv.factx-Ab12Cd", "half a run")
        // One a live run holds (locked) is left alone.
        let live = try folder.write(".facts.csv.factx-Live99", "a run in progress")
        let descriptor = open(live, O_RDONLY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        try folder.write(".other.csv.factx-Ab12Cd", "another file's")
        let r = try runFactx(["extract", "-o", out, "-q"], stdin: Self.text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(folder.listing() == [".facts.csv.factx-Live99", ".other.csv.factx-Ab12Cd", "facts.csv"])
    }

    @Test func killDashNineLeavesATemporaryFileThatTheNextRunRemoves() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path + "/facts.csv"
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("factx")
        process.arguments = ["extract", "--input", "jsonl", "-o", out, "-q"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((#"{"id": "a", "text": "ASML营收53亿欧元"}"# + "\n").utf8))
        var waited = 0
        while !folder.listing().contains(where: { $0.hasPrefix(".facts.csv.factx-") }) && waited < 200 {
            usleep(50_000)
            waited += 1
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(folder.listing().contains { $0.hasPrefix(".facts.csv.factx-") })
        let r = try runFactx(["extract", "-o", out, "-q"], stdin: Self.text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(folder.listing() == ["facts.csv"])
    }
}

/// Folders, records and dates that used to pass silently or wrongly (issue 13, items 7–9).
@Suite(.serialized)
struct InputChecksCLITests {
    @Test func aDanglingLinkInAFolderIsNamedAndTheOthersAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "ASML一季度营收53亿欧元。")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.txt", withDestinationPath: folder.path + "/gone.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/c.png", withDestinationPath: folder.path + "/gone.png")
        let r = try runFactx(["extract", folder.path, "--columns", "doc,value"])
        #expect(r.status == 1)
        #expect(r.stdout == "doc,value\r\n\(folder.path)/a.txt,5300000000\r\n")
        #expect(r.stderr.contains("factx: \(folder.path)/b.txt: a dangling symbolic link to \(folder.path)/gone.txt: its target does not exist"), "\(r.stderr)")
        #expect(!r.stderr.contains("c.png"), "\(r.stderr)")
    }

    @Test func anEmptyFolderOrOneWithNoMatchingFilesSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/empty", withIntermediateDirectories: true)
        try folder.write("pictures/a.png", "not text")
        let empty = try runFactx(["extract", folder.path + "/empty"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("factx: \(folder.path)/empty: an empty folder: no files to read"), "\(empty.stderr)")
        let none = try runFactx(["extract", folder.path + "/pictures"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("factx: \(folder.path)/pictures: no file in the folder matches *.txt, *.md, *.jsonl (choose others with --include)"), "\(none.stderr)")
        let chosen = try runFactx(["extract", folder.path + "/pictures", "--include", "*.html"])
        #expect(chosen.stderr.contains("no file in the folder matches *.html"), "\(chosen.stderr)")
    }

    @Test func aNulInARecordsTextRejectsTheRecordAsInAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("nul.txt", Data("营收\u{0}53亿欧元".utf8))
        let file = try runFactx(["extract", folder.path + "/nul.txt"])
        #expect(file.status == 1)
        let record = try runFactx(["extract", "--input", "jsonl", "--format", "tsv"], stdin: #"{"id": "n", "text": "营收\u000053亿欧元。"}"# + "\n")
        #expect(record.status == 1)
        #expect(!record.stdout.utf8.contains(0))
        #expect(record.stderr.contains(#"factx: <stdin>:1: "text" holds a NUL character (\u0000) at character 2"#), "\(record.stderr)")
    }

    static let badDates: [(String, String)] = [
        ("2024/04/17", "not a date of the form YYYY-MM-DD"),
        ("2024-02-30", "February 2024 has 29 days, not 30"),
        ("2024-02-31", "February 2024 has 29 days, not 31"),
        ("2023-02-29", "February 2023 has 28 days, not 29"),
        ("2024-04-31", "April 2024 has 30 days, not 31"),
        ("0000-01-01", "year 0000 is not a calendar year"),
        ("2024-13-01", "there is no month 13"),
        ("2024-4-17", "not a date of the form YYYY-MM-DD"),
    ]

    @Test(arguments: badDates)
    func aDateTheCalendarLacksIsAUsageError(date: String, problem: String) throws {
        for command in ["extract", "explain"] {
            let r = try runFactx(command == "extract" ? ["extract", "--date", date, "-"] : ["explain", "--date", date, "--text", "营收"], stdin: "营收")
            #expect(r.status == 2, "\(command) \(date)")
            #expect(r.stderr.contains("--date '\(date)' is not a date ("), "\(r.stderr)")
            #expect(r.stderr.contains("\(problem)") && r.stderr.contains("): write it as YYYY-MM-DD, e.g. --date 2024-04-17."), "\(r.stderr)")
        }
    }

    @Test func aLeapDayIsADate() throws {
        let r = try runFactx(["extract", "--date", "2024-02-29", "--columns", "period", "-q"], stdin: "ASML今年营收53亿欧元。")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "period\r\n2024\r\n")
    }

    @Test(arguments: [("UTF-16LE", "utf-16le"), ("UTF-16BE", "utf-16be")])
    func utf16WithoutAByteOrderMarkIsNamedAsSuch(name: String, encoding: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "Nvidia reported revenue of $22.1 billion."
        let data = name == "UTF-16LE" ? text.data(using: .utf16LittleEndian)! : text.data(using: .utf16BigEndian)!
        let path = try folder.write("wide.txt", data)
        let r = try runFactx(["extract", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("factx: \(path): looks like UTF-16 without a byte order mark (NUL bytes between characters); read it with --encoding \(name)"), "\(r.stderr)")
        let read = try runFactx(["extract", path, "--encoding", name, "--columns", "value", "-q"])
        #expect(read.stdout == "value\r\n22100000000\r\n", "\(read.stderr)")
    }
}
