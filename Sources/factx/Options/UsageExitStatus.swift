import ArgumentParser
import Foundation

extension FactX {
    /// Runs the command like `ParsableCommand.main()`, except that usage errors (a bad option, a failed
    /// `validate()`) exit with status 2, the Unix convention, instead of ArgumentParser's 64.
    /// Status 0 is success, 1 a run that went wrong (some inputs failed), 2 a command to correct.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
