import Foundation
import Testing

struct NumbersCLITests {
    @Test func readsStdinAsJSONLines() throws {
        let r = try runFactx(["numbers", "--format", "jsonl"], stdin: "营收53亿欧元，同比下降22%，约 4 亿美元")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"doc": "<stdin>", "text": "53亿欧元", "start": 2, "end": 7, "kind": "money", "value": "5300000000", "unit": "EUR", "item": "", "qualifier": "exact", "low": "", "high": ""}"#)
        #expect(lines[2].contains(#""qualifier": "approx""#))
    }

    @Test func readsJSONLinesRecordsAndWritesCSV() throws {
        let input = #"{"id": "a", "text": "60-80亿美元"}"# + "\n" + #"{"id": "b", "text": "1万块A100"}"# + "\n"
        let r = try runFactx(["numbers", "--input", "jsonl", "--format", "csv"], stdin: input)
        #expect(r.status == 0)
        #expect(r.stdout == "doc,text,start,end,kind,value,unit,item,qualifier,low,high\r\n"
            + "a,60-80亿美元,0,8,money,6000000000,USD,,range,6000000000,8000000000\r\n"
            + "b,1万块,0,3,number,10000,count,A100,exact,,\r\n")
    }

    @Test func readsFilesAndWritesJSON() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factx-numbers-\(UUID().uuidString).txt")
        try "2023年营收22%".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try runFactx(["numbers", url.path, "--format", "json"])
        #expect(r.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["text"] as? String == "22%")
        #expect(rows?.first?["start"] as? Int == 7)
        #expect(rows?.first?["doc"] as? String == url.path)
    }

    @Test func missingFileFails() throws {
        let r = try runFactx(["numbers", "/nonexistent/file.txt"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("/nonexistent/file.txt"))
    }
}
