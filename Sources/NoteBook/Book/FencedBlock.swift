/// A fenced code block of a note, with where it is in the file.
struct FencedBlock: Sendable, Equatable {
    /// The info string split into words: `scenario walkthrough` → ["scenario", "walkthrough"].
    var info: [String]
    /// The content, each line ending in a newline.
    var literal: String
    /// 1-based line of the opening fence.
    var startLine: Int
    /// 1-based line of the closing fence (the last line of the file when unclosed).
    var endLine: Int
    /// 1-based column of the opening fence.
    var startColumn: Int
    /// Whether a closing fence ends the block (cmark closes an unterminated one at the end of
    /// its container).
    var closed: Bool

    /// The first word of the info string: the block's language.
    var language: String { info.first ?? "" }
}
