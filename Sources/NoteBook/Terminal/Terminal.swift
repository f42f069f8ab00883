import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the terminal the tool writes to can show.
public enum Terminal {
    /// Whether standard error is a terminal (progress lines go there).
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to color output written to `descriptor`: only on a terminal, and never when
    /// `NO_COLOR` is set to anything (no-color.org) or `TERM` is `dumb`.
    public static func colors(
        descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        guard isatty(descriptor) == 1 else { return false }
        return environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// Writes `text` to standard error at once.
    @Sendable public static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `text` with the lines of its unified diffs colored: removed lines red, added lines
    /// green, hunk headers cyan.
    public static func colorDiffs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("--- ") || line.hasPrefix("+++ ") { return "\u{1B}[1m\(line)\u{1B}[0m" }
            if line.hasPrefix("@@ ") { return "\u{1B}[36m\(line)\u{1B}[0m" }
            if line.hasPrefix("-") { return "\u{1B}[31m\(line)\u{1B}[0m" }
            if line.hasPrefix("+") { return "\u{1B}[32m\(line)\u{1B}[0m" }
            return String(line)
        }.joined(separator: "\n")
    }
}
