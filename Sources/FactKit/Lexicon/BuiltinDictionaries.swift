import Foundation
import FactKitDictionaries

/// The built-in dictionary files (`Dictionaries/data`): compiled into the binary, or read from the folder
/// `$FACTKIT_DICTIONARIES` names instead.
enum BuiltinDictionaries {
    /// The folder replacing the embedded files, when `FACTKIT_DICTIONARIES` is set and not empty.
    static let overrideDirectory: URL? = {
        guard let path = ProcessInfo.processInfo.environment[DictionaryLocation.overrideVariable], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }()

    /// Reads one built-in file by its path relative to the data folder (`numerals.tsv`, `companies/cn.tsv`).
    static func file(_ relativePath: String) throws -> DictionaryFile {
        guard let directory = overrideDirectory else {
            guard let text = DictionaryLocation.embeddedContents(of: relativePath) else {
                throw DictionaryError(file: relativePath, line: 0, reason: "no such built-in dictionary")
            }
            return DictionaryFile(name: relativePath, contents: text)
        }
        let url = directory.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw DictionaryError(file: relativePath, line: 0,
                                  reason: "cannot read \(url.path) (\(DictionaryLocation.overrideVariable) must name a folder laid out as Dictionaries/data)")
        }
        return DictionaryFile(name: relativePath, contents: text)
    }

    /// Whether the built-in files (or the folder replacing them) hold this file.
    static func contains(_ relativePath: String) -> Bool {
        guard let directory = overrideDirectory else { return DictionaryLocation.embeddedContents(of: relativePath) != nil }
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent(relativePath).path)
    }

    /// All built-in files in a sub-folder (`companies`), sorted by name.
    static func files(in folder: String, withExtension ext: String = "tsv") throws -> [DictionaryFile] {
        let names: [String]
        if let directory = overrideDirectory {
            names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? [])
        } else {
            let prefix = folder + "/"
            names = DictionaryLocation.embeddedPaths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                .filter { !$0.contains("/") }
        }
        return try names.filter { $0.hasSuffix("." + ext) }.sorted().map { try file(folder + "/" + $0) }
    }
}
