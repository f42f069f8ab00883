import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a whole directory tree so that readers see either the old tree or the new one,
/// never a half-written one, and never a missing one.
///
/// The files go to a sibling temporary folder (`.site.mmbook-tmp-PID`, in the same parent);
/// only when every file is written are the two folders swapped in one step with
/// `renameat2(RENAME_EXCHANGE)`, and the old tree (now under the temporary name) is deleted.
/// On a file system that cannot exchange, the old folder is renamed to `.site.mmbook-old-PID`
/// and the new one renamed into place: two steps, which the next run repairs if killed between
/// them. Every run first removes the temporaries of earlier runs whose process has died.
public enum AtomicDirectoryWriter {
    /// How the new tree took the place of the old one.
    public enum Swap: Sendable, Equatable {
        /// There was no old folder: one rename.
        case created
        /// One atomic exchange.
        case exchanged
        /// The file system refused the exchange: two renames.
        case renamedTwice
    }

    /// A relative path that would leave the output folder.
    public struct UnsafePath: Error, Sendable, Equatable, CustomStringConvertible {
        /// The offending path.
        public var path: String
        /// `error: ...`.
        public var description: String { "error: refusing to write '\(path)': it is not a path inside the site" }
    }

    /// Replaces the folder `destination` (already checked by `OutputFolder.check`) with a
    /// folder holding `files` (relative path → contents) and the `OutputFolder.marker`.
    @discardableResult
    public static func write(_ files: [String: [UInt8]], to destination: OutputFolder) throws -> Swap {
        for path in files.keys.sorted() where !isInside(path) { throw UnsafePath(path: path) }
        let fm = FileManager.default
        let parent = (destination.path as NSString).deletingLastPathComponent
        let name = (destination.path as NSString).lastPathComponent
        recoverFromKilledRun(parent: parent, name: name)
        let staging = (parent as NSString).appendingPathComponent(FileSystem.temporaryName(name, role: "tmp"))
        let retired = (parent as NSString).appendingPathComponent(FileSystem.temporaryName(name, role: "old"))
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            // The marker first: the mode it gets is the one every new file gets.
            let marker = (staging as NSString).appendingPathComponent(OutputFolder.marker)
            try FileSystem.writeNewFile(Array(OutputFolder.markerText.utf8), to: marker)
            let previous =
                FileSystem.linkStatus(destination.path) == nil
                ? nil : PreviousSite(root: destination.path, mode: FileSystem.linkStatus(marker)?.st_mode)
            var folders: Set<String> = [staging]
            for path in files.keys.sorted() {
                let file = (staging as NSString).appendingPathComponent(path)
                let folder = (file as NSString).deletingLastPathComponent
                if folders.insert(folder).inserted {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                let bytes = files[path]!
                if let previous, previous.holds(path, bytes), link(previous.path(path), file) == 0 { continue }
                try FileSystem.writeNewFile(bytes, to: file)
            }
            if let old = FileSystem.linkStatus(destination.path) { chmod(staging, old.st_mode & 0o7777) }
            guard FileSystem.linkStatus(destination.path) != nil else {
                try FileSystem.rename(staging, destination.path)
                return .created
            }
            if try FileSystem.exchange(staging, destination.path) {
                try? fm.removeItem(atPath: staging)
                return .exchanged
            }
            try FileSystem.rename(destination.path, retired)
            do {
                try FileSystem.rename(staging, destination.path)
            } catch {
                try? FileSystem.rename(retired, destination.path)
                throw error
            }
            try? fm.removeItem(atPath: retired)
            return .renamedTwice
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
    }

    /// Puts back a site that a killed two-rename swap left under its retired name, then removes
    /// the temporaries of dead runs.
    static func recoverFromKilledRun(parent: String, name: String) {
        let destination = (parent as NSString).appendingPathComponent(name)
        if FileSystem.linkStatus(destination) == nil {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
            for entry in names.sorted() {
                guard let pid = FileSystem.ownerOfTemporary(entry, base: name, role: "old"),
                    !FileSystem.processIsAlive(pid)
                else { continue }
                if (try? FileSystem.rename((parent as NSString).appendingPathComponent(entry), destination)) != nil {
                    break
                }
            }
        }
        FileSystem.removeLeftovers(in: parent, base: name, roles: ["tmp", "old"])
    }

    /// Whether a relative path stays inside the folder it is relative to: not absolute, no
    /// `..`, no empty or `.` component, not the marker.
    static func isInside(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && path != OutputFolder.marker
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}

/// The site a build replaces, whose files that keep their bytes are hard-linked into the new
/// one instead of written again: a link costs no new inode, and removing the old folder then
/// frees none (creating inodes right after deleting as many is slow on ext4 without a
/// journal, and grew faster than the book). The new site holds the same bytes either way.
struct PreviousSite {
    /// The old site's folder.
    var root: String
    /// The mode of the files this build creates; nil when unknown (then nothing is linked).
    var mode: mode_t?

    /// The old file at site path `path`.
    func path(_ path: String) -> String { (root as NSString).appendingPathComponent(path) }

    /// Whether the old site has `path` as a plain file of ours, with the mode a new one would
    /// get, no other link, reached through no symlink, holding exactly `bytes`.
    func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard let mode else { return false }
        var folder = root
        for component in path.split(separator: "/").dropLast() {
            folder = (folder as NSString).appendingPathComponent(String(component))
            guard let info = FileSystem.linkStatus(folder), info.st_mode & S_IFMT == S_IFDIR else { return false }
        }
        let file = self.path(path)
        guard let info = FileSystem.linkStatus(file), info.st_mode & S_IFMT == S_IFREG,
            info.st_mode == mode, info.st_nlink == 1, info.st_uid == geteuid(), Int(info.st_size) == bytes.count,
            let data = FileManager.default.contents(atPath: file)
        else { return false }
        return data.count == bytes.count
            && (bytes.isEmpty
                || data.withUnsafeBytes { old in
                    bytes.withUnsafeBytes { memcmp(old.baseAddress!, $0.baseAddress!, $0.count) == 0 }
                })
    }
}
