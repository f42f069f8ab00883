import Foundation

/// A throwaway folder nested two levels deep, `<tmp>/mmbook-tests-<uuid>/sandbox/`, for tests
/// that create, replace or delete files. Its parent is a fresh folder of its own, so even a
/// command that wrongly deletes `sandbox/..` deletes nothing but the test's own folder; its
/// cleanup refuses to delete anything outside that prefix.
public final class Sandbox {
    /// `<tmp>/mmbook-tests-<uuid>`: the outer folder, removed at the end.
    public let outer: URL
    /// `<outer>/sandbox`: where the test works.
    public let root: URL

    public init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        outer = base.appendingPathComponent("mmbook-tests-\(UUID().uuidString)")
        root = outer.appendingPathComponent("sandbox")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { Self.remove(outer) }

    /// Deletes `url` only if it is a `mmbook-tests-<uuid>` folder directly in the temporary
    /// folder (or inside one).
    public static func remove(_ url: URL) {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath().path
        let path = url.standardizedFileURL.path
        let relative = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : ""
        guard relative.hasPrefix("mmbook-tests-"), relative.count > "mmbook-tests-".count + 30,
            !relative.contains("..")
        else { return }
        // Make read-only test files removable first.
        if let walker = FileManager.default.enumerator(atPath: path) {
            for case let entry as String in walker {
                chmod((path as NSString).appendingPathComponent(entry), 0o755)
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative` inside the sandbox.
    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes a file (creating its folders) inside the sandbox.
    public func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A file's text, or nil when it cannot be read.
    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every entry under `relative` (files and folders, hidden ones included), sorted.
    public func listing(_ relative: String = "") -> [String] {
        let base = relative.isEmpty ? root.path : path(relative)
        return (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []).sorted()
    }
}
