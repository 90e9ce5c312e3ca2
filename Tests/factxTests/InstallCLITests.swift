import Foundation
import Testing

/// An installed `factx` is one file: a copy runs with the checkout and the build folder out of reach, and
/// `FACTKIT_DICTIONARIES` still replaces the built-in dictionaries.
struct InstallCLITests {
    /// Runs `command` in a new user and mount namespace (`unshare -rm`) where each of `hidden` has an empty
    /// folder bound over it.
    func runHiding(_ hidden: [URL], _ command: [String], stdin: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let empty = try TemporaryFolder()
        defer { empty.remove() }
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        // Deepest first: a folder inside another is hidden before the outer one hides its path.
        let mounts = hidden.map(\.standardizedFileURL.path).sorted { $0.count > $1.count }
            .map { "mount --bind \(quoted(empty.path)) \(quoted($0))" }
        let script = (mounts + ["exec " + command.map(quoted).joined(separator: " ")]).joined(separator: " && ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rm", "/bin/sh", "-c", script]
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func aCopiedBinaryRunsWithTheCheckoutAndBuildFolderHidden() throws {
        let install = try TemporaryFolder()
        defer { install.remove() }
        let copy = install.url.appendingPathComponent("factx")
        try FileManager.default.copyItem(at: productsDirectory.appendingPathComponent("factx"), to: copy)
        let hidden = [packageRoot, productsDirectory, productsDirectory.resolvingSymlinksInPath()]
        let command = [copy.path, "extract", "--date", "2024-07-18", "--format", "csv", "--quiet",
                       "--columns", "company,metric,value,unit,qualifier,period,change,text"]
        let r = try runHiding(hidden, command, stdin: "ASML一季度营收53亿欧元，同比下降22%。台積電第二季營收新台幣6735億元，年增40.1%。")
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(r.stdout == """
            company,metric,value,unit,qualifier,period,change,text\r
            asml,revenue,5300000000,EUR,exact,2024-Q1,,53亿欧元\r
            asml,revenue,-22,percent,exact,2024-Q1,yoy,22%\r
            tsmc,revenue,673500000000,TWD,exact,2024-Q2,,新台幣6735億元\r
            tsmc,revenue,40.1,percent,exact,2024-Q2,yoy,40.1%\r

            """)
        // The namespace really hides them: the same shell sees an empty checkout.
        let listing = try runHiding(hidden, ["/bin/ls", "-A", packageRoot.path], stdin: "")
        #expect(listing.status == 0)
        #expect(listing.stdout == "")
    }

    @Test func factkitDictionariesReplacesTheBuiltInFiles() throws {
        let data = try TemporaryFolder()
        defer { data.remove() }
        let source = packageRoot.appendingPathComponent("Dictionaries/data")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: data.url.appendingPathComponent(name))
        }
        try data.write("companies/zz-test.tsv", "acme\tAcme\t艾克米\t\t\n")
        let text = "艾克米去年营收12亿元。"
        let builtIn = try runFactx(["companies", "--format", "jsonl", "-"], stdin: text)
        #expect(builtIn.status == 0)
        #expect(builtIn.stdout == "")
        let replaced = try runFactx(["companies", "--format", "jsonl", "-"], stdin: text, environment: ["FACTKIT_DICTIONARIES": data.path])
        #expect(replaced.status == 0)
        #expect(replaced.stdout == "{\"doc\": \"<stdin>\", \"company\": \"acme\", \"name\": \"Acme\", \"text\": \"艾克米\", \"start\": 0, \"end\": 3}\n")
        // A folder without the files is an error that names the variable, never a silent fall-back.
        let empty = try TemporaryFolder()
        defer { empty.remove() }
        let broken = try runFactx(["extract"], stdin: text, environment: ["FACTKIT_DICTIONARIES": empty.path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("FACTKIT_DICTIONARIES must name a folder laid out as Dictionaries/data"))
    }

    /// `Examples/dictionary.tsv` adds companies the built-in dictionary lacks (README, *What is extracted*).
    @Test func theExampleDictionaryAddsNewCompanies() throws {
        let text = "云迹科技去年营收约3亿元。追觅今年销售额超过100亿元，同比增长30%。"
        let arguments = ["extract", "--date", "2025-06-30", "--quiet", "--columns", "company,company_name,mention,metric,value,unit,qualifier,period,change"]
        let without = try runFactx(arguments, stdin: text)
        #expect(without.status == 0)
        #expect(without.stdout == """
            company,company_name,mention,metric,value,unit,qualifier,period,change\r
            ~云迹科技,云迹科技,云迹科技,revenue,300000000,CNY,approx,2024,\r
            ~云迹科技,云迹科技,云迹科技,revenue,10000000000,CNY,min,2025,\r
            ~云迹科技,云迹科技,云迹科技,revenue,30,percent,exact,2025,yoy\r

            """)
        let with = try runFactx(arguments + ["--dictionary", exampleDictionary], stdin: text)
        #expect(with.status == 0)
        #expect(with.stderr == "")  // no alias taken from a built-in company
        #expect(with.stdout == """
            company,company_name,mention,metric,value,unit,qualifier,period,change\r
            yunji,Yunji Technology,云迹科技,revenue,300000000,CNY,approx,2024,\r
            dreame,Dreame,追觅,revenue,10000000000,CNY,min,2025,\r
            dreame,Dreame,追觅,revenue,30,percent,exact,2025,yoy\r

            """)
        // Every id of the example is new: none is in the built-in dictionary.
        let builtIn = try runFactx(["companies", "--format", "tsv"])
        let builtInIds = Set(builtIn.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) })
        let exampleIds = try String(contentsOfFile: exampleDictionary, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { String($0.split(separator: "\t")[0]) }
        #expect(exampleIds == ["yunji", "dreame"])
        #expect(builtInIds.count > 400)
        #expect(builtInIds.isDisjoint(with: exampleIds))
    }
}
