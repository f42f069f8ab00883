/// A parsed Markdown note: cmark's CommonMark tree as Swift values, with GFM tables and task lists.
public struct MarkdownDocument: Sendable, Hashable {
    /// The document block; its children are the top-level blocks.
    public var root: Block
    /// Why the note was not parsed (it is over a documented limit); the document is then empty.
    public var refusal: MarkdownRefusal?

    /// Wraps an already built document block.
    public init(root: Block, refusal: MarkdownRefusal? = nil) {
        self.root = root
        self.refusal = refusal
    }

    /// Parses CommonMark text with cmark and adds GFM pipe tables and task list items.
    ///
    /// Raw HTML is kept, smart punctuation is off. The C tree is converted and freed before this returns.
    ///
    /// A note over `MarkdownRefusal.maxBytes`, or with a line nested deeper than
    /// `MarkdownRefusal.maxNesting`, is not parsed: its document is empty, with the refusal.
    public static func parse(_ text: String) -> MarkdownDocument {
        if let refusal = MarkdownRefusal.check(text) {
            return MarkdownDocument(
                root: Block(.document([]), range: SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 0)),
                refusal: refusal)
        }
        return MarkdownDocument(root: MarkdownParser(source: SourceText(text)).parseDocument())
    }

    /// The top-level blocks.
    public var blocks: [Block] { root.children }

    /// The plain text of the first level-1 heading, in document order, if there is one.
    public var title: String? {
        for block in root.allBlocks {
            if case .heading(1, let inlines) = block.kind {
                return inlines.plainText
            }
        }
        return nil
    }

    /// Every code block, fenced or indented, in document order (inside lists and quotes too).
    public var codeBlocks: [CodeBlockReference] {
        root.allBlocks.compactMap(CodeBlockReference.init)
    }
}
