/// Which lines end a GFM table although cmark kept them in the paragraph the table came from.
///
/// cmark-gfm ends a table at any line that starts a block where no paragraph is open. The starts
/// that interrupt a paragraph (fences, ATX headings, quotes, non-empty bullet items, HTML blocks
/// of kinds 1 to 6, ...) never reach a table's rows here, because cmark already ended the
/// paragraph there. What is left are the starts that cannot interrupt a paragraph: indented
/// code, empty list items and ordered items not numbered 1, the `---` that cmark read as a setext
/// underline (a thematic break after a table), and HTML blocks of kind 7 (a lone tag).
enum TableEnd {
    /// Whether `line` (container prefixes removed) starts a block after a table.
    static func startsBlock(_ line: [UInt8]) -> Bool {
        var cursor = LineCursor(line)
        let indent = cursor.indentation
        if indent >= 4 { return true }
        cursor.consumeColumns(indent)
        let rest = cursor.rest
        return isListMarker(rest) || isThematicBreak(rest) || isLoneTag(rest)
    }

    private static func isListMarker(_ line: [UInt8]) -> Bool {
        guard let first = line.first else { return false }
        var end: Int
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            end = 1
        } else {
            let digits = line.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count
            guard (1...9).contains(digits), digits < line.count,
                line[digits] == UInt8(ascii: ".") || line[digits] == UInt8(ascii: ")")
            else { return false }
            end = digits + 1
        }
        return end == line.count || line[end].isSpaceOrTab
    }

    private static func isThematicBreak(_ line: [UInt8]) -> Bool {
        guard let first = line.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
        else { return false }
        let marks = line.filter { !$0.isSpaceOrTab }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    private static func isLoneTag(_ line: [UInt8]) -> Bool {
        guard line.first == UInt8(ascii: "<") else { return false }
        let text = String(decoding: line, as: UTF8.self)
        let openTag =
            /<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>[ \t]*/
        let closingTag = /<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>[ \t]*/
        return text.wholeMatch(of: openTag) != nil || text.wholeMatch(of: closingTag) != nil
    }
}
