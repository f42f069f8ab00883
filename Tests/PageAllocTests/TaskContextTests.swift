import Testing

@testable import PageAlloc

/// The task context the allocator reads, against Linux 6.18: `current_gfp_context()`
/// (include/linux/sched/mm.h:250-268), the real-time branch of `gfp_to_alloc_flags()`
/// (mm/page_alloc.c:4452) and `__gfp_pfmemalloc_flags()` (mm/page_alloc.c:4482-4498), with the
/// preempt-count predicates of include/linux/preempt.h. Values are worked by hand:
/// GFP_KERNEL is 0xcc0 (__GFP_RECLAIM 0xc00 | __GFP_IO 0x40 | __GFP_FS 0x80), ALLOC_CPUSET
/// 0x40, ALLOC_KSWAPD 0x800, ALLOC_MIN_RESERVE 0x20, ALLOC_NO_WATERMARKS 0x4.
@Suite struct TaskContextTests {
    /// A NOIO scope clears __GFP_IO and __GFP_FS (sched/mm.h:259-260) and wins over NOFS;
    /// a NOFS scope clears __GFP_FS (sched/mm.h:261-262).
    @Test func currentGfpContext() {
        var task = TaskContext()
        #expect(task.currentGfpContext(.kernel).rawValue == 0xcc0)
        task.memallocNofs = true
        #expect(task.currentGfpContext(.kernel).rawValue == 0xc40)
        task.memallocNoio = true
        #expect(task.currentGfpContext(.kernel).rawValue == 0xc00)
    }

    /// `else if (unlikely(rt_or_dl_task(current)) && in_task()) alloc_flags |= ALLOC_MIN_RESERVE`
    /// (mm/page_alloc.c:4452-4453): only for a caller that may direct-reclaim, only in task
    /// context (softirqs merely disabled still count as task context).
    @Test func realtimeTaskGetsMinReserve() {
        var rt = TaskContext()
        rt.realtime = true
        #expect(AllocFlags.gfpToAllocFlags(.kernel, order: 0, task: rt).rawValue == 0x860)
        #expect(AllocFlags.gfpToAllocFlags(.kernel, order: 0).rawValue == 0x840)
        rt.softirqDisableDepth = 1
        #expect(AllocFlags.gfpToAllocFlags(.kernel, order: 0, task: rt).rawValue == 0x860)
        rt.hardirqDepth = 1
        #expect(AllocFlags.gfpToAllocFlags(.kernel, order: 0, task: rt).rawValue == 0x840)
        rt.hardirqDepth = 0
        rt.servingSoftirq = true
        #expect(AllocFlags.gfpToAllocFlags(.kernel, order: 0, task: rt).rawValue == 0x840)
        // GFP_NOWAIT (0x800) cannot direct-reclaim: ALLOC_NON_BLOCK (0x10), no RT boost.
        var task = TaskContext()
        task.realtime = true
        #expect(AllocFlags.gfpToAllocFlags(.nowait, order: 0, task: task).rawValue == 0x850)
    }

    /// `__gfp_pfmemalloc_flags()`: __GFP_NOMEMALLOC wins (4484-4485); PF_MEMALLOC gives
    /// ALLOC_NO_WATERMARKS serving a softirq (4488-4489) or outside any interrupt (4490-4492),
    /// not in a hardirq or with softirqs merely disabled.
    @Test func pfMemallocReserves() {
        var task = TaskContext()
        #expect(AllocFlags.gfpPfmemallocFlags(.kernel, task: task).isEmpty)
        task.memalloc = true
        #expect(AllocFlags.gfpPfmemallocFlags(.kernel, task: task).rawValue == 0x4)
        #expect(AllocFlags.gfpPfmemallocFlags(GFP.kernel.union(.nomemalloc), task: task).isEmpty)
        task.hardirqDepth = 1
        #expect(AllocFlags.gfpPfmemallocFlags(.kernel, task: task).isEmpty)
        task.hardirqDepth = 0
        task.softirqDisableDepth = 1
        #expect(AllocFlags.gfpPfmemallocFlags(.kernel, task: task).isEmpty)
        task.softirqDisableDepth = 0
        task.servingSoftirq = true
        #expect(AllocFlags.gfpPfmemallocFlags(.kernel, task: task).rawValue == 0x4)
    }

    /// A PF_MEMALLOC task allocates below the min watermark (ALLOC_NO_WATERMARKS skips the
    /// check in get_page_from_freelist(), mm/page_alloc.c) where the same request outside the
    /// scope fails without direct reclaim (GFP_NOWAIT).
    @Test func pfMemallocAllocatesBelowMin() {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)], cpus: 1), thp: false)
        let min = m.zones[Machine.zoneIndex(node: 0, type: .normal)].minWatermark
        var held: [Int] = []
        while m.zones[Machine.zoneIndex(node: 0, type: .normal)].freePages > min / 2 {
            guard let pfn = m.allocPages(.atomic, order: 0) else { break }
            held.append(pfn)
        }
        #expect(m.allocPages(GFP.nowait.union(.nowarn), order: 3) == nil)
        m.task.memalloc = true
        #expect(m.allocPages(GFP.nowait.union(.nowarn), order: 3) != nil)
    }
}
