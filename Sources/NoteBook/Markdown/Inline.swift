/// A piece of inline content: text and the spans cmark parses inside paragraphs, headings and table cells.
public indirect enum Inline: Sendable, Hashable {
    /// Literal text (entities and backslash escapes already resolved).
    case text(String)
    /// A line ending inside a paragraph, rendered as a newline.
    case softBreak
    /// A hard line break (two trailing spaces or a backslash), rendered as `<br />`.
    case lineBreak
    /// A code span's content.
    case code(String)
    /// Raw inline HTML, kept as the author wrote it.
    case html(String)
    /// Emphasis (`*a*`), rendered as `<em>`.
    case emphasis([Inline])
    /// Strong emphasis (`**a**`), rendered as `<strong>`.
    case strong([Inline])
    /// A link with its destination, title (empty when absent) and text.
    case link(url: String, title: String, [Inline])
    /// An image with its source, title (empty when absent) and description.
    case image(url: String, title: String, [Inline])
    /// HTML supplied by the program rather than the author, wrapped around its children.
    case custom(onEnter: String, onExit: String, [Inline])
}
