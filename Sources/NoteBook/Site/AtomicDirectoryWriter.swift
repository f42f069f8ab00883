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
            var all = files
            all[OutputFolder.marker] = Array(OutputFolder.markerText.utf8)
            for path in all.keys.sorted() {
                let url = URL(fileURLWithPath: staging).appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(all[path]!).write(to: url)
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
