/// The state of a GFM task list item's checkbox (`- [ ]` or `- [x]`).
public enum TaskState: Sendable, Hashable {
    /// `[ ]`
    case unchecked
    /// `[x]` or `[X]`
    case checked
}
