import Testing

@testable import PageAlloc

/// The allocation slow path on a 16 MiB ZONE_NORMAL (4096 pages from pfn 0x100000, eight
/// pageblocks), following `__alloc_pages_slowpath()`, `__alloc_pages_direct_compact()`,
/// `__alloc_pages_may_oom()`, `out_of_memory()` and `warn_alloc()` (mm/page_alloc.c,
/// mm/oom_kill.c, Linux 6.18).
///
/// Watermarks by hand (see FallbackTests): min 128, low 160, high 192. Every page is first
/// allocated with `__GFP_MEMALLOC` (the slow path's `ALLOC_NO_WATERMARKS` retry lets it take
/// the last page) and without `__GFP_KSWAPD_RECLAIM`; the order-0 blocks come out in ascending
/// pfn order, as `expand()` hands out the lowest part of each split.
@Suite struct SlowpathTests {
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    /// A zone where every other page is in use and every other page is free: 2048 free order-0
    /// blocks, no free block of order 1 or more. The pages in use at odd pfns are dirty page
    /// cache when `cache` is set (migratable, not reclaimable), else plain allocations.
    static func checkerboard(cache: Bool) throws -> Machine {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let pages = m.fill(Machine.fillMovable, order: 0, count: 4096)
        try #require(pages.count == 4096)
        for pfn in pages {
            if pfn & 1 == 1 {
                if cache { try #require(m.markPageCache(pfn, order: 0, dirty: true) == true) }
            } else {
                m.freePages(pfn, order: 0)
            }
        }
        m.drainAllPages()
        return m
    }

    /// Fragmentation index for order 4 with 2048 free order-0 blocks (mm/vmstat.c):
    /// 1000 - (1000 + 2048 * 1000 / 16) / 2048 = 1000 - 129000 / 2048 = 1000 - 62 = 938 > 500, so
    /// `compaction_suitable()` lets costly-order compaction run; its watermark 128 + compact_gap(4)
    /// 32 + (160 - 128) = 192 < 2048 free.
    ///
    /// Order 4 is costly, so async direct compaction runs before reclaim. By the scanners'
    /// rules (offsets from the zone start): each batch isolates 32 dirty folios from pageblock 0
    /// (1...63, 65...127, 129...191, 193...255). The async free scanner starts each call with a
    /// stride of 32 and drops to 1 after a block that gave pages: batch 1 takes 3584, 3616, ...
    /// 4064 and 3072...3102 (even); batch 2 finds nothing more in 3103..<3584 at stride 32, then
    /// 2560, 2592, ... and 2048...2078; batch 3 likewise 1536, ... and 1024...1054; batch 4 gets
    /// only 512, 544, ... 992 (16 pages) before it passes the migration scanner's pageblock, so
    /// 16 folios migrate (255, 253, ... 225, most recently isolated first), the other 16
    /// (193...223) go back to the LRU, and the scanners have met: COMPACT_COMPLETE (257...511 were
    /// never scanned). The per-CPU
    /// lists were drained after every batch, so 0..<192 is free (order 7 at 0, order 6 at 128)
    /// and so is 224..<256 (order 5). get_page_from_freelist() then splits the smallest
    /// suitable block, the order-5 one: the page is at offset 224.
    @Test func order4OnAFragmentedZoneIsServedByCompaction() throws {
        var m = try Self.checkerboard(cache: true)
        #expect(m.fragmentationIndex(zone: Self.z, order: 4) == 938)
        m.recordingCalls = true
        #expect(try m.mustAlloc(.highuserMovable, order: 4) == Self.base + 224)
        #expect(m.calls.contains { $0.function == "compact_zone" })
        #expect(!m.calls.contains { $0.function == "__alloc_pages_direct_reclaim" })
        #expect(m.reports.isEmpty)
        #expect(m.pageCachePages(node: 0) == 2048)
        #expect(
            m.pageCacheFolios(node: 0).filter { $0 < Self.base + 512 }.sorted()
                == Array(stride(from: Self.base + 193, through: Self.base + 223, by: 2))
                + Array(stride(from: Self.base + 257, through: Self.base + 511, by: 2)))
        #expect(m.checkInvariants() == [])
    }

    /// With nothing movable, compaction scans the zone to the end (COMPACT_COMPLETE, not
    /// SKIPPED), so a costly `__GFP_NORETRY` request goes round once more with async
    /// compaction, direct reclaim stops at once (`compaction_ready()`), compaction fails again,
    /// and `__GFP_NORETRY` goes to nopage: `warn_alloc()` prints the failure and no OOM killer
    /// runs. mode: GFP_HIGHUSER_MOVABLE 0x100cca | __GFP_NORETRY 0x10000 = 0x110cca.
    @Test func noretryWithoutMovablePagesFailsWithoutOOM() throws {
        var m = try Self.checkerboard(cache: false)
        #expect(m.allocPages([.highuserMovable, .noretry], order: 4) == nil)
        #expect(
            m.reports == [
                KernelReport(lines: [
                    "mmbook: page allocation failure: order:4, mode:0x110cca(GFP_HIGHUSER_MOVABLE|__GFP_NORETRY), "
                        + "nodemask=(null),cpuset=/,mems_allowed=0"
                ])
            ])
        #expect(m.checkInvariants() == [])
    }

    /// No free page and nothing to reclaim: reclaim makes no progress, should_reclaim_retry()
    /// sees no zone that could pass the min watermark, and the order-0 GFP_KERNEL (0xcc0)
    /// request reaches the OOM killer, which finds no process: dump_header()'s first line and
    /// "Out of memory and no killable processes...". The kernel panics there; the model fails
    /// the allocation and prints nothing more.
    @Test func order0OnAnExhaustedZoneEndsInAnOOMReport() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        #expect(m.fill(Machine.fillUnmovable, order: 0, count: 4096).count == 4096)
        #expect(m.zones[Self.z].freePages == 0)
        #expect(m.allocPages(.kernel, order: 0) == nil)
        #expect(
            m.reports == [
                KernelReport(lines: [
                    "mmbook invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0",
                    "Out of memory and no killable processes...",
                ])
            ])
        #expect(m.checkInvariants() == [])
    }

    /// `__GFP_RETRY_MAYFAIL` keeps a small request from the OOM killer
    /// (`__alloc_pages_may_oom()` skips it) and `__GFP_NOWARN` silences `warn_alloc()`.
    @Test func retryMayfailAndNowarnFailQuietly() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        #expect(m.fill(Machine.fillUnmovable, order: 0, count: 4096).count == 4096)
        #expect(m.allocPages([.kernel, .retryMayfail, .nowarn], order: 0) == nil)
        #expect(m.reports.isEmpty)
        #expect(m.allocPages([.kernel, .retryMayfail], order: 0) == nil)
        #expect(
            m.reports.map(\.lines) == [
                [
                    "mmbook: page allocation failure: order:0, mode:0x4cc0(GFP_KERNEL|__GFP_RETRY_MAYFAIL), "
                        + "nodemask=(null),cpuset=/,mems_allowed=0"
                ]
            ])
    }

    /// Without `__GFP_FS`, out_of_memory() reports progress without killing anything; the
    /// kernel would retry until someone frees memory. The model has no one else, so after a
    /// round that changed nothing it records that and fails. GFP_NOFS is 0xc40.
    @Test func nofsRequestThatCannotProgressIsFailedByTheModel() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        #expect(m.fill(Machine.fillUnmovable, order: 0, count: 4096).count == 4096)
        #expect(m.allocPages(.nofs, order: 0) == nil)
        #expect(
            m.reports.map(\.lines) == [
                [
                    "mmbook: mmbook would retry this order:0 allocation (mode:0xc40(GFP_NOFS)) until another task "
                        + "frees memory; the model has no other tasks and fails it"
                ]
            ])
    }

    /// A costly `__GFP_NOFAIL` request goes to nopage after its first round (it is costly and
    /// lacks `__GFP_RETRY_MAYFAIL`), where the kernel tries `ALLOC_MIN_RESERVE` and loops for
    /// ever. With nothing movable and nothing to reclaim the rounds change nothing, so the model
    /// stops after the second and says so; it never prints warn_alloc's failure line for it.
    /// An order above 1 with `__GFP_NOFAIL` first trips `WARN_ON_ONCE(order > 1)`
    /// (mm/page_alloc.c:4649). GFP_KERNEL|__GFP_NOFAIL is 0x8cc0.
    @Test func unsatisfiableNofailRequestIsFailedByTheModel() throws {
        var m = try Self.checkerboard(cache: false)
        #expect(m.allocPages([.kernel, .nofail], order: 4) == nil)
        #expect(
            m.reports.map(\.lines) == [
                ["WARNING: CPU: 0 PID: 1000 at mm/page_alloc.c:4649 __alloc_pages_slowpath"],
                [
                    "mmbook: mmbook would retry this order:4 allocation (mode:0x8cc0(GFP_KERNEL|__GFP_NOFAIL)) until another "
                        + "task frees memory; the model has no other tasks and fails it"
                ],
            ])
        #expect(m.checkInvariants() == [])
    }

    /// A non-blocking high-order request never reclaims: after the min-watermark try (with
    /// ALLOC_HIGHATOMIC for GFP_ATOMIC) it warns and fails. GFP_ATOMIC is 0x820.
    @Test func atomicRequestFailsAtOnceWithAWarning() throws {
        var m = try Self.checkerboard(cache: true)
        m.recordingCalls = true
        #expect(m.allocPages(.atomic, order: 4) == nil)
        #expect(!m.calls.contains { $0.function == "__alloc_pages_direct_reclaim" })
        #expect(
            m.reports.map(\.lines) == [
                [
                    "mmbook: page allocation failure: order:4, mode:0x820(GFP_ATOMIC), nodemask=(null),cpuset=/,mems_allowed=0"
                ]
            ])
    }

    /// `%pGg` prints nothing for an empty mask where a trace prints `none`; `%#x` prints 0x0 for
    /// it (lib/vsprintf.c:542: base 16 keeps its prefix for 0); `%*pbl` joins runs of set bits
    /// as ranges.
    @Test func printkFormats() {
        #expect(GFP().printkString == "")
        #expect(GFP().traceString == "none")
        #expect(GFP().hexString == "0x0")
        #expect(GFP.kernel.hexString == "0xcc0")
        #expect(GFP(rawValue: 0x200).printkString == "0x200")
        #expect(Machine.bitmapList([0]) == "0")
        #expect(Machine.bitmapList([0, 1, 2, 4]) == "0-2,4")
    }
}

/// Whole-zone compaction as /proc/sys/vm/compact_memory runs it (`compact_node()`: order -1,
/// `MIGRATE_SYNC`, free-scanner stride 1), on the checkerboard of `SlowpathTests`.
@Suite struct CompactMemoryTests {
    /// Pageblocks 0-3 hold 1024 dirty folios, pageblocks 4-7 hold 256 free pages each. In each
    /// pageblock the first batch isolates 32 folios; after it `finish_pageblock` holds (an
    /// order -1 run never drains, so `last_migrated_pfn` keeps pointing into the pageblock) and
    /// the next batch takes the remaining 224 at once. Pageblocks 0, 1 and 2 empty into 7, 6 and
    /// 5; pageblock 3's first batch takes 32 pages of pageblock 4. Its second batch leaves the
    /// migration scanner at the start of pageblock 4, so `isolate_freepages()` may not go below
    /// `pageblock_end_pfn()` of it, the end of pageblock 4: no target, -ENOMEM, the 224 folios go
    /// back to the LRU, and the scanners have met: COMPACT_COMPLETE. Once the per-CPU lists are
    /// drained: an order-10 block (pageblocks 0-1), an order-9 block (pageblock 2), an order-6
    /// block (the first 64 pages of pageblock 3), and 224 + 224 lone free pages in pageblocks 3
    /// and 4.
    @Test func compactMemoryEmptiesTheLowPageblocks() throws {
        let base = SlowpathTests.base
        var m = try SlowpathTests.checkerboard(cache: true)
        #expect(m.compactZone(SlowpathTests.z) == .complete)
        m.drainAllPages()
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal    448      0      0      0      0      0      1      0      0      1      1 \n"
        )
        let folios = m.pageCacheFolios(node: 0)
        #expect(folios.count == 2048)
        #expect(
            folios.filter { $0 < base + 2048 }.sorted() == Array(stride(from: base + 1601, through: base + 2047, by: 2))
        )
        #expect(m.checkInvariants() == [])
    }
}
