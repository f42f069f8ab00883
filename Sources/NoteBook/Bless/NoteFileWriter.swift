import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a note's text in one atomic step, as the same file the user made.
///
/// A symlinked note is written through: the link stays and its target gets the new text. The
/// new text goes to `.NAME.mmbook-bless-PID` beside the target, with the target's mode and
/// owner, and is renamed over it, so a killed bless leaves either the old note or the new
/// one. A note with more than one hard link is refused: a rename would split the links and an
/// in-place write could be torn by a kill. A read-only note is refused. Every write first
/// removes the temporaries of killed runs in the note's folder.
enum NoteFileWriter {
    /// Why a note was not written.
    struct Refusal: Error, Equatable {
        /// What prevents the write.
        var reason: String
    }

    /// The role in temporary names: `.buddy.md.mmbook-bless-123`.
    static let role = "bless"

    /// Writes `bytes` as the new contents of the note at `path`.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Refusal) {
        guard let target = FileSystem.realPath(path), let info = FileSystem.linkStatus(target) else {
            throw Refusal(reason: "the note no longer exists")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw Refusal(reason: "the note is not a regular file") }
        guard info.st_mode & 0o222 != 0, access(target, W_OK) == 0 else {
            throw Refusal(reason: "the note is read-only (make it writable to bless it)")
        }
        guard info.st_nlink <= 1 else {
            throw Refusal(
                reason:
                    "the note has \(info.st_nlink) hard links, which an atomic replace would split "
                    + "(use a symlink instead, or bless a copy)")
        }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        removeLeftovers(in: folder)
        let temporary = (folder as NSString).appendingPathComponent(FileSystem.temporaryName(name, role: role))
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw Refusal(reason: "cannot create a file beside it (\(String(cString: strerror(errno))))")
        }
        var failure: String?
        if fchown(fd, info.st_uid, info.st_gid) != 0, info.st_uid != geteuid() || info.st_gid != getegid() {
            failure = "cannot give the new text the note's owner (\(String(cString: strerror(errno))))"
        }
        if failure == nil, fchmod(fd, info.st_mode & 0o7777) != 0 {
            failure = "cannot give the new text the note's mode (\(String(cString: strerror(errno))))"
        }
        if failure == nil, !writeAll(fd, bytes) || fsync(fd) != 0 {
            failure = "cannot write (\(String(cString: strerror(errno))))"
        }
        close(fd)
        if failure == nil, Glibc.rename(temporary, target) != 0 {
            failure = "cannot replace it (\(String(cString: strerror(errno))))"
        }
        if let failure {
            unlink(temporary)
            throw Refusal(reason: failure)
        }
    }

    /// Removes `.*.mmbook-bless-PID` files of dead processes in `folder`.
    static func removeLeftovers(in folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") && name.contains(".mmbook-\(role)-") {
            guard let range = name.range(of: ".mmbook-\(role)-", options: .backwards) else { continue }
            let base = String(name[name.index(after: name.startIndex)..<range.lowerBound])
            FileSystem.removeLeftovers(in: folder, base: base, roles: [role])
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
