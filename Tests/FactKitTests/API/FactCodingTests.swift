import Foundation
import FactKit
import Testing

/// `Fact` and `Quantity` as JSON with FACTS.md's field names: rows decode to facts, facts round-trip exactly.
struct FactCodingTests {
    static let extractor = try! FactExtractor()

    /// Texts whose facts and figures cover ranges, negatives, decimals, periods, bases, segments and forecasts.
    static let texts = [
        "ASML一季度营收53亿欧元，同比下降22%。",
        "阿里云预计在 60-80 亿美元之间，超过 10 亿元人民币，1万块A100，毛利率维持5成。",
        "NVIDIA's Data Center revenue was $22.6 billion in Q1 FY2025, up 427% from a year ago.",
        "台積電2024年第一季營收新台幣5926.4億元，年增16.5%。",
        "小米预计2025年汽车交付量超过30万辆，每股收益0.35元。",
    ]

    /// The example row of FACTS.md decodes to exactly this fact.
    @Test func theContractsExampleRowDecodes() throws {
        let row = #"""
            {"doc": "asml-q1.txt", "company": "asml", "company_name": "ASML", "mention": "ASML",
             "metric": "revenue", "value": "5300000000", "unit": "EUR", "item": "",
             "qualifier": "exact", "low": "", "high": "", "period": "2024-Q1", "change": "",
             "segment": "", "status": "actual", "text": "53亿欧元", "start": 120, "end": 126, "sentence": "一季度营收53亿欧元，同比下降22%。",
             "confidence": 0.92}
            """#
        let fact = try JSONDecoder().decode(Fact.self, from: Data(row.utf8))
        #expect(fact == Fact(doc: "asml-q1.txt", company: "asml", companyName: "ASML", mention: "ASML", metric: .revenue,
                             value: 5_300_000_000, unit: "EUR", period: Period(year: 2024, part: .quarter(1)),
                             text: "53亿欧元", span: TextSpan(start: 120, end: 126), sentence: "一季度营收53亿欧元，同比下降22%。",
                             confidence: 0.92))
    }

    /// Every extracted fact: encoded and decoded again, it is the same fact; the CLI's row of it decodes to it too.
    @Test(arguments: texts)
    func factsRoundTrip(text: String) throws {
        let facts = Self.extractor.extract(text, document: "doc.txt", date: CalendarDate(year: 2024, month: 5, day: 1))
        #expect(!facts.isEmpty)
        let writer = FactRowWriter(format: .jsonl)
        for fact in facts {
            let encoded = try JSONEncoder().encode(fact)
            #expect(try JSONDecoder().decode(Fact.self, from: encoded) == fact)
            var rowless = fact
            rowless.rule = ""
            #expect(try JSONDecoder().decode(Fact.self, from: Data(writer.row(fact).utf8)) == rowless)
            // FACTS.md's values: decimals as exact strings, absent values as "".
            let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
            #expect(Set(object.keys) == Set(Fact.columns + ["rule"]))
            #expect(object["value"] as? String == fact.value.plainString)
            #expect(object["low"] as? String == (fact.low?.plainString ?? ""))
            #expect(object["period"] as? String == (fact.period?.description ?? ""))
            #expect(object["change"] as? String == (fact.change?.rawValue ?? ""))
        }
    }

    @Test(arguments: texts)
    func quantitiesRoundTrip(text: String) throws {
        for quantity in Self.extractor.quantities(in: text) {
            let encoded = try JSONEncoder().encode(quantity)
            #expect(try JSONDecoder().decode(Quantity.self, from: encoded) == quantity)
            let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
            #expect(Set(object.keys) == ["text", "start", "end", "kind", "value", "unit", "item", "qualifier", "low", "high",
                                         "classifier", "per_unit", "explicit_sign"])
        }
    }

    /// field → value → whether a row with it decodes (values FACTS.md does not allow are refused).
    static let fieldValues: [(field: String, json: String, decodes: Bool)] = [
        ("value", #""-0.35""#, true), ("value", #""5.3e9""#, false), ("value", "5300000000", false), ("value", #""""#, false),
        ("low", #""""#, true), ("low", #""12""#, true), ("low", #""twelve""#, false),
        ("period", #""FY2026-Q2""#, true), ("period", #""""#, true), ("period", #""2024-Q5""#, false),
        ("change", #""yoy""#, true), ("change", #""mom""#, false),
        ("metric", #""net_profit""#, true), ("metric", #""profit""#, false),
        ("status", #""forecast""#, true), ("status", #""""#, false),
        ("start", "130", false),  // after end
    ]

    @Test(arguments: fieldValues)
    func decodingChecksValues(field: String, json: String, decodes: Bool) throws {
        let fact = Fact(doc: "d", company: "", companyName: "", mention: "", metric: .revenue, value: 1, unit: "EUR",
                        text: "1欧元", span: TextSpan(start: 120, end: 126), sentence: "s", confidence: 0.5)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(fact)) as? [String: Any])
        object[field] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let data = try JSONSerialization.data(withJSONObject: object)
        let decoded = (try? JSONDecoder().decode(Fact.self, from: data)) != nil
        #expect(decoded == decodes, "\(field) \(json)")
    }

    @Test func aMissingFieldIsAnError() throws {
        let row = #"{"doc": "d", "company": "", "company_name": "", "mention": "", "metric": "revenue", "value": "1"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Fact.self, from: Data(row.utf8)) }
    }
}

/// Confidences are rounded to hundredths where facts are made: exact values, no binary noise.
struct ConfidenceTests {
    /// raw → rounded.
    static let rounding: [(Double, Double)] = [
        (0.9 - 0.1, 0.8), (0.7999999999999999, 0.8), (0.855, 0.86), (0.05, 0.05), (1.5, 1), (-0.2, 0), (.nan, 0), (0.9, 0.9),
    ]

    @Test(arguments: rounding)
    func rounded(raw: Double, expected: Double) {
        #expect(Fact.roundedConfidence(raw) == expected)
    }

    /// text → each fact's confidence as Swift prints it.
    static let corpus: [(String, [String])] = [
        ("ASML一季度营收53亿欧元，同比下降22%。", ["0.9", "0.8"]),
        ("营收53亿欧元。", ["0.8"]),  // no company
    ]

    @Test(arguments: corpus)
    func extractedConfidencesAreExact(text: String, expected: [String]) throws {
        let facts = try FactExtractor().extract(text)
        #expect(facts.map { "\($0.confidence)" } == expected)
        for fact in facts { #expect(fact.confidence == Fact.roundedConfidence(fact.confidence)) }
    }
}
