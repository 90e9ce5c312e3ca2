import ArgumentParser

@main
struct FactX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factx",
        abstract: "Extract typed business facts (company, metric, value, unit, period) from news text.",
        version: FactxVersion.current,
        subcommands: [Extract.self, Numbers.self, Companies.self, Explain.self, ExtractWorker.self],
        defaultSubcommand: Extract.self
    )
}
