/// A per-page value that only a few pages have, kept for those pfns alone (usually the first
/// pfn of a folio): every other pfn reads `defaultValue`, and storing it forgets the pfn.
///
/// Model bookkeeping with no kernel counterpart: the kernel keeps such values in `struct page`
/// or `struct folio` fields; a side table keeps the memmap small.
public struct HeadPfnTable<Value: Sendable & Equatable>: Sendable {
    /// What a pfn without an entry reads.
    public let defaultValue: Value
    private var values: [Int: Value] = [:]

    init(default defaultValue: Value) { self.defaultValue = defaultValue }

    /// Whether no pfn has a value other than `defaultValue`.
    public var isEmpty: Bool { values.isEmpty }

    /// The value kept for `pfn`, or `defaultValue`.
    public internal(set) subscript(pfn: Int) -> Value {
        get { values.isEmpty ? defaultValue : values[pfn] ?? defaultValue }
        set { values[pfn] = newValue == defaultValue ? nil : newValue }
    }
}
