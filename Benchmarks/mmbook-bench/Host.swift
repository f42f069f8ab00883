import Foundation
import Glibc

/// The machine the benchmark ran on, printed above the table and stored in the JSON.
struct HostInfo: Codable, Sendable {
    /// When the run started (UTC, ISO 8601).
    var date: String
    /// `nproc`.
    var cpus: Int
    /// The first `model name` of /proc/cpuinfo.
    var cpuModel: String
    /// /proc/loadavg's 1, 5 and 15 minute load averages when the run started.
    var loadAverageAtStart: [Double]
    /// The same when the run ended.
    var loadAverageAtEnd: [Double]

    /// The host as it is now; `loadAverageAtEnd` is filled in by `finish()`.
    static func current() -> HostInfo {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        return HostInfo(
            date: formatter.string(from: Date()), cpus: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpuModel: model,
            loadAverageAtStart: loadAverage(), loadAverageAtEnd: [])
    }

    /// Records the load average at the end of the run.
    mutating func finish() { loadAverageAtEnd = HostInfo.loadAverage() }

    static func loadAverage() -> [Double] {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }
}

/// The resident set size of this process now (`/proc/self/statm`), in bytes.
func residentBytes() -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// The peak resident set size of this process so far (`VmHWM` of `/proc/self/status`), in bytes.
func peakResidentBytes() -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let fields = line.split(separator: " ")
        if fields.count > 1, let kib = Int(fields[1]) { return kib * 1024 }
    }
    return -1
}
