import FactKit
import Foundation

/// Which facts are written (`--metric`, `--company`, `--min-confidence`, `--status`, `--segment`); nil lets everything through.
struct FactFilter: Sendable {
    var metrics: Set<Metric>? = nil
    var companies: Set<String>? = nil
    var minimumConfidence: Double? = nil
    var status: Status? = nil
    /// Segments compared without case; `""` is the whole company.
    var segments: Set<String>? = nil

    var keepsEverything: Bool { metrics == nil && companies == nil && minimumConfidence == nil && status == nil && segments == nil }

    func keeps(_ fact: Fact) -> Bool {
        if let metrics, !metrics.contains(fact.metric) { return false }
        if let companies, !companies.contains(fact.company) { return false }
        if let minimumConfidence, fact.confidence < minimumConfidence { return false }
        if let status, fact.status != status { return false }
        if let segments, !segments.contains(fact.segment.lowercased()) { return false }
        return true
    }
}

/// Extracts the facts of every document a reader yields, on `jobs` threads, and hands them to a sink
/// in input order (then offset order within a document): the same bytes whatever `jobs` is.
/// A document that cannot be read is reported and skipped; with `failFast` the run stops there.
struct BatchExtraction {
    var reader: DocumentReader
    /// The extractor of this process; nil when `workers` extract everything.
    var extractor: FactExtractor?
    var filter = FactFilter()
    var jobs = 1
    var failFast = false
    /// Worker processes that extract, so that a document crashing the extractor costs only itself;
    /// nil extracts in this process.
    var workers: ExtractionWorkers? = nil

    /// What a run did.
    struct Summary {
        var documents = 0
        var facts = 0
        var failures = 0
        var bytes = 0
        /// Whether the run stopped early at a failure (`failFast`).
        var stopped = false
    }

    /// One item's result.
    enum Outcome: Sendable {
        /// A document, its facts and, when the sink renders, their output rows.
        case document(Document, [Fact], rendered: FormattedRows?, bytes: Int)
        case failure(InputFailure, bytes: Int)
    }

    /// The facts of one document that pass the filter, in offset order.
    static func facts(of document: Document, extractor: FactExtractor, filter: FactFilter) -> [Fact] {
        kept(extractor.extract(document.text, document: document.id, date: document.date.flatMap(CalendarDate.init)), filter: filter)
    }

    /// The facts that pass the filter, in offset order.
    static func kept(_ extracted: [Fact], filter: FactFilter) -> [Fact] {
        var facts = extracted
        if filter.keepsEverything == false { facts.removeAll { !filter.keeps($0) } }
        // Facts come in text order but for a few (a list's facts, a conversion): sort only then, stably.
        if zip(facts, facts.dropFirst()).contains(where: { $1.span < $0.span }) {
            facts = facts.enumerated().sorted { ($0.element.span, $0.offset) < ($1.element.span, $1.offset) }.map(\.element)
        }
        return facts
    }

    /// At most this many documents, or about this many bytes, go to a worker process in one round trip.
    static let chunkItems = 32
    static let chunkBytes = 1 << 18

    /// Runs; calls `report` with each failure in input order.
    func run(into sink: inout some FactSink, progress: ProgressReporter, report: (InputFailure) -> Void) throws -> Summary {
        let reader = reader, extractor = extractor, filter = filter, workers = workers
        let sources = reader.sources()
        progress.start(totalBytes: sources.contains { if case .stdin = $0 { true } else { false } } ? nil
                           : sources.reduce(0) { if case .file(_, _, let size) = $1 { $0 + size } else { $0 } })
        let render = sink.renderer
        // Items go through the pipeline in chunks (one worker round trip each); a stream's chunk ends
        // at the last record read so far, so records still flow on one by one as they come.
        /// The outcomes of a chunk's items, given the worker's replies for its documents (none in process).
        @Sendable func outcomes(_ items: [DocumentReader.InputItem], _ loaded: [Result<Document, InputFailure>], _ replies: [ExtractionWorkers.Reply]) -> [Outcome] {
            var replies = replies.makeIterator()
            return zip(items, loaded).map { item, result in
                switch result {
                case .failure(let failure):
                    return .failure(failure, bytes: item.byteCount)
                case .success(let document):
                    guard workers != nil, let reply = replies.next() else {
                        guard let extractor else {
                            return .failure(InputFailure(source: document.id, reason: "no extractor", document: document.id), bytes: item.byteCount)
                        }
                        let facts = Self.facts(of: document, extractor: extractor, filter: filter)
                        return .document(document, facts, rendered: render?(document, facts), bytes: item.byteCount)
                    }
                    switch reply {
                    case .facts(let extracted):
                        let facts = Self.kept(extracted, filter: filter)
                        return .document(document, facts, rendered: render?(document, facts), bytes: item.byteCount)
                    case .crashed(let detail):
                        return .failure(InputFailure(source: document.id, reason: "the extractor crashed on this document (\(detail))",
                                                     document: document.id), bytes: item.byteCount)
                    case .unavailable(let reason):
                        return .failure(InputFailure(source: document.id, reason: reason, document: document.id), bytes: item.byteCount)
                    }
                }
            }
        }
        let pipeline = OrderedPipeline<[DocumentReader.InputItem], [Outcome]>(workers: jobs, window: jobs * 4) { items in
            let loaded = items.map { reader.load($0) }
            return outcomes(items, loaded, workers?.extract(loaded.compactMap { try? $0.get() }) ?? [])
        }
        var summary = Summary()
        try sink.begin()
        func consume(_ outcome: Outcome) throws -> Bool {
            switch outcome {
            case .document(let document, let facts, let rendered, let bytes):
                if let rendered {
                    try sink.write(rendered: rendered, document: document, facts: facts)
                } else {
                    try sink.write(document: document, facts: facts)
                }
                summary.documents += 1
                summary.facts += facts.count
                summary.bytes += bytes
            case .failure(let failure, let bytes):
                summary.failures += 1
                summary.bytes += bytes
                report(failure)
                if failFast {
                    summary.stopped = true
                    return false
                }
            }
            progress.update(summary)
            return true
        }
        func consume(_ outcomes: [Outcome]) throws -> Bool {
            for outcome in outcomes where try !consume(outcome) { return false }
            return true
        }
        let chunk = (items: workers == nil ? 1 : Self.chunkItems, bytes: Self.chunkBytes)
        if jobs <= 1, let workers {
            // One job and its worker: while the worker extracts a chunk, this thread writes the facts of the
            // chunk before and reads the chunk after, whose request reaches the worker before it is idle.
            // A chunk whose next item is not ready yet is finished at once (a stream flows on as it comes).
            var failure: Error?
            var inFlight: (items: [DocumentReader.InputItem], loaded: [Result<Document, InputFailure>], batch: ExtractionWorkers.Batch)?
            func finish(sending next: inout ExtractionWorkers.Batch?) throws -> Bool {
                guard let current = inFlight else { return true }
                inFlight = nil
                return try consume(outcomes(current.items, current.loaded, workers.complete(current.batch, thenSending: &next)))
            }
            reader.forEachChunk(of: sources, maxItems: chunk.items, maxBytes: chunk.bytes) { items, moreReady in
                do {
                    let loaded = items.map { reader.load($0) }
                    let documents = loaded.compactMap { try? $0.get() }
                    var batch = documents.isEmpty ? nil : ExtractionWorkers.Batch(documents)
                    guard try finish(sending: &batch) else { return false }
                    guard let batch else { return try consume(outcomes(items, loaded, [])) }
                    inFlight = (items, loaded, batch)
                    if moreReady { return true }
                    var none: ExtractionWorkers.Batch?
                    return try finish(sending: &none)
                } catch { failure = error; return false }
            }
            var none: ExtractionWorkers.Batch?
            if failure == nil { do { _ = try finish(sending: &none) } catch { failure = error } }
            if let failure { throw failure }
        } else if jobs <= 1 {
            // One job in process: read, extract and write in turn on this thread; no hand-offs between threads.
            var failure: Error?
            reader.forEachChunk(of: sources, maxItems: chunk.items, maxBytes: chunk.bytes) { items, _ in
                do { return try consume(pipeline.transformOne(items)) } catch { failure = error; return false }
            }
            if let failure { throw failure }
        } else {
            try pipeline.run(produce: { submit in reader.forEachChunk(of: sources, maxItems: chunk.items, maxBytes: chunk.bytes) { items, _ in submit(items) } },
                             consume: consume)
        }
        progress.finish()
        workers?.stop()
        if !summary.stopped { try sink.finish() }
        return summary
    }
}

