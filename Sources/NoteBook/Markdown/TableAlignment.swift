/// The alignment a GFM table's delimiter row gives a column (`---`, `:--`, `:-:`, `--:`).
public enum TableAlignment: Sendable, Hashable {
    /// No colon: no `align` attribute.
    case none
    /// `:--`
    case left
    /// `:-:`
    case center
    /// `--:`
    case right
}
