import Foundation
import TestSupport

/// A notes folder in a fresh `Sandbox`, removed when the test is done with it.
final class TemporaryBook {
    /// The sandbox that holds `notes/` and `site/`.
    let sandbox: Sandbox
    var root: URL { sandbox.root }
    var notes: String { root.appendingPathComponent("notes").path }
    var site: String { root.appendingPathComponent("site").path }

    init(files: [String: String]) throws {
        sandbox = try Sandbox()
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent("notes").appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces a note in one step (a new file renamed over it), as an editor's save does, so
    /// that a watcher never sees it truncated and half written.
    func replace(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent("notes").appendingPathComponent(path)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    func read(_ path: String) -> String {
        String(
            decoding: FileManager.default.contents(
                atPath: root.appendingPathComponent("notes").appendingPathComponent(path).path) ?? Data(), as: UTF8.self
        )
    }

    /// Every file under site/, path → bytes.
    func siteFiles() -> [String: Data] {
        var out: [String: Data] = [:]
        let base = URL(fileURLWithPath: site)
        guard let walker = FileManager.default.enumerator(atPath: site) else { return out }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let url = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return out
    }
}
