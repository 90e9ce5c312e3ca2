import Foundation

/// Reports a run's progress on stderr: a live line (documents, facts, errors, MB/s, ETA) redrawn a few
/// times a second when stderr is a terminal, and nothing of it otherwise.
final class ProgressReporter {
    /// Whether the live line is drawn.
    let live: Bool
    private var totalBytes: Int?
    private var startTime = ProgressReporter.now()
    private var lastDraw = 0.0
    private var lineShown = false

    init(live: Bool) { self.live = live }

    /// Whether stderr is a terminal.
    static var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// Starts the clock; `totalBytes` (nil when reading a stream) gives the ETA.
    func start(totalBytes: Int?) {
        self.totalBytes = totalBytes
        startTime = Self.now()
    }

    /// Seconds since `start`.
    var elapsed: Double { Self.now() - startTime }

    func update(_ summary: BatchExtraction.Summary) {
        guard live else { return }
        let now = Self.now()
        guard now - lastDraw >= 0.2 else { return }
        lastDraw = now
        let seconds = max(now - startTime, 0.001)
        let rate = Double(summary.bytes) / seconds
        var line = "\(counted(summary.documents, "document")), \(counted(summary.facts, "fact")), \(counted(summary.failures, "error")), "
            + String(format: "%.1f MB/s", rate / 1_000_000)
        if let totalBytes, totalBytes > 0, rate > 0 {
            let left = Double(max(totalBytes - summary.bytes, 0)) / rate
            line += ", \(min(100, summary.bytes * 100 / totalBytes))%, ETA " + Self.duration(left)
        }
        draw(line)
    }

    /// Writes a message on a line of its own, above the live line.
    func note(_ message: String) {
        clear()
        printError(message)
    }

    /// Removes the live line.
    func finish() { clear() }

    /// The one-line summary of a run: `factx: 120 documents, 431 facts, 2 errors, 3.4 MB in 1.2 s`.
    func summaryLine(_ summary: BatchExtraction.Summary) -> String {
        let megabytes = String(format: "%.1f MB", Double(summary.bytes) / 1_000_000)
        return "factx: \(counted(summary.documents, "document")), \(counted(summary.facts, "fact")), \(counted(summary.failures, "error")), \(megabytes) in "
            + String(format: "%.1f s", elapsed) + (summary.stopped ? " (stopped at the first error: --fail-fast)" : "")
    }

    private func draw(_ line: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        lineShown = true
    }

    private func clear() {
        guard lineShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lineShown = false
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// `1 error`, `2 errors`.
func counted(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
