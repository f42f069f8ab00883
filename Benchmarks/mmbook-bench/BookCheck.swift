import Foundation
import NoteBook

/// The whole book's `check`, cold (no result cache) and warm (cache filled by the run before).
struct CheckCost: Codable, Sendable {
    /// The notes folder that was copied and checked.
    var notes: String
    /// What `check` printed last (`N passed, N failed`).
    var summary: String
    /// Wall time of each cold run, in seconds.
    var coldSeconds: [Double]
    /// Wall time of each warm run, in seconds.
    var warmSeconds: [Double]
}

enum BookCheck {
    /// Checks a copy of `notes` in `folder`, so that the cache lands there and not beside the
    /// checkout's notes. Runs in this process, as `mmbook check` does in its own.
    static func run(notes: String, in folder: URL, runs: Int) throws -> CheckCost {
        let book = folder.appendingPathComponent("book")
        let copy = book.appendingPathComponent("notes")
        let cache = book.appendingPathComponent(".mmbook-cache")
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: notes, toPath: copy.path)
        var summary = ""
        func timedCheck() throws -> Double {
            let start = nowNanoseconds()
            let report = Actions.check(notes: copy.path)
            let seconds = Double(nowNanoseconds() - start) / 1e9
            guard report.exitCode == 0 else {
                throw ChildError(description: "check of the notes failed:\n\(report.errors)")
            }
            summary = report.output.trimmingCharacters(in: .whitespacesAndNewlines)
            return seconds
        }
        var cold: [Double] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(at: cache)
            cold.append(try timedCheck())
        }
        var warm: [Double] = []
        for _ in 0..<runs { warm.append(try timedCheck()) }
        return CheckCost(notes: notes, summary: summary, coldSeconds: cold, warmSeconds: warm)
    }
}
