import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `serve` watches: every file under the notes folder and every file a scenario read,
/// each by modification time, size and inode. `FileEvents` says when to look again; these
/// stamps say whether anything changed.
struct WatchedFiles: Equatable {
    /// Path → (seconds, nanoseconds, size, inode) of the last modification; absent files are absent.
    var stamps: [String: [Int]]

    /// The stamps of `notes` (recursively, hidden files included) and of `extra` files now.
    static func now(notes: String, extra: Set<String>) -> WatchedFiles {
        var files = WatchedFiles(stamps: [:])
        let base = notes.isEmpty ? "." : notes
        files.record(base)
        for entry in entries(under: base) { files.record(entry.path) }
        for path in extra { files.record(path) }
        return files
    }

    /// An entry found under a folder: its path (the folder's path, `/`, the relative path) and
    /// its type (`DT_DIR`, `DT_LNK`, `DT_REG`, ...).
    struct Entry {
        var path: String
        var type: UInt8
    }

    /// Every entry under `base`, recursively, hidden ones included, without following
    /// symlinks to folders: what `FileManager`'s enumerator lists, read with `readdir`
    /// (the enumerator's path handling was 15% of a `serve` rebuild).
    static func entries(under base: String) -> [Entry] {
        var out: [Entry] = []
        var folders = [base]
        while let folder = folders.popLast() {
            guard let stream = opendir(folder) else { continue }
            defer { closedir(stream) }
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = prefix + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFLNK: type = UInt8(DT_LNK)
                    default: type = UInt8(DT_REG)
                    }
                }
                out.append(Entry(path: path, type: type))
                if type == UInt8(DT_DIR) { folders.append(path) }
            }
        }
        return out
    }

    /// These stamps with those of the `extra` files that they do not hold yet.
    func adding(_ extra: Set<String>) -> WatchedFiles {
        var files = self
        for path in extra where files.stamps[path] == nil { files.record(path) }
        return files
    }

    private mutating func record(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        stamps[path] = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size), Int(info.st_ino)]
    }
}

/// Wakes `serve`'s watcher when a watched file may have changed, through Linux's inotify:
/// inotify is not recursive, so there is one watch per folder: the notes folder and each folder
/// under it, the folders that hold the files scenarios read, and the real folders behind
/// symlinks. Watching folders rather than files also sees a file that an editor replaces by a
/// rename. An event only says when to look: `WatchedFiles` still decides whether anything
/// changed, so spurious or coalesced events are harmless.
///
/// The descriptor is read by a dispatch source (epoll underneath), so waiting costs no thread
/// and no CPU.
final class FileEvents: @unchecked Sendable {
    private let descriptor: Int32
    private let source: DispatchSourceRead
    private var iterator: AsyncStream<Void>.Iterator

    /// What inotify reports on a watched folder: its entries written, created, removed, renamed
    /// or changed in mode, and the folder itself removed or renamed.
    static let mask: UInt32 =
        UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM)
        | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF)
        | UInt32(IN_MOVE_SELF)

    /// An inotify instance, or nil when the system refuses one (no inotify, or the limit of
    /// instances reached).
    init?() {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        iterator = stream.makeAsyncIterator()
        source = DispatchSource.makeReadSource(
            fileDescriptor: descriptor, queue: DispatchQueue(label: "mmbook.serve.inotify"))
        source.setEventHandler {
            // The events themselves are not needed: drain them and wake the watcher once.
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
            continuation.yield()
        }
        source.setCancelHandler {
            close(descriptor)
            continuation.finish()
        }
        source.resume()
    }

    /// Watches the folders `notes` and `extra` need (adding a folder already watched changes
    /// nothing). False when a watch could not be added for want of watches
    /// (`fs.inotify.max_user_watches`) or kernel memory: the caller then polls instead.
    /// A folder that vanished meanwhile is skipped: its parent's watch reports the removal.
    func watch(notes: String, extra: Set<String>) -> Bool {
        let base = notes.isEmpty ? "." : notes
        var folders: Set<String> = [base]
        for entry in WatchedFiles.entries(under: base) {
            switch entry.type {
            case UInt8(DT_DIR): folders.insert(entry.path)
            case UInt8(DT_LNK): folders.formUnion(Self.realFolders(of: entry.path))
            default: continue
            }
        }
        for path in extra {
            folders.insert((path as NSString).deletingLastPathComponent)
            folders.formUnion(Self.realFolders(of: path))
        }
        for folder in folders.sorted() where inotify_add_watch(descriptor, folder.isEmpty ? "." : folder, Self.mask) < 0
        {
            if errno == ENOSPC || errno == ENOMEM { return false }
        }
        return true
    }

    /// The real folder behind a symlinked file, or the real folder itself when it leads to one.
    static func realFolders(of path: String) -> [String] {
        guard let resolved = realpath(path, nil) else { return [] }
        defer { free(resolved) }
        let real = String(cString: resolved)
        var info = stat()
        guard stat(real, &info) == 0 else { return [] }
        return (info.st_mode & S_IFMT) == S_IFDIR ? [real] : [(real as NSString).deletingLastPathComponent]
    }

    /// Waits for the next batch of events; false once stopped or when the waiting task is cancelled.
    func next() async -> Bool {
        await iterator.next() != nil
    }

    /// Removes every watch and closes the descriptor.
    func stop() { source.cancel() }
}
