import Foundation

/// Where FactKit's built-in dictionaries come from.
///
/// The files of `Dictionaries/data` are compiled into the binary at build time (the `EmbedDictionaries`
/// plugin writes `EmbeddedDictionaries.files` into the build folder), so a copied `factx` needs neither the
/// checkout nor the build folder. `FACTKIT_DICTIONARIES` names a folder that replaces them.
package enum DictionaryLocation {
    /// The environment variable naming a folder laid out as `Dictionaries/data` whose files replace the built-in ones.
    package static let overrideVariable = "FACTKIT_DICTIONARIES"

    /// The built-in contents of one file by its path relative to `Dictionaries/data` (`metrics.tsv`,
    /// `companies/us.tsv`), or nil when there is no such file.
    package static func embeddedContents(of relativePath: String) -> String? {
        EmbeddedDictionaries.files[relativePath]
    }

    /// The paths of all built-in files, relative to `Dictionaries/data`, sorted.
    package static let embeddedPaths: [String] = EmbeddedDictionaries.files.keys.sorted()
}
