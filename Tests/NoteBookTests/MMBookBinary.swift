import Foundation

/// The built `mmbook` executable, run as a child process by the tests that must kill it or
/// give it a current folder of its own. It sits beside the test bundle (`.build/debug/`);
/// `swift test` builds it with the tests.
struct MMBookBinary {
    /// The executable's path.
    let path: String

    /// The binary beside the running test bundle, or nil when it has not been built.
    static func find() -> MMBookBinary? {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            bundle.appendingPathComponent("mmbook").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/mmbook").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(MMBookBinary.init)
    }

    /// The test's environment without `CI`: under `CI=true` (as `.ci/run` runs) `bless`
    /// refuses to write, and these tests bless on purpose, inside their sandbox.
    static var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { $0.key != "CI" }
    }

    /// A process for `mmbook arguments...` in `directory`, not started.
    func process(_ arguments: [String], in directory: String) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = Self.environment
        return process
    }

    /// Starts `mmbook arguments...` in `directory`, its output discarded.
    func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = process(arguments, in: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `mmbook arguments...` in `directory` to the end: its exit status and standard error.
    func run(_ arguments: [String], in directory: String) throws -> (status: Int32, errors: String) {
        let process = process(arguments, in: directory)
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
