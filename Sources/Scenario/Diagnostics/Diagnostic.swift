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
/// `severity`, `summary`, `range`, `notes` and `suggestions`, keys sorted.
public enum JSONDiagnosticWriter {
    /// The flat JSON shape of one diagnostic.
    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var id: DiagnosticID
        var severity: Diagnostic.Severity
        var summary: String
        var range: SourceRange
        var notes: [String]
        var suggestions: [Suggestion]
    }

    /// The JSON text of `diagnostics`, pretty-printed with sorted keys.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let entries = diagnostics.map {
            Entry(
                file: $0.file, line: $0.line, column: $0.column, id: $0.id, severity: $0.severity,
                summary: $0.summary, range: $0.range, notes: $0.notes, suggestions: $0.suggestions)
        }
        return (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
