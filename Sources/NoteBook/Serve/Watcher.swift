import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `serve` watches: every file under the notes folder and every file a scenario read,
/// each by modification time, size and inode. Polled: a change shows at the next poll.
struct WatchedFiles: Equatable {
    /// Path → (seconds, nanoseconds, size, inode) of the last modification; absent files are absent.
    var stamps: [String: [Int]]

    /// The stamps of `notes` (recursively, hidden files included) and of `extra` files now.
    static func now(notes: String, extra: Set<String>) -> WatchedFiles {
        var stamps: [String: [Int]] = [:]
        let base = notes.isEmpty ? "." : notes
        func record(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            stamps[path] = [
                Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size), Int(info.st_ino),
            ]
        }
        record(base)
        if let walker = FileManager.default.enumerator(atPath: base) {
            for case let entry as String in walker { record((base as NSString).appendingPathComponent(entry)) }
        }
        for path in extra { record(path) }
        return WatchedFiles(stamps: stamps)
    }
}
