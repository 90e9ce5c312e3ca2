import ArgumentParser
import FactKit
import Foundation

/// How input records are framed.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Each file (or stdin) is one document.
    case text
    /// Each line is a JSON record `{"id": …, "text": …, "date": …}`.
    case jsonl
}

/// How documents are read: framing, encoding and which files of a folder (shared by every subcommand that reads).
struct ReadingOptions: ParsableArguments {
    @Option(help: "How inputs are framed: text (a file is a document) or jsonl (a line is a record {\"id\",\"text\",\"date\"}). Default: .jsonl files are records, everything else text.")
    var input: InputFormat?

    @Option(help: ArgumentHelp("The text files' encoding: auto (UTF-8, UTF-16 with BOM, GB18030/GBK or Big5, detected) or an ICU converter name such as GBK, Big5, UTF-16LE, windows-1252.", valueName: "name"))
    var encoding = "auto"

    @Option(help: ArgumentHelp("Read the files of folders that match this pattern (repeatable), e.g. '*.html' or 'cn/*.txt'; replaces the default *.txt, *.md, *.jsonl.", valueName: "glob"))
    var include: [String] = []

    /// A reader of `paths` configured by these options.
    func reader(of paths: [String]) -> DocumentReader {
        DocumentReader(paths: paths, jsonl: input == .jsonl,
                       encoding: encoding.lowercased() == "auto" ? nil : encoding,
                       include: include, jsonlByExtension: input == nil)
    }

    func validate() throws {
        guard TextDecoder.isKnownEncoding(encoding) else {
            throw ValidationError("Unknown encoding '\(encoding)': use auto, UTF-8, UTF-16, GB18030, GBK, Big5 or another ICU converter name.")
        }
    }
}

/// The documents to read: paths, and how to read them.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders to read (folders recursively: *.txt, *.md, *.jsonl); '-' or nothing reads stdin.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var reading: ReadingOptions

    /// A reader configured by these options.
    var reader: DocumentReader { reading.reader(of: paths) }

    /// Whether stdin is read (no path, or `-`).
    var readsStdin: Bool { paths.isEmpty || paths.contains("-") }

    func validate() throws {
        if paths.isEmpty && isatty(0) != 0 {
            throw ValidationError("Pass a file or folder, or pipe text on stdin (e.g. factx extract news/ or cat a.txt | factx extract).")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Stdin ('-') can be read only once; pass '-' a single time.")
        }
    }
}

/// The entries of repeatable, comma-separated list options (`--metric revenue,units --metric price`), trimmed.
func commaList(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
