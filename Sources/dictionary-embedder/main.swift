// dictionary-embedder DATA_DIR OUTPUT.swift
//
// Writes one Swift source holding every file of DATA_DIR (Dictionaries/data) as a string literal, keyed by its
// path relative to DATA_DIR. Run at build time by the EmbedDictionaries plugin, so the built-in dictionaries are
// part of the binary and Dictionaries/data stays their only copy in the repository.
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dictionary-embedder: \(message)\n".utf8))
    exit(1)
}

/// A Swift string literal (double-quoted, one line) whose value is exactly `text`.
func literal(_ text: String) -> String {
    var out = "\""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029:
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: dictionary-embedder DATA_DIR OUTPUT.swift") }
let dataDirectory = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

guard let walker = FileManager.default.enumerator(at: dataDirectory, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles]) else {
    fail("cannot read \(dataDirectory.path)")
}
var files = [(path: String, contents: String)]()
let prefix = dataDirectory.path.hasSuffix("/") ? dataDirectory.path : dataDirectory.path + "/"
for case let url as URL in walker {
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
    let path = url.standardizedFileURL.path
    guard path.hasPrefix(prefix) else { fail("\(path) is outside \(prefix)") }
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path) is not UTF-8") }
    files.append((String(path.dropFirst(prefix.count)), text))
}
files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
guard !files.isEmpty else { fail("no file in \(dataDirectory.path)") }

var source = """
    // Generated at build time from Dictionaries/data by the EmbedDictionaries plugin (Sources/dictionary-embedder).
    // Not in the repository: edit the files of Dictionaries/data.

    /// The files of `Dictionaries/data`, embedded in the binary at build time.
    package enum EmbeddedDictionaries {
        /// Each file's contents, keyed by its path relative to `Dictionaries/data` (`metrics.tsv`, `companies/us.tsv`).
        package static let files: [String: String] = [

    """
for file in files {
    source += "        \(literal(file.path)): \(literal(file.contents)),\n"
}
source += "    ]\n}\n"
do {
    // Rewrite only on a change, so an unchanged data folder does not recompile the target.
    if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
        try Data(source.utf8).write(to: output, options: .atomic)
    }
} catch {
    fail("cannot write \(output.path): \(error)")
}
