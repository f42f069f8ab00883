import Foundation

/// Rewrites recorded output blocks in a note's text and nothing else, byte for byte.
///
/// Lines keep their own terminators (LF, CRLF, a lone CR, or none on a last line without a
/// final newline); new lines use the terminator the file already uses. A block inside a
/// blockquote or a list item keeps its container: every line written carries the prefix
/// (`> `, the item's indentation) that the scenario's closing fence has.
public enum NoteRewriter {
    /// One change to a note.
    public enum Edit: Sendable, Equatable {
        /// Replaces the lines strictly between an opening fence (1-based `openLine`) and its
        /// closing fence (`closeLine`).
        case replaceContent(openLine: Int, closeLine: Int, content: String)
        /// Inserts a new output block after line `afterLine`, the closing fence of a scenario
        /// block, inside the same containers as that fence.
        case insertBlock(afterLine: Int, content: String)
    }

    /// Applies `edits` (at distinct places) to `text`.
    public static func apply(_ edits: [Edit], to text: String) -> String {
        var lines = splitKeepingTerminators(text)
        let newline = lines.lazy.map(terminator(of:)).first { !$0.isEmpty } ?? "\n"
        // Apply from the bottom up so earlier line numbers stay valid.
        for edit in edits.sorted(by: { line(of: $0) > line(of: $1) }) {
            switch edit {
            case .replaceContent(let openLine, let closeLine, let content):
                let open = lines[openLine - 1]
                var close = lines[closeLine - 1]
                let fence = fenceString(of: open)
                let prefix = containerPrefix(ofFenceLine: close)
                let body = prefixedLines(content, prefix: prefix, newline: newline)
                let needed = longestFenceRun(in: content, fenceChar: fence.first ?? "`") + 1
                var openLineText = open
                if fence.count < needed {
                    let longer = String(repeating: fence.first ?? "`", count: needed)
                    openLineText = open.replacingFirst(fence, with: longer)
                    close = close.replacingFirst(fenceString(of: close), with: longer)
                }
                lines.replaceSubrange((openLine - 1)..<closeLine, with: [openLineText] + body + [close])
            case .insertBlock(let afterLine, let content):
                let prefix = containerPrefix(ofFenceLine: lines[afterLine - 1])
                if terminator(of: lines[afterLine - 1]).isEmpty { lines[afterLine - 1] += newline }
                let fence = String(repeating: "`", count: max(3, longestFenceRun(in: content, fenceChar: "`") + 1))
                let blank = String(prefix.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
                let block =
                    [blank + newline, prefix + fence + "output" + newline]
                    + prefixedLines(content, prefix: prefix, newline: newline) + [prefix + fence + newline]
                lines.insert(contentsOf: block, at: afterLine)
            }
        }
        return lines.joined()
    }

    static func line(of edit: Edit) -> Int {
        switch edit {
        case .replaceContent(let open, _, _): open
        case .insertBlock(let after, _): after
        }
    }

    /// The lines of `text`, each with its terminator (LF, CRLF or a lone CR, as CommonMark
    /// counts lines).
    static func splitKeepingTerminators(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" {
                    current.append(scalar)
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                    continue
                }
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            if scalar == "\r" {
                pendingCR = true
            } else if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// A line's terminator: "\r\n", "\n", "\r", or "" for a last line without one.
    static func terminator(of line: String) -> String {
        let scalars = line.unicodeScalars
        if scalars.last == "\n" { return scalars.dropLast().last == "\r" ? "\r\n" : "\n" }
        return scalars.last == "\r" ? "\r" : ""
    }

    /// What precedes the fence on a fence line: the blockquote markers and indentation of the
    /// containers the block is in (`> `, `  `, `>   `).
    static func containerPrefix(ofFenceLine line: String) -> String {
        String(line.prefix { $0 != "`" && $0 != "~" })
    }

    /// `content`'s lines, each prefixed with `prefix` (blank lines get the prefix without its
    /// trailing spaces, so a blockquote stays a blockquote) and terminated.
    static func prefixedLines(_ content: String, prefix: String, newline: String) -> [String] {
        var parts = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        let blank = String(prefix.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        return parts.map { ($0.isEmpty ? blank : prefix + $0) + newline }
    }

    /// The fence characters (``` or ~~~, at least three) at the start of a fence line, after
    /// its container prefix.
    static func fenceString(of line: String) -> String {
        let trimmed = line.drop { $0 != "`" && $0 != "~" }
        guard let first = trimmed.first else { return "```" }
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
