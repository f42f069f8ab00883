import Foundation
import Scenario

/// Remembers the scenario results of unchanged pages between runs, so that `check` and
/// `build` do not re-run them.
///
/// A page's key is the mmbook version, the identity of the running binary (its size and
/// modification time, so that a rebuilt model never reuses stale results) and the info string
/// and text of every scenario block of the page in order — blocks share machines, so a change
/// to any block re-runs the whole page. Pages with walkthroughs, diagrams or files read by the
/// scenarios (`boot zoneinfo=`) are always run: their results hold machines or depend on files. The cache is a folder of JSON files; a file
/// whose stored key differs from the computed one is ignored, so hash collisions cannot
/// return wrong results.
struct ResultCache: Sendable {
    /// Where the cache lives (`.mmbook-cache` beside the notes folder).
    var directory: URL
    /// Identifies the running mmbook build.
    var buildIdentity: String

    struct Entry: Codable {
        var key: String
        var results: [CachedResult]
    }

    struct CachedResult: Codable {
        var output: String
        var diagnostics: [Diagnostic]
    }

    /// The cache for a notes folder, identified by the running executable.
    static func forNotes(_ notes: String) -> ResultCache {
        let notesURL = URL(fileURLWithPath: notes.isEmpty ? "." : notes).standardizedFileURL
        let directory = notesURL.deletingLastPathComponent().appendingPathComponent(".mmbook-cache")
        var identity = MMBookVersion.string
        let executable =
            CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? ""
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            identity += " \(size) \(modified)"
        } else {
            identity += " unknown-build"
        }
        return ResultCache(directory: directory, buildIdentity: identity)
    }

    /// The key of a page, or nil when the page must always run.
    func key(for blocks: [FencedBlock]) -> String? {
        let scenarios = blocks.filter { $0.language == "scenario" }
        let uncacheable = ["zoneinfo=", "show free_area", "show pageblocks", "show memmap"]
        if scenarios.contains(where: { block in
            block.info.contains("walkthrough") || uncacheable.contains { block.literal.contains($0) }
        }) {
            return nil
        }
        return ([buildIdentity] + scenarios.map { $0.info.joined(separator: " ") + "\n" + $0.literal })
            .joined(separator: "\u{0}")
    }

    /// The cached results of a page with this key, if any.
    func lookup(_ key: String) -> [CachedResult]? {
        guard let data = FileManager.default.contents(atPath: file(for: key).path),
            let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key
        else { return nil }
        return entry.results
    }

    /// Stores a page's results; failures to write are ignored (the cache is only a speed-up).
    func store(_ key: String, _ results: [CachedResult]) {
        guard let data = try? JSONEncoder().encode(Entry(key: key, results: results)) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: file(for: key), options: .atomic)
    }

    func file(for key: String) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return directory.appendingPathComponent(String(hash, radix: 16) + ".json")
    }
}
