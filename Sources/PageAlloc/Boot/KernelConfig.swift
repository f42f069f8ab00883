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
    /// report as the kernel does (dump_page, then a BUG line), and `check_pages_enabled` is on
    /// whatever the boot options say.
    public var debugVM: Bool
    /// The `init_on_alloc=` boot option: on by default, as in Debian's kernels
    /// (`CONFIG_INIT_ON_ALLOC_DEFAULT_ON=y`, mm/mm_init.c:2509-2516). The zeroing itself is
    /// not modelled; the option matters here because it turns `check_pages_enabled` on.
    public var initOnAlloc: Bool
    /// The `init_on_free=` boot option: off by default (`CONFIG_INIT_ON_FREE_DEFAULT_ON` is
    /// not set, mm/mm_init.c:2518-2524). Like `initOnAlloc`, it matters for
    /// `check_pages_enabled`; the zeroing on free is not modelled.
    public var initOnFree: Bool
    /// `cpu_cacheinfo.per_cpu_data_slice_size` in bytes: the size of the last-level cache
    /// divided by the number of CPUs sharing it (drivers/base/cacheinfo.c), the same for every
    /// CPU of the machine. `setup_pcp_cacheinfo()` sets `PCPF_FREE_HIGH_BATCH` from it.
    public var perCPUDataSliceSize: Int

    /// Whether the allocator checks the pages it frees and hands out.
    ///
    /// Models: the `check_pages_enabled` static key (mm/mm_init.c:2526), on from the start
    /// with CONFIG_DEBUG_VM (`DEFINE_STATIC_KEY_MAYBE`) and otherwise turned on by
    /// `mem_debugging_and_hardening_init()` (mm/mm_init.c:2534-2596) when init_on_alloc,
    /// init_on_free, page poisoning or debug_pagealloc is. The last two are not modelled (so
    /// page poisoning's precedence over init_on_*, which leaves the key on anyway, is not
    /// either). It gates `free_page_is_bad()` and `free_tail_page_prepare()`'s checks at free
    /// (mm/page_alloc.c:1102, 1368, 1385) and `check_new_pages()` at allocation (line 1755).
    public var checkPagesEnabled: Bool { debugVM || initOnAlloc || initOnFree }

    /// A configuration; the defaults are a Debian 6.18 kernel on an x86 CPU.
    public init(
        debugVM: Bool = false, initOnAlloc: Bool = true, initOnFree: Bool = false,
        perCPUDataSliceSize: Int = KernelConfig.x86PerCPUDataSliceSize
    ) {
        self.debugVM = debugVM
        self.initOnAlloc = initOnAlloc
        self.initOnFree = initOnFree
        self.perCPUDataSliceSize = perCPUDataSliceSize
    }
}
