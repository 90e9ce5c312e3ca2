// factx-bench: throughput, memory and load-time figures for FactKit, measured in one run
// against the physical yardstick of bare ICU word segmentation of the same text.
//
//   swift run -c release factx-bench [--corpus DIR] [--megabytes N] [--runs N] [--jobs-megabytes N]
//
// Prints medians of several runs: MB/s of bare ICU word segmentation and of fact extraction
// (library, one core), their ratio, dictionary load time, the start-up of `factx extract`, its
// MB/s at one job on the same text (and the ratio to ICU), its 1-vs-2-jobs speed-up, and peak
// resident memory of `factx extract` streaming a large input (a folder, and JSON Lines on stdin).
import CICUShim
import FactKit
import Foundation

struct Arguments {
    var corpus = "../shared/corpus/seeds"
    var megabytes = 10
    var runs = 5
    var memoryMegabytes = 100
    /// Size of the input for the 1-vs-2-jobs comparison: large enough that the fixed start-up
    /// (process, dictionaries) does not hide the scaling, which is reported on its own.
    var jobsMegabytes = 30
    var factx: String?

    init() {
        var it = CommandLine.arguments.dropFirst().makeIterator()
        while let a = it.next() {
            switch a {
            case "--corpus": corpus = it.next() ?? corpus
            case "--megabytes": megabytes = Int(it.next() ?? "") ?? megabytes
            case "--runs": runs = Int(it.next() ?? "") ?? runs
            case "--memory-megabytes": memoryMegabytes = Int(it.next() ?? "") ?? memoryMegabytes
            case "--jobs-megabytes": jobsMegabytes = Int(it.next() ?? "") ?? jobsMegabytes
            case "--factx": factx = it.next()
            case "-h", "--help":
                print("usage: factx-bench [--corpus DIR] [--megabytes N] [--runs N] [--memory-megabytes N] [--jobs-megabytes N] [--factx PATH]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("factx-bench: unknown argument '\(a)'\n".utf8)); exit(2)
            }
        }
    }
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func format(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }

func bench() throws {
    let args = Arguments()

    // The corpus: every .txt document of the folder, replicated to the size asked for.
    let folder = URL(fileURLWithPath: args.corpus)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    let seeds = names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    guard !seeds.isEmpty else {
        FileHandle.standardError.write(Data("factx-bench: no .txt documents in \(args.corpus)\n".utf8)); exit(1)
    }
    var documents = [String]()
    var bytes = 0
    while bytes < args.megabytes * 1_000_000 {
        for s in seeds { documents.append(s); bytes += s.utf8.count }
    }
    let megabytes = Double(bytes) / 1e6
    print("corpus: \(seeds.count) documents from \(args.corpus), replicated to \(documents.count) documents, \(format(megabytes)) MB")

    // 1. Bare ICU word segmentation of the same text, one core.
    let utf16Documents = documents.map { Array($0.utf16) }
    func icuWordSegmentation() -> Int {
        let breaker = cicu_breaker_open(Int32(CICU_BREAK_WORD), "zh")
        defer { cicu_breaker_close(breaker) }
        var total = 0
        var out = [Int32](repeating: 0, count: 1 << 16)
        for d in utf16Documents {
            if out.count < d.count + 2 { out = [Int32](repeating: 0, count: d.count + 2) }
            let n = d.withUnsafeBufferPointer { u in
                out.withUnsafeMutableBufferPointer { o in
                    cicu_breaker_boundaries(breaker, u.baseAddress, Int32(u.count), o.baseAddress, nil, Int32(o.count))
                }
            }
            total += Int(n)
        }
        return total
    }

    // 2. Fact extraction, one core, in process.
    let loadStart = now()
    let extractor = try FactExtractor()
    let firstLoad = now() - loadStart
    var loads = [firstLoad]
    for _ in 0..<max(1, args.runs) {
        let t = now(); _ = try FactExtractor(); loads.append(now() - t)
    }

    func extraction() -> Int {
        var facts = 0
        for (i, d) in documents.enumerated() { facts += extractor.extract(d, document: String(i)).count }
        return facts
    }

    func quantityRecognition() -> Int {
        var count = 0
        for d in documents { count += extractor.quantities(in: d).count }
        return count
    }

    var icuTimes = [Double](), factTimes = [Double](), quantityTimes = [Double]()
    var boundaries = 0, facts = 0, quantities = 0
    for _ in 0..<args.runs {
        var t = now(); boundaries = icuWordSegmentation(); icuTimes.append(now() - t)
        t = now(); facts = extraction(); factTimes.append(now() - t)
        t = now(); quantities = quantityRecognition(); quantityTimes.append(now() - t)
    }
    let icuRate = megabytes / median(icuTimes)
    let factRate = megabytes / median(factTimes)
    print("bare ICU word segmentation: \(format(icuRate)) MB/s (median of \(args.runs); \(boundaries) boundaries)")
    print("quantity recognition, every figure of every sentence (library, 1 core): \(format(megabytes / median(quantityTimes))) MB/s (median of \(args.runs); \(quantities) quantities)")
    print("fact extraction (library, 1 core): \(format(factRate)) MB/s (median of \(args.runs); \(facts) facts)")
    print("ratio extraction / ICU segmentation: \(format(factRate / icuRate, 2))x")
    print("built-in dictionaries ready in: \(format(median(loads) * 1000)) ms median (first load \(format(firstLoad * 1000)) ms)")

    // 3. The CLI: 1 vs 2 jobs, and peak memory while streaming a large JSON Lines input.
    let factxPath = args.factx ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("factx").path
    guard FileManager.default.isExecutableFile(atPath: factxPath) else {
        print("factx not found at \(factxPath): build it (swift build -c release) for the CLI figures"); return
    }
    let tmp = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("factx-bench-\(getpid())")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }

    func jsonString(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [])
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    func writeJSONL(_ url: URL, megabytes target: Int) throws -> Double {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let h = try FileHandle(forWritingTo: url)
        var written = 0, n = 0
        let lines = seeds.map { s -> String in "{\"id\": \"ID\", \"text\": \(jsonString(s))}\n" }
        while written < target * 1_000_000 {
            for l in lines {
                let line = l.replacingOccurrences(of: "\"ID\"", with: "\"d\(n)\"")
                n += 1
                h.write(Data(line.utf8)); written += line.utf8.count
            }
        }
        try h.close()
        return Double(written) / 1e6
    }

    /// Runs factx with stdin from a file; returns (seconds, peak RSS in MB of the child).
    /// Spawned with posix_spawn and reaped with wait4 here, so the child's resource usage is ours to read.
    func runFactx(_ arguments: [String], stdin: URL) throws -> (Double, Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin.path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([factxPath] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let t = now()
        let rc = posix_spawn(&pid, factxPath, &actions, nil, argv, environ)
        guard rc == 0 else { throw NSError(domain: "factx-bench", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "cannot start \(factxPath)"]) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return (now() - t, Double(usage.ru_maxrss) / 1024)
    }

    let extractArguments = ["extract", "--input", "jsonl", "--format", "jsonl", "--quiet"]
    // Start-up: process, argument parsing and dictionaries, for one short record.
    let tinyInput = tmp.appendingPathComponent("tiny.jsonl")
    try Data("{\"id\": \"d\", \"text\": \"英伟达营收260亿美元。\"}\n".utf8).write(to: tinyInput)
    var startups = [Double]()
    for _ in 0..<max(5, args.runs) { startups.append(try runFactx(extractArguments + ["--jobs", "1"], stdin: tinyInput).0) }
    print("factx extract start-up (one short record): \(format(median(startups) * 1000)) ms median")

    // The CLI on the same text as the library figures, one job, JSON Lines in and out, against ICU.
    let cliInput = tmp.appendingPathComponent("cli.jsonl")
    let cliMB = try writeJSONL(cliInput, megabytes: args.megabytes)
    var cli = [Double]()
    for _ in 0..<max(3, args.runs / 2) { cli.append(try runFactx(extractArguments + ["--jobs", "1"], stdin: cliInput).0) }
    let cliRate = cliMB / median(cli)
    print("factx extract --jobs 1, \(format(cliMB)) MB of JSON Lines: \(format(cliRate)) MB/s (median of \(cli.count)); ratio to ICU segmentation: \(format(cliRate / icuRate, 2))x")
    try? FileManager.default.removeItem(at: cliInput)

    let jobsInput = tmp.appendingPathComponent("jobs.jsonl")
    let jobsMB = try writeJSONL(jobsInput, megabytes: args.jobsMegabytes)
    // Runs alternate, and the speed-up is the median of each pair's ratio: a shared machine's
    // speed drifts between runs far more than within a pair.
    var one = [Double](), two = [Double]()
    for _ in 0..<max(5, args.runs / 2) {
        one.append(try runFactx(extractArguments + ["--jobs", "1"], stdin: jobsInput).0)
        two.append(try runFactx(extractArguments + ["--jobs", "2"], stdin: jobsInput).0)
    }
    let ratios = zip(one, two).map { $0 / $1 }
    print("factx extract, \(format(jobsMB)) MB: --jobs 1: \(format(jobsMB / median(one))) MB/s; --jobs 2: \(format(jobsMB / median(two))) MB/s; speed-up \(format(median(ratios), 2))x (median of \(ratios.count) alternating pairs; range \(format(ratios.min()!, 2))–\(format(ratios.max()!, 2)))")
    try? FileManager.default.removeItem(at: jobsInput)

    // A folder of files: the same amount of text, one document a file.
    let folderInput = tmp.appendingPathComponent("folder")
    try FileManager.default.createDirectory(at: folderInput, withIntermediateDirectories: true)
    var folderBytes = 0, fileCount = 0
    while folderBytes < args.memoryMegabytes * 1_000_000 {
        for s in seeds {
            let sub = folderInput.appendingPathComponent("part\(fileCount / 1000)")
            if fileCount % 1000 == 0 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            try s.write(to: sub.appendingPathComponent("doc\(fileCount).txt"), atomically: false, encoding: .utf8)
            folderBytes += s.utf8.count; fileCount += 1
        }
    }
    let empty = tmp.appendingPathComponent("empty")
    FileManager.default.createFile(atPath: empty.path, contents: Data())
    let (folderSeconds, folderRSS) = try runFactx(["extract", folderInput.path, "--format", "jsonl", "--quiet"], stdin: empty)
    print("peak RSS reading a folder of \(fileCount) files, \(format(Double(folderBytes) / 1e6)) MB: \(format(folderRSS)) MB (\(format(Double(folderBytes) / 1e6 / folderSeconds)) MB/s)")
    try? FileManager.default.removeItem(at: folderInput)

    let memoryInput = tmp.appendingPathComponent("memory.jsonl")
    let memoryMB = try writeJSONL(memoryInput, megabytes: args.memoryMegabytes)
    let (seconds, rss) = try runFactx(["extract", "--input", "jsonl", "--format", "jsonl", "--quiet"], stdin: memoryInput)
    print("peak RSS streaming \(format(memoryMB)) MB of JSON Lines on stdin: \(format(rss)) MB (\(format(memoryMB / seconds)) MB/s)")

}

do { try bench() } catch {
    FileHandle.standardError.write(Data("factx-bench: \(error)\n".utf8)); exit(1)
}
