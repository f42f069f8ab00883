/// The character that follows the number of an ordered list item.
public enum ListDelimiter: Sendable, Hashable {
    /// `1.`
    case period
    /// `1)`
    case parenthesis
}
