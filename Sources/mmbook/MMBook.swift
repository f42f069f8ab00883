import ArgumentParser
import Foundation
import NoteBook

@main
struct MMBook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmbook",
        abstract: "Executable, verified study notes for the Linux page allocator.",
        version: MMBookVersion.string,
        subcommands: [Build.self, Check.self, Bless.self, Run.self, Links.self]
    )
}

/// Prints an action's report and exits with its status; a failed write of the output (a full
/// disk, a closed pipe, /dev/full) is reported on standard error and makes the status 1.
func finish(_ report: ActionReport) throws -> Never {
    var status = report.exitCode
    if !report.output.isEmpty, let failure = write(report.output, to: .standardOutput) {
        printToStandardError("error: cannot write the output: \(failure)\n")
        status = max(status, 1)
    }
    if !report.errors.isEmpty { printToStandardError(report.errors) }
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
