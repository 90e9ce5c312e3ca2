import ArgumentParser
import FactKit

// PLACEHOLDER: filled in by its issue's work.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet built)")
    func run() throws { throw ValidationError("factx extract is not built yet") }
}
