import PageAlloc

extension BuddyChange {
    /// The free blocks that left and joined each free list during an operation, from the
    /// `FreeListEvent`s it recorded and the machine after it; sorted by zone, order,
    /// migratetype, removals first, then pfn.
    ///
    /// Only the lists the events touched are walked; their contents before the operation are
    /// rebuilt by undoing the events, newest first. A list that ends with the blocks it started
    /// with (in any order) did not change.
    public static func changes(events: [FreeListEvent], after machine: Machine) -> [BuddyChange] {
        changedLists(events: events, after: machine).flatMap { changes(of: $0.id, old: $0.old, new: $0.new, machine) }
    }

    /// The changes of list `id` whose entries were `old` and are `new`, sorted.
    static func changes(of id: FreeListID, old: [Int], new: [Int], _ machine: Machine) -> [BuddyChange] {
        let zone = machine.zones[id.zone]
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

    /// The lists whose entries differ before and after the events, in `FreeListID` order, with
    /// their entries before and after, head first.
    static func changedLists(events: [FreeListEvent], after machine: Machine) -> [(
        id: FreeListID, old: [Int], new: [Int]
    )] {
        var lists: [FreeListID: ListReplay] = [:]
        func replay(_ id: FreeListID, _ body: (inout ListReplay) -> Void) {
            var list = lists[id] ?? ListReplay(machine.memmap.entries(of: id.list(in: machine)))
            body(&list)
            lists[id] = list
        }
        for event in events.reversed() {
            let id = FreeListID(zone: event.zone, order: event.order, migratetype: event.migratetype)
            switch event.kind {
            case .add:
                replay(id) { $0.remove(event.pfn) }
            case .delete(let previous):
                replay(id) { $0.insert(event.pfn, after: previous) }
            case .move(let from, let previous):
                replay(id) { $0.remove(event.pfn) }
                let source = FreeListID(zone: event.zone, order: event.order, migratetype: from)
                replay(source) { $0.insert(event.pfn, after: previous) }
            }
        }
        return lists.keys.sorted().compactMap { id in
            let old = lists[id]!.entries
            let new = machine.memmap.entries(of: id.list(in: machine))
            return Set(old) == Set(new) ? nil : (id, old, new)
        }
    }

    /// The `NR_FREE_PAGES` of zone `zone` before the events: its value after them, less the
    /// pages they put on lists and plus those they took off (Isolate lists are not counted, as
    /// `account_freepages()` in mm/page_alloc.c does not count them).
    static func freePagesBefore(zone: Int, events: [FreeListEvent], after machine: Machine) -> Int {
        var pages = machine.zones[zone].freePages
        for event in events where event.zone == zone {
            let size = 1 << event.order
            let counted = event.migratetype != .isolate
            switch event.kind {
            case .add: if counted { pages -= size }
            case .delete: if counted { pages += size }
            case .move(let from, _):
                if counted { pages -= size }
                if from != .isolate { pages += size }
            }
        }
        return pages
    }
}

/// A free list being rebuilt backwards from its final contents: a doubly linked list by pfn.
struct ListReplay {
    private var head: Int?
    private var next: [Int: Int] = [:]
    private var prev: [Int: Int] = [:]

    /// The list holding `entries`, head first.
    init(_ entries: [Int]) {
        head = entries.first
        for (a, b) in zip(entries, entries.dropFirst()) {
            next[a] = b
            prev[b] = a
        }
    }

    /// The entries, head first.
    var entries: [Int] {
        var out: [Int] = []
        var p = head
        while let pfn = p {
            out.append(pfn)
            p = next[pfn]
        }
        return out
    }

    /// Unlinks `pfn`.
    mutating func remove(_ pfn: Int) {
        let n = next.removeValue(forKey: pfn), p = prev.removeValue(forKey: pfn)
        if let p { next[p] = n } else { head = n }
        if let n { prev[n] = p }
    }

    /// Links `pfn` after `previous`, or first when `previous` is nil.
    mutating func insert(_ pfn: Int, after previous: Int?) {
        let n: Int? = if let previous { next[previous] } else { head }
        prev[pfn] = previous
        next[pfn] = n
        if let previous { next[previous] = pfn } else { head = pfn }
        if let n { prev[n] = pfn }
    }
}
