import Foundation
import Testing

@testable import NoteBook

#if canImport(Glibc)
    import Glibc
#endif

/// Progress, the summary line, colors and the order of what build, check and bless print
/// (issue 15).
@Suite struct TerminalTests {
    @Test func progressCountsPagesAndErasesItself() {
        final class Lines: @unchecked Sendable {
            var text = ""
        }
        let lines = Lines()
        let progress = ProgressLine { lines.text += $0 }
        progress.start(total: 12)
        progress.finished("notes/a.md")
        progress.finished("notes/b.md")
        progress.clear()
        #expect(lines.text == "\r\u{1B}[K[ 1/12] notes/a.md\r\u{1B}[K[ 2/12] notes/b.md\r\u{1B}[K")
    }

    @Test func summaryLine() {
        #expect(
            RunSummary(pages: 14, ran: 3, cached: 83, failed: 1).line(seconds: 0.4123)
                == "14 pages, 3 scenarios run, 83 cached, 1 failed, 412 ms")
        #expect(RunSummary(pages: 1, ran: 1).line(seconds: 2.5) == "1 page, 1 scenario run, 0 cached, 0 failed, 2.50 s")
    }

    /// On a terminal (`script` gives the binary a pseudo-terminal): a progress line, colored
    /// diffs unless NO_COLOR is set, the summary, and `N passed, N failed` last.
    @Test(arguments: [false, true])
    func onATerminalProgressAndColorsUnlessNoColor(noColor: Bool) throws {
        let binary = try #require(MMBookBinary.find(), "build the mmbook executable first")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux's script")
        let book = try IncrementalBuildTests.book()
        try book.write("two.md", book.read("two.md").replacingOccurrences(of: "order=1", with: "order=2"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(binary.path)' check --notes notes", "/dev/null"]
        process.currentDirectoryURL = book.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor ? "1" : nil
        environment["TERM"] = "xterm"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("\r\u{1B}[K[1/3] notes/"))
        #expect(text.contains("\u{1B}[31m-") != noColor)
        #expect(text.contains("3 pages, "))
        #expect(text.split(whereSeparator: \.isNewline).last == "2 passed, 1 failed")
    }

    @Test func noColorsOnAPipe() {
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { pipeEnds.forEach { close($0) } }
        #expect(!Terminal.colors(descriptor: pipeEnds[1], environment: [:]))
    }

    @Test func diffColorsMarkRemovedAndAddedLines() {
        #expect(
            Terminal.colorDiffs("x\n-a\n+b\n")
                == "x\n\u{1B}[31m-a\u{1B}[0m\n\u{1B}[32m+b\u{1B}[0m\n")
    }

    /// Without a terminal: no progress, the diagnostics, the summary line, and `N passed,
    /// N failed` last on standard output.
    @Test func withoutATerminalOnlyDiagnosticsAndTheSummary() throws {
        let binary = try #require(MMBookBinary.find(), "build the mmbook executable first")
        let book = try IncrementalBuildTests.book()
        try book.write("two.md", book.read("two.md").replacingOccurrences(of: "order=1", with: "order=2"))
        for command in ["check", "build"] {
            let run = try Self.capture(binary, [command, "--notes", "notes"], in: book.root.path)
            #expect(run.status == 1)
            #expect(!run.errors.contains("\r"))
            #expect(!run.errors.contains("\u{1B}"))
            #expect(run.errors.contains("notes/two.md:"))
            let summary = try #require(run.errors.split(separator: "\n").last(where: { $0.contains(" pages, ") }))
            #expect(summary.hasPrefix("3 pages, ") && summary.contains(" failed, "))
            #expect(run.output.split(separator: "\n").last == "2 passed, 1 failed")
        }
        try book.write("two.md", IncrementalBuildTests.page("Two", order: 1))
        _ = Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false)
        let build = try Self.capture(binary, ["build", "--notes", "notes", "--out", "site"], in: book.root.path)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output.hasSuffix("\n3 passed, 0 failed\n"))
    }

    /// Runs the binary with both outputs captured (pipes: not a terminal).
    static func capture(_ binary: MMBookBinary, _ arguments: [String], in directory: String) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}
