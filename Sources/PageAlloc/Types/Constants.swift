/// Compile-time constants of the modelled kernel: Linux 6.18, x86_64, 4 KiB pages,
/// CONFIG_ZONE_DMA, CONFIG_ZONE_DMA32, CONFIG_ZONE_DEVICE, CONFIG_MEMORY_ISOLATION,
/// CONFIG_TRANSPARENT_HUGEPAGE, no CONFIG_CMA, no CONFIG_HIGHMEM (the configuration of the
/// 6.18 machine whose /proc files are in the test fixtures).
public enum Kernel {
    /// `HZ`: timer ticks per second, `CONFIG_HZ=250` as on Debian's x86_64 kernels.
    public static let hz = 250
    /// `PAGE_SHIFT` (arch/x86/include/asm/page_types.h).
    public static let pageShift = 12
    /// `PAGE_SIZE`.
    public static let pageSize = 1 << pageShift
    /// `MAX_PAGE_ORDER` (include/linux/mmzone.h): the largest buddy block is 2^10 pages.
    public static let maxPageOrder = 10
    /// `NR_PAGE_ORDERS`: `free_area[0...MAX_PAGE_ORDER]`.
    public static let nrPageOrders = maxPageOrder + 1
    /// `pageblock_order` = `HPAGE_PMD_ORDER` on x86_64 with 4 KiB pages.
    public static let pageblockOrder = 9
    /// `pageblock_nr_pages`.
    public static let pageblockNrPages = 1 << pageblockOrder
    /// `HPAGE_PMD_ORDER`: the order of a PMD-mapped transparent huge page.
    public static let hpagePmdOrder = 9
    /// `PAGE_ALLOC_COSTLY_ORDER` (include/linux/mmzone.h).
    public static let pageAllocCostlyOrder = 3
    /// `MAX_NR_ZONES` with CONFIG_ZONE_DEVICE: DMA, DMA32, Normal, Movable, Device.
    public static let maxNrZones = 5
}
