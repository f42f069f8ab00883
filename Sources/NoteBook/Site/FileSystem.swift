import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The few POSIX calls that `build` and `bless` need to replace files without ever losing them.
enum FileSystem {
    /// The canonical absolute path of `path` (symlinks, `.` and `..` resolved), or nil when it
    /// does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The canonical absolute path that `path` (relative to `base` unless absolute) would have:
    /// the deepest existing ancestor resolved, followed by the missing components. Nil when a
    /// missing component is `..` (which cannot be resolved without the folder existing).
    static func canonicalPath(_ path: String, from base: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        if let real = realPath(absolute) { return real }
        var missing: [String] = []
        var current = absolute
        while true {
            let parent = (current as NSString).deletingLastPathComponent
            let last = (current as NSString).lastPathComponent
            if last == ".." { return nil }
            if last != "." && !last.isEmpty && last != "/" { missing.insert(last, at: 0) }
            guard parent != current, !parent.isEmpty else { return nil }
            if let real = realPath(parent) {
                return missing.reduce(real) { ($0 as NSString).appendingPathComponent($1) }
            }
            current = parent
        }
    }

    /// Whether `ancestor` is `path` or one of its parent folders (both canonical).
    static func contains(_ ancestor: String, _ path: String) -> Bool {
        ancestor == path || ancestor == "/" || path.hasPrefix(ancestor + "/")
    }

    /// `lstat`'s view of a path, or nil when it does not exist.
    static func linkStatus(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    /// Whether `path` is a directory (following symlinks).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether a process with this id is running (or exists under another user).
    static func processIsAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The process id at the end of a temporary name made by `temporaryName`, if `name` is one
    /// for `base` and `role`.
    static func ownerOfTemporary(_ name: String, base: String, role: String) -> Int32? {
        let prefix = ".\(base).mmbook-\(role)-"
        guard name.hasPrefix(prefix) else { return nil }
        return Int32(name.dropFirst(prefix.count))
    }

    /// The name of a temporary sibling of `base` owned by this process: `.site.mmbook-tmp-123`.
    static func temporaryName(_ base: String, role: String) -> String {
        ".\(base).mmbook-\(role)-\(getpid())"
    }

    /// Removes the temporaries beside `base` in `folder` left by killed runs (whose process is
    /// no longer alive), for each of `roles`. Returns the names removed.
    @discardableResult
    static func removeLeftovers(in folder: String, base: String, roles: [String]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names.sorted() {
            for role in roles {
                guard let pid = ownerOfTemporary(name, base: base, role: role), !processIsAlive(pid) else { continue }
                if (try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name)))
                    != nil
                {
                    removed.append(name)
                }
            }
        }
        return removed
    }

    /// The C signature of `renameat2(2)`, which Glibc declares only under `_GNU_SOURCE`.
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2` looked up in the C library at run time (nil on a C library without it).
    static let renameAt2: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Swaps two existing paths in one atomic step (`renameat2(RENAME_EXCHANGE)`). Returns false
    /// when the system or file system cannot exchange (the caller then falls back); throws on
    /// any other failure.
    static func exchange(_ first: String, _ second: String) throws -> Bool {
        guard let renameAt2 else { return false }
        let renameExchange: UInt32 = 1 << 1
        if renameAt2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return true }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP { return false }
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }

    /// `rename(2)`, throwing the error it reports.
    static func rename(_ from: String, _ to: String) throws {
        if Glibc.rename(from, to) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Creates the file `path` (it must not exist) holding `bytes`, with mode 0666 less the
    /// umask, as Foundation would, but without `Data.write`'s fsync: one fsync per page made
    /// writing a site wait for the disk a thousand times. The site is swapped in whole by a
    /// rename afterwards, so a killed build still leaves the old site or the new one.
    /// Throws the POSIX error with the path (`FileSystemMessage` words it).
    static func writeNewFile(_ bytes: [UInt8], to path: String) throws {
        func failure(_ code: Int32) -> NSError {
            NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSFilePathErrorKey: path])
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(errno) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let code = count < 0 ? errno : ENOSPC
                close(descriptor)
                throw failure(code)
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw failure(errno) }
    }
}
