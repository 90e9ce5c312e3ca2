import FactKit
import Foundation
import Testing

/// `Examples/schema/fact-row.schema.json` describes a row of `factx extract --format jsonl`: real output in
/// simplified and traditional Chinese and English validates against it, and rows that break it do not.
struct OutputSchemaTests {
    static let schemaURL = packageRoot.appendingPathComponent("Examples/schema/fact-row.schema.json")

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(JSONValue.parse(String(contentsOf: Self.schemaURL, encoding: .utf8)))
    }

    func schemaProperty(_ name: String) throws -> [String: JSONValue] {
        guard case .object(let schema) = try JSONValue.parse(String(contentsOf: Self.schemaURL, encoding: .utf8)),
              case .object(let properties)? = schema["properties"], case .object(let property)? = properties[name] else { return [:] }
        return property
    }

    /// Texts beyond `Examples/news` so that every field, a range and an unknown company occur.
    static let extraRecords = """
        {"id": "zh-range", "date": "2024-11-20", "text": "阿里巴巴预计明年资本开支在60-80亿美元之间。云迹科技有限公司去年营收约3亿元。"}
        {"id": "en", "date": "2024-08-01", "text": "Apple's revenue rose 6% to $94.9 billion in the June quarter."}
        {"id": "hant", "date": "2024-07-18", "text": "台積電第二季營收新台幣6735億元，年增40.1%。"}

        """

    @Test func realOutputValidates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let records = try folder.write("records.jsonl", Self.extraRecords)
        let r = try runFactx(["extract", "--format", "jsonl", "--quiet", packageRoot.appendingPathComponent("Examples/news").path, records])
        #expect(r.status == 0)
        let validator = try validator()
        let rows = try r.stdout.split(separator: "\n").map { try JSONValue.parse(String($0)) }
        #expect(rows.count > 40)
        for (n, row) in rows.enumerated() {
            let violations = validator.violations(of: row)
            #expect(violations.isEmpty, "row \(n + 1): \(violations)")
        }
        // Every field of the schema carries a value somewhere: none is validated only as an empty string.
        let objects = rows.compactMap { if case .object(let o) = $0 { o } else { nil } }
        guard case .array(let required)? = try JSONValue.parse(String(contentsOf: Self.schemaURL, encoding: .utf8))
            .objectMember("required") else { Issue.record("no required list"); return }
        for case .string(let field) in required {
            #expect(objects.contains { $0[field] != nil && $0[field] != .string("") }, "no row has a value for \(field)")
        }
        // The three scripts are there: simplified, traditional and English documents.
        let docs = Set(objects.compactMap { if case .string(let d)? = $0["doc"] { d } else { nil } })
        #expect(docs.isSuperset(of: ["zh-range", "en", "hant"]))
        #expect(docs.contains { $0.hasSuffix("asml-q1-2024.txt") })
        #expect(objects.contains { $0["qualifier"] == .string("range") && $0["low"] == .string("6000000000") && $0["high"] == .string("8000000000") })
        #expect(objects.contains { $0["company"] == .string("~云迹科技") })
    }

    /// The schema's enums are the library's cases, so the two cannot drift apart.
    @Test func enumsAreTheLibrarysCases() throws {
        func values(_ field: String) throws -> [String] {
            guard case .array(let list)? = try schemaProperty(field)["enum"] else { return [] }
            return list.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        #expect(try values("metric").sorted() == Metric.allCases.map(\.rawValue).sorted())
        #expect(try values("qualifier") == Qualifier.allCases.map(\.rawValue))
        #expect(try values("status") == Status.allCases.map(\.rawValue))
        #expect(try values("change") == [""] + Change.allCases.map(\.rawValue))
    }

    static let valid = #"{"doc": "a.txt", "company": "asml", "company_name": "ASML", "mention": "ASML", "metric": "revenue", "value": "5300000000", "unit": "EUR", "item": "", "qualifier": "exact", "low": "", "high": "", "period": "2024-Q1", "change": "", "segment": "", "status": "actual", "text": "53亿欧元", "start": 24, "end": 29, "sentence": "ASML一季度营收53亿欧元。", "confidence": 0.9}"#

    /// A valid row with one change → the violation it must give.
    static let negatives: [(from: String, to: String, violation: String)] = [
        (#""value": "5300000000""#, #""value": "5.3e9""#, "$.value: does not match"),
        (#""value": "5300000000""#, #""value": "5300000000.0""#, "$.value: does not match"),
        (#""value": "5300000000""#, #""value": 5300000000"#, "$.value: not of type string"),
        (#""unit": "EUR""#, #""unit": "euros""#, "$.unit: does not match"),
        (#""metric": "revenue""#, #""metric": "revenu""#, "$.metric: not one of the enum's values"),
        (#""qualifier": "exact""#, #""qualifier": "about""#, "$.qualifier: not one of the enum's values"),
        (#""status": "actual""#, #""status": "done""#, "$.status: not one of the enum's values"),
        (#""change": """#, #""change": "mom""#, "$.change: not one of the enum's values"),
        (#""period": "2024-Q1""#, #""period": "2024Q1""#, "$.period: does not match"),
        (#""period": "2024-Q1""#, #""period": "2024-13""#, "$.period: does not match"),
        (#""company": "asml""#, #""company": "ASML""#, "$.company: does not match"),
        (#""low": """#, #""low": "six""#, "$.low: does not match"),
        (#""start": 24"#, #""start": "24""#, "$.start: not of type integer"),
        (#""start": 24"#, #""start": 24.5"#, "$.start: not of type integer"),
        (#""start": 24"#, #""start": -1"#, "$.start: below 0"),
        (#""confidence": 0.9"#, #""confidence": 1.5"#, "$.confidence: above 1"),
        (#""confidence": 0.9"#, #""confidence": true"#, "$.confidence: not of type number"),
        (#""text": "53亿欧元""#, #""text": """#, "$.text: shorter than 1"),
        (#", "segment": """#, "", "$: lacks segment"),
        (#""doc": "a.txt""#, #""doc": "a.txt", "url": "x""#, "$: unexpected url"),
    ]

    @Test(arguments: 0..<negatives.count) func rowsBreakingTheSchemaAreRejected(_ n: Int) throws {
        let (from, to, violation) = Self.negatives[n]
        let validator = try validator()
        #expect(validator.violations(of: try JSONValue.parse(Self.valid)).isEmpty)
        #expect(Self.valid.contains(from))
        let broken = try JSONValue.parse(Self.valid.replacingOccurrences(of: from, with: to))
        let violations = validator.violations(of: broken)
        #expect(violations.count == 1)
        #expect(violations.first?.hasPrefix(violation) == true, "\(violations)")
    }

    @Test func keywordsTheValidatorLacksAreRefused() throws {
        #expect(throws: JSONSchemaValidator.UnsupportedKeyword.self) {
            try JSONSchemaValidator(JSONValue.parse(#"{"type": "object", "properties": {"a": {"format": "date"}}}"#))
        }
    }
}

extension JSONValue {
    func objectMember(_ name: String) -> JSONValue? { if case .object(let o) = self { o[name] } else { nil } }
}
