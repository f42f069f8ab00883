import Foundation
import TestSupport
import Testing

@testable import NoteBook

/// `build` and `serve` render only the pages whose inputs changed, and an incremental build
/// writes exactly what a full one does (issue 15).
@Suite struct IncrementalBuildTests {
    static let summary = "# Incremental\n\n- [One](one.md)\n- [Two](two.md)\n- [Three](three.md)\n"

    static func page(_ title: String, order: Int) -> String {
        "# \(title)\n\nText of \(title).\n\n```scenario\nboot zones=\"Normal:16M\"\n"
            + "p = alloc_pages(GFP_KERNEL, \(order))\n```\n"
    }

    /// A blessed three-page book.
    static func book() throws -> TemporaryBook {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": summary, "one.md": page("One", order: 0), "two.md": page("Two", order: 1),
            "three.md": page("Three", order: 2),
        ])
        let bless = Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false)
        #expect(bless.exitCode == 0, "\(bless.errors)")
        return book
    }

    @Test func incrementalBuildWritesTheBytesOfAFullBuild() throws {
        let book = try Self.book()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        try book.write("two.md", book.read("two.md").replacingOccurrences(of: "Text of Two.", with: "Edited text."))
        let incremental = Actions.build(notes: book.notes, out: book.site)
        #expect(incremental.exitCode == 0, "\(incremental.errors)")
        let incrementalFiles = book.siteFiles()
        #expect(String(decoding: incrementalFiles["two.html"] ?? Data(), as: UTF8.self).contains("Edited text."))
        // The store holds this site's pages only: the old two.html (its key holds its text) is gone.
        let stored = String(
            decoding: try Data(contentsOf: book.root.appendingPathComponent(".mmbook-cache/pages.bin")), as: UTF8.self)
        #expect(stored.contains("Edited text.") && !stored.contains("Text of Two."))
        try FileManager.default.removeItem(at: book.root.appendingPathComponent(".mmbook-cache"))
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        #expect(book.siteFiles() == incrementalFiles)
    }

    @Test func aChangedPageIsTheOnlyOneRenderedAgain() throws {
        let book = try Self.book()
        let memo = RenderedPages()
        let cache = ResultCache.forNotes(book.notes)
        let first = SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache), memo: memo)
            .render()
        #expect(memo.rendered == 3)
        try book.write("three.md", book.read("three.md") + "\nOne more line.\n")
        memo.startRound()
        let second = SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache), memo: memo)
            .render()
        #expect(memo.rendered == 1)
        // Only the page itself and what its text feeds (the whole-book print page and the
        // search index) change.
        let fed = { (path: String) in path == "three.html" || path == "print.html" || path.hasPrefix("search/") }
        #expect(first.filter { !fed($0.key) } == second.filter { !fed($0.key) })
        #expect(first["three.html"] != second["three.html"])
    }

    /// `symbols.html` is rendered again only when the symbols a page names or goes through
    /// change: not after an edit of prose, but after a new mention of a kernel symbol, and
    /// then with the bytes a full render gives.
    @Test func symbolsPageIsRenderedAgainOnlyWhenItsInputsChange() throws {
        let book = try Self.book()
        let memo = RenderedPages()
        let cache = ResultCache.forNotes(book.notes)
        _ = SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache), memo: memo).render()
        #expect(memo.renderedKeys.contains { $0.hasPrefix("symbols\u{1}") })
        try book.write("two.md", book.read("two.md") + "\nMore prose.\n")
        memo.startRound()
        let prose = SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache), memo: memo)
            .render()
        #expect(memo.rendered == 1)
        #expect(!memo.renderedKeys.contains { $0.hasPrefix("symbols\u{1}") })
        #expect(prose == SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache)).render())
        try book.write("two.md", book.read("two.md") + "\nIt ends in `__rmqueue_smallest()`.\n")
        memo.startRound()
        let mention = SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache), memo: memo)
            .render()
        #expect(memo.renderedKeys.contains { $0.hasPrefix("symbols\u{1}") })
        #expect(mention == SiteRenderer(verification: try Verification.run(notes: book.notes, cache: cache)).render())
        #expect(mention["symbols.html"] != prose["symbols.html"])
    }

    /// The chapter list feeds every page's navigation: renaming a chapter renders them all.
    @Test func aNavigationChangeRendersEveryPage() throws {
        let book = try Self.book()
        let memo = RenderedPages()
        _ = SiteRenderer(verification: try Verification.run(notes: book.notes), memo: memo).render()
        try book.write("SUMMARY.md", Self.summary.replacingOccurrences(of: "[Two]", with: "[Second]"))
        memo.startRound()
        let files = SiteRenderer(verification: try Verification.run(notes: book.notes), memo: memo).render()
        #expect(memo.rendered == 3)
        let full = SiteRenderer(verification: try Verification.run(notes: book.notes)).render()
        #expect(files == full)
    }

    /// A stored page whose key differs, whose bytes were torn or zeroed, or in a file that does
    /// not parse, is not used.
    @Test func aStoredPageWithAnotherKeyOrTornBytesIsIgnored() throws {
        let sandbox = try Sandbox()
        let file = sandbox.root.appendingPathComponent("cache/pages.bin")
        let store = RenderedPages(file: file)
        #expect(store.page(key: "k", render: { Array("first".utf8) }) == Array("first".utf8))
        store.save()
        #expect(RenderedPages(file: file).page(key: "k", render: { [] }) == Array("first".utf8))
        #expect(RenderedPages(file: file).page(key: "other", render: { Array("x".utf8) }) == Array("x".utf8))
        // Zeros where the page was: its checksum no longer matches.
        var bytes = [UInt8](try Data(contentsOf: file))
        for index in (bytes.count - 3)..<bytes.count { bytes[index] = 0 }
        try Data(bytes).write(to: file)
        #expect(RenderedPages(file: file).page(key: "k", render: { Array("second".utf8) }) == Array("second".utf8))
        try Data("1\nxother".utf8).write(to: file)
        let fresh = RenderedPages(file: file)
        #expect(fresh.page(key: "k", render: { Array("third".utf8) }) == Array("third".utf8))
        fresh.save()
        #expect(RenderedPages(file: file).page(key: "k", render: { [] }) == Array("third".utf8))
    }

    @Test func liveSiteRerunsOnlyTheEditedPageAndKeepsTheLastGoodSiteOnFailure() throws {
        let book = try Self.book()
        let live = LiveSite(notes: book.notes)
        let first = live.rebuild()
        #expect(first.failure == nil)
        #expect(first.pagesRerun == 3)
        let good = live.files
        #expect(good == SiteRenderer(verification: try Verification.run(notes: book.notes)).render())
        let unchanged = live.rebuild()
        #expect(unchanged.pagesRerun == 0 && unchanged.pagesRendered == 0 && unchanged.changed.isEmpty)

        try book.write("one.md", book.read("one.md").replacingOccurrences(of: "GFP_KERNEL, 0", with: "GFP_KERNEL, 3"))
        let failed = live.rebuild()
        #expect(failed.pagesRerun == 1)
        #expect(failed.failure?.contains("one.md:") == true)
        #expect(failed.changed.isEmpty)
        #expect(live.files == good)

        try book.write("one.md", Self.page("One", order: 0).replacingOccurrences(of: "Text of", with: "Words of"))
        #expect(Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false).exitCode == 0)
        let fixed = live.rebuild()
        #expect(fixed.failure == nil)
        #expect(fixed.pagesRendered == 1)
        #expect(fixed.changed.contains("one.html"))
        #expect(fixed.changed.allSatisfy { $0 == "one.html" || $0 == "print.html" || $0.hasPrefix("search/") })
        #expect(live.files == SiteRenderer(verification: try Verification.run(notes: book.notes)).render())
    }

    /// serve checks links as build does, page by page: a page is checked again only when it
    /// or a file it links to changed, and the verdict is always `LinkChecker`'s over all files.
    @Test func incrementalLinkCheckAgreesWithTheFullOne() {
        func page(_ body: String) -> [UInt8] { Array("<html><body>\(body)</body></html>".utf8) }
        var files: [String: [UInt8]] = [
            "a.html": page("<a href=\"b.html#x\">b</a> <a href=\"c.html\">c</a> <link href=\"s.css\">"),
            "b.html": page("<h2 id=\"x\">X</h2>"), "c.html": page("<a href=\"b.html\">b</a>"),
            "d.html": page("<a href=\"#here\">me</a><p id=\"here\"></p>"), "s.css": Array("p{}".utf8),
        ]
        let check = IncrementalLinkCheck()
        func agrees(checked: Int, _ comment: Comment) {
            #expect(check.check(files) == LinkChecker(files: files).broken(), comment)
            #expect(check.pagesChecked == checked, comment)
        }
        agrees(checked: 4, "first: every page")
        agrees(checked: 0, "nothing changed")
        files["b.html"] = page("<h2 id=\"y\">Y</h2>")
        agrees(checked: 3, "b lost #x: b and the pages linking to it")
        #expect(LinkChecker(files: files).broken() == [LinkChecker.Link(page: "a.html", href: "b.html#x")])
        files["d.html"] = page("<a href=\"#gone\">me</a>")
        agrees(checked: 1, "d's own anchor")
        files["s.css"] = nil
        agrees(checked: 1, "a stylesheet removed")
        files["c.html"] = nil
        agrees(checked: 1, "a page removed")
        files["b.html"] = page("<h2 id=\"x\">X</h2>")
        files["c.html"] = page("")
        files["d.html"] = page("<a href=\"#here\">me</a><p id=\"here\"></p>")
        files["s.css"] = Array("p{}".utf8)
        agrees(checked: 4, "everything back")
        #expect(check.check(files).isEmpty)
    }

    /// A broken link fails serve's rebuild at the note's line, as it fails `build`, and the
    /// last good site stays until it is fixed.
    @Test func liveSiteRefusesABrokenLinkAndKeepsTheLastGoodSite() throws {
        let book = try Self.book()
        let live = LiveSite(notes: book.notes)
        #expect(live.rebuild().failure == nil)
        let good = live.files
        let text = book.read("two.md")
        try book.write("two.md", text.replacingOccurrences(of: "Text of Two.", with: "See [one](one.md#nowhere)."))
        let broken = live.rebuild()
        #expect(broken.failure?.contains("two.md:3:") == true, "\(broken.failure ?? "")")
        #expect(broken.failure?.contains("one.html#nowhere") == true)
        #expect(live.files == good)
        try book.write("two.md", text.replacingOccurrences(of: "Text of Two.", with: "See [one](one.md#one)."))
        let fixed = live.rebuild()
        #expect(fixed.failure == nil)
        #expect(live.files == SiteRenderer(verification: try Verification.run(notes: book.notes)).render())
    }

    /// A file a scenario reads is an input: changing it re-runs the page that read it only.
    @Test func liveSiteRerunsAPageWhoseFileChanged() throws {
        let book = try ExactCacheTests.blessedBook()
        let live = LiveSite(notes: book.notes)
        #expect(live.rebuild().failure == nil)
        #expect(live.dependencies == [book.notes + "/m/z.txt"])
        try book.write("m/z.txt", try ExactCacheTests.zoneinfo() + "\n")
        let outcome = live.rebuild()
        #expect(outcome.pagesRerun == 1)
        #expect(outcome.summary.ran == 1)
    }
}
