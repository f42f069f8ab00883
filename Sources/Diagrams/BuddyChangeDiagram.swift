import PageAlloc

/// What an operation did to the free lists: for each list that lost or gained blocks, its
/// entries before and after, with the removed and added blocks highlighted.
///
/// Shows `zone->free_area[order].free_list[migratetype]` (include/linux/mmzone.h) head first,
/// as `list_for_each_entry()` walks it, so a reader sees whether a block went to the head or
/// the tail. Lists longer than `maxBoxes` are shortened: the head, the tail and every changed
/// block stay, runs of unchanged blocks between them become one "…N" box, and a row shows at
/// most `maxBoxes` boxes.
public struct BuddyChangeDiagram: Sendable, Equatable, Codable {
    /// One box of a drawn list.
    public enum Entry: Sendable, Equatable, Codable {
        /// A free block, and whether it is the one that changed (removed in the before row,
        /// added in the after row).
        case block(pfn: Int, changed: Bool)
        /// A run of this many unchanged blocks, not drawn.
        case elided(Int)
        /// The rest of a list cut at `maxBoxes`: this many blocks, changed or not, not drawn.
        case truncated(Int)
    }

    /// One list that changed.
    public struct Row: Sendable, Equatable, Codable {
        /// The changes to this list, sorted.
        public var changes: [BuddyChange]
        /// The list before the operation, shortened.
        public var before: [Entry]
        /// The list after the operation, shortened.
        public var after: [Entry]
        /// The list's length before.
        public var countBefore: Int
        /// The list's length after.
        public var countAfter: Int

        /// The number of blocks removed and added: "−1 +2", "+1".
        public var tally: String {
            let removed = changes.filter { $0.kind == .removed }.count, added = changes.count - removed
            return [removed > 0 ? "−\(removed)" : nil, added > 0 ? "+\(added)" : nil].compactMap { $0 }
                .joined(separator: " ")
        }

        /// `free_list[4][Movable]`.
        public var name: String { "free_list[\(changes[0].order)][\(changes[0].migratetype.name)]" }
    }

    /// A zone's free pages before and after.
    public struct FreePages: Sendable, Equatable, Codable {
        /// The flat index of the zone in `Machine.zones`.
        public var zone: Int
        /// The zone's node.
        public var node: Int
        /// The zone's type.
        public var zoneType: ZoneType
        /// `NR_FREE_PAGES` before.
        public var before: Int
        /// `NR_FREE_PAGES` after.
        public var after: Int
    }

    /// The most boxes a row shows.
    public static let maxBoxes = 10

    /// The diagram's accessible name and heading.
    public let title: String
    /// Every change, sorted.
    public let changes: [BuddyChange]
    /// The changed lists, in zone, order and migratetype order.
    public let rows: [Row]
    /// The free pages (`NR_FREE_PAGES`) before and after of each zone that changed.
    public let freePages: [FreePages]

    /// What `events`, the free-list events an operation recorded, did to the lists of
    /// `machine`, the machine after the operation.
    public init(events: [FreeListEvent], after machine: Machine, title: String? = nil) {
        self.title = title ?? "Free-list changes"
        var rows: [Row] = []
        for (id, old, new) in BuddyChange.changedLists(events: events, after: machine) {
            let changes = BuddyChange.changes(of: id, old: old, new: new, machine)
            let removed = Set(changes.filter { $0.kind == .removed }.map(\.pfn))
            let added = Set(changes.filter { $0.kind == .added }.map(\.pfn))
            rows.append(
                Row(
                    changes: changes,
                    before: BuddyChangeDiagram.shorten(old, changed: removed),
                    after: BuddyChangeDiagram.shorten(new, changed: added),
                    countBefore: old.count, countAfter: new.count))
        }
        self.rows = rows
        changes = rows.flatMap(\.changes)
        var zones: [Int] = []
        for change in changes where zones.last != change.zone { zones.append(change.zone) }
        freePages = zones.map { z in
            let zone = machine.zones[z]
            return FreePages(
                zone: z, node: zone.node, zoneType: zone.type,
                before: BuddyChange.freePagesBefore(zone: z, events: events, after: machine), after: zone.freePages)
        }
    }

    /// The boxes that draw `list`: all of it when it fits in `maxBoxes` boxes, else the head,
    /// the tail and the changed blocks, runs of two or more other blocks elided, cut at
    /// `maxBoxes` boxes.
    static func shorten(_ list: [Int], changed: Set<Int>) -> [Entry] {
        if list.count <= maxBoxes { return list.map { .block(pfn: $0, changed: changed.contains($0)) } }
        var entries: [Entry] = []
        var run = 0
        for (i, pfn) in list.enumerated() {
            let isChanged = changed.contains(pfn)
            if isChanged || i == 0 || i == list.count - 1 {
                if run == 1 { entries.append(.block(pfn: list[i - 1], changed: false)) }
                if run > 1 { entries.append(.elided(run)) }
                run = 0
                entries.append(.block(pfn: pfn, changed: isChanged))
            } else {
                run += 1
            }
        }
        guard entries.count > maxBoxes else { return entries }
        let kept = entries.prefix(maxBoxes - 1)
        let shown = kept.reduce(0) { sum, entry in
            if case .elided(let n) = entry { return sum + n }
            return sum + 1
        }
        return Array(kept) + [.truncated(list.count - shown)]
    }

    /// What a screen reader says about the diagram.
    var summary: String {
        guard !changes.isEmpty else { return "No free list changed." }
        let removed = changes.filter { $0.kind == .removed }.count
        let shown = changes.prefix(24).map(\.descriptionWithZone).joined(separator: "; ")
        let more = changes.count > 24 ? "; and \(changes.count - 24) more" : ""
        return "\(removed) free blocks removed and \(changes.count - removed) added: \(shown)\(more)."
    }

    /// The text of a box.
    static func label(_ entry: Entry, sign: String) -> String {
        switch entry {
        case .block(let pfn, let changed): (changed ? sign : "") + pfn.hex
        case .elided(let n): "…\(n)"
        case .truncated(let n): "\(n) more"
        }
    }
}
