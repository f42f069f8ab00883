import Testing

@testable import PageAlloc

/// Reclaim of the model's page cache by kswapd and by direct reclaim, following
/// `wakeup_kswapd()`, `balance_pgdat()` and `pgdat_balanced()` (mm/vmscan.c),
/// `__alloc_pages_direct_reclaim()` and `should_reclaim_retry()` (mm/page_alloc.c),
/// `try_to_free_pages()` with `SWAP_CLUSTER_MAX` = 32 (mm/vmscan.c), Linux 6.18.
///
/// The 16 MiB ZONE_NORMAL of FallbackTests (min 128, low 160, high 192) is filled with 256
/// order-4 blocks, ascending from pfn 0x100000, all made page cache in that order, so the
/// oldest folio is the lowest. Order-4 frees bypass the per-CPU lists (only orders 0-3 and 9
/// are cached there), so each dropped folio adds exactly 16 pages to NR_FREE_PAGES.
@Suite struct ReclaimTests {
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    static func fullOfCache(dirty: Bool) throws -> (Machine, [Int]) {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let folios = m.fill(Machine.fillMovable, order: 4, count: 256)
        try #require(folios == (0..<256).map { base + 16 * $0 })
        for pfn in folios { try #require(m.markPageCache(pfn, order: 4, dirty: dirty) == true) }
        #expect(m.zones[z].freePages == 0)
        #expect(m.zones[z].nrZoneInactiveFile == 4096)
        return (m, folios)
    }

    /// kswapd drops the oldest clean folios until `pgdat_balanced()`: NR_FREE_PAGES above the
    /// high watermark 192. Each pass isolates `SWAP_CLUSTER_MAX` = 32 pages, two order-4
    /// folios (`isolate_lru_folios()`), and the balance is checked between passes: after six
    /// passes 192 pages are free (not above 192), after seven 224, so k = 14 folios go.
    @Test func kswapdReclaimsCleanCacheOldestFirstUpToTheHighWatermark() throws {
        var (m, folios) = try Self.fullOfCache(dirty: false)
        m.tracing = true
        #expect(m.allocPages(.kernel, order: 0) != nil)
        #expect(m.pageCacheFolios(node: 0) == Array(folios.dropFirst(14)))
        #expect(m.zones[Self.z].nrZoneInactiveFile == 4096 - 14 * 16)
        let vmscan = m.trace.map(\.event).filter {
            switch $0 {
            case .vmscanWakeupKswapd, .vmscanKswapdWake, .vmscanKswapdSleep: true
            default: false
            }
        }
        #expect(
            vmscan == [
                .vmscanWakeupKswapd(nid: 0, zoneIndex: ZoneType.normal.rawValue, order: 0, gfp: .kernel),
                .vmscanKswapdWake(nid: 0, zoneIndex: ZoneType.normal.rawValue, order: 0),
                .vmscanKswapdSleep(nid: 0),
            ])
        #expect(m.reports.isEmpty)
        #expect(m.checkInvariants() == [])
    }

    /// Without `__GFP_KSWAPD_RECLAIM` only direct reclaim frees: 32 pages (two folios) per
    /// `try_to_free_pages()`; each round's retry fails while NR_FREE_PAGES <= min 128
    /// (32 * 4 = 128), and should_reclaim_retry() keeps going because progress resets the count;
    /// the fifth round (160 pages) succeeds.
    @Test func directReclaimFreesThirtyTwoPagesPerRound() throws {
        var (m, folios) = try Self.fullOfCache(dirty: false)
        m.tracing = true
        let allocated = m.allocPages(GFP.kernel.subtracting(.kswapdReclaim), order: 0)
        let pfn = try #require(allocated)
        #expect((Self.base..<(Self.base + 160)).contains(pfn))
        #expect(m.pageCacheFolios(node: 0) == Array(folios.dropFirst(10)))
        let ends = m.trace.map(\.event).compactMap { event -> Int? in
            if case .vmscanDirectReclaimEnd(let reclaimed) = event { reclaimed } else { nil }
        }
        #expect(ends == Array(repeating: 32, count: 5))
        #expect(m.checkInvariants() == [])
    }

    /// Dirty folios are never reclaimed: the model has no writeback. They still count as
    /// reclaimable (`zone_reclaimable_pages()`), so should_reclaim_retry() goes round until
    /// `MAX_RECLAIM_RETRIES` rounds without progress, then the OOM killer runs.
    @Test func dirtyCacheIsNotReclaimed() throws {
        var (m, folios) = try Self.fullOfCache(dirty: true)
        #expect(m.allocPages(.kernel, order: 0) == nil)
        #expect(m.pageCacheFolios(node: 0) == folios)
        #expect(m.zones[Self.z].nrZoneWritePending == 4096)
        #expect(
            m.reports.map { $0.lines.first } == [
                "mmbook invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0"
            ])
        #expect(m.checkInvariants() == [])
    }

    /// A node whose kswapd ran `MAX_RECLAIM_RETRIES` times without freeing anything is not
    /// woken again (`wakeup_kswapd()`), until reclaim frees something there.
    @Test func hopelessNodeStopsWakingKswapd() throws {
        var (m, _) = try Self.fullOfCache(dirty: true)
        _ = m.allocPages(.kernel, order: 0)
        #expect(m.nodes[0].kswapdFailures == Machine.maxReclaimRetries)
        m.tracing = true
        _ = m.allocPages(.kernel, order: 0)
        #expect(!m.trace.contains { if case .vmscanKswapdWake = $0.event { true } else { false } })
    }

    /// /proc/zoneinfo shows the page cache in `nr_zone_inactive_file` / `nr_zone_write_pending`
    /// and the node's `nr_inactive_file`, `nr_file_pages` and `nr_dirty`, and a node after
    /// `MAX_RECLAIM_RETRIES` fruitless kswapd runs as `node_unreclaimable: 1`
    /// (`zoneinfo_show_print()`, mm/vmstat.c).
    @Test func zoneinfoShowsThePageCacheAndAnUnreclaimableNode() throws {
        var (m, _) = try Self.fullOfCache(dirty: true)
        _ = m.allocPages(.kernel, order: 0)
        let info = m.zoneinfoSnapshot()
        let node = try #require(info.nodes.first)
        let stats = Dictionary(uniqueKeysWithValues: node.stats.map { ($0.name, $0.value) })
        #expect(stats["nr_inactive_file"] == 4096 && stats["nr_file_pages"] == 4096 && stats["nr_dirty"] == 4096)
        let normal = try #require(node.zones.first { $0.name == "Normal" })
        let counters = Dictionary(uniqueKeysWithValues: normal.counters.map { ($0.name, $0.value) })
        #expect(counters["nr_zone_inactive_file"] == 4096 && counters["nr_zone_write_pending"] == 4096)
        #expect(normal.nodeUnreclaimable)
    }

    /// After `filemap_add_folio()` a folio's references are all the page cache's
    /// (`folio_nr_pages()`, mm/filemap.c:876-880, with the caller's own dropped): a further
    /// `folio_put()` or `__free_pages()` would take one of them, which the kernel does not
    /// catch; the model refuses it with its own report and the cache stays consistent (found by
    /// the scenario fuzzer, which saw the invariants break).
    @Test func aPutOfThePageCachesOwnReferenceIsRefused() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let allocated = m.folioAlloc(.highuserMovable, order: 4)
        let folio = try #require(allocated)
        let cached = m.markPageCache(folio, order: 4, dirty: false)
        try #require(cached)
        #expect(m.memmap.refcount[folio] == 16)
        m.folioPut(folio)
        m.freePages(folio, order: 4)
        #expect(m.memmap.refcount[folio] == 16)
        #expect(m.reports.count == 2 && m.reports.allSatisfy(\.modelOnly))
        #expect(m.reports.first?.reason == Machine.pageCacheReferenceReason)
        #expect(m.checkInvariants().isEmpty)
        // A reference someone does hold still goes as before.
        m.getPage(folio)
        m.folioPut(folio)
        #expect(m.memmap.refcount[folio] == 16 && m.reports.count == 2)
    }

    /// `markPageCache` accepts only an allocated, aligned block that is not already cache.
    @Test func markPageCacheChecksTheBlock() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let pfn = try m.mustAlloc(.highuserMovable, order: 4)
        #expect(m.markPageCache(pfn + 1, order: 0, dirty: false) == false)
        #expect(m.markPageCache(pfn, order: 5, dirty: false) == false)
        #expect(m.markPageCache(pfn + 16, order: 4, dirty: false) == false)
        #expect(m.markPageCache(pfn, order: 4, dirty: true) == true)
        #expect(m.markPageCache(pfn, order: 4, dirty: true) == false)
        #expect(m.memmap.flags[pfn].isSuperset(of: [.lru, .dirty]))
        m.filemapRemoveFolio(pfn)
        #expect(!m.memmap.flags[pfn].contains(.lru))
        #expect(m.pageRefCount(pfn) == 0 && m.memmap.folioMapping[pfn] == .unmapped)
        #expect(m.checkInvariants() == [])
    }

    /// The vmscan tracepoints print as include/trace/events/vmscan.h says.
    @Test func vmscanTraceFormats() {
        #expect(
            TraceEvent.vmscanWakeupKswapd(nid: 1, zoneIndex: 2, order: 3, gfp: .kernel).printkText
                == "nid=1 order=3 gfp_flags=GFP_KERNEL")
        #expect(TraceEvent.vmscanKswapdWake(nid: 0, zoneIndex: 2, order: 9).printkText == "nid=0 order=9")
        #expect(TraceEvent.vmscanKswapdSleep(nid: 0).printkText == "nid=0")
        #expect(
            TraceEvent.vmscanDirectReclaimBegin(order: 0, gfp: .highuserMovable).printkText
                == "order=0 gfp_flags=GFP_HIGHUSER_MOVABLE")
        #expect(TraceEvent.vmscanDirectReclaimEnd(nrReclaimed: 32).printkText == "nr_reclaimed=32")
        #expect(TraceEvent.vmscanKswapdSleep(nid: 0).name == "mm_vmscan_kswapd_sleep")
    }
}
