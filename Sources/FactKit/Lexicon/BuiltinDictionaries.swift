import Foundation
import FactKitDictionaries

/// Finds the built-in dictionary files that ship with the build (`Dictionaries/data`).
enum BuiltinDictionaries {
    /// The folder holding the built-in files, or nil when none is found.
    ///
    /// Looked up, in order: `$FACTKIT_DICTIONARIES`; the resource bundle beside the running
    /// executable or test bundle; the package's source tree.
    static let directory: URL? = {
        let fm = FileManager.default
        func valid(_ url: URL) -> Bool { fm.fileExists(atPath: url.appendingPathComponent("README.txt").path) }
        var candidates = [URL]()
        if let env = ProcessInfo.processInfo.environment["FACTKIT_DICTIONARIES"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let bundleName = "FactKit_FactKitDictionaries.resources"
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent(bundleName).appendingPathComponent("data"))
            folder = folder.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName).appendingPathComponent("data"))
        }
        candidates.append(DictionaryLocation.sourceDirectory)
        return candidates.first(where: valid)
    }()

    /// Reads one built-in file by its path relative to the data folder (`numerals.tsv`, `companies/cn.tsv`).
    static func file(_ relativePath: String) throws -> DictionaryFile {
        guard let directory else {
            throw DictionaryError(file: relativePath, line: 0,
                                  reason: "built-in dictionaries not found; set FACTKIT_DICTIONARIES to the Dictionaries/data folder")
        }
        let url = directory.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw DictionaryError(file: relativePath, line: 0, reason: "cannot read built-in dictionary at \(url.path)")
        }
        return DictionaryFile(name: relativePath, contents: text)
    }

    /// All built-in files in a sub-folder (`companies`), sorted by name.
    static func files(in folder: String, withExtension ext: String = "tsv") throws -> [DictionaryFile] {
        guard let directory else { return [] }
        let url = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return try names.filter { $0.hasSuffix("." + ext) }.sorted().map { try file(folder + "/" + $0) }
    }
}
