// A small program using FactKit as a library: prints the facts of the files it is given as TSV.
//
//   swift run factkit-example Examples/news/*.txt
//
// The same three steps as `factx extract`: decode the bytes (any encoding factx reads), extract, print.
import FactKit
import Foundation

let paths = Array(CommandLine.arguments.dropFirst())
if paths.isEmpty {
    FileHandle.standardError.write(Data("usage: factkit-example FILE...\n".utf8))
    exit(2)
}

// One extractor, made once (it loads the dictionaries) and shared; it is immutable and Sendable.
let dictionary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("dictionary.tsv").path
let extractor = try FactExtractor(options: ExtractionOptions(dictionaries: [dictionary]))

print(Fact.columns.joined(separator: "\t"))
var failed = false
for path in paths {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let (text, _) = try TextDecoder.decode(data)  // UTF-8, UTF-16, GB18030 or Big5, detected
        for fact in extractor.extract(text, document: path) {
            // Each column as FACTS.md writes it: exact decimal values, offsets in Unicode scalars.
            // TSV as factx writes it: backslash, tab and line breaks escaped.
            let row = Fact.columns.map { fact.field($0) ?? "" }.map {
                $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                    .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            }
            print(row.joined(separator: "\t"))
        }
    } catch {
        FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
        failed = true
    }
}
exit(failed ? 1 : 0)
