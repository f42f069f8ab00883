import Foundation
import PageAlloc
import Scenario

/// One side's boot of one machine size.
struct BootFigures: Codable, Sendable {
    /// `ok`, `refused` (the model rejects the size), `skipped` or `failed`.
    var status: String
    /// Why it was refused, skipped or failed.
    var message: String?
    /// Wall time of the boot alone, in seconds.
    var seconds: Double?
    /// Peak RSS (`VmHWM`) of the child process that booted it, in bytes.
    var peakResidentBytes: Int?
    /// RSS growth across the boot divided by the present pfns.
    var bytesPerPresentPfn: Double?
    /// RSS growth across the boot divided by the pfns the memmap spans (0 to the last pfn).
    var bytesPerSpannedPfn: Double?
}

/// The boots of one machine size, `boot mem=SIZE` on the model and the same layout on the
/// C baseline, each in a child process of its own so that its peak RSS is its own.
struct BootRow: Codable, Sendable {
    var gibibytes: Int
    var presentPfns: Int
    var spannedPfns: Int
    var swift: BootFigures
    var c: BootFigures
}

/// What `mmbook-bench --child-boot` prints.
struct ChildBootOutput: Codable {
    var status: String
    var message: String?
    var bootNs: Int?
    var rssBefore: Int?
    var rssAfter: Int?
    var peakRss: Int?
}

enum Boots {
    /// The child side: boots `mem=<gib>G` through the scenario language and prints one JSON object.
    static func child(gibibytes: Int) {
        let before = residentBytes()
        var session = ScenarioSession()
        let start = nowNanoseconds()
        let result = session.run(ScenarioSource(file: "bench", text: "boot mem=\(gibibytes)G\n"))
        let elapsed = nowNanoseconds() - start
        let output: ChildBootOutput
        if let diagnostic = result.diagnostics.first {
            output = ChildBootOutput(status: "refused", message: diagnostic.summary)
        } else {
            // The machine must still be alive when the RSS is read.
            let after = withExtendedLifetime(session) { residentBytes() }
            output = ChildBootOutput(
                status: "ok", bootNs: elapsed, rssBefore: before, rssAfter: after, peakRss: peakResidentBytes())
        }
        print(String(decoding: try! JSONEncoder.snakeCase.encode(output), as: UTF8.self))
    }

    /// Boots every size on both sides, smallest first. A boot whose memory, estimated from the
    /// bytes per pfn of the last smaller boot (14 for C), would exceed half of `MemAvailable`
    /// is skipped, so that a large size never pushes a shared machine into the OOM killer.
    static func run(sizes: [Int], baseline: CBaseline?) -> [BootRow] {
        var swiftBytesPerPfn: Double?
        return sizes.sorted().map { gib in
            let layout = MachineLayout.x86(memoryBytes: gib << 30)
            let present = layout.zones.reduce(0) { $0 + $1.presentPages }
            let block = 1 << Kernel.maxPageOrder
            let spanned = (layout.endPfn + block - 1) / block * block
            let perPfn = { (grown: Int) in
                (Double(grown) / Double(present), Double(grown) / Double(spanned))
            }
            var swift: BootFigures
            if let tooLarge = exceedsMemory(pfns: spanned, bytesPerPfn: swiftBytesPerPfn) {
                swift = BootFigures(status: "skipped", message: tooLarge)
            } else {
                swift = bootSwift(gib: gib, perPfn: perPfn)
                swiftBytesPerPfn = swift.bytesPerSpannedPfn ?? swiftBytesPerPfn
            }
            var c = BootFigures(status: "skipped", message: "C baseline not built")
            if let baseline {
                if let tooLarge = exceedsMemory(pfns: spanned, bytesPerPfn: 14) {
                    c = BootFigures(status: "skipped", message: tooLarge)
                } else {
                    do {
                        let output = try baseline.boot(layout, name: "\(gib)G")
                        let (perPresent, perSpanned) = perPfn(output.rssAfter - output.rssBefore)
                        c = BootFigures(
                            status: "ok", seconds: Double(output.bootNs) / 1e9, peakResidentBytes: output.peakRss,
                            bytesPerPresentPfn: perPresent, bytesPerSpannedPfn: perSpanned)
                    } catch {
                        c = BootFigures(status: "failed", message: "\(error)")
                    }
                }
            }
            return BootRow(gibibytes: gib, presentPfns: present, spannedPfns: spanned, swift: swift, c: c)
        }
    }

    /// Boots `mem=<gib>G` on the model in a child process.
    static func bootSwift(gib: Int, perPfn: (Int) -> (Double, Double)) -> BootFigures {
        do {
            let result = try runChild([ownExecutable(), "--child-boot", "\(gib)"])
            let output = try JSONDecoder.snakeCase.decode(ChildBootOutput.self, from: Data(result.output.utf8))
            guard output.status == "ok", let ns = output.bootNs, let before = output.rssBefore,
                let after = output.rssAfter, let peak = output.peakRss
            else {
                return BootFigures(status: output.status, message: output.message)
            }
            let (perPresent, perSpanned) = perPfn(after - before)
            return BootFigures(
                status: "ok", seconds: Double(ns) / 1e9, peakResidentBytes: peak,
                bytesPerPresentPfn: perPresent, bytesPerSpannedPfn: perSpanned)
        } catch {
            return BootFigures(status: "failed", message: "\(error)")
        }
    }

    /// Why a boot of `pfns` at `bytesPerPfn` would take too much memory, or nil.
    static func exceedsMemory(pfns: Int, bytesPerPfn: Double?) -> String? {
        guard let bytesPerPfn else { return nil }
        let estimate = Double(pfns) * bytesPerPfn
        guard estimate > Double(availableMemoryBytes() / 2) else { return nil }
        return String(
            format: "would take about %.1f GiB (%.0f bytes per pfn), over half of MemAvailable",
            estimate / Double(1 << 30), bytesPerPfn)
    }

    /// `MemAvailable` of /proc/meminfo, in bytes.
    static func availableMemoryBytes() -> Int {
        let text = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            let fields = line.split(separator: " ")
            if fields.count > 1, let kib = Int(fields[1]) { return kib * 1024 }
        }
        return Int.max
    }
}

extension JSONEncoder {
    /// An encoder with snake_case keys, as the C baseline prints them.
    static var snakeCase: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}
