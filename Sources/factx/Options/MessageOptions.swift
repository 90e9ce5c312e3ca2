import ArgumentParser

/// `-q`: what a run says on stderr besides its errors, shared by every subcommand that reads documents.
struct MessageOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "No progress, no summary and no warnings on stderr; errors are still reported.")
    var quiet = false
}

extension MessageOptions {
    /// Writes the summary of a listing run on stderr unless `-q`: `factx: 3 documents, 12 figures, 0 errors`.
    func summarize(documents: Int, rows: Int, noun: String, errors: Int) {
        guard !quiet else { return }
        printError("factx: \(counted(documents, "document")), \(counted(rows, noun)), \(counted(errors, "error"))")
    }

    /// Writes a warning on stderr unless `-q`.
    func warn(_ message: String) {
        if !quiet { printError("warning: \(message)") }
    }
}
