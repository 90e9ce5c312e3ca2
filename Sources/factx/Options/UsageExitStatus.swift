import ArgumentParser
import Foundation

extension FactX {
    /// Runs the command like `ParsableCommand.main()`, except that usage errors (a bad option, a failed
    /// `validate()`) exit with status 2, the Unix convention, instead of ArgumentParser's 64.
    /// Status 0 is success, 1 a run that went wrong (some inputs failed), 2 a command to correct.
    static func main() {
        // A worker's arguments are written by its supervisor: they are read without building the whole
        // command tree (a tenth of a worker's start-up).
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == ExtractWorker.configuration.commandName {
            do { if try ExtractWorker.serveDirectly(arguments.dropFirst()) { return } } catch { exit(withError: error) }
        }
        // The subcommand parsed, so that a usage error its run finds (an unknown --company) shows its usage.
        var parsed: (any ParsableCommand.Type)?
        do {
            var command = try parseAsRoot()
            parsed = type(of: command)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                var message = fullMessage(for: error)
                if let parsed, parsed != FactX.self {
                    let name = parsed._commandName
                    message = "Error: \(FactX.message(for: error))\nUsage: \(FactX.usageString(for: parsed))\n"
                        + "  See 'factx \(name) --help' for more information."
                }
                message = Suggestions.addingDidYouMean(to: message)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
