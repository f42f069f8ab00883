import Foundation
import Scenario
import Yams

/// `notes/book.yml`: what the site says about the book as a whole.
///
/// ```yaml
/// title: Linux page allocator study notes
/// language: en
/// authors: [Ada, Linus]
/// repository: https://example.org/mmbook
/// branch: main
/// notes-path: notes
/// kernel: "6.18"
/// site-url: /mmbook/
/// raw-html: true
/// ```
public struct BookConfig: Sendable, Equatable {
    /// The book's title; SUMMARY.md's first heading when absent.
    public var title: String?
    /// The language of the pages (`<html lang>`), a BCP 47 tag.
    public var language = "en"
    /// The authors, in order.
    public var authors: [String] = []
    /// The repository's web address, for "edit this page" and source links.
    public var repository: String?
    /// The branch those links point at.
    public var branch = "main"
    /// Where the notes folder is inside the repository.
    public var notesPath = "notes"
    /// The kernel version the book studies.
    public var kernel = "6.18"
    /// Where the site is served from (`/mmbook/` or a whole `https://` address), ending in `/`:
    /// the root that `404.html`, which a server shows at any missing address, links from. Without
    /// it `404.html` links relative to its own folder, which works from `file://` and for missing
    /// pages at the top of the site.
    public var siteURL: String?
    /// Whether the notes' raw HTML goes into the site; `false` renders as `mmbook build --safe`.
    public var rawHTML = true

    /// The keys `book.yml` may have.
    static let keys: Set<String> = [
        "title", "language", "authors", "repository", "branch", "notes-path", "kernel", "site-url", "raw-html",
    ]

    /// The "edit this page" address of a chapter, when a repository is configured.
    func editURL(_ chapter: Chapter) -> String? {
        repository.map { trimmed($0) + "/edit/\(branch)/" + joined(chapter.path) }
    }

    /// The address of a chapter's Markdown source, when a repository is configured.
    func sourceURL(_ chapter: Chapter) -> String? {
        repository.map { trimmed($0) + "/blob/\(branch)/" + joined(chapter.path) }
    }

    private func trimmed(_ url: String) -> String { url.hasSuffix("/") ? String(url.dropLast()) : url }

    private func joined(_ path: String) -> String {
        let folder = notesPath.split(separator: "/").joined(separator: "/")
        return folder.isEmpty ? path : folder + "/" + path
    }

    /// Reads `book.yml` of the notes folder; the defaults when there is none.
    static func load(directory: String, display: String) throws(Diagnostic) -> BookConfig {
        let path = (directory as NSString).appendingPathComponent("book.yml")
        guard let text = Book.readText(path) else { return BookConfig() }
        let mapping = try YAMLMapping.parse(text, file: display, id: .invalidBookConfig)
        var config = BookConfig()
        for entry in mapping.entries {
            guard keys.contains(entry.key) else {
                throw entry.error("unknown key '\(entry.key)' (expected \(keys.sorted().joined(separator: ", ")))")
            }
            switch entry.key {
            case "title": config.title = try entry.string()
            case "language": config.language = try entry.string()
            case "authors": config.authors = try entry.strings()
            case "repository":
                let url = try entry.string()
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    throw entry.error("repository must be an http(s) address")
                }
                config.repository = url
            case "branch": config.branch = try entry.string()
            case "notes-path": config.notesPath = try entry.string()
            case "site-url":
                let url = try entry.string()
                guard url.hasPrefix("/") || url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    throw entry.error("site-url must be an absolute path (/mmbook/) or an http(s) address")
                }
                config.siteURL = url.hasSuffix("/") ? url : url + "/"
            case "raw-html": config.rawHTML = try entry.bool()
            default: config.kernel = try entry.string()
            }
        }
        return config
    }
}

/// A chapter's YAML front matter: `---` on the first line, YAML, then `---` or `...`.
struct FrontMatter: Sendable, Equatable {
    /// The page title, instead of the note's first heading.
    var title: String?
    /// The page's description (`<meta name="description">` and search results).
    var description: String?

    /// The keys front matter may have.
    static let keys: Set<String> = ["title", "description"]

    /// The front matter of `text`, and `text` with the front matter's lines blanked so that
    /// every other line keeps its number (blocks are found, diagnosed and blessed by line).
    static func split(_ text: String, file: String) throws(Diagnostic) -> (FrontMatter, body: String) {
        let lines = NoteRewriter.splitKeepingTerminators(text)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespacesAndNewlines) == "---" else {
            return (FrontMatter(), text)
        }
        guard
            let end = lines.indices.dropFirst().first(where: {
                let line = lines[$0].trimmingCharacters(in: .whitespacesAndNewlines)
                return line == "---" || line == "..."
            })
        else { return (FrontMatter(), text) }
        let yaml = lines[1..<end].joined()
        // Blank lines before the YAML keep the marks Yams reports on the note's own lines.
        let mapping = try YAMLMapping.parse("\n" + yaml, file: file, id: .invalidFrontMatter)
        var matter = FrontMatter()
        for entry in mapping.entries {
            switch entry.key {
            case "title": matter.title = try entry.string()
            case "description": matter.description = try entry.string()
            default:
                throw entry.error("unknown front matter key '\(entry.key)' (expected description, title)")
            }
        }
        let blanked = lines.enumerated().map { index, line in
            index <= end ? NoteRewriter.terminator(of: line) : line
        }
        return (matter, blanked.joined())
    }
}

/// A YAML mapping of plain keys, with where each entry is for diagnostics.
struct YAMLMapping {
    struct Entry {
        var key: String
        var value: Node
        var file: String
        var id: DiagnosticID

        func error(_ summary: String) -> Diagnostic {
            Diagnostic(
                file: file, line: value.mark?.line ?? 1, column: value.mark?.column ?? 1, id: id, summary: summary)
        }

        func string() throws(Diagnostic) -> String {
            guard let scalar = value.scalar else { throw error("'\(key)' must be a string") }
            return scalar.string
        }

        func bool() throws(Diagnostic) -> Bool {
            guard let value = value.bool else { throw error("'\(key)' must be true or false") }
            return value
        }

        func strings() throws(Diagnostic) -> [String] {
            if let scalar = value.scalar { return [scalar.string] }
            guard let sequence = value.sequence else { throw error("'\(key)' must be a list of strings") }
            var out: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else { throw error("'\(key)' must be a list of strings") }
                out.append(scalar.string)
            }
            return out
        }
    }

    var entries: [Entry]

    /// Parses `text`, which must be empty or one mapping with string keys.
    static func parse(_ text: String, file: String, id: DiagnosticID) throws(Diagnostic) -> YAMLMapping {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            var line = 1
            var column = 1
            var problem = "\(error)"
            if let yamlError = error as? YamlError {
                switch yamlError {
                case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _):
                    (line, column, problem) = (mark.line, mark.column, text)
                default: break
                }
            }
            throw Diagnostic(file: file, line: line, column: column, id: id, summary: "invalid YAML: " + problem)
        }
        guard let node else { return YAMLMapping(entries: []) }
        guard let mapping = node.mapping else {
            throw Diagnostic(
                file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, id: id,
                summary: "expected a mapping of keys to values")
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw Diagnostic(
                    file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1, id: id,
                    summary: "keys must be strings")
            }
            entries.append(Entry(key: name, value: value, file: file, id: id))
        }
        return YAMLMapping(entries: entries)
    }
}
