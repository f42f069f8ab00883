import Testing

@testable import PageAlloc

/// Trace lines against the `TP_printk()` formats of include/trace/events/kmem.h and
/// `trace_print_context()` / `trace_print_time()` (kernel/trace/trace_output.c) with `ns2usecs()`
/// (kernel/trace/trace.c), Linux 6.18.
///
/// Page pointers are the `nohash-ptr` (`%px`) value 0xffffea0000000000 + pfn * 64, worked out by
/// hand: pfn 0x10d2d3 * 0x40 = 0x434b4c0; 0x1000 * 0x40 = 0x40000; 0x1 * 0x40 = 0x40;
/// 0x200 * 0x40 = 0x8000; 0x3ff * 0x40 = 0xffc0; 0x48000 * 0x40 = 0x1200000.
/// Prefixes follow "%16s-%-7d [%03d] ..... %5lu.%06lu: ".
@Suite struct TraceFormatTests {
    @Test func pageAllocLine() {
        let record = TraceRecord(
            cpu: 1,
            event: .pageAlloc(
                pfn: 0x10d2d3, order: 0, gfp: GFP(rawValue: 0x140cca),
                migratetype: 1))
        #expect(
            record.ftraceLine(comm: "bash", pid: 1234, timestampNanoseconds: 12_345_678_901_000)
                == "            bash-1234    [001] ..... 12345.678901: mm_page_alloc: page=ffffea000434b4c0 "
                + "pfn=0x10d2d3 order=0 migratetype=1 gfp_flags=GFP_HIGHUSER_MOVABLE|__GFP_COMP")
    }

    /// A failed allocation: kmem.h prints NULL (16 zeros under %p and %px) and pfn 0.
    @Test func failedPageAllocLine() {
        let record = TraceRecord(cpu: 0, event: .pageAlloc(pfn: nil, order: 3, gfp: .kernel, migratetype: 0))
        // 1_999_999_500 ns rounds up to 2_000_000 us in ns2usecs().
        #expect(
            record.ftraceLine(comm: "kworker/0:1", pid: 37, timestampNanoseconds: 1_999_999_500)
                == "     kworker/0:1-37      [000] .....     2.000000: mm_page_alloc: page=0000000000000000 "
                + "pfn=0x0 order=3 migratetype=0 gfp_flags=GFP_KERNEL")
    }

    /// `trace_print_lat_fmt()` (kernel/trace/trace_output.c:466-522): `D` for irqs and bottom
    /// halves off, `b` for bottom halves alone; `H` for hardirq with softirq, `h` hardirq; the
    /// recorded preempt count is capped at 0xf (`min_t(..., pc & 0xff, 0xf)`,
    /// kernel/trace/trace.c:2610) and printed with `%x`.
    @Test func latencyColumns() {
        var context = TraceContext()
        context.irqsOff = true
        context.bhOff = true
        context.hardirq = true
        context.softirq = true
        context.preemptDepth = 17
        #expect(context.latencyField == "D.Hf.")
        context.irqsOff = false
        context.softirq = false
        context.preemptDepth = 10
        #expect(context.latencyField == "b.ha.")
    }

    @Test func pageFreeLine() {
        let record = TraceRecord(cpu: 12, event: .pageFree(pfn: 0x1000, order: 2))
        // 987_654_321 ns: (987_654_321 + 500) / 1000 = 987_654 us.
        #expect(
            record.ftraceLine(comm: "<idle>", pid: 0, timestampNanoseconds: 987_654_321)
                == "          <idle>-0       [012] .....     0.987654: mm_page_free: page=ffffea0000040000 pfn=0x1000 order=2"
        )
    }

    @Test func pageFreeBatchedPrintsALiteralOrderZero() {
        #expect(TraceEvent.pageFreeBatched(pfn: 1).printkText == "page=ffffea0000000040 pfn=0x1 order=0")
    }

    @Test func pageAllocZoneLockedLine() {
        let event = TraceEvent.pageAllocZoneLocked(pfn: 0x200, order: 0, migratetype: 1, percpuRefill: true)
        #expect(event.name == "mm_page_alloc_zone_locked")
        #expect(event.printkText == "page=ffffea0000008000 pfn=0x200 order=0 migratetype=1 percpu_refill=1")
        let notRefill = TraceEvent.pageAllocZoneLocked(pfn: 0x200, order: 4, migratetype: 0, percpuRefill: false)
        #expect(notRefill.printkText == "page=ffffea0000008000 pfn=0x200 order=4 migratetype=0 percpu_refill=0")
    }

    @Test func pagePcpuDrainLine() {
        let record = TraceRecord(cpu: 1, event: .pagePcpuDrain(pfn: 0x3ff, order: 0, migratetype: 2))
        #expect(
            record.ftraceLine(comm: "kcompactd0", pid: 52, timestampNanoseconds: 5_000_000_000)
                == "      kcompactd0-52      [001] .....     5.000000: mm_page_pcpu_drain: page=ffffea000000ffc0 "
                + "pfn=0x3ff order=0 migratetype=2")
    }

    /// fragmenting = fallback_order < pageblock_order (9).
    @Test func pageAllocExtfragLine() {
        let whole = TraceEvent.pageAllocExtfrag(
            pfn: 0x48000, allocOrder: 0, fallbackOrder: 10, allocMigratetype: 0,
            fallbackMigratetype: 1, changeOwnership: true)
        #expect(whole.name == "mm_page_alloc_extfrag")
        #expect(
            whole.printkText == "page=ffffea0001200000 pfn=0x48000 alloc_order=0 fallback_order=10 "
                + "pageblock_order=9 alloc_migratetype=0 fallback_migratetype=1 fragmenting=0 change_ownership=1")
        let partial = TraceEvent.pageAllocExtfrag(
            pfn: 0x48000, allocOrder: 0, fallbackOrder: 3, allocMigratetype: 2,
            fallbackMigratetype: 1, changeOwnership: false)
        #expect(
            partial.printkText == "page=ffffea0001200000 pfn=0x48000 alloc_order=0 fallback_order=3 "
                + "pageblock_order=9 alloc_migratetype=2 fallback_migratetype=1 fragmenting=1 change_ownership=0")
    }

    @Test func eventNames() {
        #expect(TraceEvent.pageAlloc(pfn: nil, order: 0, gfp: [], migratetype: 0).name == "mm_page_alloc")
        #expect(TraceEvent.pageFree(pfn: 0, order: 0).name == "mm_page_free")
        #expect(TraceEvent.pageFreeBatched(pfn: 0).name == "mm_page_free_batched")
        #expect(TraceEvent.pagePcpuDrain(pfn: 0, order: 0, migratetype: 0).name == "mm_page_pcpu_drain")
    }

    /// TASK_COMM_LEN is 16: "systemd-journald" is stored as "systemd-journal", which %16s pads
    /// by one space; seconds wider than %5lu are not cut.
    @Test func longCommIsCutAndLongSecondsWiden() {
        let record = TraceRecord(cpu: 1, event: .pageFree(pfn: 0x1, order: 0))
        #expect(
            record.ftraceLine(comm: "systemd-journald", pid: 385, timestampNanoseconds: 123_456_000_000_499)
                == " systemd-journal-385     [001] ..... 123456.000000: mm_page_free: page=ffffea0000000040 pfn=0x1 order=0"
        )
    }

    /// gfp_flags=none for an empty mask (show_gfp_flags prints "none", not "0x0").
    @Test func emptyGfpPrintsNone() {
        #expect(
            TraceEvent.pageAlloc(pfn: 0, order: 0, gfp: [], migratetype: 0).printkText
                == "page=ffffea0000000000 pfn=0x0 order=0 migratetype=0 gfp_flags=none")
    }
}
