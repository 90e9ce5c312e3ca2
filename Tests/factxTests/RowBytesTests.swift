import FactKit
import Foundation
import Testing
@testable import factx

/// Output rows written straight into bytes by ``FactRowFormatter`` and ``ByteWriter``: a table of fields and how
/// each format writes them, random fields, and whole rows, all checked against the `String` functions of ``RowWriter``.
struct RowBytesTests {
    /// Fields and how each format writes them.
    static let fields: [(text: String, csv: String, tsv: String, json: String)] = [
        ("plain", "plain", "plain", #""plain""#),
        ("", "", "", #""""#),
        ("a,b", #""a,b""#, "a,b", #""a,b""#),
        (#"say "hi""#, #""say ""hi""""#, #"say "hi""#, #""say \"hi\"""#),
        ("tab\there, back\\slash", "\"tab\there, back\\slash\"", #"tab\there, back\\slash"#, #""tab\there, back\\slash""#),
        ("line\nbreak\r\n", "\"line\nbreak\r\n\"", #"line\nbreak\r\n"#, #""line\nbreak\r\n""#),
        ("only\r\ncrlf", "only\r\ncrlf", #"only\r\ncrlf"#, #""only\r\ncrlf""#),
        ("单价4亿美元的光刻机,ASML又卖了一台", "\"单价4亿美元的光刻机,ASML又卖了一台\"", "单价4亿美元的光刻机,ASML又卖了一台", "\"单价4亿美元的光刻机,ASML又卖了一台\""),
        ("他说\"好\"。", "\"他说\"\"好\"\"。\"", "他说\"好\"。", #""他说\"好\"。""#),
        ("a,\u{301}b", "a,\u{301}b", "a,\u{301}b", "\"a,\u{301}b\""),
        ("q\"\u{301}", "q\"\u{301}", "q\"\u{301}", "\"q\\\"\u{301}\""),
        ("q\"\u{301},", "\"q\"\u{301},\"", "q\"\u{301},", "\"q\\\"\u{301},\""),
        ("t\t\u{301}", "t\t\u{301}", "t\t\u{301}", "\"t\\t\u{301}\""),
        ("c\u{1}", "c\u{1}", "c\u{1}", #""c\u0001""#),
    ]

    @Test(arguments: fields)
    func fieldsAreQuotedAndEscaped(text: String, csv: String, tsv: String, json: String) {
        #expect(String(decoding: Self.written(text) { $0.writeCSVField(text) }, as: UTF8.self) == csv)
        #expect(RowWriter.csvField(text) == csv)
        #expect(String(decoding: Self.written(text) { $0.writeTSVField(text) }, as: UTF8.self) == tsv)
        #expect(RowWriter.tsvField(text) == tsv)
        #expect(String(decoding: Self.written(text) { $0.writeJSONString(text) }, as: UTF8.self) == json)
        #expect(RowWriter.jsonString(text) == json)
    }

    static func written(_ text: String, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        ByteWriter.bytes(capacity: ByteWriter.maximumFieldSize(text), body)
    }

    /// Random strings of characters that quote, escape or join write as the `String` functions write them.
    @Test func randomFieldsAreWrittenAsTheStringFunctionsWriteThem() {
        let alphabet = [",", "\"", "\r", "\n", "\t", "\\", "a", " ", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{600}", "\u{903}", "\u{FE0F}",
                        "\u{1F3FB}", "英", "，", "“", "😀", "\u{1}", "\u{7F}", "\u{3099}", "\u{FF9E}", "ｱ", "\u{AD}", "\u{2028}"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<20000 {
            let text = (0..<(random.next() % 7)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let csv = Self.written(text) { $0.writeCSVField(text) }, tsv = Self.written(text) { $0.writeTSVField(text) }
            let json = Self.written(text) { $0.writeJSONString(text) }
            #expect(csv == Array(RowWriter.csvField(text).utf8), "\(text.unicodeScalars.map(\.value))")
            #expect(tsv == Array(RowWriter.tsvField(text).utf8), "\(text.unicodeScalars.map(\.value))")
            #expect(json == Array(RowWriter.jsonString(text).utf8))
        }
    }

    // MARK: - Rows

    /// Facts with every kind of column value: periods of each part, both signs, ranges, confidences to round.
    static var facts: [Fact] {
        var facts = ExtractUnitTests.facts
        let periods: [Period?] = [nil, Period(year: 2024), Period(year: 2024, part: .month(4)), Period(year: 2023, part: .month(11)),
                                  Period(year: 2023, part: .half(2)), Period(year: 2026, part: .quarter(2), fiscal: true)]
        let confidences = [0, 0.004, 0.005, 0.05, 0.1, 0.5, 0.555, 0.9, 0.995, 1, 1.5, -1]
        for (i, period) in periods.enumerated() {
            for (j, confidence) in confidences.enumerated() {
                var fact = ExtractUnitTests.facts[(i + j) % 2]
                fact.period = period
                fact.confidence = confidence
                fact.value = [Decimal(string: "0.05")!, -5, Decimal(string: "5300000000")!, Decimal(string: "123.456")!][j % 4]
                fact.span = TextSpan(start: i * 1000 + j, end: i * 1000 + j + 12345)
                fact.change = j % 3 == 0 ? nil : .qoq
                facts.append(fact)
            }
        }
        return facts
    }

    @Test(arguments: OutputFormat.allCases)
    func rowsAreWhatTheStringRowsWere(format: OutputFormat) {
        let document = Document(id: "news/a,b.txt", text: "", date: nil,
                                fields: ["url": "https://example.com/a?b=1,2", "rank": 3, "tags": ["x", "y"], "none": NSNull(),
                                         "note": "said \"so\",\tthen\nleft"])
        for columns in [ExtractUnitTests.columns + ["note"], ["value", "doc", "note"], ["confidence"], Fact.columns] {
            let formatter = FactRowFormatter(format: format, columns: columns)
            let numeric = Set(columns.filter(Fact.isNumericColumn))
            let expected = Self.facts.map { fact in
                RowWriter.format(columns.map { fact.field($0) ?? document.field($0) }, as: format, columns: columns, numericColumns: numeric)
            }.joined(separator: format == .json ? ",\n" : "")
            let rows = formatter.rows(of: document, facts: Self.facts)
            #expect(String(decoding: rows.bytes, as: UTF8.self) == expected)
            #expect(rows.count == Self.facts.count)
        }
    }
}
