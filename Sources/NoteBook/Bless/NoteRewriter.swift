import Foundation

/// Rewrites recorded output blocks in a note's text and nothing else, byte for byte.
///
/// Lines keep their own terminators (LF, CRLF, or none on a last line without a final
/// newline); new lines use the terminator the file already uses.
public enum NoteRewriter {
    /// One change to a note.
    public enum Edit: Sendable, Equatable {
        /// Replaces the lines strictly between an opening fence (1-based `openLine`) and its
        /// closing fence (`closeLine`, nil when the block runs to the end of the file unclosed).
        case replaceContent(openLine: Int, closeLine: Int?, content: String)
        /// Inserts a new output block after line `afterLine`, fenced and indented like the
        /// scenario block that precedes it.
        case insertBlock(afterLine: Int, indent: String, content: String)
    }

    /// Applies `edits` (at distinct places) to `text`.
    public static func apply(_ edits: [Edit], to text: String) -> String {
        var lines = splitKeepingTerminators(text)
        let newline =
            lines.lazy.compactMap { line -> String? in
                if line.hasSuffix("\r\n") { return "\r\n" }
                if line.hasSuffix("\n") { return "\n" }
                return nil
            }.first ?? "\n"
        // Apply from the bottom up so earlier line numbers stay valid.
        for edit in edits.sorted(by: { line(of: $0) > line(of: $1) }) {
            switch edit {
            case .replaceContent(let openLine, let closeLine, let content):
                let open = lines[openLine - 1]
                let indent = String(open.prefix { $0 == " " || $0 == "\t" })
                let fence = fenceString(of: open)
                let body = indentedLines(content, indent: indent, newline: newline)
                if let closeLine {
                    var close = lines[closeLine - 1]
                    let needed = longestFenceRun(in: content, fenceChar: fence.first ?? "`") + 1
                    var openLineText = open
                    if fence.count < needed {
                        let longer = String(repeating: fence.first ?? "`", count: needed)
                        openLineText = open.replacingFirst(fence, with: longer)
                        close = close.replacingFirst(fenceString(of: close), with: longer)
                    }
                    lines.replaceSubrange((openLine - 1)..<closeLine, with: [openLineText] + body + [close])
                } else {
                    if !(lines.last?.hasSuffix("\n") ?? true) { lines[lines.count - 1] += newline }
                    let closing = indent + fence
                    lines.replaceSubrange(
                        (openLine - 1)..<lines.count,
                        with: [ensureTerminated(open, newline)] + body + [closing + newline])
                }
            case .insertBlock(let afterLine, let indent, let content):
                if afterLine == lines.count, let last = lines.last, !last.hasSuffix("\n") {
                    lines[lines.count - 1] = last + newline
                }
                let fence = String(repeating: "`", count: max(3, longestFenceRun(in: content, fenceChar: "`") + 1))
                let block =
                    [newline, indent + fence + "output" + newline]
                    + indentedLines(content, indent: indent, newline: newline) + [indent + fence + newline]
                lines.insert(contentsOf: block, at: afterLine)
            }
        }
        return lines.joined()
    }

    static func line(of edit: Edit) -> Int {
        switch edit {
        case .replaceContent(let open, _, _): open
        case .insertBlock(let after, _, _): after
        }
    }

    /// The lines of `text`, each with its terminator.
    static func splitKeepingTerminators(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func ensureTerminated(_ line: String, _ newline: String) -> String {
        line.hasSuffix("\n") ? line : line + newline
    }

    /// `content`'s lines, each prefixed with `indent` (blank lines stay blank) and terminated.
    static func indentedLines(_ content: String, indent: String, newline: String) -> [String] {
        var parts = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts.map { ($0.isEmpty ? "" : indent) + $0 + newline }
    }

    /// The fence characters (``` or ~~~, at least three) at the start of a fence line.
    static func fenceString(of line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first == "`" || first == "~" else { return "```" }
        return String(trimmed.prefix { $0 == first })
    }

    /// The longest run of `fenceChar` at the start of any line of `content` (after indentation).
    static func longestFenceRun(in content: String, fenceChar: Character) -> Int {
        var longest = 0
        for line in content.split(separator: "\n" as Character) {
            let indented = line.drop(while: { (c: Character) in c == " " })
            longest = max(longest, indented.prefix(while: { (c: Character) in c == fenceChar }).count)
        }
        return longest
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
