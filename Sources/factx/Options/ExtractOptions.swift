import ArgumentParser
import FactKit
import Foundation

/// What `factx extract` extracts: reference date, user dictionaries, filters and record fields kept.
struct ExtractOptions: ParsableArguments {
    @OptionGroup var dateOptions: DateOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: ArgumentHelp("Only facts of these metrics (repeatable or comma-separated), e.g. revenue,net_profit.", valueName: "metric"),
            completion: .list(Metric.allCases.map(\.rawValue)))
    var metric: [String] = []

    @Option(help: ArgumentHelp("Only facts about these company ids (repeatable or comma-separated), e.g. nvidia,tsmc.", valueName: "id"),
            completion: CompanyIds.completion)
    var company: [String] = []

    @Option(help: ArgumentHelp("Only facts whose confidence is at least this (0–1), e.g. 0.8.", valueName: "x"))
    var minConfidence: Double?

    @Option(help: ArgumentHelp("Only reported figures (actual) or only guidance, plans and estimates (forecast).", valueName: "status"))
    var status: Status?

    @Option(help: ArgumentHelp("Only facts of these segments (repeatable or comma-separated, any case), e.g. 'Data Center,数据中心'; '' is the whole company.", valueName: "name"))
    var segment: [String] = []

    @Flag(help: "Only figures of the whole company, no segment (the same as --segment '').")
    var wholeCompany = false

    @Option(help: ArgumentHelp("Copy these fields of JSON Lines records into extra output columns (comma-separated), e.g. url,title.", valueName: "a,b"))
    var keepFields: [String] = []

    func validate() throws {
        for file in dictionaryOptions.dictionaries where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("Cannot read the dictionary '\(file)': check the path (--dictionary FILE, a .tsv file).")
        }
        for name in commaList(metric) where Metric(rawValue: name) == nil {
            let names = Metric.allCases.map(\.rawValue)
            throw ValidationError("Unknown metric '\(name)'.\(Suggestions.didYouMean(name, among: names)) Choose from: \(names.joined(separator: ", ")).")
        }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1, e.g. --min-confidence 0.8.")
        }
        if wholeCompany, !segment.isEmpty, segment.contains(where: { !$0.isEmpty }) {
            throw ValidationError("--whole-company keeps only facts with no segment: drop --segment, or add '' to it to keep both.")
        }
        for field in commaList(keepFields) where Fact.columns.contains(field) {
            throw ValidationError("--keep-fields '\(field)' is already a fact column; keep only other record fields (e.g. url, title).")
        }
    }

    /// The reference date of `--date`, as given.
    var date: String? { dateOptions.date }

    /// The extraction options: user dictionaries and reference date.
    var extractionOptions: ExtractionOptions {
        ExtractionOptions(dictionaries: dictionaryOptions.dictionaries, documentDate: date.flatMap(CalendarDate.init))
    }

    /// The filter of `--metric`, `--company`, `--min-confidence`, `--status`, `--segment` and `--whole-company`.
    var filter: FactFilter {
        let metrics = commaList(metric).compactMap(Metric.init(rawValue:))
        // Dictionary ids are lowercase; a `~Name` id keeps the case the text writes.
        let companies = commaList(company).map { CompanyIds.isUndictionaried($0) ? $0 : $0.lowercased() }
        var segments = Set(segmentNames.map { $0.lowercased() })
        if wholeCompany { segments.insert("") }
        return FactFilter(metrics: metrics.isEmpty ? nil : Set(metrics), companies: companies.isEmpty ? nil : Set(companies),
                          minimumConfidence: minConfidence, status: status,
                          segments: segment.isEmpty && !wholeCompany ? nil : segments)
    }

    /// The names of `--segment`: comma-separated, trimmed; an empty argument (`--segment ''`) is the whole company.
    var segmentNames: [String] {
        segment.flatMap { argument -> [String] in
            argument.isEmpty ? [""] : argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The options an extraction worker process needs to extract as this run would.
    var workerArguments: [String] {
        dictionaryOptions.dictionaries.flatMap { ["--dictionary", $0] } + (date.map { ["--date", $0] } ?? [])
    }

    /// The record fields kept as extra columns.
    var keptFields: [String] { commaList(keepFields) }
}

/// How a run goes: parallelism, failures, messages.
struct RunOptions: ParsableArguments {
    @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Documents processed in parallel (default: the number of cores). Output is the same whatever the number.", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Stop at the first document that cannot be read (exit status 1); -o is then left untouched.")
    var failFast = false

    @OptionGroup var messages: MessageOptions

    /// Whether progress and summary are left out (`-q`).
    var quiet: Bool { messages.quiet }

    /// The documents processed in parallel: `--jobs`, else the number of cores.
    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// Extract in this process instead of worker processes (a crash then ends the run); for measurements.
    @Flag(help: .hidden)
    var inProcess = false

    func validate() throws {
        guard (1...1024).contains(jobCount) else {
            throw ValidationError("--jobs must be between 1 and 1024, e.g. --jobs \(ProcessInfo.processInfo.activeProcessorCount).")
        }
    }
}

extension Status: ExpressibleByArgument {}
