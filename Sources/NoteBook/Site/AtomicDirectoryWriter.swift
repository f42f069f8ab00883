import Foundation

/// Writes a whole directory tree so that readers see either the old tree or the new one,
/// never a half-written one.
///
/// The files go to a sibling temporary directory; only when every file is written is the old
/// directory moved aside and the new one renamed into place (both renames within one parent
/// directory). On any failure the temporary directory is removed and the old tree is untouched.
public enum AtomicDirectoryWriter {
    /// Replaces `destination` with a directory holding `files` (relative path → contents).
    public static func write(_ files: [String: [UInt8]], to destination: URL) throws {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for path in files.keys.sorted() {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard fm.createFile(atPath: url.path, contents: Data(files[path]!)) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                }
            }
            var hadOld = false
            if fm.fileExists(atPath: destination.path) {
                try? fm.removeItem(at: retired)
                try fm.moveItem(at: destination, to: retired)
                hadOld = true
            }
            do {
                try fm.moveItem(at: staging, to: destination)
            } catch {
                if hadOld { try? fm.moveItem(at: retired, to: destination) }
                throw error
            }
            if hadOld { try? fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Replaces one file's contents atomically (write a sibling, then rename over it).
    public static func replaceFile(at url: URL, with bytes: [UInt8]) throws {
        try Data(bytes).write(to: url, options: .atomic)
    }
}
