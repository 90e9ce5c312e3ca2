import Foundation

/// Runs `transform` over a stream of inputs on several threads and hands the outputs back in input order.
///
/// A producer thread submits inputs; `workers` threads transform them; the calling thread consumes the
/// outputs in the order the inputs came. At most `window` inputs are in flight (submitted, not yet consumed):
/// the producer waits when the window is full, so memory stays bounded whatever the input's size, and an
/// output is consumed as soon as it and all before it are done, so a stream flows record by record.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let workers: Int
    private let window: Int
    private let transform: @Sendable (Input) -> Output

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(sequence: Int, input: Input)] = []
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var consumed = 0
    private var inputEnded = false
    private var stopped = false

    init(workers: Int, window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.workers = max(1, workers)
        self.window = max(1, window)
        self.transform = transform
    }

    /// Runs the pipeline.
    /// - Parameters:
    ///   - produce: runs on a thread of its own; calls its argument with each input in order, and stops
    ///     producing when that returns false (the run was stopped).
    ///   - consume: runs on the calling thread with each output in input order; returns false to stop the run.
    /// - Throws: what `consume` throws, after stopping the run.
    func run(produce: @escaping @Sendable (_ submit: (Input) -> Bool) -> Void, consume: (Output) throws -> Bool) throws {
        for _ in 0..<workers { start { self.work() } }
        start {
            produce { self.submit($0) }
            self.condition.lock()
            self.inputEnded = true
            self.condition.broadcast()
            self.condition.unlock()
        }
        while true {
            condition.lock()
            while finished[consumed] == nil && !(inputEnded && consumed == submitted) { condition.wait() }
            guard let output = finished.removeValue(forKey: consumed) else {
                condition.unlock()
                return
            }
            consumed += 1
            condition.broadcast()
            condition.unlock()
            let goOn: Bool
            do {
                goOn = try consume(output)
            } catch {
                stop()
                throw error
            }
            if !goOn {
                stop()
                return
            }
        }
    }

    /// Stops the run: the producer's next submit returns false, and idle workers end.
    /// (A producer blocked reading its input is left to end with the process.)
    private func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func submit(_ input: Input) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while submitted - consumed >= window && !stopped { condition.wait() }
        if stopped { return false }
        pending.append((submitted, input))
        submitted += 1
        condition.broadcast()
        return true
    }

    private func work() {
        while true {
            condition.lock()
            while pending.isEmpty && !inputEnded && !stopped { condition.wait() }
            if stopped || pending.isEmpty {
                condition.unlock()
                return
            }
            let (sequence, input) = pending.removeFirst()
            condition.unlock()
            let output = transform(input)
            condition.lock()
            finished[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    private func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 16 << 20
        thread.start()
    }
}
