import ArgumentParser
import Foundation

/// `--errors FILE`: where rejected documents and records are listed (shared by the subcommands that read).
struct RejectionOptions: ParsableArguments {
    @Option(name: .customLong("errors"),
            help: ArgumentHelp("Write each rejected document or record as a JSON line {\"doc\", \"source\", \"reason\"} to this file; a run whose every rejection went there exits 0.",
                               valueName: "file"))
    var errors: String?

    func validate() throws {
        guard let errors else { return }
        guard errors != "-" else {
            throw ValidationError("--errors - would mix rejections into the rows on stdout; give a file, e.g. --errors rejected.jsonl.")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: errors, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("--errors \(errors) is a folder; give a file name, e.g. --errors \(errors)/rejected.jsonl.")
        }
        let folder = URL(fileURLWithPath: errors).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("The folder of --errors \(errors) does not exist; create it first (mkdir -p \(folder)).")
        }
    }

    /// The log these options ask for.
    func log() throws -> RejectionLog { try RejectionLog(path: errors) }
}
