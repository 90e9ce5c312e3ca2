import ArgumentParser
import FactKit

// PLACEHOLDER: filled in by its issue's work.
struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "numbers", abstract: "(not yet built)")
    func run() throws { throw ValidationError("factx numbers is not built yet") }
}
