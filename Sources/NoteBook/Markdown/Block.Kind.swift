extension Block {
    /// The kinds of block, each with its content: cmark's block types plus GFM tables.
    public enum Kind: Sendable, Hashable {
        /// The whole document.
        case document([Block])
        /// A block quote (`> `).
        case blockQuote([Block])
        /// A list: its kind, whether it is tight (items without `<p>`), and its items.
        case list(ListKind, tight: Bool, items: [Block])
        /// A list item; `task` is set for GFM task list items (`- [ ]`, `- [x]`).
        case item(task: TaskState?, [Block])
        /// A code block: the whole info string (empty for indented code), the code, and whether it was fenced.
        case codeBlock(info: String, literal: String, fenced: Bool)
        /// A raw HTML block, kept as the author wrote it.
        case htmlBlock(String)
        /// HTML supplied by the program, wrapped around child blocks.
        case customBlock(onEnter: String, onExit: String, [Block])
        /// A paragraph.
        case paragraph([Inline])
        /// An ATX (`#`) or setext (underlined) heading of level 1 to 6.
        case heading(level: Int, [Inline])
        /// A thematic break (`***`, `---`).
        case thematicBreak
        /// A GFM pipe table.
        case table(Table)
    }
}
