import PageAlloc

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BuddyChange {
    /// The free blocks that left and joined each free list between two snapshots of a
    /// machine, sorted by zone, order, migratetype, removals first, then pfn.
    ///
    /// A list's contents are compared only when it may have changed. A list whose count, first
    /// or last entry differ is walked in both snapshots. A list whose count and ends are the
    /// same can still have lost an entry in the middle and gained another at an end; every such
    /// entry is a pfn whose PageBuddy state, buddy order or pageblock migratetype changed,
    /// because a free block lies on the list of its order and of its pageblock's type (the
    /// freelist hygiene of 6.10+, which `Machine.checkInvariants()` verifies). Those pfns are
    /// found by comparing the memmap a pageblock at a time, skipping identical pageblocks with
    /// `memcmp`, and their lists are walked too. Snapshots of different layouts (a reboot)
    /// have every list walked.
    public static func changes(from before: Machine, to after: Machine) -> [BuddyChange] {
        changedLists(from: before, to: after).flatMap { changes(of: $0.id, old: $0.old, new: $0.new, before, after) }
    }

    /// The changes of list `id` whose entries were `old` and are `new`, sorted.
    static func changes(of id: FreeListID, old: [Int], new: [Int], _ before: Machine, _ after: Machine) -> [BuddyChange]
    {
        let zone = id.zone < after.zones.count ? after.zones[id.zone] : before.zones[id.zone]
        let oldSet = Set(old), newSet = Set(new)
        func change(_ pfn: Int, _ kind: Kind) -> BuddyChange {
            BuddyChange(
                zone: id.zone, node: zone.node, zoneType: zone.type, order: id.order,
                migratetype: id.migratetype, pfn: pfn, kind: kind)
        }
        let removed = old.filter { !newSet.contains($0) }.map { change($0, .removed) }
        let added = new.filter { !oldSet.contains($0) }.map { change($0, .added) }
        return (removed + added).sorted()
    }

    /// The lists whose entries differ between the snapshots, in `FreeListID` order, with their
    /// entries before and after, head first.
    static func changedLists(from before: Machine, to after: Machine) -> [(id: FreeListID, old: [Int], new: [Int])] {
        let sameLayout =
            before.layout == after.layout && before.zones.count == after.zones.count
            && before.memmap.count == after.memmap.count
        var suspects = Set<FreeListID>()
        for z in 0..<max(before.zones.count, after.zones.count) {
            for order in 0..<Kernel.nrPageOrders {
                for type in MigrateType.allCases {
                    let id = FreeListID(zone: z, order: order, migratetype: type)
                    let old = list(id, in: before), new = list(id, in: after)
                    if old != new || (!sameLayout && !(old.isEmpty && new.isEmpty)) { suspects.insert(id) }
                }
            }
        }
        if sameLayout { addChangedPages(from: before, to: after, to: &suspects) }
        return suspects.sorted().compactMap { id in
            let old = before.memmap.entries(of: list(id, in: before))
            let new = after.memmap.entries(of: list(id, in: after))
            return Set(old) == Set(new) ? nil : (id, old, new)
        }
    }

    /// The list `id` of `machine`, empty when the machine has no such zone.
    static func list(_ id: FreeListID, in machine: Machine) -> PageList {
        id.zone < machine.zones.count ? id.list(in: machine) : PageList()
    }

    /// Adds the lists that hold, before or after, a free block whose head changed its
    /// PageBuddy state, order or pageblock migratetype.
    static func addChangedPages(from before: Machine, to after: Machine, to suspects: inout Set<FreeListID>) {
        let oldType = before.memmap.pageType, newType = after.memmap.pageType
        let oldOrder = before.memmap.privateValue, newOrder = after.memmap.privateValue
        let chunk = Kernel.pageblockNrPages
        var start = 0
        while start < oldType.count {
            let count = min(chunk, oldType.count - start)
            let sameBlock = before.pageblockMigratetype(start) == after.pageblockMigratetype(start)
            if sameBlock && equal(oldType, newType, start, count) && equal(oldOrder, newOrder, start, count) {
                start += count
                continue
            }
            for pfn in start..<(start + count)
            where !sameBlock || oldType[pfn] != newType[pfn] || oldOrder[pfn] != newOrder[pfn] {
                if let id = freeListHeaded(by: pfn, in: before) { suspects.insert(id) }
                if let id = freeListHeaded(by: pfn, in: after) { suspects.insert(id) }
            }
            start += count
        }
    }

    /// The list a free block at `pfn` lies on, if `pfn` heads one: that of its order and of its
    /// pageblock's migratetype.
    static func freeListHeaded(by pfn: Int, in machine: Machine) -> FreeListID? {
        guard machine.memmap.isBuddy(pfn), let zone = machine.zoneIndex(ofPfn: pfn) else { return nil }
        return FreeListID(
            zone: zone, order: machine.memmap.buddyOrder(pfn), migratetype: machine.pageblockMigratetype(pfn))
    }

    /// Whether `a` and `b` hold the same `count` elements from `start`, compared as bytes.
    static func equal<T: BitwiseCopyable>(_ a: [T], _ b: [T], _ start: Int, _ count: Int) -> Bool {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                memcmp(a.baseAddress! + start, b.baseAddress! + start, count * MemoryLayout<T>.stride) == 0
            }
        }
    }
}
