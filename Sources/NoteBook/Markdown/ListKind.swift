/// Whether a list is bulleted or numbered, and how its numbers look.
public enum ListKind: Sendable, Hashable {
    /// A bullet list (`-`, `+` or `*` markers).
    case bullet
    /// An ordered list: the first item's number and the character after the numbers.
    case ordered(start: Int, delimiter: ListDelimiter)
}
