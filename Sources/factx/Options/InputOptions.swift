import ArgumentParser
import FactKit

/// How input records are framed.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Each file (or stdin) is one document.
    case text
    /// Each line is a JSON record `{"id": …, "text": …, "date": …}`.
    case jsonl
}

/// Options shared by every subcommand that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read; '-' or nothing reads stdin.")
    var paths: [String] = []

    @Option(help: "How inputs are framed: text (a file is a document) or jsonl (a line is a record {\"id\",\"text\",\"date\"}).")
    var input: InputFormat?
}
