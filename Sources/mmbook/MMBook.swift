import ArgumentParser
import NoteBook

@main
struct MMBook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmbook",
        abstract: "Executable, verified study notes for the Linux page allocator.",
        version: MMBookVersion.string
    )
}
