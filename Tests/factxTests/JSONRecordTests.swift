import FactKit
import Foundation
import Testing
@testable import factx

/// JSON Lines records read by ``JSONRecord``, or by `JSONSerialization` where it does not take a line: a table of
/// lines and what reading them gives, checked through both parsers, and random lines read the same by both.
struct JSONRecordTests {
    /// A record line (as text, or bytes where it is not UTF-8) and what reading it at `f:3` gives: the document
    /// as `id | date | text`, or the error.
    static let recordLines: [(line: RecordLine, expected: String)] = [
        (#"{"id": "a1", "text": "营收53亿欧元", "date": "2024-04-17"}"#, "a1 | 2024-04-17 | 营收53亿欧元"),
        (#"{"text": "q\"b\\s\/b\bf\fn\nr\rt\t."}"#, "f:3 | - | q\"b\\s/b\u{8}f\u{C}n\nr\rt\t."),
        (#"{"text": "\u82f1\u4F1F\u8fbe\u00e9"}"#, "f:3 | - | 英伟达é"),
        (#"{"text": "\ud83d\ude80 up \uD83D\uDE00"}"#, "f:3 | - | 🚀 up 😀"),
        // A NUL in the text rejects the record, as a NUL byte rejects a text file (issue 13, item 8).
        (#"{"text": "a\u0000b"}"#, #"f:3: "text" holds a NUL character (\u0000) at character 1"#),
        ("{\"text\": \"Café 😀 英伟达 \u{7f}\"}", "f:3 | - | Café 😀 英伟达 \u{7f}"),
        // JSONSerialization drops a byte order mark that opens a string or follows an escape, and keeps others.
        ("{\"text\": \"\u{FEFF}\u{FEFF}a\\n\u{FEFF}b\u{FEFF}\\uFEFF.\"}", "f:3 | - | \u{FEFF}a\nb\u{FEFF}\u{FEFF}."),
        ("{\"\u{FEFF}text\": \"bom name\"}", "f:3 | - | bom name"),
        (#"{"id": "x", "url": "https://e.com/a?b=1", "rank": 3.5, "tags": ["a", {"b": null, "c": [true, false]}], "text": "t", "ok": true}"#, "x | - | t"),
        (#"{"te\u0078t": "an escaped name", "\u0069d": "i"}"#, "i | - | an escaped name"),
        ("  {\"text\" :\t\"spaces\"\r}  ", "f:3 | - | spaces"),
        // Numbers as ids: NSNumber's text.
        (#"{"id": 42, "text": "x"}"#, "42 | - | x"),
        (#"{"id": -7, "text": "x"}"#, "-7 | - | x"),
        (#"{"id": -0, "text": "x"}"#, "0 | - | x"),
        (#"{"id": 4.0, "text": "x"}"#, "4.0 | - | x"),
        (#"{"id": 4.25, "text": "x"}"#, "4.25 | - | x"),
        (#"{"id": 1e3, "text": "x"}"#, "1000.0 | - | x"),
        (#"{"id": 999999999999999999, "text": "x"}"#, "999999999999999999 | - | x"),
        (#"{"id": 12345678901234567890, "text": "x"}"#, "12345678901234567890 | - | x"),
        (#"{"id": true, "text": "x"}"#, "1 | - | x"),
        // Repeated names: the last one counts.
        (#"{"text": "first", "text": "last"}"#, "f:3 | - | last"),
        (#"{"text": 5, "text": "x", "id": "a", "id": null}"#, "f:3 | - | x"),
        (#"{"text": "x", "text": 5}"#, #"f:3: "text" is not a string"#),
        // What JSONSerialization also takes: a trailing comma, a byte order mark, exponents, long numbers, deep nesting.
        (#"{"text": "x", "n": [1, 2,],}"#, "f:3 | - | x"),
        (RecordLine(Array("\u{FEFF}".utf8) + Array(#"{"text": "bom"}"#.utf8)), "f:3 | - | bom"),
        (#"{"text": "x", "n": 1e5, "m": 1234567890123456789012345678901234567890}"#, "f:3 | - | x"),
        (RecordLine(Array(#"{"text": "deep", "n": "#.utf8) + Array(repeating: UInt8(ascii: "["), count: 100) + Array(repeating: UInt8(ascii: "]"), count: 100) + [UInt8(ascii: "}")]), "f:3 | - | deep"),
        // Malformed.
        (#"{"id": "a", "text": "x"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x"} x"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x"}{}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{text: "x"}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x",,}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "a\x"}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "a\u12G4"}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "a\ud83d b"}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "a\ude80"}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "a\ud83d\u0041"}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        ("{\"text\": \"raw\ttab\"}", "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x", "n": 01}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x", "n": 1.}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x", "n": -}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x", "n": 1e400}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x", "n": NaN}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        (#"{"text": "x", "n": tru}"#, "f:3: malformed JSON (a line must be one JSON object)"),
        ("{\"text\": \"x\"\u{0C}}", "f:3: malformed JSON (a line must be one JSON object)"),
        (RecordLine(Array(#"{"text": "a"#.utf8) + [0xFF] + Array(#"b"}"#.utf8)), "f:3: malformed JSON (a line must be one JSON object)"),
        (RecordLine(Array(#"{"text": "a"#.utf8) + [0xF4, 0x90, 0x80, 0x80] + Array(#"b"}"#.utf8)), "f:3: malformed JSON (a line must be one JSON object)"),
        (RecordLine(Array(#"{"text": "a"#.utf8) + [0xED, 0xA0, 0x80] + Array(#"b"}"#.utf8)), "f:3: malformed JSON (a line must be one JSON object)"),
        (RecordLine(Array(#"{"text": "x", "n": "#.utf8) + Array(repeating: UInt8(ascii: "["), count: 600) + Array(repeating: UInt8(ascii: "]"), count: 600) + [UInt8(ascii: "}")]), "f:3: malformed JSON (a line must be one JSON object)"),
        // Not an object, or not a usable one.
        (#"["text"]"#, #"f:3: not a JSON object (a line must be {"id": …, "text": …})"#),
        (#""text""#, #"f:3: not a JSON object (a line must be {"id": …, "text": …})"#),
        (#"{"id": "a"}"#, #"f:3: no "text" field"#),
        (#"{"text": null}"#, #"f:3: "text" is not a string"#),
        (#"{"text": ["x"]}"#, #"f:3: "text" is not a string"#),
        (#"{"text": ""}"#, #"f:3: empty "text""#),
        (#"{"text": "x", "id": [1]}"#, #"f:3: "id" is not a string or number"#),
        (#"{"text": "x", "id": {}}"#, #"f:3: "id" is not a string or number"#),
        (#"{"text": "x", "id": [1], "date": 5}"#, #"f:3: "id" is not a string or number"#),
        (#"{"text": "x", "date": 20240417}"#, #"f:3: "date" is not a date such as "2024-04-17""#),
        (#"{"text": "x", "date": "yesterday"}"#, #"f:3: "date" is not a date such as "2024-04-17""#),
        (#"{"text": "x", "date": "", "id": ""}"#, " | - | x"),
        (#"{"text": "x", "date": " 2024-04 "}"#, "f:3 |  2024-04  | x"),
        // A date the calendar lacks rejects the record (issue 13, item 9).
        (#"{"text": "x", "date": "2024-02-30"}"#, #"f:3: "date" "2024-02-30" is not a calendar day: February 2024 has 29 days, not 30"#),
        (#"{"text": "x", "date": "0000-01-01"}"#, #"f:3: "date" "0000-01-01" is not a calendar day: year 0000 is not a calendar year, years run from 0001 to 9999"#),
        (#"{"text": "x", "date": "2024/02/29"}"#, "f:3 | 2024/02/29 | x"),
    ]

    static func outcome(_ result: Result<Document, InputFailure>) -> String {
        switch result {
        case .success(let document): return "\(document.id) | \(document.date ?? "-") | \(document.text)"
        case .failure(let failure): return failure.description
        }
    }

    @Test(arguments: recordLines)
    func recordLinesReadAsTheTableSays(line: RecordLine, expected: String) {
        #expect(Self.outcome(DocumentReader.parseRecord(line.bytes, at: "f:3")) == expected)
        #expect(Self.outcome(DocumentReader.parseRecordThroughFoundation(line.bytes, at: "f:3")) == expected)
    }

    /// A record field as `--keep-fields` writes it.
    static let keptFields: [(line: String, field: String, expected: String)] = [
        (#"{"text": "x", "url": "https://e.com/a?b=1,2"}"#, "url", "https://e.com/a?b=1,2"),
        (#"{"text": "x", "title": "a\"b\u00e9\/\n"}"#, "title", "a\"bé/\n"),
        (#"{"text": "x", "rank": 3}"#, "rank", "3"),
        (#"{"text": "x", "rank": 1.50}"#, "rank", "1.5"),
        (#"{"text": "x", "rank": -0}"#, "rank", "0"),
        (#"{"text": "x", "rank": 1e2}"#, "rank", "100"),
        (#"{"text": "x", "flag": true}"#, "flag", "true"),
        (#"{"text": "x", "none": null}"#, "none", ""),
        (#"{"text": "x"}"#, "missing", ""),
        (#"{"text": "x", "k": {"b": 1, "a": [true, null, 1.50, "s/é\n"]}}"#, "k", #"{"a":[true,null,1.5,"s/é\n"],"b":1}"#),
        (#"{"text": "x", "k": []}"#, "k", "[]"),
        (#"{"text": "x", "caf\u00e9": 1, "cafe\u0301": 2}"#, "café", "2"),
        (#"{"text": "x", "id": 7}"#, "id", "7"),
        (#"{"text": "x", "n": 1,}"#, "n", "1"),
    ]

    @Test(arguments: keptFields)
    func keptFieldsKeepTheirText(line: String, field: String, expected: String) throws {
        for parse in [DocumentReader.parseRecord, DocumentReader.parseRecordThroughFoundation] {
            let document = try parse(Array(line.utf8), "f:3").get()
            #expect(document.field(field) == expected)
        }
    }

    /// Lines made by changing the table's lines at random read the same through both parsers.
    @Test func randomlyChangedLinesReadAsJSONSerializationReadsThem() throws {
        var random = SplitMix64(seed: 0x5eed)
        let pieces: [[UInt8]] = [#"""#, #"\"#, "{", "}", "[", "]", ",", ":", " ", "\t", "0", "-", ".", "e", "1", #"\u"#,
                                 "d83d", "de00", "00e9", "null", "true", #""id""#, #""text""#, #""date""#, "2024-04-17", "é", "英",
                                 "😀", "\u{301}"].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x80], [0x00], [0x1F], [0xEF, 0xBB, 0xBF]]
        var checked = 0
        for _ in 0..<20000 {
            var line = Self.recordLines[Int(random.next() % UInt64(Self.recordLines.count))].line.bytes
            for _ in 0...(random.next() % 3) {
                let at = line.isEmpty ? 0 : Int(random.next() % UInt64(line.count))
                switch random.next() % 3 {
                case 0: if !line.isEmpty { line.remove(at: at) }
                case 1: line.insert(contentsOf: pieces[Int(random.next() % UInt64(pieces.count))], at: at)
                default: line.replaceSubrange(at..<min(line.count, at + 3), with: pieces[Int(random.next() % UInt64(pieces.count))])
                }
            }
            let fast = DocumentReader.parseRecord(line, at: "f:3"), reference = DocumentReader.parseRecordThroughFoundation(line, at: "f:3")
            #expect(Self.outcome(fast) == Self.outcome(reference), "\(line)")
            if case .success(let a) = fast, case .success(let b) = reference {
                for name in ["id", "date", "text", "n", "k", "url"] { #expect(a.field(name) == b.field(name), "\(line) \(name)") }
            }
            checked += 1
        }
        #expect(checked == 20000)
    }

    /// Every line the fast parser takes, JSONSerialization takes too.
    @Test func theFastParserTakesOnlyWhatJSONSerializationTakes() {
        for (line, _) in Self.recordLines where JSONRecord(parsing: line.bytes, decoding: []) != nil {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.bytes), options: [.fragmentsAllowed])) is [String: Any], "\(line)")
        }
    }
}

/// A record line: text, or bytes where it is not UTF-8.
struct RecordLine: ExpressibleByStringLiteral, CustomStringConvertible, Sendable {
    var bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(stringLiteral text: String) { bytes = Array(text.utf8) }
    var description: String { String(decoding: bytes.prefix(80), as: UTF8.self) }
}
