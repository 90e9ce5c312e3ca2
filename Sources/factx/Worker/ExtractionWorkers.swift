import FactKit
import Foundation

/// Worker processes that extract facts for a supervising `factx extract`, so that a document which crashes
/// the extractor (a trap in the library) costs that document only.
///
/// Each is this program re-executed as `factx extract-worker`, fed batches of documents over a socket.
/// A thread takes an idle worker (or starts one), sends a batch and waits for their facts; when the
/// worker dies instead of answering, the batch's documents are sent again one by one, so the one that
/// crashed it is found; the next documents get a new worker. At most one worker per thread that asks, so `--jobs n` runs n workers.
final class ExtractionWorkers: @unchecked Sendable {
    /// What happened to a document sent to a worker.
    enum Reply {
        case facts([Fact])
        /// The worker died on the document; `detail` is what it said on stderr (a fatal error line), if anything.
        case crashed(detail: String)
        /// No worker could be started.
        case unavailable(String)
    }

    private let arguments: [String]
    private let lock = NSLock()
    private var idle: [WorkerProcess] = []

    /// - Parameter arguments: the worker's options (`--dictionary`, `--date`), after the subcommand name.
    /// - Parameter prestart: start one worker at once (its start-up overlaps the caller's).
    init(arguments: [String], prestart: Bool = false) {
        self.arguments = ["extract-worker"] + arguments
        if prestart, let worker = try? WorkerProcess(arguments: self.arguments) { idle.append(worker) }
    }

    deinit { stop() }

    /// The facts of each document, from an idle worker or a new one, in one round trip. When the worker
    /// dies on a batch of several, each document is sent again alone, so the one that crashes it is found
    /// and the others get their facts.
    func extract(_ documents: [Document]) -> [Reply] {
        guard !documents.isEmpty else { return [] }
        switch roundTrip(documents) {
        case .success(let facts): return facts.map(Reply.facts)
        case .failure(let failure):
            if documents.count == 1 { return [failure.reply] }
            if case .unavailable = failure.reply { return documents.map { _ in failure.reply } }
            return documents.flatMap { extract([$0]) }
        }
    }

    private func roundTrip(_ documents: [Document]) -> Result<[[Fact]], ReplyFailure> {
        lock.lock()
        var worker = idle.popLast()
        lock.unlock()
        if worker == nil {
            do { worker = try WorkerProcess(arguments: arguments) } catch { return .failure(ReplyFailure(.unavailable("\(error)"))) }
        }
        guard let worker else { return .failure(ReplyFailure(.unavailable("no worker"))) }
        var request = FrameEncoder()
        request.integer(documents.count)
        for document in documents { request.request(document) }
        if FrameChannel.write(request.frame(), to: worker.socket, socket: true),
           let frame = FrameChannel.read(from: worker.socket) {
            var decoder = FrameDecoder(frame)
            if let count = try? decoder.integer(), count == documents.count,
               let facts = try? (0..<count).map({ _ in try decoder.facts() }) {
                lock.lock()
                idle.append(worker)
                lock.unlock()
                return .success(facts)
            }
        }
        return .failure(ReplyFailure(.crashed(detail: worker.end())))
    }

    /// A batch for one job's pipelined round trips: its request is encoded at once, sent to a worker while
    /// that worker still extracts the batch before it, and its facts read by ``complete(_:thenSending:)``.
    struct Batch {
        let documents: [Document]
        fileprivate let request: [UInt8]
        /// The worker the request went to; nil while it is not sent.
        fileprivate var worker: WorkerProcess?

        init(_ documents: [Document]) {
            self.documents = documents
            var request = FrameEncoder()
            request.integer(documents.count)
            for document in documents { request.request(document) }
            self.request = request.frame()
        }
    }

    /// The facts of `batch` (sent first if it is not yet). While the worker extracts it, `next`'s request
    /// is sent to the same worker, so that the worker goes on at once with it while the caller writes
    /// these facts and prepares the batch after. A worker that dies costs what ``extract(_:)`` says:
    /// the documents of the batch it died on are sent again one by one; `next` goes to a new worker.
    func complete(_ batch: Batch, thenSending next: inout Batch?) -> [Reply] {
        guard !batch.documents.isEmpty else { return [] }
        let worker: WorkerProcess
        if let sent = batch.worker {
            worker = sent
        } else {
            lock.lock()
            let idleWorker = idle.popLast()
            lock.unlock()
            do { worker = try idleWorker ?? WorkerProcess(arguments: arguments) } catch {
                return batch.documents.map { _ in .unavailable("\(error)") }
            }
            guard FrameChannel.write(batch.request, to: worker.socket, socket: true) else {
                return failed(batch.documents, detail: worker.end())
            }
        }
        let following = next.map { $0.worker == nil ? $0.request : nil } ?? nil
        let (frame, sentFollowing) = worker.exchange(sending: following)
        if let frame {
            var decoder = FrameDecoder(frame)
            if let count = try? decoder.integer(), count == batch.documents.count,
               let facts = try? (0..<count).map({ _ in try decoder.facts() }) {
                if sentFollowing {
                    next?.worker = worker
                } else {
                    lock.lock()
                    idle.append(worker)
                    lock.unlock()
                }
                return facts.map(Reply.facts)
            }
        }
        return failed(batch.documents, detail: worker.end())
    }

    /// The replies for documents whose worker died on them: a lone document crashed it; several are sent again alone.
    private func failed(_ documents: [Document], detail: String) -> [Reply] {
        documents.count == 1 ? [.crashed(detail: detail)] : documents.flatMap { extract([$0]) }
    }

    private struct ReplyFailure: Error {
        var reply: Reply
        init(_ reply: Reply) { self.reply = reply }
    }

    /// Ends the idle workers (they exit when their socket closes) and reaps them.
    func stop() {
        lock.lock()
        let all = idle
        idle = []
        lock.unlock()
        for worker in all { _ = worker.end() }
    }
}

/// One worker process: its pid, the supervisor's end of its socket, and the read end of its stderr.
final class WorkerProcess {
    let pid: pid_t
    let socket: Int32
    private let stderrPipe: Int32
    private var ended = false

    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String]) throws(StartFailure) {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw StartFailure(description: "cannot start an extraction worker: \(String(cString: strerror(errno)))")
        }
        var errorPipe: [Int32] = [-1, -1]
        // A socket pair as the stderr pipe: created close-on-exec at once, so no other worker inherits it.
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &errorPipe) == 0 else {
            close(pair[0]); close(pair[1])
            throw StartFailure(description: "cannot start an extraction worker: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 2, 1)  // stray prints must not reach the real stdout
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        posix_spawn_file_actions_adddup2(&actions, pair[1], ExtractWorker.channel)
        let executable = "/proc/self/exe"
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a crash says its one line, not a backtrace
        let argv = ([CommandLine.arguments.first ?? "factx"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(pair[1])
        close(errorPipe[1])
        guard status == 0 else {
            close(pair[0]); close(errorPipe[0])
            throw StartFailure(description: "cannot start an extraction worker: \(String(cString: strerror(status)))")
        }
        pid = child
        socket = pair[0]
        stderrPipe = errorPipe[0]
    }

    /// Reads the next frame while sending `request` (when given) as the socket takes it: the worker
    /// reads a request only after writing its reply, so neither side waits on a full socket.
    /// Returns the frame (nil when the worker died) and whether all of `request` was sent.
    func exchange(sending request: [UInt8]?) -> (frame: [UInt8]?, sent: Bool) {
        let outgoing = request ?? []
        var sent = 0
        var header = [UInt8](repeating: 0, count: 8)
        var frame: [UInt8]?
        var received = 0
        while frame == nil || received < frame!.count {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN) | (sent < outgoing.count ? Int16(POLLOUT) : 0), revents: 0)
            if poll(&descriptor, 1, -1) < 0 {
                if errno == EINTR { continue }
                return (nil, false)
            }
            if sent < outgoing.count && descriptor.revents & Int16(POLLOUT) != 0 {
                let n = outgoing.withUnsafeBytes { send(socket, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
                if n > 0 { sent += n } else if errno != EAGAIN && errno != EINTR { return (nil, false) }
            }
            guard descriptor.revents & (Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)) != 0 else { continue }
            let n: Int
            if frame == nil {
                n = header.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + received, 8 - received, Int32(MSG_DONTWAIT)) }
            } else {
                n = frame!.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + received, $0.count - received, Int32(MSG_DONTWAIT)) }
            }
            if n == 0 { return (nil, false) }
            if n < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return (nil, false)
            }
            received += n
            if frame == nil && received == 8 {
                var length: UInt64 = 0
                for i in 0..<8 { length |= UInt64(header[i]) << (8 * UInt64(i)) }
                guard length < 1 << 40 else { return (nil, false) }
                frame = [UInt8](repeating: 0, count: Int(length))
                received = 0
            }
        }
        guard request != nil else { return (frame, false) }
        // The rest of the request: the worker reads it now that its reply is written.
        let rest = sent == outgoing.count || FrameChannel.write(Array(outgoing[sent...]), to: socket, socket: true)
        return (frame, rest)
    }

    /// Closes the socket, waits for the process to exit, and returns the last line it wrote on stderr.
    func end() -> String {
        guard !ended else { return "" }
        ended = true
        close(socket)
        var said: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(stderrPipe, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            said.append(contentsOf: chunk[0..<n])
            if said.count > 1 << 16 { said.removeFirst(said.count - (1 << 16)) }
        }
        close(stderrPipe)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let lines = String(decoding: said, as: UTF8.self).split(whereSeparator: \.isNewline)
        let fatal = lines.last { $0.contains("Fatal error") } ?? lines.last
        let signal = status & 0x7F
        let how = signal != 0 && signal != 0x7F ? "signal \(signal)" : "exit status \((status >> 8) & 0xFF)"
        return fatal.map { "\(how): \($0.trimmingCharacters(in: .whitespaces))" } ?? how
    }

    deinit { _ = end() }
}
