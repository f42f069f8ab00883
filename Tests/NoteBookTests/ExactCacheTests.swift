import Foundation
import Scenario
import TestSupport
import Testing

@testable import NoteBook

/// The result cache is exact: a warm run returns what a cold run returns, every page is
/// cacheable, and a page re-runs when a file its blocks read changes (issue 10).
@Suite struct ExactCacheTests {
    static let summary = "# Cache\n\n- [A](a.md)\n- [B](b.md)\n"

    /// A page with diagrams, a two-space `show  free_area` and a walkthrough, none of which
    /// the old cache could hold.
    static let diagrams = """
        # A

        ```scenario
        boot zones="Normal:16M"
        p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
        show  free_area Normal
        show pageblocks Normal
        show memmap p
        ```

        ```scenario walkthrough
        # free it again
        __free_pages(p, 4)
        q = alloc_pages(GFP_KERNEL, 0)
        ```

        """

    /// A page that reads a zoneinfo file, with spaces around `=`.
    static let zoneinfoPage = """
        # B

        ```scenario
        boot zoneinfo = m/z.txt
        show buddyinfo
        ```

        """

    /// The repository's notes folder.
    static let committedNotes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("notes")

    /// The committed 24 GiB machine's zoneinfo with its hot-plugged Normal span cut to the
    /// managed pages, so that the tests boot a machine of 1.4 million page frames, not 6.5.
    static func zoneinfo() throws -> String {
        String(
            decoding: try Data(contentsOf: committedNotes.appendingPathComponent("machines/pc-24g-zoneinfo.txt")),
            as: UTF8.self
        )
        .replacingOccurrences(of: "        spanned  5505024\n", with: "        spanned  327680\n")
        .replacingOccurrences(of: "        present  5505024\n", with: "        present  327680\n")
    }

    /// A blessed book of pages A and B.
    static func blessedBook() throws -> TemporaryBook {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": summary, "a.md": diagrams, "b.md": zoneinfoPage, "m/z.txt": try zoneinfo(),
        ])
        let bless = Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false)
        #expect(bless.exitCode == 0, "\(bless.errors)")
        try FileManager.default.removeItem(at: book.root.appendingPathComponent(".mmbook-cache"))
        return book
    }

    @Test func warmBuildRunsNoScenarioAndWritesTheSameSite() throws {
        let book = try Self.blessedBook()
        let cache = ResultCache.forNotes(book.notes)
        let cold = try Verification.run(notes: book.notes, cache: cache)
        #expect(cold.cacheCounts.ran == 2 && cold.succeeded)
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let coldSite = book.siteFiles()
        let warm = try Verification.run(notes: book.notes, cache: cache)
        #expect(warm.cacheCounts == (ran: 0, cached: 2))
        try FileManager.default.removeItem(atPath: book.site)
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        #expect(book.siteFiles() == coldSite)
        #expect(SiteRenderer(verification: warm).render() == SiteRenderer(verification: cold).render())
    }

    /// The verified failure of the old cache: with two spaces the skip list missed the
    /// diagram, and the warm build wrote the page without its SVG.
    @Test func twoSpaceShowFreeAreaBuildsIdenticallyColdAndWarm() throws {
        let book = try Self.blessedBook()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let cold = book.siteFiles()
        let page = String(decoding: cold["a.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("class=\"mmd mmd-free-area\""), "the page has the free_area diagram")
        try FileManager.default.removeItem(atPath: book.site)
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        #expect(book.siteFiles() == cold)
    }

    /// The verified failure of the old cache: an edited zoneinfo file still checked as passed.
    @Test func editedZoneinfoFailsCheckFromAWarmCache() throws {
        let book = try Self.blessedBook()
        #expect(Actions.check(notes: book.notes).exitCode == 0)
        #expect(Actions.check(notes: book.notes).exitCode == 0)
        try book.write(
            "m/z.txt", try Self.zoneinfo().replacingOccurrences(of: "managed  327680", with: "managed  327168"))
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(check.errors.contains("b.md"))
    }

    @Test func changingAZoneinfoFileInvalidatesExactlyThePagesThatReadIt() throws {
        let book = try Self.blessedBook()
        let cache = ResultCache.forNotes(book.notes)
        _ = try Verification.run(notes: book.notes, cache: cache)
        try book.write("m/z.txt", try Self.zoneinfo() + "\n")
        let warm = try Verification.run(notes: book.notes, cache: cache)
        #expect(warm.pages.map(\.fromCache) == [true, false])
        #expect(warm.pages[1].outcomes[0].result.dependencies.map(\.path) == [book.notes + "/m/z.txt"])
        let again = try Verification.run(notes: book.notes, cache: cache)
        #expect(again.cacheCounts == (ran: 0, cached: 2))
    }

    /// Another build of mmbook (another binary hash) reuses nothing.
    @Test func anotherBuildReusesNothing() throws {
        let book = try Self.blessedBook()
        let cache = ResultCache.forNotes(book.notes)
        #expect(
            cache.buildIdentity.hasPrefix("mmbook \(MMBookVersion.string) model \(ResultCache.modelVersion) binary "))
        _ = try Verification.run(notes: book.notes, cache: cache)
        var other = cache
        other.buildIdentity += " rebuilt"
        #expect(try Verification.run(notes: book.notes, cache: other).cacheCounts == (ran: 2, cached: 0))
        #expect(try Verification.run(notes: book.notes, cache: cache).cacheCounts == (ran: 0, cached: 2))
    }

    /// The executable's SHA-256 (0.1 s of every `build` and `check`) is read back from the
    /// cache folder while the executable keeps its inode, size and times, and computed again
    /// when it is rebuilt.
    @Test func theExecutableHashIsRememberedByItsStamp() throws {
        let sandbox = try Sandbox()
        let binary = sandbox.root.appendingPathComponent("mmbook")
        let cache = sandbox.root.appendingPathComponent(".mmbook-cache")
        let record = cache.appendingPathComponent(ResultCache.executableHashFile)
        try Data("first build".utf8).write(to: binary)
        let first = try #require(ResultCache.executableHash(path: binary.path, stampFile: record))
        #expect(first == SHA256.hex(Data("first build".utf8)))
        let stamp = try #require(ResultCache.stamp(binary.path))
        #expect(try String(contentsOf: record, encoding: .utf8) == "\(stamp)\n\(first)\n")
        // Read back, not computed: a record for the same stamp is believed.
        let planted = String(repeating: "a", count: 64)
        try Data("\(stamp)\n\(planted)\n".utf8).write(to: record)
        #expect(ResultCache.executableHash(path: binary.path, stampFile: record) == planted)
        // A rebuilt binary (another size and time) is hashed again and recorded.
        try Data("second build, longer".utf8).write(to: binary)
        let second = try #require(ResultCache.executableHash(path: binary.path, stampFile: record))
        #expect(second == SHA256.hex(Data("second build, longer".utf8)))
        #expect(try String(contentsOf: record, encoding: .utf8).hasSuffix("\n\(second)\n"))
        // A torn record is ignored.
        try Data("garbage".utf8).write(to: record)
        #expect(ResultCache.executableHash(path: binary.path, stampFile: record) == second)
        #expect(
            ResultCache.executableHash(path: sandbox.root.appendingPathComponent("none").path, stampFile: nil) == nil)
    }

    /// The cache stays in `.mmbook-cache` beside the notes: nothing else appears in the sandbox.
    @Test func theCacheStaysBesideTheNotes() throws {
        let book = try Self.blessedBook()
        #expect(Actions.check(notes: book.notes).exitCode == 0)
        let entries = try FileManager.default.contentsOfDirectory(atPath: book.root.path).sorted()
        #expect(entries == [".mmbook-cache", "notes"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: book.sandbox.outer.path) == ["sandbox"])
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: book.root.path + "/.mmbook-cache").isEmpty))
    }

    /// The committed book's second check runs no scenario: every page is cacheable.
    @Test func committedBooksSecondCheckRunsNoScenario() throws {
        let book = try TemporaryBook(files: [:])
        let notes = URL(fileURLWithPath: book.notes)
        try FileManager.default.removeItem(at: notes)
        try FileManager.default.copyItem(at: Self.committedNotes, to: notes)
        let cache = ResultCache.forNotes(book.notes)
        let cold = try Verification.run(notes: book.notes, cache: cache)
        #expect(cold.succeeded)
        #expect(cold.cacheCounts.cached == 0)
        let warm = try Verification.run(notes: book.notes, cache: cache)
        #expect(warm.cacheCounts == (ran: 0, cached: cold.pages.count))
        #expect(warm.counts == cold.counts)
    }

    /// Pages built on one thread and on several give the same site, run after run.
    @Test func outputDoesNotDependOnSchedulingOrThreadCount() throws {
        let book = try Self.blessedBook()
        var sites: [[String: [UInt8]]] = []
        for threads in [1, 2, 4, 1, 3] {
            let verification = try Verification.run(notes: book.notes, threads: threads)
            #expect(verification.succeeded)
            sites.append(SiteRenderer(verification: verification).render())
        }
        #expect(sites.allSatisfy { $0 == sites[0] })
    }
}
