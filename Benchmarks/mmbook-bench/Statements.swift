import Scenario

/// The cost of one statement through the scenario language on one machine size.
struct StatementCost: Codable, Sendable {
    /// The `boot` statement of the machine.
    var boot: String
    /// Nanoseconds per statement: blocks of `p = alloc_pages(GFP_KERNEL, 0)` and
    /// `__free_pages(p, 0)` pairs run by `ScenarioSession.run`, parsing included.
    var measurement: Measurement
}

enum Statements {
    /// The machine sizes measured.
    static let machines = ["64M", "4G", "64G"]
    /// The most `alloc_pages`/`__free_pages` pairs in one block: the largest power of two
    /// whose two lines a pair fit in a block (`Limits.linesPerBlock`).
    static let pairsPerBlock = 1 << (Int.bitWidth - 1 - (Limits.linesPerBlock / 2).leadingZeroBitCount)

    static func run(plan: SamplePlan) -> [StatementCost] {
        machines.map { size in
            var session = ScenarioSession()
            let boot = "boot mem=\(size)"
            let booted = session.run(ScenarioSource(file: "bench", text: boot + "\n"))
            precondition(booted.succeeded, "\(boot) failed: \(booted.diagnostics)")
            var blocks: [Int: ScenarioSource] = [:]
            let pairs = measure(plan) { n in
                // A block holds at most `Limits.linesPerBlock` lines: n pairs run as blocks of
                // at most `pairsPerBlock` pairs.
                var left = n
                while left > 0 {
                    let count = min(left, pairsPerBlock)
                    let source =
                        blocks[count]
                        ?? ScenarioSource(
                            file: "bench",
                            text: String(
                                repeating: "p = alloc_pages(GFP_KERNEL, 0)\n__free_pages(p, 0)\n", count: count))
                    blocks[count] = source
                    let result = session.run(source)
                    precondition(result.succeeded, "the statement block failed: \(result.diagnostics)")
                    left -= count
                }
            }
            let perStatement = Measurement(
                opsPerSample: pairs.opsPerSample * 2, samplesNsPerOp: pairs.samplesNsPerOp.map { $0 / 2 },
                samplesCpuNsPerOp: pairs.samplesCpuNsPerOp.map { $0 / 2 })
            return StatementCost(boot: boot, measurement: perStatement)
        }
    }
}
