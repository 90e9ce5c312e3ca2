import Foundation

/// Reads documents from paths (files; '-' for stdin) as plain UTF-8 text or JSON Lines records.
/// (Basic reader; the batch work extends it with folders, encodings and error handling.)
struct DocumentReader {
    var paths: [String]
    var jsonl: Bool

    /// Calls `body` with each document or failure, in input order.
    func forEach(_ body: (Result<Document, InputFailure>) throws -> Void) throws {
        let sources = paths.isEmpty ? ["-"] : paths
        for path in sources {
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else if let d = FileManager.default.contents(atPath: path) {
                data = d
            } else {
                try body(.failure(InputFailure(source: path, reason: "cannot read the file")))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                try body(.failure(InputFailure(source: path, reason: "not UTF-8 text")))
                continue
            }
            if jsonl {
                var n = 0
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    n += 1
                    if line.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
                    guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                          let body_ = obj["text"] as? String else {
                        try body(.failure(InputFailure(source: "\(path == "-" ? "<stdin>" : path):\(n)", reason: "not a JSON object with a \"text\" string")))
                        continue
                    }
                    let id = (obj["id"].map { "\($0)" }) ?? "\(path):\(n)"
                    try body(.success(Document(id: id, text: body_, date: obj["date"] as? String, fields: obj)))
                }
            } else {
                try body(.success(Document(id: path == "-" ? "<stdin>" : path, text: text, date: nil)))
            }
        }
    }
}
