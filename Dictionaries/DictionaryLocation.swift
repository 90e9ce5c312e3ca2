import Foundation

/// Where the built-in dictionary files live in the source tree. The files themselves ship as
/// this target's resources (`data/`); FactKit looks for them beside the built products first.
public enum DictionaryLocation {
    /// The `Dictionaries/data` folder of the package's source tree.
    public static let sourceDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("data")
}
