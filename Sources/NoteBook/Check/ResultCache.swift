import Foundation
import Scenario
import Synchronization

/// Remembers the scenario results of pages between runs, so that `check` and `build` do not
/// re-run unchanged pages. Exact: a hit returns what running the page would return.
///
/// A page's key is mmbook's identity (the SHA-256 of the running binary, remembered in the
/// cache folder by the binary's inode, size and times, its version and `modelVersion`), the page's path and folder, and the place, info string and text of every
/// scenario block in order (blocks share machines, so a change to any block re-runs the whole
/// page). The value is every block's whole `ScenarioResult`, figures and walkthrough steps
/// included, with the files the blocks read named by the SHA-256 of their contents: a hit whose
/// files changed is a miss. Nothing here looks inside scenario text. The cache is a folder of
/// JSON files named by a hash of the key; a file whose stored key differs is ignored, so hash
/// collisions cannot return wrong results.
struct ResultCache: Sendable {
    /// Where the cache lives (`.mmbook-cache` beside the notes folder).
    var directory: URL
    /// Identifies the running mmbook build.
    var buildIdentity: String

    /// The version of the model's results: bump it when results change meaning in a way the
    /// binary's hash would not show.
    static let modelVersion = 1

    struct Entry: Codable {
        var key: String
        var results: [ScenarioResult]
    }

    /// The identity of the running build: version, model version and the SHA-256 of the
    /// executable (`/proc/self/exe`), computed once per process (`identity(cachedIn:)`). When
    /// the executable cannot be read, a fresh UUID stands in, so that no result of another
    /// build is ever reused.
    static var runningBuildIdentity: String { identity(cachedIn: nil) }

    /// The process's build identity, worked out at the first call: the executable's SHA-256
    /// is taken from `directory` (a result cache folder) when it records it for the
    /// executable's present device, inode, size and times, and is computed (about 0.1 s) and
    /// recorded there otherwise. A rebuilt or replaced binary has another inode, size or
    /// modification time, so it is hashed again.
    static func identity(cachedIn directory: URL?) -> String {
        processIdentity.withLock { identity in
            if let identity { return identity }
            let stampFile = directory?.appendingPathComponent(executableHashFile)
            let binary =
                executableHash(path: "/proc/self/exe", stampFile: stampFile) ?? "unreadable-\(UUID().uuidString)"
            let made = "mmbook \(MMBookVersion.string) model \(modelVersion) binary \(binary)"
            identity = made
            return made
        }
    }

    /// The identity of this process, once worked out.
    private static let processIdentity = Mutex<String?>(nil)

    /// The file of a cache folder that records the executable's SHA-256 with its stamp.
    static let executableHashFile = "executable.sha256"

    /// The SHA-256 of the file at `path`, read from `stampFile` when that file records it for
    /// the file's present `stamp`, else computed and recorded there (unless the file changed
    /// while it was read). Nil when the file cannot be read.
    static func executableHash(path: String, stampFile: URL?) -> String? {
        guard let before = stamp(path) else { return nil }
        if let stampFile, let recorded = FileManager.default.contents(atPath: stampFile.path) {
            let lines = String(decoding: recorded, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            if lines.count == 3, lines[0] == before, lines[1].count == 64, lines[2].isEmpty,
                lines[1].allSatisfy(\.isHexDigit)
            {
                return String(lines[1])
            }
        }
        guard let contents = FileManager.default.contents(atPath: path) else { return nil }
        let hash = SHA256.hex(contents)
        if let stampFile, stamp(path) == before {
            let folder = stampFile.deletingLastPathComponent()
            let temporary = folder.appendingPathComponent(
                FileSystem.temporaryName(stampFile.lastPathComponent, role: "tmp"))
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: temporary)
            if (try? FileSystem.writeNewFile(Array("\(before)\n\(hash)\n".utf8), to: temporary.path)) == nil
                || (try? FileSystem.rename(temporary.path, stampFile.path)) == nil
            {
                try? FileManager.default.removeItem(at: temporary)
            }
        }
        return hash
    }

    /// What identifies a file's present contents without reading them: its device, inode,
    /// size, and modification and status-change times in nanoseconds (`stat`, following links).
    static func stamp(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(status.st_dev) \(status.st_ino) \(status.st_size) "
            + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec)"
    }

    /// The cache for a notes folder: `.mmbook-cache` in the folder that holds it.
    static func forNotes(_ notes: String) -> ResultCache {
        let notesURL = URL(fileURLWithPath: notes.isEmpty ? "." : notes).standardizedFileURL
        let directory = notesURL.deletingLastPathComponent().appendingPathComponent(".mmbook-cache")
        return ResultCache(directory: directory, buildIdentity: identity(cachedIn: directory))
    }

    /// The key of a page: the build, the page's file and folder, and its scenario blocks in
    /// order with their places.
    func key(file: String, directory: String, blocks: [FencedBlock]) -> String {
        let scenarios = blocks.filter { $0.language == "scenario" }.map { block in
            "\(block.startLine):\(block.startColumn) \(block.info.joined(separator: " "))\n\(block.literal)"
        }
        return ([buildIdentity, file, directory] + scenarios).joined(separator: "\u{0}")
    }

    /// The cached results of a page with this key, if any and if every file they read still
    /// has the contents it had.
    func lookup(_ key: String) -> [ScenarioResult]? {
        guard let data = FileManager.default.contents(atPath: file(for: key).path),
            let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key
        else { return nil }
        for dependency in entry.results.flatMap(\.dependencies) {
            let now = FileManager.default.contents(atPath: dependency.path).map { SHA256.hex($0) } ?? ""
            if now != dependency.contentHash { return nil }
        }
        return entry.results
    }

    /// Stores a page's results; failures to write are ignored (the cache is only a speed-up).
    /// Written beside its place and renamed over it, without an fsync (`Data.write`'s atomic
    /// option fsynced once per page, a wait for the disk per page of a cold build): an entry a
    /// power cut tears does not decode, and is ignored.
    func store(_ key: String, _ results: [ScenarioResult]) {
        guard let data = try? JSONEncoder().encode(Entry(key: key, results: results)) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = file(for: key)
        let temporary = directory.appendingPathComponent(
            FileSystem.temporaryName(target.lastPathComponent, role: "tmp"))
        try? FileManager.default.removeItem(at: temporary)
        guard (try? FileSystem.writeNewFile([UInt8](data), to: temporary.path)) != nil else { return }
        if (try? FileSystem.rename(temporary.path, target.path)) == nil {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// The file of a key: the SHA-256 of the key.
    func file(for key: String) -> URL {
        directory.appendingPathComponent(SHA256.hex(key) + ".json")
    }
}
