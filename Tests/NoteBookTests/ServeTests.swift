import Foundation
import Testing

@testable import NoteBook

#if canImport(Glibc)
    import Glibc
#endif

/// `mmbook serve` end to end: the real binary in a sandbox book, spoken to over raw sockets
/// (issue 15).
@Suite(.serialized) struct ServeTests {
    /// A served book: the process, its port, and what it printed.
    final class Served {
        let process: Process
        let port: UInt16
        let errors: Pipe

        init(_ binary: MMBookBinary, book: TemporaryBook) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: binary.path)
            process.arguments = ["serve", "--notes", "notes", "--port", "0"]
            process.currentDirectoryURL = book.root
            let output = Pipe()
            errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // `serving http://127.0.0.1:PORT/ (Ctrl-C stops)`, once the first build is done.
            var line: [UInt8] = []
            let handle = output.fileHandleForReading
            while !line.contains(UInt8(ascii: "\n")) {
                let data = handle.availableData
                if data.isEmpty { break }
                line += data
            }
            let text = String(decoding: line, as: UTF8.self)
            let digits = text.split(separator: ":").last?.prefix { $0.isNumber } ?? ""
            port = UInt16(digits) ?? 0
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    static let summary = "# Served\n\n- [One](one.md)\n- [Two](two.md)\n"

    @Test func servesReloadsRefusesAndStops() throws {
        let binary = try #require(MMBookBinary.find(), "build the mmbook executable first")
        let book = try TemporaryBook(files: [
            "SUMMARY.md": Self.summary, "one.md": IncrementalBuildTests.page("One", order: 0),
            "two.md": IncrementalBuildTests.page("Two", order: 1),
        ])
        #expect(Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false).exitCode == 0)
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let written = book.siteFiles()
        let served = try Served(binary, book: book)
        try #require(served.port != 0)

        // The served bytes are the written ones plus the reload script.
        let page = try LoopbackClient.fetch("/two.html", port: served.port)
        #expect(page.status == 200)
        let script = SiteHandler.reloadScript
        #expect(
            page.body.replacingOccurrences(of: script, with: "")
                == String(decoding: written["two.html"] ?? Data(), as: UTF8.self))
        // The book has no introduction: "/" is its contents page, which links the chapters.
        #expect(try LoopbackClient.fetch("/", port: served.port).body.contains("one.html"))

        // Outside the site: refused or not found, never a file of the disk.
        try FileManager.default.createSymbolicLink(atPath: book.notes + "/leak", withDestinationPath: "/etc")
        for target in [
            "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/one.html/../../x",
            "/%2Fetc%2Fpasswd", "//etc/passwd", "/leak/passwd", "/notes/one.md", "/..\\..\\etc\\passwd",
        ] {
            let answer = try LoopbackClient.fetch(target, port: served.port)
            #expect([403, 404].contains(answer.status), "\(target): \(answer.status)")
            #expect(!answer.body.contains("root:"))
        }

        // A client that leaves mid-stream is harmless.
        let leaving = try LoopbackClient(port: served.port)
        leaving.get(SiteHandler.eventsPath, keepAlive: true)
        _ = try leaving.read(until: "retry:")
        let slow = try LoopbackClient(port: served.port)
        slow.get("/one.html", keepAlive: true)
        _ = try slow.read(until: "\r\n\r\n")
        withExtendedLifetime(leaving) {}
        withExtendedLifetime(slow) {}

        // An edit reaches the event stream and the page within a second.
        let events = try LoopbackClient(port: served.port)
        events.get(SiteHandler.eventsPath, keepAlive: true)
        #expect(try events.read(until: "retry:").contains("text/event-stream"))
        let edited = book.read("two.md").replacingOccurrences(of: "Text of Two.", with: "Freshly edited.")
        let start = Date()
        try book.replace("two.md", edited)
        _ = try events.read(until: "event: reload")
        let after = try LoopbackClient.fetch("/two.html", port: served.port)
        let elapsed = Date().timeIntervalSince(start)
        #expect(after.body.contains("Freshly edited."))
        #expect(elapsed < 1, "\(elapsed) s from the edit to the new page")

        // A failing build shows its located problems and keeps the last good page.
        try book.replace("two.md", edited.replacingOccurrences(of: "GFP_KERNEL, 1", with: "GFP_KERNEL, 2"))
        _ = try events.read(until: "event: reload\ndata: \n\n")
        let failing = try LoopbackClient.fetch("/two.html", port: served.port)
        #expect(failing.status == 200)
        #expect(failing.body.contains("mmbook-error") && failing.body.contains("notes/two.md:"))
        #expect(failing.body.contains("Freshly edited."))

        // Only 127.0.0.1 listens.
        #expect(throws: LoopbackClient.Failure.self) { try LoopbackClient(host: "127.0.0.2", port: served.port) }

        // Ctrl-C stops it cleanly.
        kill(served.process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while served.process.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!served.process.isRunning)
        #expect(served.process.terminationReason == .exit && served.process.terminationStatus == 0)
        let log = String(decoding: served.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("notes/two.md:"))
        #expect(log.hasSuffix("stopped\n"))
    }

    /// A file a scenario reads (`boot zoneinfo=`, in a folder of its own) is watched too: a
    /// change reaches the browser within a second.
    @Test func reloadsWhenAFileAScenarioReadsChanges() throws {
        let binary = try #require(MMBookBinary.find(), "build the mmbook executable first")
        let book = try ExactCacheTests.blessedBook()
        let served = try Served(binary, book: book)
        try #require(served.port != 0)
        let events = try LoopbackClient(port: served.port)
        events.get(SiteHandler.eventsPath, keepAlive: true)
        _ = try events.read(until: "retry:")
        let start = Date()
        try book.write("m/z.txt", "not a zoneinfo file\n")
        _ = try events.read(until: "event: reload")
        let page = try LoopbackClient.fetch("/b.html", port: served.port)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(page.body.contains("mmbook-error") && page.body.contains("notes/b.md:"))
        kill(served.process.processIdentifier, SIGINT)
        served.process.waitUntilExit()
        #expect(served.process.terminationStatus == 0)
    }

    @Test(arguments: [
        ("/", SiteHandler.Route.file("index.html")), ("/a/b.html", .file("a/b.html")), ("/a/", .file("a/index.html")),
        ("/a%20b.html", .file("a b.html")), ("/__mmbook/events", .events), ("/../x", .refused),
        ("/a/%2e%2e/x", .refused), ("/a/./x", .refused), ("/a//x", .refused), ("x", .refused),
        ("http://127.0.0.1/x", .refused), ("/%zz", .refused), ("/a%00b", .refused), ("/a%5c..%5cb", .refused),
    ])
    func routes(raw: String, route: SiteHandler.Route) {
        #expect(SiteHandler.sitePath(raw) == route)
    }

    /// The watcher's walk (`readdir`, since FileManager's enumerator was 15% of a rebuild)
    /// lists what the enumerator lists: nested and hidden entries, a symlinked folder as an
    /// entry that is not descended into.
    @Test func watchedEntriesAreWhatTheEnumeratorLists() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "a/b/c.md": "# C\n", ".hidden/x": "x"])
        let outside = book.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("y".utf8).write(to: outside.appendingPathComponent("y.md"))
        try FileManager.default.createSymbolicLink(
            atPath: book.notes + "/linked", withDestinationPath: outside.path)
        let walked = WatchedFiles.entries(under: book.notes)
        var listed: Set<String> = []
        for case let entry as String in FileManager.default.enumerator(atPath: book.notes)! {
            listed.insert(book.notes + "/" + entry)
        }
        #expect(Set(walked.map(\.path)) == listed)
        #expect(listed.contains(book.notes + "/a/b/c.md") && listed.contains(book.notes + "/.hidden/x"))
        #expect(walked.first { $0.path == book.notes + "/linked" }?.type == UInt8(DT_LNK))
        #expect(walked.first { $0.path == book.notes + "/a" }?.type == UInt8(DT_DIR))
        #expect(!walked.contains { $0.path.hasSuffix("/y.md") })
    }
}
