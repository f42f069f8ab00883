import Foundation
import Scenario

/// A folder of notes: SUMMARY.md's table of contents and the chapters it lists.
public struct Book: Sendable {
    /// The notes folder as the user named it (`notes`), used in every printed path.
    public var directory: String
    /// The book's title: SUMMARY.md's first heading, or "Notes".
    public var title: String
    /// The chapters in SUMMARY.md order.
    public var chapters: [Chapter]
    /// `book.yml`.
    public var config = BookConfig()

    /// The path of a file of the book as messages print it (`notes/buddy.md`).
    public func displayPath(_ relative: String) -> String {
        directory.isEmpty || directory == "."
            ? relative : (directory.hasSuffix("/") ? directory : directory + "/") + relative
    }

    /// Reads SUMMARY.md and checks that every chapter it lists exists inside the notes folder
    /// (no absolute path, no `..`, no symlink that leads out), so that every page it writes
    /// stays inside the site folder too.
    public static func load(directory: String) throws(Diagnostic) -> Book {
        let summaryPath = (directory as NSString).appendingPathComponent("SUMMARY.md")
        let display = directory.isEmpty || directory == "." ? "SUMMARY.md" : directory + "/SUMMARY.md"
        guard let text = readText(summaryPath) else {
            throw Diagnostic(
                file: display, line: 1, column: 1, id: .missingSummary,
                summary: "cannot read SUMMARY.md: a notes folder lists its chapters there")
        }
        let summary = MarkdownAdapter.summary(text)
        let config = try BookConfig.load(
            directory: directory,
            display: directory.isEmpty || directory == "." ? "book.yml" : directory + "/book.yml")
        var book = Book(
            directory: directory, title: config.title ?? summary.title ?? "Notes", chapters: [], config: config)
        var seen = Set<String>()
        var counters: [Int] = []
        // Split once, and only for a message: splitting SUMMARY.md per link made loading a book
        // quadratic in its chapters.
        var summaryLines: [String]?
        func lineOfSummary(_ number: Int) -> String? {
            let all = summaryLines ?? lines(text)
            summaryLines = all
            return number >= 1 && number <= all.count ? all[number - 1] : nil
        }
        let root = FileSystem.realPath(directory)
        for link in summary.links {
            guard !link.path.contains("://"), link.path.hasSuffix(".md") else { continue }
            func outside(_ why: String) -> Diagnostic {
                Diagnostic(
                    file: display, line: link.line, column: link.column, id: .chapterOutsideNotes,
                    summary: "chapter '\(link.path)' \(why): a chapter must be a file inside the notes folder",
                    sourceLine: lineOfSummary(link.line))
            }
            if link.path.hasPrefix("/") || link.path.split(separator: "/").contains("..") {
                throw outside(link.path.hasPrefix("/") ? "is an absolute path" : "goes up with '..'")
            }
            let file = (directory as NSString).appendingPathComponent(link.path)
            guard readText(file) != nil else {
                throw Diagnostic(
                    file: display, line: link.line, column: link.column, id: .missingChapter,
                    summary: "chapter '\(link.path)' does not exist", sourceLine: lineOfSummary(link.line))
            }
            guard let real = FileSystem.realPath(file), let root,
                FileSystem.contains(root, real), real != root
            else { throw outside("resolves outside the notes folder through a symlink") }
            guard seen.insert(link.path).inserted else {
                throw Diagnostic(
                    file: display, line: link.line, column: link.column, id: .duplicateChapter,
                    summary: "chapter '\(link.path)' is listed twice", sourceLine: lineOfSummary(link.line))
            }
            var chapter = Chapter(title: link.title, path: link.path, depth: link.depth, summaryLine: link.line)
            if link.numbered {
                counters = Array(counters.prefix(link.depth + 1))
                while counters.count < link.depth + 1 { counters.append(0) }
                counters[link.depth] += 1
                chapter.number = counters.map { "\($0)." }.joined()
            }
            book.chapters.append(chapter)
        }
        try book.chooseIntroduction(summary: display)
        return book
    }

    /// Makes the introduction the page written as `index.html`: `README.md` when SUMMARY.md
    /// lists it, else the first prefix chapter, else an unlisted `README.md` of the notes folder
    /// (added as the first chapter, so it is checked like the others).
    mutating func chooseIntroduction(summary display: String) throws(Diagnostic) {
        if let readme = chapters.firstIndex(where: { $0.path == "README.md" }) {
            chapters[readme].isIntroduction = true
        } else if let first = chapters.first, first.number == nil {
            chapters[0].isIntroduction = true
        } else if let text = Book.readText((directory as NSString).appendingPathComponent("README.md")) {
            let title = MarkdownDocument.parse(text).title ?? "Introduction"
            var intro = Chapter(title: title, path: "README.md", depth: 0, summaryLine: 0)
            intro.isIntroduction = true
            chapters.insert(intro, at: 0)
        }
        if chapters.contains(where: \.isIntroduction),
            let clash = chapters.first(where: { !$0.isIntroduction && $0.htmlPath == "index.html" })
        {
            throw Diagnostic(
                file: display, line: clash.summaryLine, column: 1, id: .duplicateChapter,
                summary: "chapter '\(clash.path)' would be written to index.html, the introduction's page")
        }
    }

    /// The folder a chapter's relative paths start from.
    func directoryOf(_ chapter: Chapter) -> String {
        let folder = (chapter.path as NSString).deletingLastPathComponent
        let base = directory.isEmpty ? "." : directory
        return folder.isEmpty ? base : (base as NSString).appendingPathComponent(folder)
    }

    /// The text of a chapter.
    func text(of chapter: Chapter) -> String {
        Book.readText((directory as NSString).appendingPathComponent(chapter.path)) ?? ""
    }

    static func readText(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of 1-based line `line`, without its terminator.
    static func lineText(_ text: String, _ line: Int) -> String? {
        let lines = self.lines(text)
        return line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    /// The lines of `text` without their terminators, counted as CommonMark counts them (LF,
    /// CRLF and a lone CR each end a line).
    static func lines(_ text: String) -> [String] {
        NoteRewriter.splitKeepingTerminators(text).map { line in
            String(line.unicodeScalars.dropLast(NoteRewriter.terminator(of: line).unicodeScalars.count))
        }
    }
}
