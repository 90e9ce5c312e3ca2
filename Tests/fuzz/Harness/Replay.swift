#if !FUZZING
import Foundation

/// Without libFuzzer: runs the harness over the files and folders given (a corpus, the regression inputs),
/// so a plain build replays every input once; a crash ends it with the input's name on stderr.
@main
struct Replay {
    static func main() {
        var files: [String] = []
        for path in CommandLine.arguments.dropFirst() {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                exit(1)
            }
            FileHandle.standardError.write(Data("\(file)\n".utf8))
            data.withUnsafeBytes { Harness.run($0) }
        }
        print("replayed \(files.count) inputs, no crash")
    }
}
#endif
