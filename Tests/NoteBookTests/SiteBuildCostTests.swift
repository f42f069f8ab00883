import Foundation
import TestSupport
import Testing

@testable import NoteBook

#if canImport(Glibc)
    import Glibc
#endif

/// What the profile of the site benchmark fixed (issue 15): unchanged files hard-linked from
/// the previous site, the search index's line-separator escaping done on bytes, and a book
/// loaded in one pass over SUMMARY.md.
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

    @Test func searchDataEscapesLineSeparatorsOnly() {
        #expect(SearchIndex.json(["a\u{2028}b\u{2029}c — é"]) == "[\"a\\u2028b\\u2029c — é\"]")
        #expect(SearchIndex.json(["\u{2028}"]) == "[\"\\u2028\"]")
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
}
