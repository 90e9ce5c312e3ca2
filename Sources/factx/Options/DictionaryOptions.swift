import ArgumentParser

/// User company dictionaries layered over the built-in one, shared by the subcommands that match companies.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("dictionary"),
            help: ArgumentHelp("A company dictionary (TSV, see Dictionaries/README.md) layered over the built-in one; repeatable, later files win.",
                               valueName: "file"))
    var dictionaries: [String] = []
}
