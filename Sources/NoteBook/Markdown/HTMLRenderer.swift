/// Renders `Block` trees to HTML exactly as `cmark --unsafe` does, tables and task lists as
/// cmark-gfm does, with hooks to replace blocks and headings.
///
/// Raw HTML from the note is written as is: notes are trusted content, as in mdBook and Zola.
/// With `safe` (`mmbook build --safe`) it renders as cmark's safe mode does: raw HTML becomes
/// `<!-- raw HTML omitted -->` (so no script, event handler or style of the note reaches the
/// page), and links and images to `javascript:`, `vbscript:`, `file:` and non-image `data:`
/// URLs lose their URL. Output depends only on the tree, the hooks and `safe`.
public struct HTMLRenderer {
    /// Given a heading block, its level and its rendered content, returns the heading's HTML.
    public typealias HeadingOverride = (_ heading: Block, _ level: Int, _ contentHTML: String) -> String?

    /// Returns the HTML to write instead of a block (for example a highlighted scenario), or nil
    /// to render the block the default way. It is asked about every block, nested ones included.
    public var blockOverride: (Block) -> String?
    /// Returns the HTML of a heading (for example with an `id` and an anchor), or nil for the
    /// default `<hN>content</hN>`.
    public var headingOverride: HeadingOverride
    /// Maps a link's destination before it is written (for example `buddy.md` to `buddy.html`).
    public var linkRewrite: (String) -> String
    /// Returns the HTML of an inline code span outside links (for example the span linked to
    /// the symbol index), or nil for the default `<code>…</code>`.
    public var codeSpanOverride: (String) -> String?
    /// Whether raw HTML and dangerous URLs are dropped (cmark's default, safe mode).
    public var safe = false

    /// Creates a renderer; without hooks it renders like cmark.
    public init(
        blockOverride: @escaping (Block) -> String? = { _ in nil },
        headingOverride: @escaping HeadingOverride = { _, _, _ in nil },
        linkRewrite: @escaping (String) -> String = { $0 },
        codeSpanOverride: @escaping (String) -> String? = { _ in nil }
    ) {
        self.blockOverride = blockOverride
        self.headingOverride = headingOverride
        self.linkRewrite = linkRewrite
        self.codeSpanOverride = codeSpanOverride
    }

    /// What safe mode writes for raw HTML, as cmark does.
    static let omitted = "<!-- raw HTML omitted -->"

    /// Whether a URL may run code or read local files: cmark's `_scan_dangerous_url`
    /// (`javascript:`, `vbscript:`, `file:`, and `data:` unless an image).
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
                lower.hasPrefix($0)
            }
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }

    /// The HTML of a whole document.
    public func render(_ document: MarkdownDocument) -> String {
        render(document.root)
    }

    /// The HTML of one block and what it contains.
    public func render(_ block: Block) -> String {
        var output = ""
        write(block, tight: false, to: &output)
        return output
    }

    /// The HTML of inline content, as inside a paragraph.
    public func render(_ inlines: [Inline]) -> String {
        var output = ""
        write(inlines, to: &output)
        return output
    }

    /// Starts a new line unless the output is empty or already at one (cmark's `cr`).
    private func newline(_ output: inout String) {
        if let last = output.utf8.last, last != UInt8(ascii: "\n") {
            output += "\n"
        }
    }

    private func write(_ blocks: [Block], tight: Bool, to output: inout String) {
        for block in blocks {
            write(block, tight: tight, to: &output)
        }
    }

    /// Writes `block`; `tight` is set for the children of an item of a tight list, whose
    /// paragraphs lose their `<p>`.
    private func write(_ block: Block, tight: Bool, to output: inout String) {
        if let replacement = blockOverride(block) {
            newline(&output)
            output += replacement
            newline(&output)
            return
        }
        switch block.kind {
        case .document(let children):
            write(children, tight: false, to: &output)
        case .blockQuote(let children):
            newline(&output)
            output += "<blockquote>\n"
            write(children, tight: false, to: &output)
            newline(&output)
            output += "</blockquote>\n"
        case .list(let kind, let isTight, let items):
            newline(&output)
            switch kind {
            case .bullet: output += "<ul>\n"
            case .ordered(1, _): output += "<ol>\n"
            case .ordered(let start, _): output += "<ol start=\"\(start)\">\n"
            }
            write(items, tight: isTight, to: &output)
            output += kind == .bullet ? "</ul>\n" : "</ol>\n"
        case .item(let task, let children):
            newline(&output)
            output += "<li>"
            switch task {
            case .checked?: output += "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
            case .unchecked?: output += "<input type=\"checkbox\" disabled=\"\" /> "
            case nil: break
            }
            write(children, tight: tight, to: &output)
            output += "</li>\n"
        case .codeBlock(let info, let literal, _):
            newline(&output)
            let language = info.unicodeScalars.prefix(while: { !Self.isSpace($0) })
            output +=
                language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTML.escape(String(language)))\">"
            output += HTML.escape(literal)
            output += "</code></pre>\n"
        case .htmlBlock(let html):
            newline(&output)
            output += safe ? HTMLRenderer.omitted : html
            newline(&output)
        case .customBlock(let onEnter, let onExit, let children):
            newline(&output)
            output += onEnter
            newline(&output)
            write(children, tight: false, to: &output)
            newline(&output)
            output += onExit
            newline(&output)
        case .paragraph(let inlines):
            if tight {
                write(inlines, to: &output)
            } else {
                newline(&output)
                output += "<p>"
                write(inlines, to: &output)
                output += "</p>\n"
            }
        case .heading(let level, let inlines):
            newline(&output)
            let content = render(inlines)
            if let replacement = headingOverride(block, level, content) {
                output += replacement
                newline(&output)
            } else {
                output += "<h\(level)>\(content)</h\(level)>\n"
            }
        case .thematicBreak:
            newline(&output)
            output += "<hr />\n"
        case .table(let table):
            write(table, to: &output)
        }
    }

    /// cmark's `cmark_isspace`, which ends the language word of an info string.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\r"
    }

    private func write(_ table: Table, to output: inout String) {
        newline(&output)
        output += "<table>\n<thead>\n"
        write(row: table.header, cell: "th", alignments: table.alignments, to: &output)
        output += "\n</thead>"
        if !table.rows.isEmpty {
            output += "\n<tbody>\n"
            for (index, row) in table.rows.enumerated() {
                if index > 0 {
                    output += "\n"
                }
                write(row: row, cell: "td", alignments: table.alignments, to: &output)
            }
            output += "\n</tbody>"
        }
        output += "\n</table>\n"
    }

    private func write(row: [TableCell], cell: String, alignments: [TableAlignment], to output: inout String) {
        output += "<tr>"
        for (index, content) in row.enumerated() {
            output += "\n<\(cell)"
            switch index < alignments.count ? alignments[index] : .none {
            case .none: break
            case .left: output += " align=\"left\""
            case .center: output += " align=\"center\""
            case .right: output += " align=\"right\""
            }
            output += ">"
            write(content.inlines, to: &output)
            output += "</\(cell)>"
        }
        output += "\n</tr>"
    }

    private func write(_ inlines: [Inline], to output: inout String) {
        for inline in inlines {
            write(inline, to: &output)
        }
    }

    private func write(_ inline: Inline, to output: inout String) {
        switch inline {
        case .text(let text):
            output += HTML.escape(text)
        case .softBreak:
            output += "\n"
        case .lineBreak:
            output += "<br />\n"
        case .code(let code):
            output += codeSpanOverride(code) ?? "<code>\(HTML.escape(code))</code>"
        case .html(let html):
            output += safe ? HTMLRenderer.omitted : html
        case .emphasis(let children):
            output += "<em>"
            write(children, to: &output)
            output += "</em>"
        case .strong(let children):
            output += "<strong>"
            write(children, to: &output)
            output += "</strong>"
        case .link(let url, let title, let children):
            output += "<a href=\"\(safe && HTMLRenderer.isDangerous(url) ? "" : HTML.escapeURL(linkRewrite(url)))\""
            if !title.isEmpty {
                output += " title=\"\(HTML.escape(title))\""
            }
            output += ">"
            var inLink = self
            inLink.codeSpanOverride = { _ in nil }
            inLink.write(children, to: &output)
            output += "</a>"
        case .image(let url, let title, let children):
            output += "<img src=\"\(safe && HTMLRenderer.isDangerous(url) ? "" : HTML.escapeURL(url))\" alt=\""
            writeAlt(children, to: &output)
            output += "\""
            if !title.isEmpty {
                output += " title=\"\(HTML.escape(title))\""
            }
            output += " />"
        case .custom(let onEnter, let onExit, let children):
            output += onEnter
            write(children, to: &output)
            output += onExit
        }
    }

    /// An image description as cmark writes it into `alt`: text, code and raw HTML escaped,
    /// breaks as spaces, all markup dropped.
    private func writeAlt(_ inlines: [Inline], to output: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text), .html(let text):
                output += HTML.escape(text)
            case .softBreak, .lineBreak:
                output += " "
            case .emphasis(let children), .strong(let children), .link(_, _, let children),
                .image(_, _, let children), .custom(_, _, let children):
                writeAlt(children, to: &output)
            }
        }
    }
}
