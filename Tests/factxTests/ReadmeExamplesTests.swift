import Foundation
import Testing

/// The README's examples are what the binary does: every `$ command` of a code block runs (with the built
/// `factx` first on PATH, in the package root) and prints exactly the lines that follow it.
struct ReadmeExamplesTests {
    struct Example: CustomStringConvertible {
        let command: String
        let output: String
        var description: String { command }
    }

    /// The `$ ` commands of README.md's code blocks with the lines after them; a line ending in `\` goes on
    /// on the next one. Commands that need what the repository does not hold (`../shared`) or a build are left out.
    static let examples: [Example] = {
        let readme = (try? String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        var examples = [Example]()
        var inBlock = false, command: String?, continued = false, output = [String]()
        func finish() {
            if let c = command, !c.contains("../shared"), !c.hasPrefix("swift ") {
                examples.append(Example(command: c, output: output.map { $0 + "\n" }.joined()))
            }
            command = nil; output = []
        }
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if inBlock { finish() }
                inBlock.toggle(); continued = false
                continue
            }
            guard inBlock else { continue }
            if continued, let c = command {
                command = c + "\n" + line
                continued = line.hasSuffix("\\")
            } else if line.hasPrefix("$ ") {
                finish()
                command = String(line.dropFirst(2))
                continued = line.hasSuffix("\\")
            } else if command != nil {
                output.append(line)
            }
        }
        return examples
    }()

    func run(_ command: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = productsDirectory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func theReadmeHasExamplesToRun() {
        #expect(Self.examples.count >= 5)
        #expect(Self.examples.contains { $0.command.contains("factx numbers") })
        #expect(Self.examples.contains { $0.command.contains("--dictionary Examples/dictionary.tsv") })
    }

    @Test(arguments: examples) func exampleOutputIsWhatFactxPrints(_ example: Example) throws {
        let r = try run(example.command)
        #expect(r.status == 0, "\(r.stderr)")
        // CSV rows end in CRLF; a README shows them without the CR.
        #expect(r.stdout.replacingOccurrences(of: "\r\n", with: "\n") == example.output)
    }

    /// The summary line the README quotes is the one `factx extract Examples/news` ends with.
    @Test func theQuotedSummaryLineMatches() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let quoted = try #require(readme.firstMatch(of: /`factx: (\d+ documents, \d+ facts, \d+ errors),[^`]*` \(`factx extract Examples\/news`\)/))
        let r = try run("factx extract Examples/news > /dev/null")
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("factx: " + quoted.1 + ","), "\(r.stderr)")
    }
}
