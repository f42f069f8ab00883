import Foundation

/// The message of a failed file operation as the C library words it, with the file:
/// `No space left on device: 'site/.site.mmbook-tmp-12/buddy.html'` rather than Foundation's
/// "The operation could not be completed (NSCocoaErrorDomain error 512)".
public enum FileSystemMessage {
    /// `strerror()` of the error's POSIX code (its own, or its underlying error's), followed by
    /// the path the error names; Foundation's description when there is no POSIX code.
    public static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        var code: Int32?
        if ns.domain == NSPOSIXErrorDomain {
            code = Int32(ns.code)
        } else if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            code = Int32(underlying.code)
        } else if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileWriteOutOfSpace: code = ENOSPC
            case .fileWriteNoPermission, .fileReadNoPermission: code = EACCES
            case .fileWriteVolumeReadOnly: code = EROFS
            case .fileNoSuchFile, .fileReadNoSuchFile: code = ENOENT
            default: code = nil
            }
        }
        let reason = code.map { String(cString: strerror($0)) } ?? ns.localizedDescription
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        return path.map { "\(reason): '\($0)'" } ?? reason
    }
}
