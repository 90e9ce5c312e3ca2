import FactKit
import Foundation
import Testing

/// `factx extract` end to end, on real files. The fact stage may still return few facts, so every check
/// compares the CLI's rows with the library's own `FactExtractor.extract` for the same documents:
/// exact rows, exact order.
@Suite(.serialized)
struct ExtractCLITests {
    static let news = packageRoot.appendingPathComponent("Examples/news").path

    @Test func csvOfTheExampleNewsIsTheLibrarysFacts() throws {
        let r = try runFactx(["extract", Self.news, "--dictionary", exampleDictionary])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try parseCSV(r.stdout)
        #expect(records.first == Fact.columns)
        let expected = try libraryRows(exampleNews(), options: ExtractionOptions(dictionaries: [exampleDictionary]))
        #expect(Array(records.dropFirst()) == expected)
        #expect(r.stderr.contains("factx: 7 documents, \(expected.count) facts, 0 errors"), "\(r.stderr)")
    }

    @Test(arguments: ["csv", "tsv", "json", "jsonl"])
    func everyFormatParsesBack(format: String) throws {
        let columns = ["doc", "metric", "value", "unit", "text", "start", "end", "sentence", "confidence"]
        let r = try runFactx(["extract", Self.news, "--format", format, "--columns", columns.joined(separator: ","), "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let rows: [[String]]
        switch format {
        case "csv":
            let records = try parseCSV(r.stdout)
            #expect(records.first == columns)
            rows = Array(records.dropFirst())
        case "tsv":
            let records = parseTSV(r.stdout)
            #expect(records.first == columns)
            rows = Array(records.dropFirst())
        case "json":
            let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            for object in array { #expect(Set(object.keys) == Set(columns)) }
            rows = array.map { object in columns.map { fieldText(object[$0]) } }
        default:
            rows = try r.stdout.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return columns.map { fieldText(object[$0]) }
            }
        }
        #expect(rows == (try libraryRows(exampleNews(), columns: columns)))
    }

    @Test func aFolderWithBadFilesKeepsTheGoodOnesAndNamesTheBadOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let english = "Nvidia reported revenue of $22.1 billion, up 265% year over year."
        let simplified = "英伟达第三季度营收为351亿美元，同比增长94%。"
        let traditional = "輝達第三季營收為351億美元，年增94%。"
        try folder.write("a-good.txt", english)
        try folder.write("b-gbk.txt", hexBytes("d3a2ceb0b4efb5dac8fdbcbeb6c8d3aacad5ceaa333531d2dac3c0d4aaa3accdacb1c8d4f6b3a4393425a1a3"))
        try folder.write("c-big5.txt", hexBytes("bdf7b946b2c4a454a975c0e7a6acacb0333531bbf5acfca4b8a141a67ebc57393425a143"))
        try folder.write("d-empty.txt", Data())
        try folder.write("e-binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        try folder.write("f-broken.txt", Data([0x41, 0x42, 0xFF, 0xFE, 0xFF, 0x80, 0xFF]))
        try folder.write("g-utf16.txt", Data([0xFF, 0xFE] + simplified.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        try folder.write("h/records.jsonl", """
            {"id": "r1", "text": "\(simplified)", "date": "2024-11-21"}
            {"id": "r2", "text": broken}

            {"text": "\(english)"}
            """)
        try folder.write("notes.html", "<p>\(english)</p>")
        try folder.write(".hidden.txt", english)
        try folder.write(".git/config.txt", english)

        let r = try runFactx(["extract", folder.path])
        #expect(r.status == 1)
        let p = folder.path
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "factx: \(p)/d-empty.txt: empty file",
            "factx: \(p)/e-binary.txt: binary file (NUL byte at byte 8)",
            "factx: \(p)/f-broken.txt: not text in a known encoding: not UTF-8 (bad bytes at byte 2), nor GB18030 or Big5; name its encoding with --encoding",
            "factx: \(p)/h/records.jsonl:2: malformed JSON (a line must be one JSON object)",
            errors.last ?? "",
        ])
        #expect(errors.last?.hasPrefix("factx: 6 documents, ") == true, "\(r.stderr)")
        #expect(errors.last?.contains(", 4 errors, ") == true)
        let expected = try libraryRows([
            ("\(p)/a-good.txt", english, nil), ("\(p)/b-gbk.txt", simplified, nil), ("\(p)/c-big5.txt", traditional, nil),
            ("\(p)/g-utf16.txt", simplified, nil), ("r1", simplified, "2024-11-21"), ("\(p)/h/records.jsonl:4", english, nil),
        ])
        #expect(try parseCSV(r.stdout) == [Fact.columns] + expected)

        // Only the chosen files; a file named on the command line is always read.
        let html = try runFactx(["extract", folder.path, "--include", "*.html", "\(p)/a-good.txt"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stderr.contains("factx: 2 documents, "))

        // --fail-fast stops at the first failure.
        let fast = try runFactx(["extract", folder.path, "--fail-fast", "--jobs", "3"])
        #expect(fast.status == 1)
        #expect(fast.stderr.hasPrefix("factx: \(p)/d-empty.txt: empty file\nfactx: 3 documents, "), "\(fast.stderr)")
    }

    @Test func forcedEncoding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("latin.txt", Data(Array("Caf".utf8) + [0xE9] + Array(" revenue rose 5%.".utf8)))
        let forced = try runFactx(["extract", path, "--encoding", "windows-1252"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try parseCSV(forced.stdout) == [Fact.columns] + libraryRows([(path, "Café revenue rose 5%.", nil)]))
        let wrong = try runFactx(["extract", path, "--encoding", "UTF-8"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("latin.txt: not valid UTF-8 text (bad bytes at byte 3)"), "\(wrong.stderr)")
    }

    @Test func stdinIsOneDocumentOrAStreamOfRecords() throws {
        let text = "小米集团一季度总营收755亿元，同比增长27%。"
        let plain = try runFactx(["extract", "--format", "jsonl"], stdin: text)
        #expect(plain.status == 0, "\(plain.stderr)")
        let plainRows = try plain.stdout.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Fact.columns.map { fieldText(object[$0]) }
        }
        #expect(plainRows == (try libraryRows([("<stdin>", text, nil)])))
        #expect(plain.stderr.contains("factx: 1 document, "))

        let records = (1...50).map { #"{"id": "doc-\#($0)", "text": "\#(text)", "date": "2024-04-30", "url": "https://x/\#($0)"}"# }
        let stream = try runFactx(["extract", "--input", "jsonl", "--format", "jsonl", "--keep-fields", "url", "-j", "4"],
                                  stdin: records.joined(separator: "\n") + "\n")
        #expect(stream.status == 0, "\(stream.stderr)")
        #expect(stream.stderr.contains("factx: 50 documents, "))
        let lines = try stream.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let expected = try libraryRows((1...50).map { ("doc-\($0)", text, "2024-04-30") }, columns: Fact.columns)
        #expect(lines.map { o in Fact.columns.map { fieldText(o[$0]) } } == expected)
        #expect(lines.map { fieldText($0["url"]) } == expected.map { row in "https://x/" + row[0].dropFirst(4) })

        let dash = try runFactx(["extract", "-", "--quiet"], stdin: text)
        #expect(dash.status == 0)
        #expect(dash.stderr.isEmpty)
    }

    @Test func outputIsByteIdenticalWhateverTheJobs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let news = try exampleNews()
        for i in 0..<40 {
            let (_, text, _) = news[i % news.count]
            try folder.write(String(format: "batch-%02d/article-%03d.txt", i / 10, i), text)
            if i % 13 == 0 { try folder.write(String(format: "batch-%02d/article-%03d-empty.txt", i / 10, i), Data()) }
        }
        try folder.write("records.jsonl", news.map { #"{"id": "\#($0.id)", "text": \#(String(decoding: try! JSONSerialization.data(withJSONObject: $0.text, options: .fragmentsAllowed), as: UTF8.self))}"# }.joined(separator: "\n"))
        var outputs: [String] = [], errors: [String] = []
        for jobs in ["1", "4", "2"] {
            let r = try runFactx(["extract", folder.path, "--jobs", jobs])
            #expect(r.status == 1)
            outputs.append(r.stdout)
            errors.append(r.stderr.split(separator: "\n").dropLast().joined(separator: "\n"))
            #expect(r.stderr.contains("factx: 47 documents, "), "\(r.stderr)")
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
        #expect(errors[0] == errors[1] && errors[1] == errors[2])
        #expect(errors[0].split(separator: "\n").count == 4)
        let documents = (0..<40).map { i in (String(format: "%@/batch-%02d/article-%03d.txt", folder.path, i / 10, i), news[i % news.count].text, String?.none) }
            + news.map { ($0.id, $0.text, String?.none) }
        #expect(try parseCSV(outputs[0]) == [Fact.columns] + libraryRows(documents))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("out/facts.csv").path
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)

        let r = try runFactx(["extract", Self.news, "-o", out, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let stdout = try runFactx(["extract", Self.news, "-q"]).stdout
        #expect(try String(contentsOfFile: out, encoding: .utf8) == stdout)
        #expect(folder.listing("out") == ["facts.csv"])

        // A failed run (--fail-fast) leaves the old file as it was, and no temporary file.
        try "OLD\n".write(toFile: out, atomically: false, encoding: .utf8)
        let inputs = try TemporaryFolder()
        defer { inputs.remove() }
        try inputs.write("a.txt", "ASML一季度营收53亿欧元。")
        try inputs.write("b.txt", Data())
        let failed = try runFactx(["extract", inputs.path, "-o", out, "--fail-fast"])
        #expect(failed.status == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "OLD\n")
        #expect(folder.listing("out") == ["facts.csv"])

        // Without --fail-fast the good documents are written and the failure named: exit 1.
        let partial = try runFactx(["extract", inputs.path, "-o", out])
        #expect(partial.status == 1)
        #expect(try parseCSV(String(contentsOfFile: out, encoding: .utf8)) == [Fact.columns] + libraryRows([(inputs.path + "/a.txt", "ASML一季度营收53亿欧元。", nil)]))
        #expect(folder.listing("out") == ["facts.csv"])

        let missing = try runFactx(["extract", Self.news, "-o", folder.path + "/nope/facts.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist; create it first"))
    }

    static let usageErrors: [([String], String)] = [
        (["--bogus"], "Unknown option '--bogus'"),
        (["--format", "xml"], "--format"),
        (["--metric", "revenue,profit"], "Unknown metric 'profit'. Choose from: revenue, net_profit"),
        (["--columns", "doc,valeu"], "Unknown column 'valeu'. Did you mean value? Choose from: doc, company"),
        (["--columns", "doc,value,doc"], "--columns names 'doc' twice; name each column once."),
        (["--metric", "revenu"], "Unknown metric 'revenu'. Did you mean revenue? Choose from: revenue,"),
        (["--columns", "doc,url"], "Unknown column 'url'"),
        (["--keep-fields", "text"], "already a fact column"),
        (["--date", "April 2024"], "write it as YYYY-MM-DD"),
        (["--encoding", "klingon"], "Unknown encoding 'klingon'"),
        (["--jobs", "0"], "--jobs must be between 1 and 1024"),
        (["--min-confidence", "7"], "between 0 and 1"),
        (["--dictionary", "/no/such/dictionary.tsv"], "Cannot read the dictionary"),
        (["-", "-"], "Stdin ('-') can be read only once"),
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExitTwoAndSayWhatToDo(arguments: [String], message: String) throws {
        let r = try runFactx(["extract", Self.news] + arguments)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// No path with stdin a terminal (given by `script`, when the machine has it) is a usage error.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func noInputOnATerminalSaysWhatToPass() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", productsDirectory.appendingPathComponent("factx").path + " extract", "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(said.contains("Pass a file or folder, or pipe text on stdin"), "\(said)")
    }

    @Test func keptFieldsCanBeChosenAsColumns() throws {
        let r = try runFactx(["extract", "--input", "jsonl", "--keep-fields", "url,title", "--columns", "doc,url,value"],
                             stdin: #"{"id": "a", "text": "营收53亿欧元", "url": "u"}"#)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try parseCSV(r.stdout).first == ["doc", "url", "value"])
    }

    @Test func aMissingPathIsAnInputFailure() throws {
        let r = try runFactx(["extract", Self.news, "/no/such/file.txt", "-q"])
        #expect(r.status == 1)
        #expect(r.stderr == "factx: /no/such/file.txt: no such file or folder\n")
    }

    @Test func theShellRecipeBuildsTheDataSet() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [packageRoot.appendingPathComponent("Examples/build-dataset.sh").path, Self.news, folder.path + "/dataset"]
        process.environment = ProcessInfo.processInfo.environment.merging(["FACTX": productsDirectory.appendingPathComponent("factx").path]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(said)")
        let facts = try String(contentsOfFile: folder.path + "/dataset/facts.csv", encoding: .utf8)
        #expect(facts == (try runFactx(["extract", Self.news, "--dictionary", exampleDictionary, "-q"])).stdout)
        let revenue = try parseCSV(String(contentsOfFile: folder.path + "/dataset/revenue.csv", encoding: .utf8))
        #expect(revenue.first == ["doc", "company", "metric", "value", "unit", "period", "change"])
        #expect(revenue.dropFirst().allSatisfy { ["revenue", "net_profit"].contains($0[2]) })
        #expect(try String(contentsOfFile: folder.path + "/dataset/errors.txt", encoding: .utf8) == "")
        #expect(said.contains("facts.csv: \(try parseCSV(facts).count - 1) facts; 0 documents could not be read"))
    }

    /// Runs once the lead adds the executable target `factkit-example` (path "Examples/library-usage").
    @Test(.enabled(if: FileManager.default.fileExists(atPath: productsDirectory.appendingPathComponent("factkit-example").path)))
    func theLibraryExamplePrintsWhatFactxPrints() throws {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("factkit-example")
        process.arguments = try exampleNews().map(\.id)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let factx = try runFactx(["extract", "--format", "tsv", "--dictionary", exampleDictionary, "-q"] + exampleNews().map(\.id))
        #expect(printed == factx.stdout)
    }
}
