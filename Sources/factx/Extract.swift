import ArgumentParser
import FactKit
import Foundation

/// `factx extract`: the facts of files, folders or stdin as CSV, TSV, JSON or JSON Lines rows.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract typed facts (company, metric, value, unit, period) from files, folders or stdin.",
        discussion: """
            Columns (FACTS.md): doc, company, company_name, mention, metric, value, unit, item, qualifier, low, high, \
            period, change, segment, status, text, start, end, sentence, confidence, then the --keep-fields.
            Rows come in input order (folders in sorted path order), then text order, identical whatever --jobs is.
            A document that cannot be read is named on stderr and the others still get their facts.
            Exit status: 0 all went well (or every rejected input is listed in --errors), 1 some inputs failed, \
            2 a usage error. A document that crashes the extractor is rejected alone: "DOC: the extractor crashed \
            on this document".

            Examples:
              factx extract news/ -o facts.csv
              factx extract --input jsonl --format jsonl < records.jsonl
              factx extract news/ --format sqlite -o facts.db
            """)

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var extractOptions: ExtractOptions
    @OptionGroup var runOptions: RunOptions
    @OptionGroup var rejectionOptions: RejectionOptions

    func validate() throws {
        _ = try outputOptions.chosenColumns(from: Fact.columns + extractOptions.keptFields)
    }

    func run() throws {
        // The first worker starts now, loading its dictionaries while this process loads its own.
        let workers = runOptions.inProcess ? nil : ExtractionWorkers(arguments: extractOptions.workerArguments, prestart: true)
        // This process loads dictionaries only when it extracts itself, or to check what the user gave
        // (dictionary files or a folder replacing the built-in ones, company ids): the built-in ones are the workers' to load.
        let replaced = !(ProcessInfo.processInfo.environment["FACTKIT_DICTIONARIES"] ?? "").isEmpty
        let checks = replaced || !extractOptions.dictionaryOptions.dictionaries.isEmpty || !commaList(extractOptions.company).isEmpty
        let extractor = workers == nil || checks ? try makeExtractor() : nil
        // Ids are known once the dictionaries are loaded: a misspelt one would silently match nothing.
        if let extractor, let problem = CompanyIds.problem(commaList(extractOptions.company), known: extractor.companies.map(\.id)) {
            throw problem
        }
        var sink = try makeSink()
        let progress = ProgressReporter(live: !runOptions.quiet && ProgressReporter.stderrIsTerminal)
        var batch = BatchExtraction(reader: inputOptions.reader, extractor: extractor, filter: extractOptions.filter,
                                    jobs: runOptions.jobCount, failFast: runOptions.failFast)
        batch.workers = workers
        let rejections = try rejectionOptions.log()
        let summary: BatchExtraction.Summary
        do {
            summary = try batch.run(into: &sink, progress: progress) { failure in
                progress.note("factx: \(failure)")
                rejections.record(failure)
            }
        } catch {
            try? rejections.commit()
            throw error
        }
        try rejections.commit()
        if !runOptions.quiet { printError(progress.summaryLine(summary)) }
        // Rejections listed in --errors do not fail the run; a run stopped by --fail-fast does.
        if summary.failures > 0 && (!rejections.absorbs || summary.stopped) { throw ExitCode.failure }
    }

    /// The output format's sink: the one place a format picks where rows go.
    func makeSink() throws -> any FactSink {
        let columns = try outputOptions.chosenColumns(from: Fact.columns + extractOptions.keptFields)
        guard let rows = outputOptions.format.rows else {
            // A database is updated in place, a batch a transaction; re-run documents have their facts replaced.
            return SQLiteFactSink(path: outputOptions.output!)
        }
        // A stream filter (stdin to stdout) hands each document's rows on at once.
        let target = try OutputTarget(path: outputOptions.output,
                                      flushEachDocument: inputOptions.readsStdin && (outputOptions.output ?? "-") == "-")
        return TextFactSink(format: rows, columns: columns, target: target)
    }

    func makeExtractor() throws -> FactExtractor {
        do {
            return try FactExtractor(options: extractOptions.extractionOptions)
        } catch let error as DictionaryError {
            throw ValidationError("\(error) (fix the dictionary, see Dictionaries/README.md).")
        }
    }
}
