import ArgumentParser
import Foundation
import NoteBook

@main
struct MMBook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmbook",
        abstract: "Executable, verified study notes for the Linux page allocator.",
        version: MMBookVersion.string,
        subcommands: [Build.self, Check.self, Bless.self, Run.self, Links.self, Serve.self]
    )
}

/// Prints an action's report and exits with its status: the diagnostics and diffs (colored on
/// a terminal unless `NO_COLOR` is set) and the summary line on standard error, then the
/// standard output, whose `N passed, N failed` line comes last. A failed write of the output
/// (a full disk, a closed pipe, /dev/full) is reported on standard error and makes the status
/// 1. `started` is when the command began, for the summary line's time.
func finish(_ report: ActionReport, started: DispatchTime? = nil) throws -> Never {
    var status = report.exitCode
    var errors = report.errors
    if Terminal.colors(descriptor: STDERR_FILENO) { errors = Terminal.colorDiffs(errors) }
    if let summary = report.summary, let started {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        errors += summary.line(seconds: seconds) + "\n"
    }
    if !errors.isEmpty { printToStandardError(errors) }
    if !report.output.isEmpty, let failure = write(report.output, to: .standardOutput) {
        printToStandardError("error: cannot write the output: \(failure)\n")
        status = max(status, 1)
    }
    throw ExitCode(status)
}

/// Writes `text` to `handle`, returning why it failed (nil when it was written).
func write(_ text: String, to handle: FileHandle) -> String? {
    do {
        try handle.write(contentsOf: Data(text.utf8))
        return nil
    } catch {
        return FileSystemMessage.describe(error)
    }
}
