import Foundation

/// The folder `build --out` may replace, checked before anything is written.
///
/// `build` replaces only a folder that is absent, empty, or marked as written by mmbook (it
/// holds `.mmbook-site`). It refuses an empty path, a regular file, any other folder with
/// files in it, the notes folder, the current folder and every folder that contains either.
/// Paths are compared after resolving `.`, `..` and symlinks, so `site/..` is the project
/// folder; a symlink to a site folder keeps being a symlink and its target is updated. The
/// rules are the same for every user, root included.
public struct OutputFolder: Sendable, Equatable {
    /// The file every site written by mmbook holds, which allows the next build to replace it.
    public static let marker = ".mmbook-site"
    /// What the marker file says.
    static let markerText = "This folder was written by mmbook build, which replaces it whole on the next build.\n"

    /// The folder as the user named it, for messages.
    public var requested: String
    /// The canonical absolute path that will be replaced.
    public var path: String

    /// Why `build` will not write to a folder.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// The folder as the user named it.
        public var requested: String
        /// Why it is refused.
        public var reason: String

        /// `error: refusing to write the site to 'X': reason`.
        public var description: String {
            "error: refusing to write the site to '\(requested)': \(reason); nothing was written"
        }
    }

    /// Checks `requested` against the rules; relative paths start from `currentDirectory`.
    /// Returns the canonical folder to replace, or throws why it is refused.
    public static func check(
        _ requested: String, notes: String, currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(Refusal) -> OutputFolder {
        func refuse(_ reason: String) -> Refusal { Refusal(requested: requested, reason: reason) }
        guard !requested.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw refuse("the output folder is empty (an unset variable?)")
        }
        guard let path = FileSystem.canonicalPath(requested, from: currentDirectory) else {
            throw refuse("its path goes up ('..') out of a folder that does not exist")
        }
        if path == "/" { throw refuse("it is the root folder") }
        let notesPath = FileSystem.canonicalPath(notes.isEmpty ? "." : notes, from: currentDirectory) ?? ""
        if let current = FileSystem.realPath(currentDirectory) {
            if path == current { throw refuse("it is the current folder") }
            if FileSystem.contains(path, current) { throw refuse("it contains the current folder") }
        }
        if path == notesPath { throw refuse("it is the notes folder") }
        if FileSystem.contains(path, notesPath) { throw refuse("it contains the notes folder") }
        guard FileSystem.linkStatus(path) != nil else { return OutputFolder(requested: requested, path: path) }
        guard FileSystem.isDirectory(path) else { throw refuse("it is not a folder") }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw refuse("cannot list it (\(error.localizedDescription))")
        }
        guard entries.isEmpty || entries.contains(marker) else {
            throw refuse("it holds files that mmbook did not write (a site written by mmbook holds '\(marker)')")
        }
        return OutputFolder(requested: requested, path: path)
    }
}
