import Foundation
import TestSupport
import Testing

@testable import NoteBook

#if canImport(Glibc)
    import Glibc
#endif

/// What the profile of the site benchmark fixed (issue 15): unchanged files hard-linked from
/// the previous site, the search index's line-separator escaping done on bytes, and `serve`
/// woken by inotify rather than by polling.
@Suite struct SiteBuildCostTests {
    /// The inode of a file of the site.
    static func inode(_ book: TemporaryBook, _ path: String) -> UInt {
        var info = stat()
        return lstat(book.site + "/" + path, &info) == 0 ? UInt(info.st_ino) : 0
    }

    @Test func aRebuildLinksTheFilesThatKeptTheirBytesAndWritesTheOthers() throws {
        let book = try IncrementalBuildTests.book()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let one = Self.inode(book, "one.html")
        let two = Self.inode(book, "two.html")
        let css = Self.inode(book, "mmbook.css")
        // A file of the old site that has another link is written anew, not shared further.
        try FileManager.default.linkItem(atPath: book.site + "/mmbook.css", toPath: book.root.path + "/css-link")
        try book.write("two.md", book.read("two.md").replacingOccurrences(of: "Text of Two.", with: "Edited."))
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        #expect(one != 0 && Self.inode(book, "one.html") == one)
        #expect(Self.inode(book, "two.html") != two)
        #expect(Self.inode(book, "mmbook.css") != css)
        let linked = book.siteFiles()
        // The same bytes as a build into a fresh folder.
        try FileManager.default.removeItem(atPath: book.site)
        try FileManager.default.removeItem(at: book.root.appendingPathComponent(".mmbook-cache"))
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        #expect(book.siteFiles() == linked)
    }

    @Test func handWrittenTermsAreWhatJSONEncoderWrites() {
        let keys = [
            "b", "a", "10", "9", "B", "_x", "é", "é2", "x²", "伙伴", "ペー", "q\"u", "back\\slash",
            "c\u{1}\u{8}\u{C}\t\r\n\u{1F}",
            "sep\u{2028}\u{2029}", "slash/", "",
        ]
        var terms: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() { terms[key] = [index, 10, 3] }
        terms["none"] = []
        #expect(SearchIndex.termsJSON(terms) == SearchIndex.json(terms))
    }

    /// The documents files, written by hand since JSONEncoder was a quarter of a `serve`
    /// rebuild, keep JSONEncoder's bytes.
    @Test func handWrittenDocumentRowsAreWhatJSONEncoderWrites() {
        let texts = [
            "b", "", "伙伴 ページ", "q\"u", "back\\slash", "c\u{1}\u{8}\u{C}\t\r\n\u{1F}", "sep\u{2028}\u{2029}",
            "slash/ <a href=\"x\">&amp;", "é x²",
        ]
        let rows = [texts, Array(texts.reversed()), [], ["one"]]
        #expect(SearchIndex.rowsJSON(rows) == SearchIndex.json(rows))
        #expect(SearchIndex.rowsJSON([]) == SearchIndex.json([[String]]()))
    }

    @Test func searchDataEscapesLineSeparatorsOnly() {
        #expect(SearchIndex.json(["a\u{2028}b\u{2029}c — é"]) == "[\"a\\u2028b\\u2029c — é\"]")
        #expect(SearchIndex.json(["\u{2028}"]) == "[\"\\u2028\"]")
    }

    /// The ASCII fast paths of the search terms and of link resolution give what the Unicode
    /// and Foundation paths give.
    @Test func searchTermsAndLinksKeepTheirMeaningOnTheFastPaths() {
        #expect(
            SearchIndex.terms("Order-3 GFP_DMA32, café x²") == [
                "order", "3", "gfp_dma32", "gfp", "dma32", "café", "x²",
            ])
        #expect(LinkChecker.resolve("../a%20b.html#x", from: "d/e/p.html")! == ("d/a b.html", "x"))
        #expect(LinkChecker.resolve("plain.html", from: "d/p.html")! == ("d/plain.html", nil))
    }

    /// A book of many chapters loads in one pass over SUMMARY.md (it was split once per chapter).
    @Test func aBookOfManyChaptersLoadsWithItsErrorsStillLocated() throws {
        var summary = "# Many\n\n"
        var files: [String: String] = [:]
        for index in 0..<2000 {
            summary += "- [Page \(index)](p\(index).md)\n"
            files["p\(index).md"] = "# Page \(index)\n"
        }
        files["SUMMARY.md"] = summary + "- [Missing](missing.md)\n"
        let book = try TemporaryBook(files: files)
        do {
            _ = try Book.load(directory: book.notes)
            Issue.record("a missing chapter must be an error")
        } catch {
            #expect(error.line == 2003)
            #expect(error.sourceLine == "- [Missing](missing.md)")
        }
        try book.write("SUMMARY.md", summary)
        #expect(try Book.load(directory: book.notes).chapters.count == 2000)
    }

    /// Waits for `events` to report, at most `seconds`.
    static func woke(_ events: FileEvents, within seconds: Double) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await events.next() }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    @Test func inotifyWakesTheWatcherForANoteInASubfolderAndAFileOutsideTheNotes() async throws {
        let sandbox = try Sandbox()
        let notes = sandbox.root.appendingPathComponent("notes").path
        try FileManager.default.createDirectory(atPath: notes + "/deep", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: sandbox.root.path + "/machines", withIntermediateDirectories: true)
        let machine = sandbox.root.path + "/machines/zoneinfo.txt"
        try Data("old".utf8).write(to: URL(fileURLWithPath: machine))
        let events = try #require(FileEvents())
        defer { events.stop() }
        #expect(events.watch(notes: notes, extra: [machine]))
        try Data("x".utf8).write(to: URL(fileURLWithPath: notes + "/deep/a.md"))
        #expect(await Self.woke(events, within: 2))
        // Replaced by a rename, as editors save.
        try Data("new".utf8).write(to: URL(fileURLWithPath: machine), options: .atomic)
        #expect(await Self.woke(events, within: 2))
        // Nothing changed: no wake-up (once the events of the rename are all read).
        _ = await Self.woke(events, within: 0.1)
        #expect(await !Self.woke(events, within: 0.3))
    }
}
