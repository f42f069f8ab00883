/// A page of the book, as SUMMARY.md lists it.
public struct Chapter: Sendable, Equatable {
    /// The link text in SUMMARY.md.
    public var title: String
    /// The note's path relative to the notes folder (`buddy.md`).
    public var path: String
    /// Nesting depth in SUMMARY.md's list, 0 for top level.
    public var depth: Int
    /// The 1-based line of SUMMARY.md that lists it.
    public var summaryLine: Int

    /// The path from the page back to the site root: `""` for `buddy.html`, `"../"` for
    /// `part/one.html`.
    var rootPrefix: String { String(repeating: "../", count: htmlPath.count(where: { $0 == "/" })) }

    /// The page's path in the site (`buddy.html`).
    public var htmlPath: String {
        (path.hasSuffix(".md") ? String(path.dropLast(3)) : path) + ".html"
    }
}
