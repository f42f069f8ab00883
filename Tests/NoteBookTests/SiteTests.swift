import Foundation
import TestSupport
import Testing

@testable import NoteBook

/// The reader's site (issue 14) and its linear size (issue 15): a whole small site against its
/// golden tree, and the pieces the goldens cannot show on their own.
@Suite struct SiteTests {
    /// `Tests/NoteBookTests`, found from this file.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Every file of a folder, relative path → text (the site is all text).
    static func tree(_ folder: URL) -> [String: String] {
        var out: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return out }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                out[path] = String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
            }
        }
        return out
    }

    /// A copy of the fixture book in a sandbox.
    static func fixtureBook() throws -> TemporaryBook {
        let notes = testsFolder.appendingPathComponent("Fixtures/SiteBook/notes")
        return try TemporaryBook(files: tree(notes))
    }

    /// The fixture book's site equals `Goldens/SiteBook`, file for file and byte for byte.
    /// `MMBOOK_RECORD_GOLDENS=1 swift test --filter SiteTests` re-records the tree (and fails,
    /// so that a recording run is never mistaken for a passing one); review the diff by eye.
    @Test func fixtureSiteMatchesTheGoldenTree() throws {
        let book = try Self.fixtureBook()
        let report = Actions.build(notes: book.notes, out: book.site)
        #expect(report.exitCode == 0, "\(report.errors)")
        var built = Self.tree(URL(fileURLWithPath: book.site))
        built[".mmbook-site"] = nil
        let golden = Self.testsFolder.appendingPathComponent("Goldens/SiteBook")
        if ProcessInfo.processInfo.environment["MMBOOK_RECORD_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, text) in built {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            Issue.record("re-recorded \(built.count) golden files under \(golden.path): review them, then run again")
            return
        }
        let expected = Self.tree(golden)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, text) in built.sorted(by: { $0.key < $1.key }) where expected[path] != text {
            Issue.record("\(path) differs from its golden (MMBOOK_RECORD_GOLDENS=1 re-records)")
        }
    }

    /// The introduction is `index.html` itself, not a copy of another page; the front matter
    /// gives the title and description and is not rendered; links between notes point at pages,
    /// relative to the linking page; tables scroll inside a wrapper; the edit link is there.
    @Test func pagesOfTheFixtureBook() throws {
        let book = try Self.fixtureBook()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let site = Self.tree(URL(fileURLWithPath: book.site))
        let index = try #require(site["index.html"])
        #expect(index.contains("<h1 id=\"a-small-allocator-book\">"))
        #expect(site["README.html"] == nil)
        #expect(index.contains("<a href=\"alloc/pcp.html#draining\">"))
        #expect(!site.contains { $0.key != "index.html" && $0.value == index })
        let alloc = try #require(site["alloc.html"])
        #expect(alloc.contains("<title>Allocating pages, front matter title — A small allocator book</title>"))
        #expect(alloc.contains("<meta name=\"description\" content=\"How alloc_pages() takes a block"))
        #expect(!alloc.contains("description:"))
        #expect(alloc.contains("<a href=\"appendix.html#watermark-names\">"))
        #expect(alloc.contains("<div class=\"table-wrap\">\n<table>"))
        #expect(alloc.contains("href=\"https://example.org/mmbook/edit/main/notes/alloc.md\">Edit this page</a>"))
        let pcp = try #require(site["alloc/pcp.html"])
        #expect(pcp.contains("<a href=\"../alloc.html\">"))
        #expect(pcp.contains("<link rel=\"stylesheet\" href=\"../mmbook.css\">"))
        #expect(pcp.contains("data-root=\"../\" data-page=\"alloc/pcp.html\""))
        // The sidebar is toc.js's, numbered, with the prefix and suffix chapters unnumbered.
        let toc = try #require(site["toc.js"])
        #expect(toc.contains(#"["alloc/pcp.html","1.1.","Per-CPU lists","1"]"#))
        #expect(toc.contains(#"["appendix.html","","Appendix: symbols","0"]"#))
        #expect(pcp.contains("<noscript><p><a href=\"../toc.html\">Table of contents</a></p></noscript>"))
        // print.html has every chapter, ids prefixed, links between chapters inside the page.
        let print = try #require(site["print.html"])
        #expect(print.contains("<h2 id=\"c-alloc-an-order-4-allocation\">"))
        #expect(print.contains("<a href=\"#c-appendix-watermark-names\">"))
        #expect(print.contains("<section class=\"print-chapter\" id=\"c-zh\">"))
        #expect(site["404.html"]?.contains("Page not found") == true)
    }

    /// Model coverage counts the catalog functions a block evaluates: `PageHead(p)` in an
    /// `expect` enters no modelled kernel function, yet demonstrates `PageHead`, which was
    /// listed as undemonstrated; a name only in a comment counts for nothing.
    @Test func coverageCountsCatalogFunctionsTheFixtureBookUses() throws {
        let book = try Self.fixtureBook()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let symbols = try #require(Self.tree(URL(fileURLWithPath: book.site))["symbols.html"])
        let coverage = try #require(symbols.range(of: "<h2 id=\"model-coverage\">"))
        let (entries, missing) = (symbols[..<coverage.lowerBound], symbols[coverage.lowerBound...])
        #expect(!missing.contains("href=\"#sym-PageHead\""))
        func entry(_ name: String) throws -> Substring {
            let start = try #require(entries.range(of: "<dt id=\"sym-\(name)\">"))
            let end = try #require(entries[start.upperBound...].range(of: "</dd>"))
            return entries[start.upperBound..<end.lowerBound]
        }
        #expect(
            try entry("PageHead").contains("Scenarios through it: <a href=\"alloc.html#scenario-11\">alloc.md:11</a>"))
        // The comment names __GFP_COMP; the block does not use it.
        #expect(try !entry("__GFP_COMP").contains("Scenarios through it"))
        // Functions no block uses stay listed.
        #expect(missing.contains("href=\"#sym-__alloc_pages_direct_compact\""))
    }

    /// A page's size does not grow with the number of chapters: 200 more chapters leave the
    /// first chapter's page byte for byte the same (the sidebar lives in toc.js).
    @Test func pageSizeDoesNotGrowWithTheBook() throws {
        func firstPage(chapters: Int) throws -> (page: Data, toc: Data) {
            var files = ["intro.md": "# Intro\n\nText.\n", "second.md": "# Second\n\nText.\n"]
            var summary = "# Book\n\n- [Intro](intro.md)\n- [Second](second.md)\n"
            for index in 0..<chapters {
                files["extra\(index).md"] = "# Extra \(index)\n\nMore text.\n"
                summary += "- [Extra \(index)](extra\(index).md)\n"
            }
            files["SUMMARY.md"] = summary
            let book = try TemporaryBook(files: files)
            #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
            let site = book.siteFiles()
            return (try #require(site["intro.html"]), try #require(site["toc.js"]))
        }
        let small = try firstPage(chapters: 1)
        let large = try firstPage(chapters: 201)
        #expect(small.page == large.page)
        #expect(large.toc.count > small.toc.count + 200 * 20)
    }

    /// Search terms: words with their `_` parts, CJK text as overlapping pairs.
    @Test func searchTerms() {
        #expect(SearchIndex.terms("__rmqueue_smallest()") == ["__rmqueue_smallest", "rmqueue", "smallest"])
        #expect(SearchIndex.terms("伙伴系统 Buddy") == ["伙伴", "伴系", "系统", "buddy"])
        #expect(SearchIndex.terms("水") == ["水"])
        #expect(SearchIndex.terms("ページの割り当て") == ["ペー", "ージ", "ジの", "の割", "割り", "り当", "当て"])
    }

    /// mmbook.js splits queries exactly as SearchIndex splits the text it indexes (run with
    /// node, which the machine has; the test is skipped without it).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/node")))
    func scriptSplitsQueriesLikeTheIndex() throws {
        let script = SiteScript.javascript
        let start = try #require(script.range(of: "function isCJK(c)"))
        let end = try #require(script.range(of: "var input = document"))
        let samples = [
            "__rmqueue_smallest()", "伙伴系统 Buddy", "水", "ページの割り当て", "GFP_KERNEL|__GFP_ZERO", "Zoné 3x 한국어",
        ]
        let sandbox = try Sandbox()
        let harness =
            String(script[start.lowerBound..<end.lowerBound])
            + "\nconsole.log(JSON.stringify(\(SearchIndex.json(samples)).map(terms)));\n"
        try sandbox.write("terms.js", harness)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/node")
        process.arguments = [sandbox.path("terms.js")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fromScript = try JSONDecoder().decode([[String]].self, from: data)
        // The script does not add the parts of a word with `_`: a query matches them by prefix.
        let fromIndex = samples.map { sample in
            SearchIndex.terms(sample).filter { term in
                !SearchIndex.terms(sample).contains { $0 != term && $0.contains("_") && $0.contains(term) }
            }
        }
        #expect(fromScript == fromIndex)
    }

    /// The index finds a kernel symbol under its prefix's shard with the code weight, a
    /// Chinese pair, and ranks a title above a heading above text.
    @Test func searchIndexOfTheFixtureBook() throws {
        let book = try Self.fixtureBook()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let site = Self.tree(URL(fileURLWithPath: book.site))
        let underscore = try #require(site["search/terms-\(SearchIndex.shard("_")).js"])
        #expect(underscore.contains("\"__rmqueue_smallest\":["))
        let pair = try #require(site["search/terms-\(SearchIndex.shard("伙伴")).js"])
        #expect(pair.contains("\"伙伴\":["))
        let docs = try #require(site["search/docs-0.js"])
        #expect(docs.hasPrefix("mmbookSearch.addDocs(0, [[\"index.html\",\"\",\"A small allocator book\""))
        var index = SearchIndex()
        index.add(
            page: "a.html", title: "Pages", description: nil,
            document: MarkdownDocument.parse("# Pages\n\nzone\n\n## Zone\n\ntext\n\n## Other\n\nzone\n"))
        let terms = String(decoding: index.files()["search/terms-\(SearchIndex.shard("zone")).js"]!, as: UTF8.self)
        // Section 0 (title "Pages", text "zone"): text; 1 (heading "Zone"): heading; 2: text.
        #expect(terms.contains("\"zone\":[0,1,1,5,2,1]"))
        let pages = String(
            decoding: index.files()["search/terms-\(SearchIndex.shard("pages")).js"]!, as: UTF8.self)
        #expect(pages.contains("\"pages\":[0,10]"))
    }

    /// Front matter is parsed with Yams, not rendered, kept by `bless`, and its errors located.
    @Test func frontMatterIsKeptByBlessAndErrorsAreLocated() throws {
        let note = "---\ntitle: T\n---\n# Page\n\n```scenario\nboot zones=\"Normal:16M\"\nshow buddyinfo\n```\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": "- [Page](page.md)\n", "page.md": note])
        #expect(Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false).exitCode == 0)
        #expect(book.read("page.md").hasPrefix(note + "\n```output\nNode 0, zone   Normal"))
        #expect(Actions.check(notes: book.notes).exitCode == 0)
        try book.write("page.md", "---\ntitle: T\nsubtitle: no\n---\n# Page\n")
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(check.errors.contains("page.md:3:11: error: unknown front matter key 'subtitle'"))
        try book.write("book.yml", "title: [unclosed\n")
        let broken = Actions.check(notes: book.notes)
        #expect(broken.errors.contains("book.yml:2:1: error: invalid YAML"))
    }

    /// `404.html` links relative to the site's root folder, which works from `file://`; with
    /// `site-url` in `book.yml` a `<base>` makes its links resolve from that root at whatever
    /// missing address a server shows it, and its skip link stays on the page.
    @Test func notFoundPageLinksFromTheSiteURL() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": "- [One](one.md)\n", "one.md": "# One\n"])
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let plain = String(decoding: book.siteFiles()["404.html"]!, as: UTF8.self)
        #expect(!plain.contains("<base"))
        #expect(plain.contains("<link rel=\"stylesheet\" href=\"mmbook.css\">"))
        #expect(plain.contains("<a href=\"index.html\">first page</a>"))
        #expect(!plain.contains("href=\"/") && !plain.contains("src=\"/"))
        try book.write("book.yml", "site-url: /mmbook\n")
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let files = book.siteFiles()
        let based = String(decoding: files["404.html"]!, as: UTF8.self)
        #expect(based.contains("</title>\n<base href=\"/mmbook/\">\n"))
        #expect(based.contains("<a class=\"skip\" href=\"404.html#content\">"))
        #expect(based.contains("<link rel=\"stylesheet\" href=\"mmbook.css\">"))
        #expect(!String(decoding: files["one.html"]!, as: UTF8.self).contains("<base"))
        try book.write("book.yml", "title: B\nsite-url: mmbook/\n")
        #expect(
            Actions.check(notes: book.notes).errors.contains(
                "book.yml:2:11: error: site-url must be an absolute path (/mmbook/) or an http(s) address"))
    }

    /// `raw-html: false` in `book.yml` renders as `build --safe` does: the notes' raw HTML and
    /// `javascript:` links are left out; by default they are kept.
    @Test func rawHTMLFalseInTheBookConfigDropsRawHTML() throws {
        let note = "# One\n\n<div class=\"box\">kept?</div>\n\nA <b>bold</b> [link](javascript:alert(1)).\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": "- [One](one.md)\n", "one.md": note])
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let raw = String(decoding: book.siteFiles()["one.html"]!, as: UTF8.self)
        #expect(raw.contains("<div class=\"box\">kept?</div>") && raw.contains("<b>bold</b>"))
        try book.write("book.yml", "raw-html: false\n")
        for site in [book.site, book.root.appendingPathComponent("site2").path] {
            #expect(Actions.build(notes: book.notes, out: site).exitCode == 0)
            let safe = try String(contentsOfFile: site + "/one.html", encoding: .utf8)
            #expect(!safe.contains("<div class=\"box\">") && !safe.contains("<b>") && !safe.contains("javascript:"))
            #expect(safe.contains("<!-- raw HTML omitted -->"))
        }
        try book.write("book.yml", "raw-html: maybe\n")
        #expect(
            Actions.check(notes: book.notes).errors.contains("book.yml:1:11: error: 'raw-html' must be true or false"))
    }

    /// An unlisted `README.md` becomes the introduction (checked, and written as `index.html`);
    /// without one, `index.html` is the table of contents.
    @Test func introductionFromAnUnlistedReadme() throws {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": "# B\n\n- [One](one.md)\n", "one.md": "# One\n", "README.md": "# Welcome\n\nHello.\n",
        ])
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let index = String(decoding: book.siteFiles()["index.html"]!, as: UTF8.self)
        #expect(index.contains("<h1 id=\"welcome\">Welcome"))
        #expect(index.contains("<a class=\"next\" rel=\"next\" href=\"one.html\">"))
        try FileManager.default.removeItem(atPath: book.notes + "/README.md")
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let contents = String(decoding: book.siteFiles()["index.html"]!, as: UTF8.self)
        #expect(contents.contains("<li><a href=\"one.html\"><span class=\"number\">1.</span> One</a></li>"))
    }

    /// Prefix and suffix chapters are checked like the numbered ones.
    @Test func prefixChaptersAreChecked() throws {
        let bad = "# Intro\n\n```scenario\nboot zones=\"Normal:16M\"\nexpect nr_free(Normal) == 1\n```\n"
        let book = try TemporaryBook(files: [
            "SUMMARY.md": "# B\n\n[Intro](intro.md)\n\n- [One](one.md)\n\n[End](end.md)\n",
            "intro.md": bad, "one.md": "# One\n", "end.md": "# End\n",
        ])
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(check.errors.contains("intro.md:5:8: error: expectation failed"))
        try book.write("intro.md", "# Intro\n")
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let site = book.siteFiles()
        #expect(site["intro.html"] == nil)
        #expect(String(decoding: site["index.html"]!, as: UTF8.self).contains("<h1 id=\"intro\">Intro"))
        #expect(site["end.html"] != nil)
    }
}
