import FactKit
import Foundation
import Testing
@testable import factx

/// Output rows written straight into bytes by ``FactRowFormatter`` and ``ByteWriter``: a table of fields and how
/// each format writes them, random fields read back, and whole rows checked against ``RowWriter``'s rows.
struct RowBytesTests {
    /// Fields and how each format writes them.
    static let fields: [(text: String, csv: String, tsv: String, json: String)] = [
        ("plain", "plain", "plain", #""plain""#),
        ("", "", "", #""""#),
        ("a,b", #""a,b""#, "a,b", #""a,b""#),
        (#"say "hi""#, #""say ""hi""""#, #"say "hi""#, #""say \"hi\"""#),
        ("tab\there, back\\slash", "\"tab\there, back\\slash\"", #"tab\there, back\\slash"#, #""tab\there, back\\slash""#),
        ("line\nbreak\r\n", "\"line\nbreak\r\n\"", #"line\nbreak\r\n"#, #""line\nbreak\r\n""#),
        ("only\r\ncrlf", "\"only\r\ncrlf\"", #"only\r\ncrlf"#, #""only\r\ncrlf""#),
        ("单价4亿美元的光刻机,ASML又卖了一台", "\"单价4亿美元的光刻机,ASML又卖了一台\"", "单价4亿美元的光刻机,ASML又卖了一台", "\"单价4亿美元的光刻机,ASML又卖了一台\""),
        ("他说\"好\"。", "\"他说\"\"好\"\"。\"", "他说\"好\"。", #""他说\"好\"。""#),
        // A combining mark after a separator changes nothing: the separator is still quoted or escaped.
        ("a,\u{301}b", "\"a,\u{301}b\"", "a,\u{301}b", "\"a,\u{301}b\""),
        ("q\"\u{301}", "\"q\"\"\u{301}\"", "q\"\u{301}", "\"q\\\"\u{301}\""),
        ("q\"\u{301},", "\"q\"\"\u{301},\"", "q\"\u{301},", "\"q\\\"\u{301},\""),
        ("t\t\u{301}", "t\t\u{301}", "t\\t\u{301}", "\"t\\t\u{301}\""),
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

    /// Random strings of characters that quote, escape or join: a CSV field is quoted exactly when it holds a
    /// separator and reads back as the text; a TSV field holds no tab or line break and reads back as the text.
    @Test func randomFieldsReadBackAsTheirText() {
        let alphabet = [",", "\"", "\r", "\n", "\t", "\\", "a", " ", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{600}", "\u{903}", "\u{FE0F}",
                        "\u{1F3FB}", "英", "，", "“", "😀", "\u{1}", "\u{7F}", "\u{3099}", "\u{FF9E}", "ｱ", "\u{AD}", "\u{2028}"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<20000 {
            let text = (0..<(random.next() % 7)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let bytes = Array(text.utf8)
            let csv = Self.written(text) { $0.writeCSVField(text) }, tsv = Self.written(text) { $0.writeTSVField(text) }
            let separators: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D]
            let special = bytes.contains { separators.contains($0) }
            if special {
                #expect(csv.first == UInt8(ascii: "\"") && csv.last == UInt8(ascii: "\""), "\(text.unicodeScalars.map(\.value))")
                #expect(Self.unquotedCSV(csv) == bytes, "\(text.unicodeScalars.map(\.value))")
            } else {
                #expect(csv == bytes)
            }
            #expect(!tsv.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }, "\(text.unicodeScalars.map(\.value))")
            #expect(Self.unescapedTSV(tsv) == bytes, "\(text.unicodeScalars.map(\.value))")
            #expect(Self.written(text) { $0.writeJSONString(text) } == Array(RowWriter.jsonString(text).utf8))
        }
    }

    /// A quoted CSV field's text: the outer quotes off, doubled quotes single.
    static func unquotedCSV(_ field: [UInt8]) -> [UInt8] {
        var out = [UInt8](), i = 1
        while i < field.count - 1 {
            out.append(field[i])
            i += field[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return out
    }

    /// A TSV field's text: `\\ \t \n \r` read back.
    static func unescapedTSV(_ field: [UInt8]) -> [UInt8] {
        var out = [UInt8](), i = 0
        while i < field.count {
            if field[i] == UInt8(ascii: "\\"), i + 1 < field.count {
                switch field[i + 1] {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(field[i + 1])
                }
                i += 2
            } else {
                out.append(field[i]); i += 1
            }
        }
        return out
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
            let rows = formatter.rows(of: Self.facts, field: document.field)
            #expect(String(decoding: rows, as: UTF8.self) == expected)
            // The library's public writer gives the same bytes, the record fields passed as a dictionary.
            let fields = Dictionary(uniqueKeysWithValues: columns.filter { !Fact.columns.contains($0) }.map { ($0, document.field($0)) })
            #expect(String(decoding: FactRowWriter(format: format, columns: columns).rows(Self.facts, fields: fields), as: UTF8.self) == expected)
        }
    }
}
