import ArgumentParser
import Foundation
import NoteBook

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every scenario, verify the notes, and write the site atomically.")

    @Option(help: "The notes folder (with SUMMARY.md).") var notes = "notes"
    @Option(help: "The site folder to write.") var out = "site"
    @Flag(help: "Drop the notes' raw HTML and javascript: URLs (notes are trusted content by default).")
    var safe = false

    func run() throws {
        let started = DispatchTime.now()
        try finish(
            Actions.build(notes: notes, out: out, safe: safe, progress: ProgressLine.forTerminal()), started: started)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify that every recorded output still matches the simulation; write nothing.")

    @Option(help: "The notes folder (with SUMMARY.md).") var notes = "notes"
    @Option(help: "Output format: text, or json (the counts and every diagnostic).") var format: Actions.RunFormat =
        .text

    func run() throws {
        let started = DispatchTime.now()
        try finish(Actions.check(notes: notes, format: format, progress: ProgressLine.forTerminal()), started: started)
    }
}

struct Links: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the external links of the site the notes build (page and URL); fetch nothing.")

    @Option(help: "The notes folder (with SUMMARY.md).") var notes = "notes"

    func run() throws { try finish(Actions.links(notes: notes)) }
}

struct Bless: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite recorded outputs with what the simulation prints now, and nothing else.")

    @Option(help: "The notes folder (with SUMMARY.md).") var notes = "notes"
    @Argument(help: "Notes to bless, optionally FILE:LINE for one block (default: all).") var targets: [String] = []
    @Flag(help: "Show what would change without writing.") var dryRun = false
    @Flag(help: "Bless even when CI=true.") var force = false

    func run() throws {
        let started = DispatchTime.now()
        let ci = ProcessInfo.processInfo.environment["CI"] == "true"
        try finish(
            Actions.bless(
                notes: notes, targets: targets, dryRun: dryRun, force: force, ci: ci,
                progress: ProgressLine.forTerminal()),
            started: started)
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a scenario script in the terminal.")

    @Argument(help: "The script, or - for standard input.") var file: String
    @Flag(help: "Print kmem tracepoints as ftrace lines.") var trace = false
    @Option(help: "Output format: text or json.") var format: Actions.RunFormat = .text
    @Flag(help: "Let boot zoneinfo= read files outside the script's folder.") var allowOutsideFiles = false

    func run() throws {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                printToStandardError("error: cannot read '\(file)'\n")
                throw ExitCode(2)
            }
            text = String(decoding: data, as: UTF8.self)
        }
        try finish(
            Actions.run(
                script: text, name: file == "-" ? "<stdin>" : file, trace: trace, format: format,
                allowOutsideFiles: allowOutsideFiles))
    }
}

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site in memory, serve it on 127.0.0.1, rebuild and reload browsers on every change.")

    @Option(help: "The notes folder (with SUMMARY.md).") var notes = "notes"
    @Option(help: "The port on 127.0.0.1 (0: any free port).") var port: UInt16 = 3000
    @Flag(help: "Open the site in a browser (xdg-open).") var open = false

    func run() throws {
        let server = SiteServer(notes: notes, port: port, colors: Terminal.colors(descriptor: STDERR_FILENO))
        let done = DispatchSemaphore(value: 0)
        let status = ExitStatus()
        // Ctrl-C and SIGTERM stop the server; the default handlers would kill it mid-response.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { Task { await server.stop() } }
            source.resume()
            sources.append(source)
        }
        let openBrowser = open
        Task {
            do {
                try await server.run { url in
                    FileHandle.standardOutput.write(Data("serving \(url) (Ctrl-C stops)\n".utf8))
                    if openBrowser { Serve.openInBrowser(url) }
                }
                printToStandardError("stopped\n")
            } catch {
                printToStandardError("error: cannot serve on 127.0.0.1:\(port): \(error)\n")
                status.set(1)
            }
            done.signal()
        }
        done.wait()
        sources.forEach { $0.cancel() }
        throw ExitCode(status.value)
    }

    /// Opens `url` with `xdg-open`, if there is one; a failure only prints a note.
    static func openInBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { printToStandardError("note: cannot open a browser; open \(url)\n") }
    }
}

/// The exit status of a command that ends on another thread.
final class ExitStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var status: Int32 = 0
    var value: Int32 { lock.withLock { status } }
    func set(_ value: Int32) { lock.withLock { status = value } }
}

/// Writes `text` to standard error; a failed write there has nowhere to be reported, and
/// the exit status already says what happened, so it is ignored rather than trapping.
func printToStandardError(_ text: String) {
    _ = write(text, to: .standardError)
}

extension Actions.RunFormat: ExpressibleByArgument {}
