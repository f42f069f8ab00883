extension Machine {
    /// Adjusts the zone's free-page counters for pages entering (`pages > 0`) or leaving a
    /// free list of `migratetype`.
    ///
    /// Models: `account_freepages()` (mm/page_alloc.c): Isolate pages are not counted in
    /// `NR_FREE_PAGES`; HighAtomic pages are also counted in `nr_free_highatomic`.
    mutating func accountFreepages(zone z: Int, pages: Int, _ migratetype: MigrateType) {
        if migratetype == .isolate { return }
        zones[z].freePages += pages
        if migratetype == .highAtomic { zones[z].nrFreeHighatomic += pages }
    }

    /// The block before `pfn` on its free list, nil when it is first.
    func previousFreeListEntry(_ pfn: Int) -> Int? { memmap.prev(pfn) >= 0 ? Int(memmap.prev(pfn)) : nil }

    /// Forgets the recorded free-list events.
    public mutating func clearFreeListEvents() { instrumentation.freeListEvents.removeAll() }

    /// Puts a free block on `free_area[order].free_list[migratetype]`, at the head or the tail.
    ///
    /// Models: `__add_to_free_list()` (mm/page_alloc.c); the caller accounts the pages. Records a
    /// `FreeListEvent` while `recordingFreeLists` is on.
    mutating func addToFreeList(_ pfn: Int, zone z: Int, order: Int, _ migratetype: MigrateType, tail: Bool) {
        if recordingFreeLists {
            instrumentation.freeListEvents.append(
                FreeListEvent(zone: z, order: order, migratetype: migratetype, pfn: pfn, kind: .add(tail: tail)))
        }
        Machine.add(pfn, to: &zones[z].freeArea[order], memmap: &memmap, order: order, migratetype, tail: tail)
    }

    /// `__add_to_free_list()` (mm/page_alloc.c) on one free area, in place.
    @inline(__always)
    private static func add(
        _ pfn: Int, to area: inout FreeArea, memmap: inout MemMap, order: Int, _ migratetype: MigrateType, tail: Bool
    ) {
        memmap.addBuddy(pfn, order: order, to: &area.freeList[migratetype.rawValue], tail: tail)
        area.nrFree += 1
    }

    /// Takes a free block off its free list and clears PageBuddy.
    ///
    /// Models: `__del_page_from_free_list()` (mm/page_alloc.c); the caller accounts the pages. Records a
    /// `FreeListEvent` while `recordingFreeLists` is on.
    mutating func delFromFreeList(_ pfn: Int, zone z: Int, order: Int, _ migratetype: MigrateType) {
        if recordingFreeLists {
            instrumentation.freeListEvents.append(
                FreeListEvent(
                    zone: z, order: order, migratetype: migratetype, pfn: pfn,
                    kind: .delete(previous: previousFreeListEntry(pfn))))
        }
        Machine.delete(pfn, from: &zones[z].freeArea[order], memmap: &memmap, migratetype)
    }

    /// `__del_page_from_free_list()` (mm/page_alloc.c) on one free area, in place.
    @inline(__always)
    private static func delete(_ pfn: Int, from area: inout FreeArea, memmap: inout MemMap, _ migratetype: MigrateType)
    {
        memmap.removeBuddy(pfn, from: &area.freeList[migratetype.rawValue])
        area.nrFree -= 1
    }

    /// Moves a free block to the tail of another migratetype's list of the same order.
    ///
    /// Models: `move_to_free_list()` (mm/page_alloc.c). Records a `FreeListEvent` while
    /// `recordingFreeLists` is on.
    mutating func moveToFreeList(_ pfn: Int, zone z: Int, order: Int, from old: MigrateType, to new: MigrateType) {
        if recordingFreeLists {
            instrumentation.freeListEvents.append(
                FreeListEvent(
                    zone: z, order: order, migratetype: new, pfn: pfn,
                    kind: .move(from: old, previous: previousFreeListEntry(pfn))))
        }
        memmap.remove(pfn, from: &zones[z].freeArea[order].freeList[old.rawValue])
        memmap.addLast(pfn, to: &zones[z].freeArea[order].freeList[new.rawValue])
        accountFreepages(zone: z, pages: -(1 << order), old)
        accountFreepages(zone: z, pages: 1 << order, new)
    }
}
