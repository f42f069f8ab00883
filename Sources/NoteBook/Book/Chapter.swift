/// A page of the book, as SUMMARY.md lists it.
public struct Chapter: Sendable, Equatable {
    /// The link text in SUMMARY.md.
    public var title: String
    /// The note's path relative to the notes folder (`buddy.md`).
    public var path: String
    /// Nesting depth in SUMMARY.md's list, 0 for top level.
    public var depth: Int
    /// The 1-based line of SUMMARY.md that lists it (0 for an introduction SUMMARY.md does not list).
    public var summaryLine: Int
    /// Its section number (`2.1.`), nil for a prefix or suffix chapter outside SUMMARY.md's lists.
    public var number: String? = nil
    /// Whether it is the book's introduction, the page written as `index.html`.
    public var isIntroduction = false

    /// The page's path in the site (`buddy.html`; `index.html` for the introduction).
    public var htmlPath: String {
        isIntroduction ? "index.html" : (path.hasSuffix(".md") ? String(path.dropLast(3)) : path) + ".html"
    }

    /// How many folders down the site's root its page is.
    var folderDepth: Int { htmlPath.split(separator: "/").count - 1 }

    /// The relative path from its page to the site's root (`""` or `../`).
    var rootPrefix: String { String(repeating: "../", count: folderDepth) }
}
