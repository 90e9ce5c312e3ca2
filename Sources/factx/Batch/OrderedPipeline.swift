import Foundation

/// Runs `transform` over a stream of inputs on several threads and hands the outputs on in input order.
///
/// A producer thread submits inputs; `workers` threads transform them. The worker that finishes the
/// output next in input order consumes it, and every finished output after it, one worker at a time,
/// so no thread waits to be woken for each output; the calling thread sleeps until the run is over.
/// At most `window` inputs are in flight (submitted, not yet consumed): the producer waits when the
/// window is full, so memory stays bounded whatever the input's size, and an output is consumed as
/// soon as it and all before it are done, so a stream flows record by record.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let workers: Int
    private let window: Int
    private let transform: @Sendable (Input) -> Output

    // Guarded by `lock`; each party waits on its own condition and is signalled only when its
    // wait can end (a broadcast to every thread on every event costs more than the work itself).
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let workReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let runOver = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let spaceReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var pending: [(sequence: Int, input: Input)] = []
    private var pendingHead = 0
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var consumed = 0
    private var inputEnded = false
    private var stopped = false
    private var producerWaiting = false
    /// Whether a worker is consuming outputs now (only one does at a time).
    private var consuming = false
    private var runningWorkers = 0
    private var consumeError: Error?
    /// The run's `consume`, set for the length of ``run(produce:consume:)``.
    private var consume: ((Output) throws -> Bool)?

    init(workers: Int, window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.workers = max(1, workers)
        self.window = max(1, window)
        self.transform = transform
        pthread_mutex_init(lock, nil)
        pthread_cond_init(workReady, nil)
        pthread_cond_init(runOver, nil)
        pthread_cond_init(spaceReady, nil)
    }

    deinit {
        pthread_cond_destroy(workReady); workReady.deallocate()
        pthread_cond_destroy(runOver); runOver.deallocate()
        pthread_cond_destroy(spaceReady); spaceReady.deallocate()
        pthread_mutex_destroy(lock); lock.deallocate()
    }

    /// Runs the pipeline.
    /// - Parameters:
    ///   - produce: runs on a thread of its own; calls its argument with each input in order, and stops
    ///     producing when that returns false (the run was stopped).
    ///   - consume: called with each output in input order, on one worker thread at a time (never two
    ///     at once), while the calling thread waits; returns false to stop the run.
    /// - Throws: what `consume` throws, after stopping the run.
    func run(produce: @escaping @Sendable (_ submit: (Input) -> Bool) -> Void, consume: (Output) throws -> Bool) throws {
        try withoutActuallyEscaping(consume) { consume in
            pthread_mutex_lock(lock)
            self.consume = consume
            runningWorkers = workers
            pthread_mutex_unlock(lock)
            for _ in 0..<workers { start { self.work() } }
            start {
                produce { self.submit($0) }
                pthread_mutex_lock(self.lock)
                self.inputEnded = true
                pthread_cond_broadcast(self.workReady)
                pthread_mutex_unlock(self.lock)
            }
            // The run is over when every worker has ended: input ended and all consumed, or stopped.
            pthread_mutex_lock(lock)
            while runningWorkers > 0 { pthread_cond_wait(runOver, lock) }
            self.consume = nil
            let error = consumeError
            pthread_mutex_unlock(lock)
            if let error { throw error }
        }
    }

    /// Transforms one input on the calling thread (for a run with one job and no threads).
    func transformOne(_ input: Input) -> Output { transform(input) }

    private func submit(_ input: Input) -> Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if submitted - consumed >= window {
            // A full window waits until half of it has drained: one wake-up per half window, not per item.
            producerWaiting = true
            while submitted - consumed > window / 2 && !stopped { pthread_cond_wait(spaceReady, lock) }
            producerWaiting = false
        }
        if stopped { return false }
        if pendingHead > 64, pendingHead * 2 > pending.count {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
        pending.append((submitted, input))
        submitted += 1
        pthread_cond_signal(workReady)
        return true
    }

    private func work() {
        pthread_mutex_lock(lock)
        while true {
            while pendingHead == pending.count && !inputEnded && !stopped { pthread_cond_wait(workReady, lock) }
            if stopped || pendingHead == pending.count { break }
            let (sequence, input) = pending[pendingHead]
            pendingHead += 1
            pthread_mutex_unlock(lock)
            let output = transform(input)
            pthread_mutex_lock(lock)
            finished[sequence] = output
            // The worker that finds the next output in order consumes it and those after it;
            // another worker already doing so will come to this one.
            guard !consuming else { continue }
            consuming = true
            while !stopped, let next = finished.removeValue(forKey: consumed) {
                consumed += 1
                if producerWaiting && submitted - consumed <= window / 2 { pthread_cond_signal(spaceReady) }
                pthread_mutex_unlock(lock)
                let goOn: Bool
                var failure: Error?
                do { goOn = try consume!(next) } catch { goOn = false; failure = error }
                pthread_mutex_lock(lock)
                if !goOn {
                    consumeError = consumeError ?? failure
                    stopped = true
                    pthread_cond_broadcast(workReady)
                    pthread_cond_broadcast(spaceReady)
                }
            }
            consuming = false
        }
        runningWorkers -= 1
        // The last worker out: a stop may have left outputs unconsumed; they are dropped.
        if runningWorkers == 0 { pthread_cond_signal(runOver) }
        pthread_mutex_unlock(lock)
    }

    private func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 16 << 20
        thread.start()
    }
}
