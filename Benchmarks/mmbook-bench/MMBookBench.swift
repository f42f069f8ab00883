import ArgumentParser
import Foundation

/// `swift run -c release mmbook-bench`: measures the model against the minimal C buddy
/// allocator of Benchmarks/cbaseline in one run, prints a table and writes the figures as JSON.
@main
struct MMBookBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmbook-bench",
        abstract: "Measure the page allocator model against a minimal C buddy allocator.")

    /// The parts of a run.
    enum Section: String, CaseIterable, ExpressibleByArgument {
        case loops, boots, statements, check
    }

    @Option(help: "Where to write the figures as JSON.") var json = ".build/mmbook-bench.json"
    @Option(parsing: .upToNextOption, help: "The parts to run (default: all).") var only: [Section] = Section.allCases
    @Option(parsing: .upToNextOption, help: "Machine sizes to boot, in GiB.") var bootGib: [Int] = [
        1, 16, 64, 256, 1024,
    ]
    @Option(help: "The least time of one timed sample, in milliseconds.") var sampleMs = 200
    @Option(help: "Timed samples per loop; the table shows their median.") var samples = 5
    @Option(help: "Cold and warm runs of check each.") var checkRuns = 3
    @Option(help: "The notes folder whose check is timed.") var notes = "notes"
    @Option(help: "The C compiler for the baseline.")
    var cc = ProcessInfo.processInfo.environment["CC"] ?? "cc"
    @Option(help: "Run only this loop on the Swift model, for --seconds, for a profiler.") var profile: Loop?
    @Option(help: "How long --profile runs.") var seconds = 10.0
    @Option(help: .hidden) var childBoot: Int?

    func run() throws {
        if let childBoot { return Boots.child(gibibytes: childBoot) }
        if let profile { return profileLoop(profile) }
        #if DEBUG
            let release = false
            progress("warning: a debug build; measure with swift run -c release mmbook-bench")
        #else
            let release = true
        #endif
        let plan = SamplePlan(sampleMilliseconds: sampleMs, samples: samples)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mmbook-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var report = BenchReport(
            host: HostInfo.current(), releaseBuild: release, plan: plan,
            loopSetup: "boot mem=4G through PageAlloc's API (x86 layout, 1 node, 1 CPU), GFP_KERNEL")
        var baseline: CBaseline?
        do {
            baseline = try CBaseline.build(compiler: cc, into: folder)
            report.cCompiler = "\(cc) -O2 -std=c11"
        } catch {
            report.problems.append("the C baseline: \(error)")
        }
        if only.contains(.loops) {
            for loop in Loop.allCases {
                progress("\(loop.rawValue): Swift model")
                let swift = measure(plan, SwiftLoop(loop).run)
                var c: Measurement?
                if let baseline {
                    progress("\(loop.rawValue): C baseline")
                    do { c = try baseline.measure(loop, plan: plan) } catch { report.problems.append("\(error)") }
                }
                report.loops.append(
                    LoopResult(
                        loop: loop, label: loop.label, operation: loop.operation, swift: swift, c: c,
                        ratio: c.map { swift.median / $0.median }))
            }
        }
        if only.contains(.boots) {
            progress("boots: \(bootGib.map { "\($0)G" }.joined(separator: " "))")
            report.boots = Boots.run(sizes: bootGib, baseline: baseline)
        }
        if only.contains(.statements) {
            progress("scenario statements: \(Statements.machines.joined(separator: " "))")
            report.statements = Statements.run(plan: plan)
        }
        if only.contains(.check) {
            progress("check of \(notes)/")
            do {
                report.check = try BookCheck.run(notes: notes, in: folder, runs: checkRuns)
            } catch {
                report.problems.append("check: \(error)")
            }
        }
        report.host.finish()
        print(report.table, terminator: "")
        let encoder = JSONEncoder.snakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let url = URL(fileURLWithPath: json)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(report).write(to: url)
        progress("wrote \(json)")
    }

    /// Runs one loop on the Swift model for `seconds`, with nothing else in the process.
    func profileLoop(_ loop: Loop) {
        let workload = SwiftLoop(loop)
        let end = nowNanoseconds() + Int(seconds * 1e9)
        var operations = 0
        while nowNanoseconds() < end {
            workload.run(10_000)
            operations += 10_000
        }
        print("\(loop.rawValue): \(operations) operations in \(seconds) s (sink \(workload.sink))")
    }
}

/// A progress line on standard error, so that standard output is the table alone.
func progress(_ message: String) {
    FileHandle.standardError.write(Data("mmbook-bench: \(message)\n".utf8))
}

extension Loop: ExpressibleByArgument {}
