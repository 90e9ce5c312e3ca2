import ArgumentParser
import FactKit

// PLACEHOLDER: filled in by its issue's work.
struct Companies: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "companies", abstract: "(not yet built)")
    func run() throws { throw ValidationError("factx companies is not built yet") }
}
