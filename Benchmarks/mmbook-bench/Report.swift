import Foundation

/// One allocator loop on both sides.
struct LoopResult: Codable, Sendable {
    var loop: Loop
    var label: String
    /// What one operation is (`pair` or `step`); figures are nanoseconds per operation.
    var operation: String
    var swift: Measurement
    var c: Measurement?
    /// Swift's median over C's.
    var ratio: Double?
}

/// Everything one run measured: what `--json` writes and the table is made from.
struct BenchReport: Codable, Sendable {
    var schema = 1
    var host: HostInfo
    /// Whether mmbook-bench was built optimised (`swift run -c release`).
    var releaseBuild: Bool
    var plan: SamplePlan
    /// The machine and gfp mask of the loops.
    var loopSetup: String
    /// The C compiler command that built the baseline, or nil when it could not be built.
    var cCompiler: String?
    var loops: [LoopResult] = []
    var boots: [BootRow] = []
    var statements: [StatementCost] = []
    var check: CheckCost?
    /// Sections that could not run, and why.
    var problems: [String] = []
}

extension BenchReport {
    /// The results as a Markdown table, with the host above it.
    var table: String {
        var lines: [String] = []
        let load = { (values: [Double]) in values.map { String(format: "%.2f", $0) }.joined(separator: " ") }
        lines.append(
            "mmbook-bench \(host.date), \(host.cpus) CPUs (\(host.cpuModel)), load average \(load(host.loadAverageAtStart))"
                + " at start, \(load(host.loadAverageAtEnd)) at end\(releaseBuild ? "" : ", DEBUG BUILD: use -c release")"
        )
        lines.append(
            "Loops and statements: median of \(plan.samples) samples of the thread's CPU time per operation"
                + " (wall times are in the JSON); boots and check: wall time. \(loopSetup).")
        lines.append("")
        lines.append("| item | Swift model | minimal C | Swift/C |")
        lines.append("|---|---|---|---|")
        for row in loops {
            let pairsPerSecond = 1e9 / row.swift.median / 1e6
            lines.append(
                "| \(row.label) | \(Format.nanoseconds(row.swift.median)) (\(String(format: "%.2f", pairsPerSecond)) M \(row.operation)s/s)"
                    + " | \(row.c.map { Format.nanoseconds($0.median) } ?? "—") | \(Format.ratio(row.ratio)) |")
        }
        if let memory = memoryRow {
            let (gib, swift, c) = memory
            lines.append(
                "| bytes per present pfn (RSS growth of the \(gib) GiB boot) | \(Format.bytes(swift.bytesPerPresentPfn))"
                    + " | \(Format.bytes(c.bytesPerPresentPfn)) | \(Format.ratio(swift.bytesPerPresentPfn, c.bytesPerPresentPfn)) |"
            )
            lines.append(
                "| bytes per spanned pfn (same boot) | \(Format.bytes(swift.bytesPerSpannedPfn))"
                    + " | \(Format.bytes(c.bytesPerSpannedPfn)) | \(Format.ratio(swift.bytesPerSpannedPfn, c.bytesPerSpannedPfn)) |"
            )
        }
        for row in boots {
            lines.append(
                "| boot \(Format.gibibytes(row.gibibytes)) (wall, peak RSS, bytes per present pfn) | \(Format.boot(row.swift))"
                    + " | \(Format.boot(row.c)) | \(Format.ratio(row.swift.seconds, row.c.seconds)) |")
        }
        for cost in statements {
            lines.append(
                "| scenario statement (`alloc_pages`/`__free_pages`), `\(cost.boot)` | \(Format.nanoseconds(cost.measurement.median)) | — | — |"
            )
        }
        if let check {
            lines.append(
                "| `check` of \(check.notes)/, cold (no cache) | \(Format.seconds(Format.median(check.coldSeconds))) (\(check.summary)) | — | — |"
            )
            lines.append(
                "| `check` of \(check.notes)/, warm (cache filled) | \(Format.seconds(Format.median(check.warmSeconds))) | — | — |"
            )
        }
        for problem in problems { lines.append("\nnot measured: \(problem)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The boot the bytes-per-pfn rows quote: the largest that both sides booted, at most 64 GiB.
    var memoryRow: (Int, BootFigures, BootFigures)? {
        boots.filter { $0.swift.status == "ok" && $0.c.status == "ok" }
            .sorted { ($0.gibibytes <= 64 ? 0 : 1, -$0.gibibytes) < ($1.gibibytes <= 64 ? 0 : 1, -$1.gibibytes) }
            .first.map { ($0.gibibytes, $0.swift, $0.c) }
    }
}

/// The number formats of the table.
enum Format {
    static func nanoseconds(_ value: Double) -> String {
        switch value {
        case ..<100: String(format: "%.1f ns", value)
        case ..<10_000: String(format: "%.0f ns", value)
        case ..<1_000_000: String(format: "%.1f µs", value / 1e3)
        case ..<1_000_000_000: String(format: "%.1f ms", value / 1e6)
        default: String(format: "%.1f s", value / 1e9)
        }
    }

    static func seconds(_ value: Double) -> String {
        value < 10 ? String(format: "%.3f s", value) : String(format: "%.1f s", value)
    }

    static func bytes(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }

    static func ratio(_ value: Double?) -> String {
        value.map { String(format: $0 < 10 ? "%.1f×" : "%.0f×", $0) } ?? "—"
    }

    static func ratio(_ a: Double?, _ b: Double?) -> String {
        guard let a, let b, b > 0 else { return "—" }
        return ratio(a / b)
    }

    static func gibibytes(_ gib: Int) -> String { gib >= 1024 && gib % 1024 == 0 ? "\(gib / 1024) TiB" : "\(gib) GiB" }

    static func boot(_ figures: BootFigures) -> String {
        guard figures.status == "ok", let seconds = figures.seconds, let peak = figures.peakResidentBytes else {
            return "\(figures.status)\(figures.message.map { ": \($0)" } ?? "")"
        }
        return "\(self.seconds(seconds)), \(peak >> 20) MiB, \(bytes(figures.bytesPerPresentPfn)) B"
    }

    static func median(_ values: [Double]) -> Double { Measurement.median(values) }
}
