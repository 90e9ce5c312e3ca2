import ArgumentParser
import FactKit
import Foundation

/// `factx extract-worker` (hidden): the process that extracts for `factx extract`. It reads frames of documents
/// on descriptor 3 and answers each with a frame of their facts, until the supervisor closes the socket.
/// A document that crashes it costs only that document: the supervisor names it and starts a new worker.
struct ExtractWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-worker",
        abstract: "The extraction worker process of factx extract (internal).",
        shouldDisplay: false)

    /// The descriptor the supervisor's socket is given as.
    static let channel: Int32 = 3

    @Option(name: .customLong("dictionary")) var dictionaries: [String] = []
    @Option var date: String?

    func run() throws { try Self.serve(dictionaries: dictionaries, date: date) }

    /// Runs a worker with the options as ``ExtractionWorkers`` writes them (`--dictionary FILE`, `--date DATE`),
    /// read without the argument parser (a tenth of a worker's start-up); false for anything else.
    static func serveDirectly(_ arguments: ArraySlice<String>) throws -> Bool {
        var dictionaries: [String] = [], date: String?
        var it = arguments.makeIterator()
        while let name = it.next() {
            guard let value = it.next() else { return false }
            switch name {
            case "--dictionary": dictionaries.append(value)
            case "--date": date = value
            default: return false
            }
        }
        try serve(dictionaries: dictionaries, date: date)
        return true
    }

    /// Answers the supervisor's frames until it closes the socket.
    static func serve(dictionaries: [String], date: String?) throws {
        let extractor = try FactExtractor(options: ExtractionOptions(dictionaries: dictionaries,
                                                                     documentDate: date.flatMap(CalendarDate.init)))
        #if DEBUG
        // Tests inject a crash: a debug build traps on a document holding this marker. Release builds lack it.
        let crashMarker = ProcessInfo.processInfo.environment["FACTX_DEBUG_CRASH_MARKER"].flatMap { $0.isEmpty ? nil : $0 }
        #endif
        while let frame = FrameChannel.read(from: channel) {
            // A frame holds a batch of documents; the reply, the facts of each in turn.
            var decoder = FrameDecoder(frame)
            guard let count = try? decoder.integer(), count >= 0 else { throw ExitCode(3) }
            var reply = FrameEncoder()
            reply.integer(count)
            for _ in 0..<count {
                guard let request = try? decoder.request() else { throw ExitCode(3) }
                #if DEBUG
                if let crashMarker, request.text.contains(crashMarker) { fatalError("crash injected by FACTX_DEBUG_CRASH_MARKER") }
                #endif
                reply.facts(extractor.extract(request.text, document: request.id, date: request.date.flatMap(CalendarDate.init)))
            }
            guard FrameChannel.write(reply.frame(), to: channel, socket: true) else { return }
        }
    }
}
