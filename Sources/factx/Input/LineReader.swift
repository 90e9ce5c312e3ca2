import Foundation

/// Reads a file descriptor line by line (`\n`, with a trailing `\r` dropped), holding one buffer and the
/// current line: constant memory whatever the input's size, and each line handed over as soon as it is complete.
struct LineReader {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0, end = 0
    private var atEnd = false
    /// Number of the line last returned, from 1.
    private(set) var lineNumber = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line without its terminator, or nil at the end of input.
    /// - Throws: `InputFailure`-ready text (`strerror`) when reading fails.
    mutating func next() throws(ReadError) -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if start < end {
                let newline = buffer.withUnsafeBytes { bytes -> Int? in
                    memchr(bytes.baseAddress! + start, 0x0A, end - start).map { UnsafeRawPointer($0) - bytes.baseAddress! }
                }
                if let newline {
                    line.append(contentsOf: buffer[start..<newline])
                    start = newline + 1
                    return finish(&line)
                }
                line.append(contentsOf: buffer[start..<end])
                start = end
            }
            if atEnd { return line.isEmpty ? nil : finish(&line) }
            let n = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: String(cString: strerror(errno)))
            }
            if n == 0 { atEnd = true }
            start = 0
            end = n
        }
    }

    /// Whether a whole next line is already buffered (``next()`` returns it without reading).
    var hasBufferedLine: Bool {
        guard start < end else { return false }
        return buffer.withUnsafeBytes { memchr($0.baseAddress! + start, 0x0A, end - start) != nil }
    }

    /// Whether ``next()`` can go on without waiting for a writer: a whole line is buffered, or the
    /// descriptor has input now (a file always has; a pipe once its writer wrote more).
    var hasReadyLine: Bool {
        if hasBufferedLine { return true }
        if atEnd { return start < end }
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, 0) > 0 && ready.revents & Int16(POLLIN) != 0
    }

    private mutating func finish(_ line: inout [UInt8]) -> [UInt8] {
        lineNumber += 1
        if line.last == 0x0D { line.removeLast() }
        return line
    }

    struct ReadError: Error { var reason: String }
}

/// The whole content of a file, read with POSIX calls so that failures say why (`Permission denied`).
func readWholeFile(_ path: String) throws(InputFailure) -> Data {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw InputFailure(source: path, reason: "cannot open: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    do {
        return try readAll(descriptor)
    } catch {
        throw InputFailure(source: path, reason: "cannot read: \(error.reason)")
    }
}

/// Everything up to the end of a file descriptor.
func readAll(_ descriptor: Int32) throws(LineReader.ReadError) -> Data {
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw LineReader.ReadError(reason: String(cString: strerror(errno)))
        }
        if n == 0 { return data }
        data.append(contentsOf: chunk[0..<n])
    }
}
