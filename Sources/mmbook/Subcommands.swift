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

    func run() throws { try finish(Actions.build(notes: notes, out: out, safe: safe)) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify that every recorded output still matches the simulation; write nothing.")

    @Option(help: "The notes folder (with SUMMARY.md).") var notes = "notes"
    @Option(help: "Output format: text, or json (the counts and every diagnostic).") var format: Actions.RunFormat =
        .text

    func run() throws { try finish(Actions.check(notes: notes, format: format)) }
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
        let ci = ProcessInfo.processInfo.environment["CI"] == "true"
        try finish(Actions.bless(notes: notes, targets: targets, dryRun: dryRun, force: force, ci: ci))
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

/// Writes `text` to standard error; a failed write there has nowhere to be reported, and
/// the exit status already says what happened, so it is ignored rather than trapping.
func printToStandardError(_ text: String) {
    _ = write(text, to: .standardError)
}

extension Actions.RunFormat: ExpressibleByArgument {}
