// factx-train: fits the weights of the company decision (Dictionaries/data/weights/company.tsv) from the
// development corpora and their gold facts, and measures them by k-fold cross-validation by document.
//
//   swift run -c release factx-train [--shared ../shared] [--output Dictionaries/data/weights/company.tsv]
//   swift run -c release factx-train --folds 5     (prints facts F1 per language: rules, held-out, trained-on)
//
// Each corpus folder `shared/corpus/NAME/` (its `index.tsv` gives each document's date) is read with the
// hand rules alone, recording every company decision (its candidates and their features). A decision is labelled
// by the gold fact of its figure — same document, overlapping span, value within 0.5 %, same unit and change
// (the rules of shared/tools/score_facts.py) — whose company (or an alt_company) names the right candidates.
// The same input gives the same weights file, byte for byte.
import Foundation
import FactKit

struct Gold {
    var doc: String, companies: Set<String>, metric: String, unit: String, change: String
    var value: Decimal?, start: Int, end: Int
}

struct Document {
    var set: String, id: String, date: CalendarDate?, text: String
    var language: String {
        switch set { case "en": return "en"; case "hant": return "hant"; default: return "zh+seeds" }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    exit(2)
}

// MARK: Arguments

var shared = "../shared"
var output = "Dictionaries/data/weights/company.tsv"
var folds = 0
var listErrors = false
var trainer = RankerTrainer()
var scripts: Set<String>?
var arguments = CommandLine.arguments.dropFirst()
while let a = arguments.popFirst() {
    switch a {
    case "--shared":
        guard let v = arguments.popFirst() else { fail("--shared needs a folder") }
        shared = v
    case "--output":
        guard let v = arguments.popFirst() else { fail("--output needs a path") }
        output = v
    case "--folds":
        guard let v = arguments.popFirst().flatMap({ Int($0) }) else { fail("--folds needs a number") }
        folds = v
    case "--errors": listErrors = true
    case "--scripts":
        guard let v = arguments.popFirst() else { fail("--scripts needs a list such as latin,hant") }
        scripts = Set(v.split(separator: ",").map(String.init))
    case "--l2":
        guard let v = arguments.popFirst().flatMap({ Double($0) }) else { fail("--l2 needs a number") }
        trainer.l2 = v
    case "--epochs":
        guard let v = arguments.popFirst().flatMap({ Int($0) }) else { fail("--epochs needs a number") }
        trainer.epochs = v
    case "-h", "--help":
        print("usage: factx-train [--shared DIR] [--output FILE] [--folds K] [--l2 X] [--epochs N] [--scripts latin,hans,hant] [--errors]"); exit(0)
    default: fail("unknown argument \(a)")
    }
}

// MARK: Reading the corpora

func decimal(_ any: Any?) -> Decimal? {
    guard let any else { return nil }
    return Decimal(string: "\(any)".trimmingCharacters(in: .whitespaces), locale: Locale(identifier: "en_US_POSIX"))
}

var documents = [Document]()
var gold = [String: [Gold]]()  // by "set/doc"
let corpusRoot = URL(fileURLWithPath: shared).appendingPathComponent("corpus")
let sets = ((try? FileManager.default.contentsOfDirectory(atPath: corpusRoot.path)) ?? []).sorted()
for set in sets {
    let dir = corpusRoot.appendingPathComponent(set)
    let goldPath = URL(fileURLWithPath: shared).appendingPathComponent("gold/\(set).jsonl").path
    guard let index = try? String(contentsOf: dir.appendingPathComponent("index.tsv"), encoding: .utf8),
          let goldText = try? String(contentsOfFile: goldPath, encoding: .utf8) else { continue }
    for line in index.split(separator: "\n").dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
        let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let text = try? String(contentsOf: dir.appendingPathComponent(cols[0] + ".txt"), encoding: .utf8) else { continue }
        documents.append(Document(set: set, id: cols[0], date: cols.count > 1 ? CalendarDate(cols[1]) : nil, text: text))
    }
    for line in goldText.split(separator: "\n") where !line.isEmpty {
        guard let row = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
        let doc = URL(fileURLWithPath: "\(row["doc"] ?? "")").deletingPathExtension().lastPathComponent
        var companies: Set<String> = ["\(row["company"] ?? "")"]
        for alt in (row["alt_company"] as? [Any]) ?? [] { companies.insert("\(alt)") }
        gold["\(set)/\(doc)", default: []].append(Gold(
            doc: doc, companies: companies, metric: "\(row["metric"] ?? "")", unit: "\(row["unit"] ?? "")",
            change: "\(row["change"] ?? "")", value: decimal(row["value"]),
            start: (row["start"] as? Int) ?? -1, end: (row["end"] as? Int) ?? -1))
    }
}
guard !documents.isEmpty else { fail("no corpus with gold under \(shared)") }

// MARK: Matching (shared/tools/score_facts.py)

func close(_ a: Decimal?, _ b: Decimal) -> Bool {
    guard let a else { return false }
    if a == b { return true }
    let d = a - b
    return abs(d) <= Decimal(string: "0.005")! * max(abs(a), abs(b))
}

func figureMatch(_ g: Gold, _ f: Fact) -> Bool {
    f.unit.rawValue == g.unit && (f.change?.rawValue ?? "") == g.change && close(g.value, f.value)
}

func strictMatch(_ g: Gold, _ f: Fact) -> Bool {
    figureMatch(g, f) && f.metric.rawValue == g.metric && g.companies.contains(f.company)
}

/// True positives, system facts and gold facts of some documents.
@MainActor func count(_ docs: [Document], _ facts: [String: [Fact]]) -> (tp: Int, system: Int, gold: Int) {
    var tp = 0, system = 0, goldCount = 0
    for d in docs {
        let key = "\(d.set)/\(d.id)"
        let gs = gold[key] ?? [], ss = facts[key] ?? []
        system += ss.count; goldCount += gs.count
        var used = Set<Int>()
        for g in gs {
            if let k = ss.indices.first(where: { !used.contains($0) && strictMatch(g, ss[$0]) }) { used.insert(k); tp += 1 }
        }
    }
    return (tp, system, goldCount)
}

func f1(_ c: (tp: Int, system: Int, gold: Int)) -> Double {
    let p = c.system > 0 ? Double(c.tp) / Double(c.system) : 0, r = c.gold > 0 ? Double(c.tp) / Double(c.gold) : 0
    return p + r > 0 ? 2 * p * r / (p + r) : 0
}

// MARK: Decisions and labels

func extractor(_ weights: LinearWeights?) -> FactExtractor {
    do { return try FactExtractor(options: ExtractionOptions(), companyWeights: weights) } catch { fail("\(error)") }
}

let rules = extractor(LinearWeights())
var ruleFacts = [String: [Fact]]()
var examples = [String: [RankingExample]]()  // by "set/doc"
var labelled = 0, ruleRight = 0
for d in documents {
    let key = "\(d.set)/\(d.id)"
    let facts = rules.extractRecordingDecisions(d.text, document: d.id, date: d.date)
    ruleFacts[key] = facts
    var seen = Set<Int>()
    for f in facts {
        guard let decision = f.decision?.company, !seen.contains(f.span.start) else { continue }
        // The gold fact of the figure: overlapping span and the same figure; one with the same metric first.
        let golds = (gold[key] ?? []).filter { $0.start < f.span.end && f.span.start < $0.end && figureMatch($0, f) }
        guard let g = golds.first(where: { $0.metric == f.metric.rawValue }) ?? golds.first else { continue }
        seen.insert(f.span.start)
        // Only the candidates the scorer may choose (and the rule's choice) are learned from.
        let kept = decision.candidates.indices.filter { decision.candidates[$0].eligible || $0 == decision.rule }
        let right = Set(kept.indices.filter { g.companies.contains(decision.candidates[kept[$0]].company) })
        examples[key, default: []].append(RankingExample(candidates: kept.map { decision.candidates[$0].features }, right: right))
        labelled += 1
        if g.companies.contains(decision.candidates[decision.rule].company) { ruleRight += 1 } else if listErrors && folds <= 1 {
            let names = decision.candidates.map { "\($0.company.isEmpty ? "-" : $0.company)/\($0.kind)" }
            print("\(key)\t\(f.text)\trule \(names[decision.rule])\tright \(right.sorted().map { names[kept[$0]] })\tof \(names)\tgold \(g.companies.sorted())\t\(f.rule)")
        }
    }
}
FileHandle.standardError.write("documents \(documents.count), labelled decisions \(labelled), the hand rule right on \(ruleRight)\n".data(using: .utf8)!)

let languages = ["en", "zh+seeds", "hant"]
@MainActor func report(_ name: String, _ facts: [String: [Fact]], _ docs: [Document]) -> String {
    var parts = [String]()
    for l in languages {
        let c = count(docs.filter { $0.language == l }, facts)
        parts.append("\(l) \(String(format: "%.3f", f1(c))) (\(c.tp)/\(c.system)/\(c.gold))")
    }
    parts.append("all \(String(format: "%.3f", f1(count(docs, facts))))")
    return "\(name): " + parts.joined(separator: "  ")
}

if folds > 1 {
    // Documents go to folds in turn, set by set in id order.
    var fold = [String: Int]()
    for set in sets {
        for (i, d) in documents.filter({ $0.set == set }).sorted(by: { $0.id < $1.id }).enumerated() { fold["\(set)/\(d.id)"] = i % folds }
    }
    var heldOut = [String: [Fact]]()
    var overrides = [String: (fixed: Int, broken: Int)]()
    for k in 0..<folds {
        let train = documents.filter { fold["\($0.set)/\($0.id)"] != k }.flatMap { examples["\($0.set)/\($0.id)"] ?? [] }
        var weights = trainer.fit(train)
        weights.scripts = scripts
        let model = extractor(weights)
        for d in documents where fold["\(d.set)/\(d.id)"] == k {
            for e in examples["\(d.set)/\(d.id)"] ?? [] {
                let scores = e.candidates.map { weights.score($0) }
                let rule = e.candidates.firstIndex { $0.contains { $0.name == "rule" } } ?? 0
                var best = rule
                for j in scores.indices where scores[j] > scores[best] + 1e-9 { best = j }
                if best != rule { overrides[d.language, default: (0, 0)].0 += e.right.contains(best) ? 1 : 0 }
                if best != rule { overrides[d.language, default: (0, 0)].1 += e.right.contains(rule) ? 1 : 0 }
                if best != rule, listErrors {
                    print("held-out override \(d.set)/\(d.id): \(e.right.contains(best) ? "fixed" : e.right.contains(rule) ? "broken" : "still wrong"), to \(e.candidates[best].map(\.name).prefix(8)) from \(e.candidates[rule].map(\.name).prefix(8))")
                }
                if best != rule && !e.right.contains(best) && !e.right.contains(rule) { overrides[d.language, default: (0, 0)].0 += 0 }
            }
        }
        for d in documents where fold["\(d.set)/\(d.id)"] == k {
            heldOut["\(d.set)/\(d.id)"] = model.extract(d.text, document: d.id, date: d.date)
        }
    }
    var allWeights = trainer.fit(documents.flatMap { examples["\($0.set)/\($0.id)"] ?? [] })
    allWeights.scripts = scripts
    let all = extractor(allWeights)
    var trainedOn = [String: [Fact]]()
    for d in documents { trainedOn["\(d.set)/\(d.id)"] = all.extract(d.text, document: d.id, date: d.date) }
    print("facts F1 per language (tp/system/gold), \(folds) folds by document")
    print(report("rules alone        ", ruleFacts, documents))
    print("held-out decisions the ranker would override, in any script: " + languages.map { l in
        "\(l) fixed \(overrides[l]?.fixed ?? 0), broken \(overrides[l]?.broken ?? 0)" }.joined(separator: "  "))
    print(report("ranker, held-out   ", heldOut, documents))
    print(report("ranker, trained-on ", trainedOn, documents))
} else {
    var weights = trainer.fit(documents.flatMap { examples["\($0.set)/\($0.id)"] ?? [] })
    weights.scripts = scripts
    let header = [
        "Company decision: weights of the linear scorer over a figure's candidate companies (Sources/FactKit/Ranking).",
        "Written by `swift run -c release factx-train` from shared/corpus and shared/gold (\(documents.count) documents,",
        "\(labelled) labelled decisions): softmax over candidates, gradient descent, \(trainer.epochs) epochs, rate \(trainer.rate), L2 \(trainer.l2).",
        "Do not edit by hand: retrain. Feature names are explained in CompanyRanking.swift; absent features weigh 0.",
        "@scripts: where the weights decide (--scripts); elsewhere the hand rules do.",
        "feature\tweight",
    ]
    do { try weights.fileText(header: header).write(toFile: output, atomically: true, encoding: .utf8) } catch { fail("\(error)") }
    print("wrote \(output): \(weights.weights.count) features")
}
