/// A code block found in a document, with its info string split into words and its place in the source.
public struct CodeBlockReference: Sendable, Hashable {
    /// The info string as written after the opening fence (`scenario walkthrough`), trimmed.
    public var info: String
    /// The info string split at whitespace (`["scenario", "walkthrough"]`); empty for indented code.
    public var words: [String]
    /// The code, with a trailing newline after each line.
    public var literal: String
    /// Whether the block was fenced (``` or ~~~) rather than indented.
    public var isFenced: Bool
    /// The block's lines; a fenced block's range includes its fences.
    public var range: SourceRange

    /// Describes the code block `block`, or returns nil if `block` is not a code block.
    public init?(_ block: Block) {
        guard case .codeBlock(let info, let literal, let fenced) = block.kind else { return nil }
        self.info = info
        self.words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        self.literal = literal
        self.isFenced = fenced
        self.range = block.range
    }
}
