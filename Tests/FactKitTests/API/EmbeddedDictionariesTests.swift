import FactKitDictionaries
import Foundation
import Testing

/// The dictionaries compiled into the binary are exactly the files of `Dictionaries/data`: the folder is their
/// only copy, the build embeds it whole.
struct EmbeddedDictionariesTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Dictionaries/data")

    @Test func everyFileIsEmbeddedWithItsExactContents() throws {
        let walker = try #require(FileManager.default.enumerator(atPath: Self.data.path))
        var paths = [String]()
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: Self.data.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue && !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { paths.append(path) }
        }
        #expect(paths.contains("metrics.tsv"))
        #expect(paths.contains("companies/us.tsv"))
        #expect(paths.sorted() == DictionaryLocation.embeddedPaths)
        for path in paths {
            let onDisk = try String(contentsOf: Self.data.appendingPathComponent(path), encoding: .utf8)
            #expect(DictionaryLocation.embeddedContents(of: path) == onDisk, "\(path)")
        }
        #expect(DictionaryLocation.embeddedContents(of: "no-such.tsv") == nil)
    }
}
