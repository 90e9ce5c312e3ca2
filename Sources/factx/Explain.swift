import ArgumentParser
import FactKit

// PLACEHOLDER: filled in by its issue's work.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "(not yet built)")
    func run() throws { throw ValidationError("factx explain is not built yet") }
}
