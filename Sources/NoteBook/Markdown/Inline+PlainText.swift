extension Inline {
    /// The text a reader sees: text and code kept, breaks as spaces, markup and raw HTML dropped.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text):
            text
        case .softBreak, .lineBreak:
            " "
        case .html:
            ""
        case .emphasis(let children), .strong(let children), .link(_, _, let children),
            .image(_, _, let children), .custom(_, _, let children):
            children.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees in these inlines, concatenated (see `Inline.plainText`).
    public var plainText: String { map(\.plainText).joined() }
}
