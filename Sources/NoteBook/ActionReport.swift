/// What a command printed and how it ended.
public struct ActionReport: Error, Sendable, Equatable {
    /// Standard output.
    public var output: String
    /// Standard error: diagnostics and diffs.
    public var errors: String
    /// The process exit status.
    public var exitCode: Int32

    public init(output: String = "", errors: String = "", exitCode: Int32 = 0) {
        self.output = output
        self.errors = errors
        self.exitCode = exitCode
    }
}
