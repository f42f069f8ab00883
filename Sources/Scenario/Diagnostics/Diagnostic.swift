import Foundation

/// A message about a place in a note or script: the one diagnostics model of mmbook.
///
/// Its console rendering (`ConsoleDiagnosticWriter`, also `description`) is
/// `file:line:column: error: summary`, then the source line and a caret under the column;
/// `JSONDiagnosticWriter` writes the same values as JSON.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    /// How bad it is.
    public var severity: Severity
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// The text the diagnostic is about.
    public var range: SourceRange
    /// A stable identifier for tests and tools.
    public var id: DiagnosticID
    /// One line saying what is wrong.
    public var summary: String
    /// The text of the line, for the caret display.
    public var sourceLine: String?
    /// Further explanations, each printed as a `note:` line.
    public var notes: [String]
    /// Fix-its: replacements that would fix the problem (a did-you-mean name).
    public var suggestions: [Suggestion]

    /// A diagnostic at `line`, `column` spanning `length` characters.
    public init(
        severity: Severity = .error, file: String, line: Int, column: Int, length: Int = 1, id: DiagnosticID,
        summary: String, sourceLine: String? = nil, notes: [String] = [], suggestions: [Suggestion] = []
    ) {
        self.severity = severity
        self.file = file
        self.range = SourceRange(line: line, column: column, length: length)
        self.id = id
        self.summary = summary
        self.sourceLine = sourceLine
        self.notes = notes
        self.suggestions = suggestions
    }

    /// 1-based line of the start.
    public var line: Int { range.start.line }
    /// 1-based character column of the start.
    public var column: Int { range.start.column }

    /// The console rendering.
    public var description: String { ConsoleDiagnosticWriter.render(self) }

    enum CodingKeys: String, CodingKey {
        case severity, file, line, column, range, id, summary, sourceLine, notes, suggestions
    }

    /// Encodes every field, plus the start's `line` and `column` flat for simple consumers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(range, forKey: .range)
        try container.encode(id, forKey: .id)
        try container.encode(summary, forKey: .summary)
        try container.encodeIfPresent(sourceLine, forKey: .sourceLine)
        try container.encode(notes, forKey: .notes)
        try container.encode(suggestions, forKey: .suggestions)
    }

    /// Decodes what `encode(to:)` wrote (the flat `line` and `column` repeat `range`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        file = try container.decode(String.self, forKey: .file)
        range = try container.decode(SourceRange.self, forKey: .range)
        id = try container.decode(DiagnosticID.self, forKey: .id)
        summary = try container.decode(String.self, forKey: .summary)
        sourceLine = try container.decodeIfPresent(String.self, forKey: .sourceLine)
        notes = try container.decode([String].self, forKey: .notes)
        suggestions = try container.decode([Suggestion].self, forKey: .suggestions)
    }
}

/// Writes diagnostics the way compilers print them.
public enum ConsoleDiagnosticWriter {
    /// `file:line:column: severity: summary (did you mean 'x'?)`, the source line with a caret
    /// under the column, then one `note:` line per note.
    public static func render(_ d: Diagnostic) -> String {
        var out = "\(d.file):\(d.line):\(d.column): \(d.severity.rawValue): \(d.summary)"
        if let first = d.suggestions.first { out += " (did you mean '\(first.replacement)'?)" }
        if let sourceLine = d.sourceLine {
            out += "\n" + sourceLine + "\n"
            let prefix = sourceLine.prefix(max(d.column - 1, 0)).map { $0 == "\t" ? "\t" : " " as Character }
            out += String(prefix) + "^"
        }
        for note in d.notes { out += "\n\(d.file):\(d.line):\(d.column): note: \(note)" }
        return out
    }

    /// Every diagnostic, one rendering after another, each ending in a newline.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }
}

/// Writes diagnostics as JSON: an array of objects with `file`, `line`, `column`, `id`,
/// `severity`, `summary`, `range`, `sourceLine`, `notes` and `suggestions`, keys sorted.
public enum JSONDiagnosticWriter {
    /// The JSON text of `diagnostics`, pretty-printed with sorted keys.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(diagnostics)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
