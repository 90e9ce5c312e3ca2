import Foundation
import Testing

/// One set of conventions for every subcommand: version, usage errors with suggestions, output options,
/// help texts, completion and `explain`'s inputs.
struct ConsistentCLITests {
    @Test func versionIsPrinted() throws {
        let r = try runFactx(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n") == ["0.9.0"])
    }

    /// `--company`: an id of no loaded dictionary and not of the `~name` form → usage error, closest ids named.
    static let companyIds: [(arguments: [String], status: Int32, stderr: String)] = [
        (["--company", "nvdia"], 2, "Unknown company 'nvdia': no loaded dictionary has this id. Did you mean nvidia"),
        (["--company", "asml,tsmcc"], 2, "Unknown company 'tsmcc': no loaded dictionary has this id. Did you mean tsmc"),
        (["--company", "zzzzzzzzzz"], 2, "Unknown company 'zzzzzzzzzz': no loaded dictionary has this id. `factx companies` lists"),
        (["--company", "NVIDIA"], 0, ""),
        (["--company", "~大立光"], 0, ""),
        (["--company", "acme"], 0, ""),  // from --dictionary
    ]

    @Test(arguments: companyIds)
    func companyIdsAreChecked(arguments: [String], status: Int32, stderr: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dictionary = folder.path + "/mine.tsv"
        try "acme\tAcme\t艾克米\n".write(toFile: dictionary, atomically: true, encoding: .utf8)
        let r = try runFactx(["extract", "-q", "--dictionary", dictionary] + arguments, stdin: "ASML一季度营收53亿欧元。")
        #expect(r.status == status, "\(r.stderr)")
        #expect(stderr.isEmpty || r.stderr.contains(stderr), "\(r.stderr)")
        if status == 2 { #expect(r.stdout.isEmpty) }
    }

    @Test func aCompanyIdFiltersFacts() throws {
        let r = try runFactx(["extract", "-q", "--company", "ASML", "--columns", "company,value"], stdin: "ASML一季度营收53亿欧元，台积电营收200亿美元。")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "company,value\r\nasml,5300000000\r\n")
    }

    /// Every subcommand that writes rows: csv by default, `--columns` (each once), `-o` and `-q`.
    static let rows: [(arguments: [String], stdout: String)] = [
        (["numbers"], "doc,text,start,end,kind,value,unit,item,qualifier,low,high\r\n<stdin>,53亿欧元,9,14,money,5300000000,EUR,,exact,,\r\n"),
        (["numbers", "--columns", "value,text"], "value,text\r\n5300000000,53亿欧元\r\n"),
        (["numbers", "--format", "jsonl", "--columns", "start,unit"], #"{"start": 9, "unit": "EUR"}"# + "\n"),
        (["companies", "-"], "doc,company,name,text,start,end\r\n<stdin>,asml,ASML,ASML,0,4\r\n"),
        (["companies", "-", "--columns", "company,start"], "company,start\r\nasml,0\r\n"),
        (["extract", "--columns", "company,value"], "company,value\r\nasml,5300000000\r\n"),
    ]

    @Test(arguments: rows)
    func rowsAreCSVByDefaultWithChosenColumns(arguments: [String], stdout: String) throws {
        let r = try runFactx(arguments + ["-q"], stdin: "ASML一季度营收53亿欧元。")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == stdout)
        #expect(r.stderr.isEmpty)
    }

    @Test(arguments: ["numbers", "companies", "extract"])
    func everySubcommandWritesOneOutputFileTheSameWay(command: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.path + "/rows.csv"
        try "old\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let r = try runFactx([command, "-", "-o", file], stdin: "ASML一季度营收53亿欧元。")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix(command == "companies" ? "doc,company" : "doc,"))
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        // A summary on stderr, unless -q.
        #expect(r.stderr.hasPrefix("factx: 1 document, "), "\(r.stderr)")
        let missing = try runFactx([command, "-", "-o", folder.path + "/no/such/rows.csv"], stdin: "x")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist; create it first"))
    }

    static let usageErrors: [(arguments: [String], message: String)] = [
        (["numbers", "--columns", "text,text"], "--columns names 'text' twice"),
        (["companies", "--columns", "id,nmae"], "Unknown column 'nmae'. Did you mean name? Choose from: id, name, aliases, parent, tickers."),
        (["companies", "-", "--columns", "id"], "Unknown column 'id'."),
        (["numbers", "--format", "sqlite", "-o", "/tmp/x.db"], "--format sqlite holds facts: use it with factx extract"),
        (["numbers", "--format", "xml"], "The value 'xml' is invalid for '--format <format>'. Please provide one of 'csv', 'tsv', 'json', 'jsonl' or 'sqlite'.\n"),
        (["numbers", "--format", "jsnl"], "Please provide one of 'csv', 'tsv', 'json', 'jsonl' or 'sqlite'. Did you mean jsonl or json?\n"),
        (["extract", "--status", "forcast"], "Please provide one of 'actual' and 'forecast'. Did you mean forecast?\n"),
        (["companies", "--input", "json"], "Please provide one of 'text' and 'jsonl'. Did you mean jsonl?\n"),
        (["explain", "--text", "营收", "a.txt"], "Explain either --text or documents"),
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let r = try runFactx(arguments, stdin: "营收53亿欧元")
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// `explain` reads a file, stdin and JSON Lines records as the other subcommands do; `--text` is a text.
    @Test func explainReadsDocumentsLikeTheOtherSubcommands() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "ASML一季度营收53亿欧元。"
        let file = folder.path + "/asml.txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let literal = try runFactx(["explain", "--date", "2024-04-17", "--text", text])
        #expect(literal.status == 0, "\(literal.stderr)")
        #expect(literal.stdout.hasPrefix("reference date: 2024-04-17\n"))
        #expect(literal.stdout.contains("FACT     asml revenue 5300000000 EUR 2024-Q1"), "\(literal.stdout)")
        for (arguments, stdin, id) in [([file], nil, file), ([], text, "<stdin>"), (["-"], text, "<stdin>")] as [([String], String?, String)] {
            let r = try runFactx(["explain", "--date", "2024-04-17"] + arguments, stdin: stdin)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == "== \(id) ==\n" + literal.stdout)
        }
        let records = #"{"id": "a", "text": "ASML一季度营收53亿欧元。", "date": "2023-05-01"}"# + "\n" + #"{"id": "b", "text": "无"}"# + "\n"
        let r = try runFactx(["explain", "--input", "jsonl"], stdin: records)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("== a ==\nreference date: 2023-05-01\n"), "\(r.stdout)")
        #expect(r.stdout.contains("\n== b ==\n"))
        let missing = try runFactx(["explain", folder.path + "/none.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.txt"))
    }

    /// Help texts: one value name per kind of value, and a default said once.
    @Test(arguments: ["extract", "numbers", "companies", "explain"])
    func helpTextsAgree(command: String) throws {
        let r = try runFactx([command, "--help"])
        #expect(r.status == 0)
        let help = r.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(!help.contains("<YYYY-MM-DD>"))
        #expect(help.components(separatedBy: "default:").count <= 4, "\(help)")
        #expect(!help.contains("(default: the number of cores). Output is the same whatever the number. (default:"))
        for option in ["--format <format>", "--output <file>", "--columns <a,b,c>", "--quiet", "--dictionary <file>", "--date <date>"]
        where help.contains(option.split(separator: " ")[0] + " ") {
            #expect(help.contains(option), "\(command): \(option)")
        }
        if command != "explain" {
            for option in ["--format <format>", "-o, --output <file>", "--columns <a,b,c>", "-q, --quiet"] {
                #expect(help.contains(option), "\(command) lacks \(option)")
            }
        }
        if command == "extract" || command == "explain" { #expect(help.contains("--date <date>")) }
    }

    /// The description `swift package generate-manual` makes the man page of: every subcommand, with its options.
    @Test func theManualsSourceDescribesEverySubcommand() throws {
        let r = try runFactx(["--experimental-dump-help"])
        #expect(r.status == 0, "\(r.stderr)")
        let info = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let command = try #require(info["command"] as? [String: Any])
        #expect(command["commandName"] as? String == "factx")
        let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        for name in ["extract", "numbers", "companies", "explain"] { #expect(names.contains(name), "\(names)") }
    }

    /// Shell completion of `--metric` and `--company` values.
    @Test func completionOffersMetricsAndCompanyIds() throws {
        let script = try runFactx(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.stdout.contains("net_profit"))
        #expect(script.stdout.contains("gross_margin"))
        let ids = try runFactx(["---completion", "extract", "--", "--company", "3", "2", "factx", "extract", "--company", "nv"])
        #expect(ids.stdout.split(separator: "\n").contains("nvidia"), "\(ids.stdout) \(ids.stderr)")
    }
}
