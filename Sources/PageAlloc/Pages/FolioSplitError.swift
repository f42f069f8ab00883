/// Why `split_folio()` refused to split a folio.
///
/// Models: the error returns of `__folio_split()` (mm/huge_memory.c, 6.18).
public enum FolioSplitError: Error, Sendable, Equatable {
    /// `-EINVAL`: not a large folio (nothing to split).
    case invalid
    /// `-EBUSY`: the folio is under writeback, or is neither anonymous nor in a file mapping
    /// (a folio fresh from the allocator), or a hugetlb folio.
    case busy
    /// `-EAGAIN`: references other than its mappings and the caller's are held (a GUP pin, a
    /// speculative lookup), so the count cannot be frozen.
    case again

    /// The kernel's errno value (positive).
    public var errno: Int {
        switch self {
        case .invalid: 22
        case .busy: 16
        case .again: 11
        }
    }
}
