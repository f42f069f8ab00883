/// What the book pipeline needs from a note's Markdown: its fenced blocks with their places,
/// its title, SUMMARY.md's links, and HTML with some fenced blocks replaced.
enum MarkdownAdapter {
    /// A link of SUMMARY.md.
    struct SummaryLink {
        var title: String
        var path: String
        var depth: Int
        var line: Int
        var column: Int
        /// Whether it is in SUMMARY.md's numbered list (not a prefix or suffix chapter).
        var numbered: Bool
    }

    /// Every fenced code block of `document`, the parsed `text`, in document order.
    static func fencedBlocks(_ document: MarkdownDocument, text: String) -> [FencedBlock] {
        let lines = Book.lines(text)
        return document.codeBlocks.filter(\.isFenced).map { block in
            let range = block.range
            let open = range.startLine - 1 < lines.count ? lines[range.startLine - 1] : ""
            // The fence starts at the block's column, after any container markers (`> `, `- `).
            let fence = String(decoding: open.utf8.dropFirst(max(0, range.startColumn - 1)), as: UTF8.self)
            let fenceChar = fence.drop { $0 == " " || $0 == "\t" }.first ?? "`"
            let fenceLength = fence.drop { $0 == " " || $0 == "\t" }.prefix { $0 == fenceChar }.count
            let last = range.endLine - 1 < lines.count ? lines[range.endLine - 1] : ""
            let containers = last.prefix { $0 == " " || $0 == "\t" || $0 == ">" }
            let closing = last.dropFirst(containers.count)
            let closed =
                range.endLine > range.startLine && closing.count >= fenceLength
                && closing.prefix { $0 == fenceChar }.count >= fenceLength
                && closing.drop { $0 == fenceChar }.allSatisfy { $0 == " " || $0 == "\t" }
            return FencedBlock(
                info: block.words, literal: block.literal, startLine: range.startLine,
                endLine: range.endLine, startColumn: range.startColumn, closed: closed)
        }
    }

    /// SUMMARY.md's title and its links, with their list depth.
    static func summary(_ text: String) -> (title: String?, links: [SummaryLink]) {
        let document = MarkdownDocument.parse(text)
        var links: [SummaryLink] = []
        func visit(_ block: Block, depth: Int) {
            switch block.kind {
            case .list(_, _, let items):
                for item in items { visit(item, depth: depth + 1) }
            case .item(_, let children):
                for child in children {
                    if case .paragraph(let inlines) = child.kind {
                        for case .link(let url, _, let label) in inlines {
                            links.append(
                                SummaryLink(
                                    title: label.plainText, path: url, depth: depth,
                                    line: child.range.startLine, column: child.range.startColumn, numbered: true))
                        }
                    } else {
                        visit(child, depth: depth)
                    }
                }
            case .paragraph(let inlines) where depth < 0:
                // A prefix or suffix chapter: a link in a paragraph outside the list.
                for case .link(let url, _, let label) in inlines {
                    links.append(
                        SummaryLink(
                            title: label.plainText, path: url, depth: 0, line: block.range.startLine,
                            column: block.range.startColumn, numbered: false))
                }
            default:
                for child in block.children { visit(child, depth: depth) }
            }
        }
        visit(document.root, depth: -1)
        return (document.title, links)
    }

    /// A heading of the page outline.
    struct OutlineEntry: Equatable {
        var level: Int
        var text: String
        var id: String
    }

    /// The parsed note as HTML, with the fenced blocks that start on the given lines replaced by the
    /// given HTML, every heading given a unique id (after `idPrefix`) and a self-link, links mapped
    /// by `linkRewrite`, inline code spans by `codeSpanOverride`, tables in scroll wrappers, raw HTML and dangerous URLs dropped when `safe`, and the outline of its level-2 and level-3
    /// headings.
    static func renderHTML(
        _ document: MarkdownDocument, replacingFencedBlocksAt replacements: [Int: String], idPrefix: String = "",
        linkRewrite: @escaping (String) -> String = { $0 },
        codeSpanOverride: @escaping (String) -> String? = { _ in nil }, safe: Bool = false
    )
        -> (html: String, outline: [OutlineEntry])
    {
        final class Collector {
            var taken: Set<String> = []
            var outline: [OutlineEntry] = []
        }
        let collector = Collector()
        let headingOverride: HTMLRenderer.HeadingOverride = { heading, level, content in
            let plain = heading.plainText
            let id = idPrefix + Slug.make(plain, taken: &collector.taken)
            if level == 2 || level == 3 {
                collector.outline.append(OutlineEntry(level: level, text: plain, id: id))
            }
            return
                "<h\(level) id=\"\(HTML.escape(id))\">\(content)<a class=\"anchor\" href=\"#\(HTML.escape(id))\" "
                + "aria-label=\"Link to this section\">#</a></h\(level)>\n"
        }
        let tables = HTMLRenderer(linkRewrite: linkRewrite)
        let renderer = HTMLRenderer(
            blockOverride: { block in
                if case .table = block.kind {
                    // cmark-gfm's `align` attributes are obsolete in HTML5: the same as a style.
                    var table = tables.render(block)
                    for side in ["left", "center", "right"] {
                        table = table.replacingOccurrences(
                            of: " align=\"\(side)\">", with: " style=\"text-align: \(side)\">")
                    }
                    return "<div class=\"table-wrap\">\n" + table + "</div>\n"
                }
                guard case .codeBlock(_, _, true) = block.kind else { return nil }
                return replacements[block.range.startLine]
            },
            headingOverride: headingOverride, linkRewrite: linkRewrite, codeSpanOverride: codeSpanOverride)
        var safeRenderer = renderer
        safeRenderer.safe = safe
        let html = safeRenderer.render(document)
        return (html, collector.outline)
    }
}
