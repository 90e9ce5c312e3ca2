import Foundation
import Testing

/// `factx companies` on stdin, files and user dictionaries.
struct CompaniesCLITests {
    @Test func mentionsFromStdinAsJSONLines() throws {
        let r = try runFactx(["companies", "-", "--format", "jsonl"], stdin: "😀字节今年向英伟达订购GPU")
        #expect(r.status == 0)
        #expect(r.stdout == """
            {"doc": "<stdin>", "company": "bytedance", "name": "ByteDance", "text": "字节", "start": 1, "end": 3}
            {"doc": "<stdin>", "company": "nvidia", "name": "NVIDIA", "text": "英伟达", "start": 6, "end": 9}

            """)
    }

    @Test func mentionsAsCSVFromJSONLinesRecords() throws {
        let r = try runFactx(["companies", "-", "--input", "jsonl", "--format", "csv"],
                             stdin: "{\"id\": \"a\", \"text\": \"台积电\"}\n{\"id\": \"b\", \"text\": \"Meta, metadata\"}\n")
        #expect(r.status == 0)
        #expect(r.stdout == "doc,company,name,text,start,end\r\na,tsmc,TSMC,台积电,0,3\r\nb,meta,Meta,Meta,0,4\r\n")
    }

    @Test func foldersAreReadWithTheSharedInputOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("cn/a.txt", hexBytes("cca8bbfdb5e7bacdd3a2ceb0b4ef"))  // 台积电和英伟达 in GBK
        _ = try folder.write("b.md", "阿里巴巴")
        let r = try runFactx(["companies", folder.path, "--include", "*.txt", "--format", "csv"])
        #expect(r.status == 0)
        let doc = folder.path + "/cn/a.txt"
        #expect(r.stdout == "doc,company,name,text,start,end\r\n\(doc),tsmc,TSMC,台积电,0,3\r\n\(doc),nvidia,NVIDIA,英伟达,4,7\r\n")
        let forced = try runFactx(["companies", doc, "--encoding", "GBK", "--format", "tsv"])
        #expect(forced.stdout.contains("\ttsmc\tTSMC\t台积电\t0\t3\n"))
        let unknown = try runFactx(["companies", doc, "--encoding", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown encoding 'nope'"))
    }

    @Test func noPathPrintsTheDictionary() throws {
        let r = try runFactx(["companies", "--format", "tsv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id\tname\taliases\tparent\ttickers")
        #expect(lines.count > 400)
        #expect(lines.contains { $0.hasPrefix("taobao\tTaobao\t") && $0.hasSuffix("\talibaba\t") })
    }

    @Test func userDictionaryLayersAndConflictsGoToStderr() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factx-user-\(UUID().uuidString).tsv")
        try "acme\tAcme\t艾克米|阿里\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try runFactx(["companies", "-", "--dictionary", url.path, "--format", "tsv"], stdin: "艾克米和阿里")
        #expect(r.status == 0)
        #expect(r.stdout.contains("<stdin>\tacme\tAcme\t艾克米\t0\t3\n"))
        #expect(r.stdout.contains("<stdin>\tacme\tAcme\t阿里\t4\t6\n"))
        #expect(r.stderr.contains("warning: \(url.path):1: alias '阿里' of 'acme' is also an alias of 'alibaba'"))
    }

    @Test func malformedDictionaryNamesFileAndLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factx-bad-\(UUID().uuidString).tsv")
        try "# mine\nAcme\tAcme\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try runFactx(["companies", "--dictionary", url.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(url.path):2: invalid id 'Acme'"))
    }
}
