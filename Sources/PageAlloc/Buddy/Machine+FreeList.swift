extension Machine {
    /// Adjusts the zone's free-page counters for pages entering (`pages > 0`) or leaving a
    /// free list of `migratetype`.
    ///
    /// Models: `account_freepages()` (mm/page_alloc.c): Isolate pages are not counted in
    /// `NR_FREE_PAGES`; HighAtomic pages are also counted in `nr_free_highatomic`.
    @inline(__always)
    mutating func accountFreepages(zone z: Int, pages: Int, _ migratetype: MigrateType) {
        Machine.account(zones.uniqueZone(z), pages: pages, migratetype)
    }

    /// `account_freepages()` (mm/page_alloc.c) on a zone where it lies.
    @inline(__always)
    static func account(_ zone: UnsafeMutablePointer<Zone>, pages: Int, _ migratetype: MigrateType) {
        if migratetype == .isolate { return }
        zone.pointee.freePages += pages
        if migratetype == .highAtomic { zone.pointee.nrFreeHighatomic += pages }
    }

    /// Zone `z` where it lies, with the zone table and the memmap made unique (one check each),
    /// for a run of free-list updates through the `at:` variants below and the memmap's
    /// `…Unique` writes: valid while the caller holds its machine exclusively (see
    /// `ZoneTable.uniqueZone(_:)`).
    @inline(__always)
    mutating func freeListsInPlace(zone z: Int) -> UnsafeMutablePointer<Zone> {
        let zone = zones.uniqueZone(z)
        memmap.makeUnique()
        return zone
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
        let zone = freeListsInPlace(zone: z)
        addToFreeList(pfn, zone: z, at: zone, order: order, migratetype, tail: tail)
    }

    /// `__add_to_free_list()` (mm/page_alloc.c) on zone `z`, given where it lies, and a memmap
    /// the caller has made unique: for functions that update the free lists many times.
    @inline(__always)
    mutating func addToFreeList(
        _ pfn: Int, zone z: Int, at zone: UnsafeMutablePointer<Zone>, order: Int, _ migratetype: MigrateType,
        tail: Bool
    ) {
        if recordingFreeLists {
            instrumentation.freeListEvents.append(
                FreeListEvent(zone: z, order: order, migratetype: migratetype, pfn: pfn, kind: .add(tail: tail)))
        }
        memmap.addBuddyToUnique(
            pfn, order: order, to: &zone.pointee.freeArea[order].freeList[migratetype.rawValue], tail: tail)
        zone.pointee.freeArea[order].nrFree += 1
    }

    /// Takes a free block off its free list and clears PageBuddy.
    ///
    /// Models: `__del_page_from_free_list()` (mm/page_alloc.c); the caller accounts the pages. Records a
    /// `FreeListEvent` while `recordingFreeLists` is on.
    mutating func delFromFreeList(_ pfn: Int, zone z: Int, order: Int, _ migratetype: MigrateType) {
        let zone = freeListsInPlace(zone: z)
        delFromFreeList(pfn, zone: z, at: zone, order: order, migratetype)
    }

    /// `__del_page_from_free_list()` (mm/page_alloc.c) on zone `z`, given where it lies, and a
    /// memmap the caller has made unique.
    @inline(__always)
    mutating func delFromFreeList(
        _ pfn: Int, zone z: Int, at zone: UnsafeMutablePointer<Zone>, order: Int, _ migratetype: MigrateType
    ) {
        if recordingFreeLists {
            instrumentation.freeListEvents.append(
                FreeListEvent(
                    zone: z, order: order, migratetype: migratetype, pfn: pfn,
                    kind: .delete(previous: previousFreeListEntry(pfn))))
        }
        memmap.removeBuddyFromUnique(pfn, from: &zone.pointee.freeArea[order].freeList[migratetype.rawValue])
        zone.pointee.freeArea[order].nrFree -= 1
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
