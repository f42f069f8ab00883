/// A place in a file: a 1-based line and a 1-based column counted in characters (what an
/// editor shows), never in bytes.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, Comparable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    /// The location at `line`, `column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The span of text a diagnostic or a suggestion is about; `end` is exclusive.
public struct SourceRange: Sendable, Equatable, Hashable, Codable {
    /// The first character.
    public var start: SourceLocation
    /// The location just after the last character.
    public var end: SourceLocation

    /// The range from `start` to `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The `length` characters from `column` on `line`.
    public init(line: Int, column: Int, length: Int = 1) {
        start = SourceLocation(line: line, column: column)
        end = SourceLocation(line: line, column: column + max(length, 1))
    }
}

/// A fix-it: replacing the text of `range` with `replacement` fixes the diagnostic.
public struct Suggestion: Sendable, Equatable, Hashable, Codable {
    /// The text to replace.
    public var range: SourceRange
    /// The text to put there.
    public var replacement: String

    /// A suggestion to write `replacement` over `range`.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
