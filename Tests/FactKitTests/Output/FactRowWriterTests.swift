import Foundation
import FactKit
import Testing

/// The library's row writer: the bytes `factx extract` writes, for a library user.
struct FactRowWriterTests {
    static let fact = Fact(doc: "a,b.txt", company: "asml", companyName: "ASML", mention: "ASML", metric: .revenue,
                           value: 5_300_000_000, unit: "EUR", period: Period(year: 2024, part: .quarter(1)), change: nil,
                           text: "53亿欧元", span: TextSpan(start: 9, end: 14), sentence: "说\"好\"\t然后", confidence: 0.9)
    static let columns = ["doc", "company", "value", "period", "start", "confidence", "sentence", "url"]

    /// format → the whole output of one fact (with an extra `url` column) and of none.
    static let outputs: [(RowFormat, String, String)] = [
        (.csv, "doc,company,value,period,start,confidence,sentence,url\r\n\"a,b.txt\",asml,5300000000,2024-Q1,9,0.9,\"说\"\"好\"\"\t然后\",https://x/1\r\n",
         "doc,company,value,period,start,confidence,sentence,url\r\n"),
        (.tsv, "doc\tcompany\tvalue\tperiod\tstart\tconfidence\tsentence\turl\na,b.txt\tasml\t5300000000\t2024-Q1\t9\t0.9\t说\"好\"\\t然后\thttps://x/1\n",
         "doc\tcompany\tvalue\tperiod\tstart\tconfidence\tsentence\turl\n"),
        (.jsonl, #"{"doc": "a,b.txt", "company": "asml", "value": "5300000000", "period": "2024-Q1", "start": 9, "confidence": 0.9, "sentence": "说\"好\"\t然后", "url": "https://x/1"}"# + "\n", ""),
        (.json, "[\n" + #"{"doc": "a,b.txt", "company": "asml", "value": "5300000000", "period": "2024-Q1", "start": 9, "confidence": 0.9, "sentence": "说\"好\"\t然后", "url": "https://x/1"}"# + "\n]\n", "[]\n"),
    ]

    @Test(arguments: outputs)
    func writesTheCLIsRows(format: RowFormat, one: String, none: String) {
        let writer = FactRowWriter(format: format, columns: Self.columns)
        #expect(writer.document([Self.fact], fields: ["url": "https://x/1"]) == one)
        #expect(writer.document([]) == none)
    }

    @Test func twoJSONRowsAreSeparated() {
        let writer = FactRowWriter(format: .json, columns: ["start"])
        var second = Self.fact
        second.span = TextSpan(start: 20, end: 21)
        #expect(writer.document([Self.fact, second]) == "[\n{\"start\": 9},\n{\"start\": 20}\n]\n")
    }

    @Test func stringRowsEscapeAsFactRows() {
        #expect(RowFormat.csv.row(["a,b", "1"], columns: ["x", "n"]) == "\"a,b\",1\r\n")
        #expect(RowFormat.jsonl.row(["a\"b", "1"], columns: ["x", "n"], numericColumns: ["n"]) == #"{"x": "a\"b", "n": 1}"# + "\n")
        #expect(RowFormat.tsv.header(columns: ["x", "n"]) == "x\tn\n")
    }
}
