import ArgumentParser

/// Output formats for rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, tsv, json, jsonl
}
