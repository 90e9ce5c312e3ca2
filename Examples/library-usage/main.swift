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

// TSV as factx writes it (every FACTS.md column; backslash, tab and line breaks escaped): the library's writer.
let writer = FactRowWriter(format: .tsv)
print(writer.header, terminator: "")
var failed = false
for path in paths {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let (text, _) = try TextDecoder.decode(data)  // UTF-8, UTF-16, GB18030 or Big5, detected
        for fact in extractor.extract(text, document: path) {
            // Each column as FACTS.md writes it: exact decimal values, offsets in Unicode scalars.
            print(writer.row(fact), terminator: "")
        }
    } catch {
        FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
        failed = true
    }
}
exit(failed ? 1 : 0)
