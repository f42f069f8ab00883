import Foundation
import PageAlloc

/// The minimal C buddy allocator of Benchmarks/cbaseline, compiled with the system C compiler
/// into a temporary folder when the benchmark starts, and run as a child process per loop.
struct CBaseline {
    /// The compiled program.
    let executable: String
    /// Where layouts are written.
    let folder: URL

    /// The C sources, found beside this file in the checkout.
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("cbaseline")

    /// Compiles the baseline with `compiler -O2` into `folder`.
    static func build(compiler: String, into folder: URL) throws -> CBaseline {
        let sources = try FileManager.default.contentsOfDirectory(atPath: sourceFolder.path)
            .filter { $0.hasSuffix(".c") }.sorted().map { sourceFolder.appendingPathComponent($0).path }
        guard !sources.isEmpty else { throw ChildError(description: "no C sources in \(sourceFolder.path)") }
        let executable = folder.appendingPathComponent("mmbook-cbaseline").path
        let result = try runChild([compiler, "-O2", "-std=c11", "-o", executable] + sources)
        guard result.status == 0 else {
            throw ChildError(description: "\(compiler) failed to build the C baseline (status \(result.status))")
        }
        return CBaseline(executable: executable, folder: folder)
    }

    /// Writes a machine layout in the baseline's format: the memmap size (rounded up to a
    /// MAX_PAGE_ORDER block, as the model's memmap), present ranges, then free ranges in
    /// ascending order.
    func writeLayout(_ layout: MachineLayout, name: String) throws -> String {
        let block = 1 << Kernel.maxPageOrder
        var lines = ["pfns \((layout.endPfn + block - 1) / block * block)"]
        for range in layout.zones.flatMap(\.presentRanges).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            lines.append("present \(range.lowerBound) \(range.upperBound)")
        }
        for range in layout.zones.flatMap(\.freeRanges).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            lines.append("free \(range.lowerBound) \(range.upperBound)")
        }
        let path = folder.appendingPathComponent("layout-\(name).txt").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs one loop on the 4 GiB machine of `LoopSetup`.
    func measure(_ loop: Loop, plan: SamplePlan) throws -> Measurement {
        let layout = try writeLayout(LoopSetup.layout, name: "loops")
        let timing = ["\(plan.sampleMilliseconds)", "\(plan.samples)"]
        let arguments: [String]
        if let order = loop.pairOrder {
            arguments = [executable, layout, "pair", "\(order)"] + timing
        } else {
            arguments =
                [
                    executable, layout, "churn", "\(LoopSetup.churnLive)", "\(LoopSetup.churnMaxOrder)",
                    "\(LoopSetup.churnSeed)",
                ] + timing
        }
        let result = try runChild(arguments)
        guard result.status == 0 else {
            throw ChildError(description: "the C baseline's \(loop.rawValue) loop failed (status \(result.status))")
        }
        return try JSONDecoder.snakeCase.decode(Measurement.self, from: Data(result.output.utf8))
    }

    /// What the baseline's `boot` prints.
    struct BootOutput: Codable {
        var bootNs: Int
        var rssBefore: Int
        var rssAfter: Int
        var peakRss: Int
    }

    /// Boots `layout` in a child process.
    func boot(_ layout: MachineLayout, name: String) throws -> BootOutput {
        let path = try writeLayout(layout, name: name)
        let result = try runChild([executable, path, "boot"])
        guard result.status == 0 else {
            throw ChildError(description: "the C baseline's boot of \(name) failed (status \(result.status))")
        }
        return try JSONDecoder.snakeCase.decode(BootOutput.self, from: Data(result.output.utf8))
    }
}

extension JSONDecoder {
    /// A decoder for the C baseline's snake_case keys.
    static var snakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
