/// `LinkChecker` across `serve`'s rebuilds: a page's links are read again only when its bytes
/// change, and checked again only when the page or a file it links to changed (added,
/// removed or rewritten: its `id`s may differ). The verdict equals `LinkChecker.broken()` of
/// the same files.
final class IncrementalLinkCheck {
    /// The files of the last check.
    private var files: [String: [UInt8]] = [:]
    private var ids: [String: Set<String>] = [:]
    private var links: [String: [LinkChecker.InternalLink]] = [:]
    private var broken: [String: [LinkChecker.Link]] = [:]
    /// How many pages the last `check` checked again.
    private(set) var pagesChecked = 0

    /// The internal links of `files` that do not resolve, in page then document order.
    func check(_ newFiles: [String: [UInt8]]) -> [LinkChecker.Link] {
        var changed: Set<String> = []
        for (path, bytes) in newFiles where files[path] != bytes { changed.insert(path) }
        for path in files.keys where newFiles[path] == nil { changed.insert(path) }
        files = newFiles
        for path in changed where path.hasSuffix(".html") {
            if let bytes = newFiles[path] {
                (ids[path], links[path]) = LinkChecker.scan(bytes, from: path)
            } else {
                ids[path] = nil
                links[path] = nil
                broken[path] = nil
            }
        }
        pagesChecked = 0
        for (page, pageLinks) in links {
            let stale =
                changed.contains(page)
                || pageLinks.contains { link in
                    link.target.map { changed.contains($0.path) || changed.contains($0.path + "index.html") } ?? false
                }
            guard stale else { continue }
            pagesChecked += 1
            broken[page] = pageLinks.filter { LinkChecker.isBroken($0.target, files: files, ids: ids) }.map {
                LinkChecker.Link(page: page, href: $0.href)
            }
        }
        return broken.keys.sorted().flatMap { broken[$0] ?? [] }
    }
}
