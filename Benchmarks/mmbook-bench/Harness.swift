import Glibc

/// The monotonic clock in nanoseconds (`CLOCK_MONOTONIC`, the clock the C baseline reads).
func nowNanoseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// This thread's CPU time in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`): what a loop cost, whatever
/// else the shared machine is running.
func cpuNanoseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Timed samples of one loop: nanoseconds per operation of each sample.
struct Measurement: Codable, Sendable {
    /// Operations per sample, found by doubling from 1 until one sample took the sample time.
    var opsPerSample: Int
    /// Wall-clock nanoseconds per operation, one value per sample.
    var samplesNsPerOp: [Double]
    /// The thread's CPU nanoseconds per operation, one value per sample.
    var samplesCpuNsPerOp: [Double]

    /// The median CPU time per operation: the figure the table prints, as steady as a shared
    /// machine allows.
    var median: Double { Measurement.median(samplesCpuNsPerOp) }

    /// The median wall time per operation.
    var medianWall: Double { Measurement.median(samplesNsPerOp) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// How long each sample runs and how many samples a loop gets; the C baseline gets the same.
struct SamplePlan: Codable, Sendable {
    /// The least time one sample takes, in milliseconds.
    var sampleMilliseconds: Int
    /// Samples per loop.
    var samples: Int
}

/// Times `body(n)`, which runs `n` operations: `n` doubles from 1 until one call takes the
/// sample time (warming caches and the allocator's lists on the way), then `samples` calls of
/// that `n` are timed by the wall clock and the thread's CPU clock. The C baseline's
/// `measure()` does the same.
func measure(_ plan: SamplePlan, _ body: (Int) -> Void) -> Measurement {
    var n = 1
    while true {
        let start = nowNanoseconds()
        body(n)
        if nowNanoseconds() - start >= plan.sampleMilliseconds * 1_000_000 || n >= 1 << 40 { break }
        n *= 2
    }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<plan.samples {
        let start = nowNanoseconds()
        let startCPU = cpuNanoseconds()
        body(n)
        cpu.append(Double(cpuNanoseconds() - startCPU) / Double(n))
        wall.append(Double(nowNanoseconds() - start) / Double(n))
    }
    return Measurement(opsPerSample: n, samplesNsPerOp: wall, samplesCpuNsPerOp: cpu)
}

/// splitmix64: the seeded generator of the churn loop, the same as the C baseline's.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
