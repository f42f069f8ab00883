import PageAlloc

/// The page frames around a pfn, drawn as a strip: free buddy blocks as spans labelled with
/// their order, pages on per-CPU lists, compound pages, allocated and reserved pages.
///
/// Shows the `struct page` array (mem_map) of an aligned window: `PageBuddy()` and
/// `buddy_order()` of free block heads (found as `is_free_buddy_page()` in mm/page_alloc.c
/// finds them, by looking at the head of every aligned block that could hold a page), the
/// `pcp->lists` of every CPU, `PG_head` and `compound_head`, `_refcount` and `PG_reserved`.
public struct MemmapStrip: Sendable, Equatable, Codable {
    /// What one page frame is.
    public enum Page: Sendable, Equatable, Codable {
        /// The pfn belongs to no zone.
        case hole
        /// `PG_reserved`: memory the buddy allocator never got.
        case reserved
        /// Part of the free buddy block at `head` of `order`, in a pageblock of `migratetype`.
        case free(head: Int, order: Int, migratetype: MigrateType)
        /// Part of the block at `head` of `order` on a per-CPU list of `cpu` for `migratetype`
        /// (for the PMD-order list that Unmovable and Reclaimable share, the pageblock's type).
        case perCPU(head: Int, order: Int, cpu: Int, migratetype: MigrateType)
        /// The head of a compound page of `order`.
        case compoundHead(order: Int)
        /// A tail page of the compound page at `head`.
        case compoundTail(head: Int)
        /// Allocated (or otherwise in use), with its `_refcount`.
        case allocated(refcount: Int)
    }

    /// The largest window: a block of `MAX_PAGE_ORDER`, 2^10 = 1024 pages, the largest block
    /// the buddy allocator splits, so that every half a split leaves fits in one drawing.
    public static let maxOrder = Kernel.maxPageOrder
    /// The number of pages in a row of the drawing and of the text.
    public static let columns = 64

    /// The pfn the strip is about.
    public let focus: Int
    /// The first pfn of the window.
    public let startPfn: Int
    /// The diagram's accessible name and heading.
    public let title: String
    /// Each page of the window, in pfn order.
    public let pages: [Page]

    /// The pages of the `order`-aligned window of 2^order pages holding `pfn`; `order` is
    /// clamped to `0...maxOrder`.
    public init(machine: Machine, pfn: Int, order: Int = 6, title: String? = nil) {
        precondition(pfn >= 0, "a pfn is not negative")
        let order = min(max(order, 0), MemmapStrip.maxOrder)
        let size = 1 << order
        let start = pfn & ~(size - 1)
        focus = pfn
        startPfn = start
        self.title = title ?? "Pages \(start.hex)-\((start + size - 1).hex) around pfn \(pfn.hex)"
        let memmap = machine.memmap
        var pages = Array(repeating: Page.hole, count: size)
        for (z, zone) in machine.zones.enumerated() where zone.isPopulated {
            guard zone.startPfn < start + size && zone.endPfn > start else { continue }
            for (cpu, pcp) in machine.zones.pcps(of: z).enumerated() {
                for (pindex, list) in pcp.lists.enumerated() {
                    let blockOrder = PerCPUPages.order(ofPindex: pindex)
                    for head in memmap.entries(of: list) {
                        let lower = max(head, start), upper = min(head + (1 << blockOrder), start + size)
                        guard lower < upper, machine.zoneIndex(ofPfn: head) == z else { continue }
                        let type = MemmapStrip.perCPUMigratetype(pindex: pindex, head: head, machine)
                        let state = Page.perCPU(head: head, order: blockOrder, cpu: cpu, migratetype: type)
                        for p in lower..<upper { pages[p - start] = state }
                    }
                }
            }
        }
        var offset = 0
        while offset < size {
            let p = start + offset
            guard p < memmap.count, machine.zoneIndex(ofPfn: p) != nil, pages[offset] == .hole else {
                offset += 1
                continue
            }
            if memmap.flags[p].contains(.reserved) {
                pages[offset] = .reserved
            } else if let head = MemmapStrip.freeBlockHead(containing: p, memmap) {
                let blockOrder = memmap.buddyOrder(head)
                let state = Page.free(head: head, order: blockOrder, migratetype: machine.pageblockMigratetype(head))
                let upper = min(head + (1 << blockOrder), start + size)
                for q in p..<upper { pages[q - start] = state }
                offset = upper - start
                continue
            } else if memmap.compoundHead[p] & 1 != 0 {
                pages[offset] = .compoundTail(head: memmap.compoundHead[p] >> 1)
            } else if memmap.flags[p].contains(.head) {
                pages[offset] = .compoundHead(order: p + 1 < memmap.count ? Int(memmap.folioOrder[p + 1]) : 0)
            } else {
                pages[offset] = .allocated(refcount: Int(memmap.refcount[p]))
            }
            offset += 1
        }
        self.pages = pages
    }

    /// The head of the free buddy block holding `pfn`, if any.
    ///
    /// Models the search of `is_free_buddy_page()` (mm/page_alloc.c): the aligned block of
    /// each order that holds the pfn is free when its head is PageBuddy of that order.
    static func freeBlockHead(containing pfn: Int, _ memmap: MemMap) -> Int? {
        for order in 0...Kernel.maxPageOrder {
            let head = pfn & ~((1 << order) - 1)
            if memmap.isBuddy(head) && memmap.buddyOrder(head) == order { return head }
        }
        return nil
    }

    /// The migratetype of per-CPU list `pindex`.
    ///
    /// Inverts `order_to_pindex()` (mm/page_alloc.c); the PMD-order list of Unmovable and
    /// Reclaimable blocks is told apart by the block's pageblock.
    static func perCPUMigratetype(pindex: Int, head: Int, _ machine: Machine) -> MigrateType {
        if pindex < PerCPUPages.lowOrderLists {
            return MigrateType(rawValue: pindex % MigrateType.pcpTypes) ?? .unmovable
        }
        return pindex == PerCPUPages.lowOrderLists + 1 ? .movable : machine.pageblockMigratetype(head)
    }

    /// A run of pages drawn as one shape: a block, or one page.
    struct Span: Equatable {
        /// Window offsets covered.
        var range: Range<Int>
        /// The page state the run shares.
        var page: Page
    }

    /// The window cut into the shapes the drawing shows: each free, per-CPU or compound block
    /// whole (as far as it lies in the window), runs of holes and of reserved pages, and each
    /// allocated page with a reference together with the unreferenced pages after it (the
    /// rest of a non-compound block of a higher order, whose tails have `_refcount` 0).
    var spans: [Span] {
        var spans: [Span] = []
        var lastOwner: Int?
        for (offset, page) in pages.enumerated() {
            var owner = self.owner(of: page, at: offset)
            if case .allocated(0) = page {
                if let last = spans.last, case .allocated = last.page {
                    owner = lastOwner
                } else {
                    owner = startPfn + offset
                }
            }
            if let owner, owner == lastOwner {
                spans[spans.count - 1].range = spans[spans.count - 1].range.lowerBound..<(offset + 1)
            } else {
                spans.append(Span(range: offset..<(offset + 1), page: page))
            }
            lastOwner = owner
        }
        return spans
    }

    /// What groups a page with its neighbours into one shape: the head pfn of its block (an
    /// allocated page heads its own), -1 for holes, -2 for reserved pages; nil for an
    /// unreferenced allocated page, which `spans` joins to the allocated page before it.
    func owner(of page: Page, at offset: Int) -> Int? {
        switch page {
        case .hole: -1
        case .reserved: -2
        case .free(let head, _, _), .perCPU(let head, _, _, _), .compoundTail(let head): head
        case .compoundHead: startPfn + offset
        case .allocated(let refcount): refcount > 0 ? startPfn + offset : nil
        }
    }

    /// The number of free buddy blocks, per-CPU blocks and allocated pages in the window.
    var census: (free: Int, perCPU: Int, allocated: Int) {
        var free = Set<Int>(), perCPU = Set<Int>(), allocated = 0
        for page in pages {
            switch page {
            case .free(let head, _, _): free.insert(head)
            case .perCPU(let head, _, _, _): perCPU.insert(head)
            case .compoundHead, .compoundTail, .allocated: allocated += 1
            case .hole, .reserved: break
            }
        }
        return (free.count, perCPU.count, allocated)
    }

    /// What a screen reader says about the diagram.
    var summary: String {
        let (free, perCPU, allocated) = census
        return "The \(pages.count) page frames from \(startPfn.hex) to \((startPfn + pages.count - 1).hex), "
            + "around pfn \(focus.hex): \(free) free buddy blocks, \(perCPU) blocks on per-CPU lists, "
            + "\(allocated) allocated pages."
    }
}
