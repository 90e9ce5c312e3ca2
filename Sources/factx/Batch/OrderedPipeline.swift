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
    /// The transform; its second argument is the worker's number (0 for ``transformOne(_:)``),
    /// so each worker can use state of its own.
    private let transform: @Sendable (Input, Int) -> Output

    // Guarded by `lock`; each party waits on its own condition and is signalled only when its
    // wait can end (a broadcast to every thread on every event costs more than the work itself).
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let workReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let outputReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let spaceReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var pending: [(sequence: Int, input: Input)] = []
    private var pendingHead = 0
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var consumed = 0
    private var inputEnded = false
    private var stopped = false
    private var producerWaiting = false

    convenience init(workers: Int, window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.init(workers: workers, window: window) { input, _ in transform(input) }
    }

    init(workers: Int, window: Int, transform: @escaping @Sendable (Input, _ worker: Int) -> Output) {
        self.workers = max(1, workers)
        self.window = max(1, window)
        self.transform = transform
        pthread_mutex_init(lock, nil)
        pthread_cond_init(workReady, nil)
        pthread_cond_init(outputReady, nil)
        pthread_cond_init(spaceReady, nil)
    }

    deinit {
        pthread_cond_destroy(workReady); workReady.deallocate()
        pthread_cond_destroy(outputReady); outputReady.deallocate()
        pthread_cond_destroy(spaceReady); spaceReady.deallocate()
        pthread_mutex_destroy(lock); lock.deallocate()
    }

    /// Runs the pipeline.
    /// - Parameters:
    ///   - produce: runs on a thread of its own; calls its argument with each input in order, and stops
    ///     producing when that returns false (the run was stopped).
    ///   - consume: runs on the calling thread with each output in input order; returns false to stop the run.
    /// - Throws: what `consume` throws, after stopping the run.
    func run(produce: @escaping @Sendable (_ submit: (Input) -> Bool) -> Void, consume: (Output) throws -> Bool) throws {
        for worker in 0..<workers { start { self.work(worker) } }
        start {
            produce { self.submit($0) }
            pthread_mutex_lock(self.lock)
            self.inputEnded = true
            pthread_cond_broadcast(self.workReady)
            pthread_cond_signal(self.outputReady)
            pthread_mutex_unlock(self.lock)
        }
        while true {
            pthread_mutex_lock(lock)
            while finished[consumed] == nil && !(inputEnded && consumed == submitted) { pthread_cond_wait(outputReady, lock) }
            guard let output = finished.removeValue(forKey: consumed) else {
                pthread_mutex_unlock(lock)
                return
            }
            consumed += 1
            if producerWaiting && submitted - consumed <= window / 2 { pthread_cond_signal(spaceReady) }
            pthread_mutex_unlock(lock)
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

    /// Transforms one input on the calling thread (for a run with one job and no threads).
    func transformOne(_ input: Input) -> Output { transform(input, 0) }

    /// Stops the run: the producer's next submit returns false, and idle workers end.
    /// (A producer blocked reading its input is left to end with the process.)
    private func stop() {
        pthread_mutex_lock(lock)
        stopped = true
        pthread_cond_broadcast(workReady)
        pthread_cond_broadcast(spaceReady)
        pthread_mutex_unlock(lock)
    }

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

    private func work(_ worker: Int) {
        while true {
            pthread_mutex_lock(lock)
            while pendingHead == pending.count && !inputEnded && !stopped { pthread_cond_wait(workReady, lock) }
            if stopped || pendingHead == pending.count {
                pthread_mutex_unlock(lock)
                return
            }
            let (sequence, input) = pending[pendingHead]
            pendingHead += 1
            pthread_mutex_unlock(lock)
            let output = transform(input, worker)
            pthread_mutex_lock(lock)
            finished[sequence] = output
            if sequence == consumed { pthread_cond_signal(outputReady) }
            pthread_mutex_unlock(lock)
        }
    }

    private func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 16 << 20
        thread.start()
    }
}
