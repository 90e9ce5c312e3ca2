import Foundation
import PackagePlugin

/// Compiles the built-in dictionaries into the target that applies it: every file of the target's `data` folder
/// becomes a string literal of a generated source (`EmbeddedDictionaries.files`), written by
/// `scripts/embed-dictionaries.sh` of the same target, so a copied binary needs no checkout. The folder is the
/// only copy in the repository; the generated source lives in the build folder.
@main
struct EmbedDictionaries: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SwiftSourceModuleTarget else { return [] }
        let data = module.directoryURL.appending(path: "data")
        let script = module.directoryURL.appending(path: "scripts/embed-dictionaries.sh")
        var inputs = [script]
        if let walker = FileManager.default.enumerator(at: data, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDictionaries.swift")
        return [.buildCommand(
            displayName: "Embedding the built-in dictionaries of \(target.name)",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: [script.path, data.path, output.path],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
