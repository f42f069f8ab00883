/// A parsed Markdown note: cmark's CommonMark tree as Swift values, with GFM tables and task lists.
public struct MarkdownDocument: Sendable, Hashable {
    /// The document block; its children are the top-level blocks.
    public var root: Block

    /// Wraps an already built document block.
    public init(root: Block) {
        self.root = root
    }

    /// Parses CommonMark text with cmark and adds GFM pipe tables and task list items.
    ///
    /// Raw HTML is kept, smart punctuation is off. The C tree is converted and freed before this returns.
    public static func parse(_ text: String) -> MarkdownDocument {
        MarkdownDocument(root: MarkdownParser(source: SourceText(text)).parseDocument())
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
