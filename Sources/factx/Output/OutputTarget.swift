import Foundation

/// Where output bytes go: stdout, or a file written atomically — into a temporary file in the same
/// folder, renamed over the destination only by ``commit()``. Until then the destination keeps its old
/// content; a target dropped without a commit (an error, `--fail-fast`, Ctrl-C) removes its temporary file.
final class OutputTarget {
    /// The destination path; nil for stdout.
    let path: String?
    /// Whether each document's output is flushed at once (a stream filter's consumer sees it without delay).
    let flushEachDocument: Bool
    private var descriptor: Int32
    private var temporaryPath: String?
    private var buffer: [UInt8] = []
    private var failure: String?

    /// Opens stdout (`path` nil or `-`) or a temporary file beside `path`.
    /// - Throws: `OutputError` naming the folder and the reason.
    init(path: String?, flushEachDocument: Bool = false) throws {
        self.flushEachDocument = flushEachDocument
        buffer.reserveCapacity(1 << 16)
        guard let path, path != "-" else {
            self.path = nil
            descriptor = 1
            return
        }
        self.path = path
        let url = URL(fileURLWithPath: path)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).factx-XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        let temporary = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        temporaryPath = temporary
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        TemporaryFileCleanup.register(temporary)
    }

    deinit {
        if let temporaryPath {
            close(descriptor)
            unlink(temporaryPath)
            TemporaryFileCleanup.unregister()
        }
    }

    func write(_ text: String) {
        buffer.appendUTF8(text)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Marks the end of a document's output; flushes when `flushEachDocument`.
    /// - Throws: the first write error so far.
    func endOfDocument() throws {
        if flushEachDocument { flush() }
        if let failure { throw OutputError(message: failure) }
    }

    /// Flushes; for a file, makes it durable and renames it over the destination.
    func commit() throws {
        flush()
        if let failure { throw OutputError(message: failure) }
        guard let path, let temporaryPath else { return }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            self.temporaryPath = nil
            TemporaryFileCleanup.unregister()
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
        self.temporaryPath = nil
        TemporaryFileCleanup.unregister()
    }

    func flush() {
        guard !buffer.isEmpty, failure == nil else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = "cannot write \(path ?? "the output"): \(String(cString: strerror(errno)))"
                    return
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// An output that could not be written.
struct OutputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Removes the temporary output file when the process is interrupted (SIGINT, SIGTERM, SIGHUP).
enum TemporaryFileCleanup {
    // Read by the signal handler, so kept as a plain C string; set and cleared on the main thread.
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var installed = false

    static func register(_ temporary: String) {
        unregister()
        path = strdup(temporary)
        guard !installed else { return }
        installed = true
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                if let path = TemporaryFileCleanup.path { unlink(path) }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func unregister() {
        let old = path
        path = nil
        free(old)
    }
}
