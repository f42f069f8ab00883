extension Kernel {
    /// `clamp(val, lo, hi)` and `clamp_t()`.
    ///
    /// Models: `__clamp()` (include/linux/minmax.h): `hi` when `val >= hi`, else `lo` when
    /// `val <= lo`, else `val`. When `lo > hi` this differs from `min(max(val, lo), hi)`: a
    /// value below `hi` comes out as `lo`.
    static func clamp(_ val: Int, _ lo: Int, _ hi: Int) -> Int {
        val >= hi ? hi : (val <= lo ? lo : val)
    }
}
