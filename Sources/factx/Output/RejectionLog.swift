import Foundation

/// The `--errors FILE` side channel: one JSON line per rejected document or record —
/// `{"doc": …, "source": …, "reason": …}` — written through the same atomic `-o` mechanism as rows.
/// With it, a run whose every rejection went there succeeds (exit status 0), so a cluster job's bad
/// record costs that record, not the job.
final class RejectionLog {
    static let columns = ["doc", "source", "reason"]
    private let target: OutputTarget?
    private var writer: RowWriter?

    /// A log writing to `path`, or none (nil): rejections then only go to stderr and the exit status.
    init(path: String?) throws {
        guard let path else {
            target = nil
            return
        }
        let target = try OutputTarget(path: path, flushEachDocument: true)
        self.target = target
        writer = RowWriter(format: .jsonl, columns: Self.columns, sink: { target.write($0) })
    }

    /// Whether rejections are written somewhere (and so do not fail the run).
    var absorbs: Bool { target != nil }

    /// Writes one rejection: the document's id (a record's `id` when it had one, else where it stood),
    /// where it stood (`file`, `file:line`), and why.
    func record(_ failure: InputFailure) {
        guard let target else { return }
        writer?.write([failure.document ?? failure.source, failure.source, failure.reason])
        try? target.endOfDocument()
    }

    /// Completes the file (renames it into place).
    func commit() throws {
        try target?.commit()
    }
}
