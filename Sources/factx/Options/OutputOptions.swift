import ArgumentParser
import FactKit
import Foundation

/// Output formats for rows: the library's.
typealias OutputFormat = RowFormat

extension RowFormat: ExpressibleByArgument {}

/// Output formats for facts: the row formats, or a SQLite database.
enum FactFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, tsv, json, jsonl, sqlite

    /// The row format, or nil for a database.
    var rows: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// Options shared by every subcommand that writes rows.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: csv (RFC 4180, with a header), tsv, json (one array), jsonl (an object a line) or, for extract, sqlite (a database file, with -o; re-runs replace a document's facts).")
    var format: FactFormat = .csv

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file (atomically: it appears complete or not at all) instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The columns to write, in this order (comma-separated, each once; the description above lists them), e.g. doc,value; an unknown name lists the valid ones.", valueName: "a,b,c"))
    var columns: [String] = []

    func validate() throws {
        if format == .sqlite, output == nil || output == "-" {
            throw ValidationError("--format sqlite writes a database file: pass -o FILE, e.g. -o facts.db.")
        }
        guard let output, output != "-" else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("-o \(output) is a folder; give a file name, e.g. -o \(output)/facts.csv.")
        }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("The folder of -o \(output) does not exist; create it first (mkdir -p \(folder)).")
        }
    }

    /// The row format, for the subcommands that write rows only (not a database).
    /// - Throws: `ValidationError` for `--format sqlite`.
    func rowFormat(of command: String) throws -> OutputFormat {
        guard let rows = format.rows else {
            throw ValidationError("--format sqlite holds facts: use it with factx extract; \(command) writes csv, tsv, json or jsonl.")
        }
        return rows
    }

    /// Whether rows go to stdout (no `-o`, or `-o -`).
    var writesStdout: Bool { (output ?? "-") == "-" }

    /// The chosen columns, checked against those available (`available` in their default order).
    /// - Throws: `ValidationError` listing the valid columns when one is unknown.
    func chosenColumns(from available: [String]) throws -> [String] {
        let chosen = commaList(columns)
        guard !chosen.isEmpty else { return available }
        var seen = Set<String>()
        for column in chosen {
            guard available.contains(column) else {
                throw ValidationError("Unknown column '\(column)'.\(Suggestions.didYouMean(column, among: available)) Choose from: \(available.joined(separator: ", ")).")
            }
            guard seen.insert(column).inserted else {
                throw ValidationError("--columns names '\(column)' twice; name each column once.")
            }
        }
        return chosen
    }
}
