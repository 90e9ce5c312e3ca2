import FactKit
import Foundation

/// Reads documents from paths: files, folders (recursively, in sorted order) and `-` for stdin;
/// plain text in any encoding `TextDecoder` reads, or JSON Lines records `{"id", "text", "date", …}`.
///
/// Reading happens in two steps so that the slow part can run in parallel: ``forEachItem(_:)`` walks the
/// inputs in order and yields cheap ``InputItem``s (a path, a line of JSON Lines); ``load(_:)`` turns one
/// into a document (reads the file, decodes it, parses the record). ``forEach(_:)`` does both in turn.
struct DocumentReader: Sendable {
    /// Files, folders and `-`; empty means stdin.
    var paths: [String]
    /// Whether every input is JSON Lines (`--input jsonl`).
    var jsonl: Bool
    /// An encoding name to force for text documents, or nil to detect.
    var encoding: String? = nil
    /// File-name patterns that choose which files of a folder are read (`*.txt`); empty means ``defaultIncludes``.
    /// A pattern holding `/` is matched against the path below the folder given.
    var include: [String] = []
    /// Whether files ending in `.jsonl` are read as records even without `--input jsonl`.
    var jsonlByExtension = true

    /// What a folder's files are read when no `--include` is given.
    static let defaultIncludes = ["*.txt", "*.md", "*.jsonl"]
    /// The id of the document read from stdin.
    static let stdinName = "<stdin>"

    /// One input as found, in input order.
    enum Source: Sendable {
        /// A file to read; `records` when it holds JSON Lines; `size` in bytes.
        case file(path: String, records: Bool, size: Int)
        case stdin(records: Bool)
        case failure(InputFailure)
    }

    /// One unit of reading work, in input order.
    enum InputItem: Sendable {
        /// A text file: one document.
        case textFile(path: String, size: Int)
        /// All of stdin: one document.
        case stdinText(Data)
        /// One non-blank line of JSON Lines at `source:line`.
        case record(source: String, line: Int, bytes: [UInt8])
        case failure(InputFailure)

        /// Bytes of input the item covers (for progress).
        var byteCount: Int {
            switch self {
            case .textFile(_, let size): return size
            case .stdinText(let data): return data.count
            case .record(_, _, let bytes): return bytes.count + 1
            case .failure: return 0
            }
        }
    }

    /// Calls `body` with each document or failure, in input order.
    func forEach(_ body: (Result<Document, InputFailure>) throws -> Void) throws {
        var thrown: Error?
        forEachItem { item in
            do {
                try body(load(item))
                return true
            } catch {
                thrown = error
                return false
            }
        }
        if let thrown { throw thrown }
    }

    // MARK: - Walking the inputs

    /// The inputs in order: files given and the files of folders (sorted, hidden ones skipped), stdin,
    /// and paths that cannot be read.
    func sources() -> [Source] {
        var out: [Source] = []
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" {
                out.append(.stdin(records: jsonl))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                out.append(.failure(InputFailure(source: path, reason: "no such file or folder")))
                continue
            }
            if isFolder.boolValue {
                var visited = Set<String>()
                var found: [(relative: String, source: Source)] = []
                walk(folder: path, relative: "", into: &found, visited: &visited)
                if found.isEmpty {
                    let patterns = (include.isEmpty ? Self.defaultIncludes : include).joined(separator: ", ")
                    let reason = Self.holdsAnything(path) ? "no file in the folder matches \(patterns) (choose others with --include)"
                                                          : "an empty folder: no files to read"
                    out.append(.failure(InputFailure(source: path, reason: reason)))
                }
                // Sorted paths, byte by byte as `LC_ALL=C sort` would: `a.md` before `a/b.txt`.
                out += found.sorted { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }.map(\.source)
            } else {
                out.append(.file(path: path, records: isRecords(path), size: fileSize(path)))
            }
        }
        return out
    }

    /// Whether a folder holds any entry besides `.` and `..`.
    private static func holdsAnything(_ folder: String) -> Bool {
        !((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty
    }

    private func walk(folder: String, relative: String, into out: inout [(relative: String, source: Source)], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }  // a symlink loop
        guard let listing = opendir(folder) else {
            out.append((relative, .failure(InputFailure(source: folder, reason: "cannot list the folder: \(String(cString: strerror(errno)))"))))
            return
        }
        var names: [String] = []
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(listing)
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let below = relative.isEmpty ? name : relative + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                // A symbolic link whose target is gone: a file the user meant to be read, when its name matches.
                if isIncluded(name: name, relative: below) {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " to \($0)" } ?? ""
                    out.append((below, .failure(InputFailure(source: path, reason: "a dangling symbolic link\(target): its target does not exist"))))
                }
                continue
            }
            if isFolder.boolValue {
                walk(folder: path, relative: below, into: &out, visited: &visited)
            } else if isIncluded(name: name, relative: below) {
                out.append((below, .file(path: path, records: isRecords(path), size: fileSize(path))))
            }
        }
    }

    /// Whether a file found in a folder is read.
    func isIncluded(name: String, relative: String) -> Bool {
        (include.isEmpty ? Self.defaultIncludes : include).contains { pattern in
            pattern.contains("/") ? fnmatch(pattern, relative, FNM_PATHNAME) == 0 : fnmatch(pattern, name, 0) == 0
        }
    }

    private func isRecords(_ path: String) -> Bool {
        jsonl || (jsonlByExtension && path.lowercased().hasSuffix(".jsonl"))
    }

    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Calls `submit` with each item, in input order, until it returns false.
    /// JSON Lines inputs are read a line at a time, so a stream of records is never held whole.
    func forEachItem(_ submit: (InputItem) -> Bool) {
        forEachItem(of: sources(), submit)
    }

    func forEachItem(of sources: [Source], _ submit: (InputItem) -> Bool) {
        forEachReadyItem(of: sources) { item, _ in submit(item) }
    }

    /// Calls `submit` with chunks of consecutive items, in input order, until it returns false: up to
    /// `maxItems` items or `maxBytes` bytes, and never waiting for input to fill one — a chunk ends where
    /// the next record is not read yet (a stream's records flow on as they come). `submit` is told whether
    /// the item after the chunk is ready without waiting for input.
    func forEachChunk(of sources: [Source], maxItems: Int, maxBytes: Int, _ submit: (_ items: [InputItem], _ moreReady: Bool) -> Bool) {
        var chunk: [InputItem] = []
        var bytes = 0
        var goOn = true
        forEachReadyItem(of: sources) { item, moreReady in
            chunk.append(item)
            bytes += item.byteCount
            guard !moreReady || chunk.count >= maxItems || bytes >= maxBytes else { return true }
            goOn = submit(chunk, moreReady)
            chunk = []
            bytes = 0
            return goOn
        }
        if goOn && !chunk.isEmpty { _ = submit(chunk, false) }
    }

    /// Calls `submit` with each item and whether the next one is ready without waiting for input.
    private func forEachReadyItem(of sources: [Source], _ submitReady: (InputItem, Bool) -> Bool) {
        for (index, source) in sources.enumerated() {
            func submit(_ item: InputItem) -> Bool { submitReady(item, index + 1 < sources.count) }
            switch source {
            case .failure(let failure):
                guard submit(.failure(failure)) else { return }
            case .file(let path, false, let size):
                guard submit(.textFile(path: path, size: size)) else { return }
            case .stdin(false):
                do {
                    guard submit(.stdinText(try readAll(0))) else { return }
                } catch {
                    guard submit(.failure(InputFailure(source: Self.stdinName, reason: "cannot read: \(error.reason)"))) else { return }
                }
            case .file(let path, true, _):
                let descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else {
                    guard submit(.failure(InputFailure(source: path, reason: "cannot open: \(String(cString: strerror(errno)))"))) else { return }
                    continue
                }
                defer { close(descriptor) }
                guard forEachRecord(descriptor: descriptor, source: path, { item, more in submitReady(item, more || index + 1 < sources.count) }) else { return }
            case .stdin(true):
                guard forEachRecord(descriptor: 0, source: Self.stdinName, { item, more in submitReady(item, more) }) else { return }
            }
        }
    }

    /// Submits each non-blank line; false when `submit` asked to stop.
    private func forEachRecord(descriptor: Int32, source: String, _ submit: (InputItem, _ moreReady: Bool) -> Bool) -> Bool {
        var lines = LineReader(descriptor: descriptor)
        while true {
            let line: [UInt8]
            do {
                guard let next = try lines.next() else { return true }
                line = next
            } catch {
                return submit(.failure(InputFailure(source: "\(source):\(lines.lineNumber + 1)", reason: "cannot read: \(error.reason)")), false)
            }
            var bytes = line
            if lines.lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard submit(.record(source: source, line: lines.lineNumber, bytes: bytes), lines.hasReadyLine) else { return false }
        }
    }

    // MARK: - Loading

    /// Reads, decodes or parses one item.
    func load(_ item: InputItem) -> Result<Document, InputFailure> {
        switch item {
        case .failure(let failure):
            return .failure(failure)
        case .textFile(let path, _):
            do {
                return decode(try readWholeFile(path), id: path)
            } catch {
                return .failure(error)
            }
        case .stdinText(let data):
            return decode(data, id: Self.stdinName)
        case .record(let source, let line, let bytes):
            return Self.parseRecord(bytes, at: "\(source):\(line)")
        }
    }

    /// `UTF-16LE` or `UTF-16BE` when NUL bytes stand at every other byte, as in UTF-16 text of Latin
    /// characters, digits and punctuation; nil otherwise.
    static func utf16Guess(_ data: Data) -> String? {
        let sample = data.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var nulAtEven = 0, nulAtOdd = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { nulAtEven += 1 } else { nulAtOdd += 1 }
        }
        let pairs = sample.count / 2
        if nulAtOdd * 4 >= pairs, nulAtEven * 20 <= nulAtOdd { return "UTF-16LE" }
        if nulAtEven * 4 >= pairs, nulAtOdd * 20 <= nulAtEven { return "UTF-16BE" }
        return nil
    }

    /// Whether a text holds U+0000, found with `memchr` over its UTF-8 bytes rather than byte by byte.
    static func holdsNUL(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        } ?? text.utf8.contains(0)
    }

    private func decode(_ data: Data, id: String) -> Result<Document, InputFailure> {
        do {
            let (text, encoding) = try TextDecoder.decode(data, encoding: encoding)
            if Self.holdsNUL(text), let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: nul)
                return .failure(InputFailure(source: id, reason: "holds a NUL character at character \(offset) (read as \(encoding)): not text"))
            }
            return .success(Document(id: id, text: text, date: nil, encoding: encoding))
        } catch let error as TextDecodingError {
            var reason = error.description
            if case .binary = error, encoding == nil, let utf16 = Self.utf16Guess(data) {
                reason = "looks like UTF-16 without a byte order mark (NUL bytes between characters); read it with --encoding \(utf16)"
            }
            if case .undetected = error { reason += "; name its encoding with --encoding" }
            if case .invalid = error, encoding == nil { reason += "; name its encoding with --encoding" }
            return .failure(InputFailure(source: id, reason: reason))
        } catch {
            return .failure(InputFailure(source: id, reason: "\(error)"))
        }
    }

    /// The members of a record that make the document; their string values are unescaped as the line is read.
    private static let documentMembers = ["text", "id", "date"]

    /// A JSON Lines record: an object with a `text` string, an optional `id` (string or number; else
    /// `file:line` is the id) and an optional `date` string.
    ///
    /// ``JSONRecord`` reads the line; one it does not take goes to `JSONSerialization`, which decides
    /// (see ``parseRecordThroughFoundation(_:at:)``), so both accept the same lines with the same values.
    static func parseRecord(_ line: [UInt8], at location: String) -> Result<Document, InputFailure> {
        guard let record = JSONRecord(parsing: line, decoding: documentMembers) else {
            return parseRecordThroughFoundation(line, at: location)
        }
        func value(_ name: String) -> RecordValue {
            guard let member = record.member(named: name) else { return .absent }
            switch member.kind {
            case .string: return record.string(of: member).map(RecordValue.string) ?? .other
            case .null: return .null
            case .integer: return .number(String(decoding: line[member.value], as: UTF8.self))
            case .number, .true, .false: return RecordValue(foundation: record.foundationValue(of: member))
            case .object, .array: return .other
            }
        }
        return document(text: value("text"), id: value("id"), date: value("date"), fields: RecordFields(record), at: location)
    }

    /// A record read by `JSONSerialization`, for the lines ``JSONRecord`` does not take.
    static func parseRecordThroughFoundation(_ line: [UInt8], at location: String) -> Result<Document, InputFailure> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            return .failure(InputFailure(source: location, reason: "malformed JSON (a line must be one JSON object)"))
        }
        guard let record = object as? [String: Any] else {
            return .failure(InputFailure(source: location, reason: "not a JSON object (a line must be {\"id\": …, \"text\": …})"))
        }
        return document(text: RecordValue(foundation: record["text"]), id: RecordValue(foundation: record["id"]),
                        date: RecordValue(foundation: record["date"]), fields: RecordFields(record), at: location)
    }

    /// A record member as the document's checks see it.
    enum RecordValue {
        case absent, null
        case string(String)
        /// A number or boolean, with `NSNumber`'s text for it.
        case number(String)
        /// An array or object.
        case other

        init(foundation value: Any?) {
            switch value {
            case nil: self = .absent
            case is NSNull: self = .null
            case let string as String: self = .string(string)
            case let number as NSNumber: self = .number(number.stringValue)
            default: self = .other
            }
        }
    }

    /// A record's `id` as text, when it has a usable one.
    private static func recordID(_ id: RecordValue) -> String? {
        switch id {
        case .string(let string), .number(let string): return string
        default: return nil
        }
    }

    /// The document of a record's `text`, `id` and `date`, or what is wrong with them (checked in that order).
    private static func document(text: RecordValue, id: RecordValue, date: RecordValue, fields: RecordFields,
                                 at location: String) -> Result<Document, InputFailure> {
        let body: String
        switch text {
        case .string(let string): body = string
        case .absent: return .failure(InputFailure(source: location, reason: "no \"text\" field", document: recordID(id) ?? location))
        default: return .failure(InputFailure(source: location, reason: "\"text\" is not a string", document: recordID(id) ?? location))
        }
        guard !body.isEmpty else { return .failure(InputFailure(source: location, reason: "empty \"text\"", document: recordID(id) ?? location)) }
        if Self.holdsNUL(body), let nul = body.unicodeScalars.firstIndex(of: "\u{0}") {
            // As a text file holding a NUL byte is refused, so is a record whose text holds U+0000.
            let offset = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: nul)
            return .failure(InputFailure(source: location, reason: "\"text\" holds a NUL character (\\u0000) at character \(offset)",
                                         document: recordID(id) ?? location))
        }
        var documentID = location
        switch id {
        case .absent, .null: break
        case .string(let string), .number(let string): documentID = string
        case .other: return .failure(InputFailure(source: location, reason: "\"id\" is not a string or number"))
        }
        var documentDate: String?
        switch date {
        case .absent, .null: break
        case .string(let string) where string.isEmpty: break
        case .string(let string):
            // A date that is no calendar day (2024-02-30, year 0000) rejects the record, as a malformed one does:
            // its relative periods would be resolved against a wrong year.
            if case .failure(let problem) = CalendarDateCheck.record(string) {
                var reason = "\"date\" \"\(string)\" is not a calendar day: \(problem)"
                if case .form = problem { reason = "\"date\" is not a date such as \"2024-04-17\"" }
                return .failure(InputFailure(source: location, reason: reason, document: documentID))
            }
            documentDate = string
        default: return .failure(InputFailure(source: location, reason: "\"date\" is not a date such as \"2024-04-17\"", document: documentID))
        }
        return .success(Document(id: documentID, text: body, date: documentDate, fields: fields))
    }
}
