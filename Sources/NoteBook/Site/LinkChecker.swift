import Foundation
import Scenario

/// Checks the links of a rendered site after the scenario blocks are spliced in: every
/// internal link and `#anchor` must resolve to a file of the site and an `id` in it. External
/// links (with a scheme) are collected, never fetched.
struct LinkChecker {
    /// A link of a page.
    struct Link: Equatable {
        /// The page's path in the site.
        var page: String
        var href: String
    }

    /// The site's files by path.
    var files: [String: [UInt8]]

    /// The `id`s of every HTML page.
    func ids() -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for (path, bytes) in files where path.hasSuffix(".html") { out[path] = Self.ids(in: bytes) }
        return out
    }

    /// The `id`s of one page.
    static func ids(in bytes: [UInt8]) -> Set<String> {
        Set(attributes(["id"], in: bytes).map(\.value))
    }

    /// The internal links that do not resolve, in page then document order.
    func broken() -> [Link] {
        let ids = ids()
        var out: [Link] = []
        for path in files.keys.sorted() where path.hasSuffix(".html") {
            for link in Self.internalLinks(in: files[path] ?? [], from: path)
            where Self.isBroken(link.target, files: files, ids: ids) {
                out.append(Link(page: path, href: link.href))
            }
        }
        return out
    }

    /// An internal link of a page: the `href` or `src` as written, and its target resolved
    /// (nil for a link that climbs out of the site, which is not checked).
    struct InternalLink {
        var href: String
        var target: (path: String, fragment: String?)?
    }

    /// The internal links of a page, in document order.
    static func internalLinks(in bytes: [UInt8], from path: String) -> [InternalLink] {
        attributes(["href", "src"], in: bytes).filter { !isExternal($0.value) }.map {
            InternalLink(href: $0.value, target: resolve($0.value, from: path))
        }
    }

    /// Whether a resolved target is missing: no such file (nor folder index), or an `.html`
    /// file without the fragment's `id`.
    static func isBroken(
        _ target: (path: String, fragment: String?)?, files: [String: [UInt8]], ids: [String: Set<String>]
    ) -> Bool {
        guard let target else { return false }
        if files[target.path] == nil && files[target.path + "index.html"] == nil { return true }
        if let fragment = target.fragment, !fragment.isEmpty, target.path.hasSuffix(".html") {
            return !(ids[target.path]?.contains(fragment) ?? false)
        }
        return false
    }

    /// Every external link, by page, in document order, each once per page.
    func external() -> [Link] {
        var out: [Link] = []
        for path in files.keys.sorted() where path.hasSuffix(".html") {
            var seen: Set<String> = []
            for (_, href) in Self.attributes(["href", "src"], in: files[path] ?? [])
            where Self.isExternal(href) && seen.insert(href).inserted {
                out.append(Link(page: path, href: href))
            }
        }
        return out
    }

    /// Whether a link leaves the site: it has a URL scheme (`https:`, `mailto:`) or is
    /// protocol-relative.
    static func isExternal(_ href: String) -> Bool {
        if href.hasPrefix("//") { return true }
        guard let colon = href.firstIndex(of: ":") else { return false }
        let scheme = href[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
            && !scheme.contains("/")
    }

    /// A relative link resolved against the page holding it: the site path and the fragment,
    /// both percent-decoded. Nil for a link that climbs out of the site.
    static func resolve(_ href: String, from page: String) -> (path: String, fragment: String?)? {
        let unescaped = HTML.unescape(href)
        let hash = unescaped.firstIndex(of: "#")
        var pathPart = String(hash.map { unescaped[..<$0] } ?? unescaped[...])
        if let query = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<query]) }
        // Foundation's decoding is slow: most fragments have nothing to decode.
        let fragment = hash.map { String(unescaped[unescaped.index(after: $0)...]) }.map {
            $0.contains("%") ? $0.removingPercentEncoding ?? $0 : $0
        }
        guard !pathPart.isEmpty else { return (page, fragment) }
        var parts = pathPart.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        for component in pathPart.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default:
                // Foundation's decoding is slow: most components have nothing to decode.
                let text = String(component)
                parts.append(text.contains("%") ? text.removingPercentEncoding ?? text : text)
            }
        }
        var path = parts.joined(separator: "/")
        if pathPart.hasSuffix("/") { path += "/" }
        return (path, fragment)
    }

    /// The values of the named attributes of every tag, in document order. Comments, scripts,
    /// text and `<base>` (the site's own address, on `404.html`, not a link) are skipped; only
    /// double-quoted values (what the renderer writes) are read.
    static func attributes(_ names: Set<String>, in bytes: [UInt8]) -> [(name: String, value: String)] {
        var out: [(String, String)] = []
        let wanted = names.map { (name: $0, bytes: Array($0.lowercased().utf8)) }
        var i = 0
        let lt = UInt8(ascii: "<")
        let gt = UInt8(ascii: ">")
        let quote = UInt8(ascii: "\"")
        while i < bytes.count {
            guard bytes[i] == lt else {
                i += 1
                continue
            }
            if i + 3 < bytes.count && bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") {
                i += 4
                while i + 2 < bytes.count
                    && !(bytes[i] == UInt8(ascii: "-") && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == gt)
                {
                    i += 1
                }
                continue
            }
            var j = i + 1
            if i + 5 < bytes.count, bytes[(i + 1)...(i + 5)].elementsEqual("base ".utf8) {
                while j < bytes.count && bytes[j] != gt { j += 1 }
            }
            while j < bytes.count && bytes[j] != gt {
                if bytes[j] == UInt8(ascii: "="), j + 1 < bytes.count, bytes[j + 1] == quote {
                    var k = j - 1
                    while k > i && (bytes[k] == UInt8(ascii: "-") || bytes[k].isASCIILetterOrDigit) { k -= 1 }
                    let name = bytes[(k + 1)..<j]
                    var end = j + 2
                    while end < bytes.count && bytes[end] != quote { end += 1 }
                    // Names compared as bytes, ignoring ASCII case: making a lowercased String of
                    // every attribute's name cost more than the rest of the scan.
                    if let wanted = wanted.first(where: { Self.equalIgnoringASCIICase($0.bytes, name) }) {
                        out.append((wanted.name, String(decoding: bytes[(j + 2)..<end], as: UTF8.self)))
                    }
                    j = end + 1
                    continue
                }
                j += 1
            }
            i = j + 1
        }
        return out
    }

    /// Whether `name` spells `lowercase` (ASCII lowercase bytes) in any ASCII case.
    static func equalIgnoringASCIICase(_ lowercase: [UInt8], _ name: ArraySlice<UInt8>) -> Bool {
        guard lowercase.count == name.count else { return false }
        return zip(lowercase, name).allSatisfy { wanted, byte in
            wanted == ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
        }
    }

    /// The `id`s and the internal links of a page, in one reading of its bytes.
    static func scan(_ bytes: [UInt8], from path: String) -> (ids: Set<String>, links: [InternalLink]) {
        var ids: Set<String> = []
        var links: [InternalLink] = []
        // A page links the same places many times (the print page, symbols.html#sym-…).
        var resolved: [String: (path: String, fragment: String?)?] = [:]
        for (name, value) in attributes(["id", "href", "src"], in: bytes) {
            if name == "id" {
                ids.insert(value)
            } else if !isExternal(value) {
                let target: (path: String, fragment: String?)?
                if let known = resolved[value] {
                    target = known
                } else {
                    target = resolve(value, from: path)
                    resolved[value] = .some(target)
                }
                links.append(InternalLink(href: value, target: target))
            }
        }
        return (ids, links)
    }

    /// The broken links as diagnostics at the note's `file:line:col` that wrote them (the
    /// first place the link's target appears in the note, as written or as its `.md` form),
    /// or at the page for links the site itself generated.
    static func diagnostics(_ broken: [Link], pages: [PageRun], book: Book) -> [Diagnostic] {
        let byPath = Dictionary(pages.map { ($0.chapter.htmlPath, $0) }, uniquingKeysWith: { a, _ in a })
        return broken.map { link in
            var file = link.page
            var line = 1
            var column = 1
            var sourceLine: String?
            if let page = byPath[link.page] {
                file = book.displayPath(page.chapter.path)
                let href = HTML.unescape(link.href)
                var candidates = [href]
                if let html = href.range(of: ".html") {
                    candidates.append(href.replacingCharacters(in: html, with: ".md"))
                }
                if let hash = href.firstIndex(of: "#") { candidates.append(String(href[hash...])) }
                for candidate in candidates {
                    if let place = Self.position(of: candidate, in: page.text) {
                        (line, column) = place
                        sourceLine = Book.lineText(page.text, line)
                        break
                    }
                }
            }
            return Diagnostic(
                file: file, line: line, column: column, length: max(1, link.href.count), id: .brokenLink,
                summary: "broken link '\(link.href)' on \(link.page): "
                    + (link.href.contains("#") ? "no such page or anchor" : "no such page"),
                sourceLine: sourceLine)
        }
    }

    /// The 1-based line and column (in characters) of the first occurrence of `needle`.
    static func position(of needle: String, in text: String) -> (Int, Int)? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.count(where: { $0 == "\n" }) + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (line, text[lineStart..<range.lowerBound].count + 1)
    }
}

extension UInt8 {
    fileprivate var isASCIILetterOrDigit: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}

extension HTML {
    /// Text with the entities the renderer writes (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`)
    /// decoded.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
