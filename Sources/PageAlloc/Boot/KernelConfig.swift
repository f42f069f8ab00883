/// The boot-time facts about the simulated kernel and CPU that the page allocator reads but
/// that are not memory layout: build options and CPU cache geometry.
public struct KernelConfig: Sendable, Equatable {
    /// The x86 default of `perCPUDataSliceSize`: 2 MiB, the last-level-cache share of one
    /// core on common x86 parts (an Intel L3 slice is 1.25-2.5 MiB per core; an AMD Zen L3 is
    /// 4 MiB per core). Any slice above `3 * batch` pages (at most 3 x 63 pages = 756 KiB) sets
    /// `PCPF_FREE_HIGH_BATCH`, so every x86 CPU with 1 MiB of last-level cache per core or more
    /// behaves alike.
    public static let x86PerCPUDataSliceSize = 2 << 20

    /// `CONFIG_DEBUG_VM`: off as in distribution kernels. When on, `VM_BUG_ON_PAGE()` checks
    /// report as the kernel does (dump_page, then a BUG line).
    public var debugVM: Bool
    /// `cpu_cacheinfo.per_cpu_data_slice_size` in bytes: the size of the last-level cache
    /// divided by the number of CPUs sharing it (drivers/base/cacheinfo.c), the same for every
    /// CPU of the machine. `setup_pcp_cacheinfo()` sets `PCPF_FREE_HIGH_BATCH` from it.
    public var perCPUDataSliceSize: Int

    public init(debugVM: Bool = false, perCPUDataSliceSize: Int = KernelConfig.x86PerCPUDataSliceSize) {
        self.debugVM = debugVM
        self.perCPUDataSliceSize = perCPUDataSliceSize
    }
}
