import ArgumentParser
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

/// Prints an action's report and exits with its status.
func finish(_ report: ActionReport) throws -> Never {
    if !report.output.isEmpty { print(report.output, terminator: "") }
    if !report.errors.isEmpty { printToStandardError(report.errors) }
    throw ExitCode(report.exitCode)
}
