import Foundation

/// Where output bytes go: stdout, or a file written atomically — into a temporary file in the same
/// folder, renamed over the destination only by ``commit()``. Until then the destination keeps its old
/// content; a target dropped without a commit (an error, `--fail-fast`, Ctrl-C) removes its temporary file.
///
/// The one `-o` of every subcommand (and of `--errors`):
/// - a file that exists keeps its mode (a private 0600 file stays private) and, when the user may, its owner;
///   a file nobody may write (0444) is not replaced: that is an error naming it;
/// - a symbolic link stays a link: its final target is what is written;
/// - a device or pipe (`/dev/null`, `/dev/stderr`, a FIFO) is written in place, as a stream;
/// - the temporary file `.NAME.factx-XXXXXX` is locked while it is written, so one left by a killed run
///   (no lock any more) is removed by the next run writing the same file.
final class OutputTarget {
    /// The destination path as given; nil for stdout.
    let path: String?
    /// Whether each document's output is flushed at once (a stream filter's consumer sees it without delay).
    let flushEachDocument: Bool
    private var descriptor: Int32
    /// The file the temporary one is renamed over: the destination, or the final target of its link.
    private var destination: String?
    private var temporaryPath: String?
    private var buffer: [UInt8] = []
    private var failure: String?

    /// Opens stdout (`path` nil or `-`), a device or pipe in place, or a temporary file beside the destination.
    /// - Throws: `OutputError` naming the file and the reason.
    init(path: String?, flushEachDocument: Bool = false) throws {
        self.flushEachDocument = flushEachDocument
        buffer.reserveCapacity(1 << 16)
        guard let path, path != "-" else {
            self.path = nil
            descriptor = 1
            return
        }
        self.path = path
        let target = try Self.linkTarget(of: path)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists, (existing.st_mode & S_IFMT) != S_IFREG {
            guard (existing.st_mode & S_IFMT) != S_IFDIR else { throw OutputError(message: "cannot write \(path): it is a folder") }
            // A device or a pipe: written as a stream, there is nothing to rename over.
            let fd = open(target, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
            descriptor = fd
            return
        }
        if exists {
            let mode = existing.st_mode & 0o7777
            if mode & 0o222 == 0 || access(target, W_OK) != 0 {
                throw OutputError(message: "cannot replace \(path): it is read-only (mode \(String(mode, radix: 8))); "
                                  + "make it writable (chmod u+w \(path)) or choose another -o")
            }
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).factx-"
        Self.removeStaleTemporaries(in: folder, prefix: prefix)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(prefix + "XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)  // worker processes must not hold it (nor its lock)
        _ = flock(fd, LOCK_EX | LOCK_NB)
        descriptor = fd
        destination = target
        let temporary = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        temporaryPath = temporary
        if exists {
            _ = fchown(fd, existing.st_uid, existing.st_gid)  // allowed to root and to the owner in the owner's groups
            fchmod(fd, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
        TemporaryFileCleanup.register(temporary)
    }

    /// The final target of `path` when it is a symbolic link (relative links read from the link's folder),
    /// else `path`. A dangling link's target is created.
    static func linkTarget(of path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = target.hasPrefix("/") ? target
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path
        }
        throw OutputError(message: "cannot write \(path): too many levels of symbolic links")
    }

    /// Removes `prefix`XXXXXX files that no run holds locked: those of runs that were killed.
    static func removeStaleTemporaries(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.utf8.count == prefix.utf8.count + 6 {
            let candidate = folder + "/" + name
            let fd = open(candidate, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(candidate) }
            close(fd)
        }
    }

    deinit {
        if let temporaryPath {
            close(descriptor)
            unlink(temporaryPath)
            TemporaryFileCleanup.unregister(temporaryPath)
        } else if descriptor > 2 {
            close(descriptor)
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
        guard let path, let temporaryPath, let destination else { return }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            self.temporaryPath = nil
            TemporaryFileCleanup.unregister(temporaryPath)
            throw OutputError(message: "cannot write \(path): \(reason)")
        }
        self.temporaryPath = nil
        TemporaryFileCleanup.unregister(temporaryPath)
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

/// Removes the temporary output files (of `-o`, of `--errors`) when the process is interrupted (SIGINT, SIGTERM, SIGHUP).
enum TemporaryFileCleanup {
    private static let slots = 8
    // Read by the signal handler, so kept as plain C strings; set and cleared on the main thread.
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
        paths.initialize(repeating: nil, count: slots)
        return paths
    }()
    nonisolated(unsafe) private static var installed = false

    static func register(_ temporary: String) {
        guard let free = (0..<slots).first(where: { paths[$0] == nil }) else { return }  // the next run removes it
        paths[free] = strdup(temporary)
        guard !installed else { return }
        installed = true
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                for i in 0..<TemporaryFileCleanup.slots {
                    if let path = TemporaryFileCleanup.paths[i] { unlink(path) }
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func unregister(_ temporary: String) {
        for i in 0..<slots {
            if let path = paths[i], String(cString: path) == temporary {
                paths[i] = nil
                free(path)
            }
        }
    }
}
