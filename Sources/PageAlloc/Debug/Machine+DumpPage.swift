extension Machine {
    /// What `dump_page(page, NULL)` prints about a page, one line per line.
    ///
    /// Models: `dump_page()` → `__dump_page()` → `snapshot_page()` → `__dump_folio()`
    /// (mm/debug.c, mm/util.c, 6.18) for a kernel without memcg charging of the page or
    /// page_owner: `page: refcount:… mapcount:… mapping:… index:… pfn:…`, for a large folio
    /// `head: order:… mapcount:… entire_mapcount:… nr_pages_mapped:… pincount:…`, then
    /// `flags: 0x…(…)` of the folio's head and, for a typed page, `page_type: f0(buddy)`.
    /// The refcount is the folio's, the mapcount the page's own. A tail page whose folio is
    /// being torn down (`_nr_pages` already 0) is dumped on its own after `page does not match
    /// folio`, as `snapshot_page()` does; its `index` is then its own fifth word (on a second
    /// page, `_mm_id_mapcount`: `0xffffffffffffffff`). Then the `raw:` lines, the page's
    /// `struct page` as `print_hex_dump()` prints it (two lines of four words), and for a large
    /// folio the `head:` lines, the head page and the second page (four lines): see
    /// `structPageWords(_:detached:head:)` for the words and the stand-ins for what the model does
    /// not keep. Not modelled: `page->index` (0: the model's file has no offsets), `memcg:` and
    /// the `dump_mapping()` line about a page-cache folio's inode (the model has no inode).
    /// `folio_mapping()` is NULL for an anonymous folio, which prints `anon ` before `flags:`;
    /// a page-cache folio's `address_space` pointer prints hashed, as `%p` does (see
    /// `CFormat.hashedPointer`).
    public func dumpPage(_ pfn: Int) -> String {
        dumpPageLines(pfn, reason: nil, detachedFrom: nil).map { $0 + "\n" }.joined()
    }

    /// The lines of `dump_page(page, reason)`; `detachedFrom` dumps a page as
    /// `free_tail_page_prepare()` left it, no longer linked to the head there.
    func dumpPageLines(_ pfn: Int, reason: String?, detachedFrom detachedHead: Int?) -> [String] {
        let detached = detachedHead != nil
        let words = structPageWords(pfn, detached: detached, head: detachedHead)
        var lines: [String] = []
        var folio = pfn
        if memmap.isTail(pfn) && !detached {
            folio = memmap.head(pfn)
            if pfn - folio > memmap.folioNrPages(folio) {
                lines.append("page does not match folio")
                folio = pfn
            }
        }
        // A page dumped as its own folio prints its own index word (a second page's
        // `_mm_id_mapcount`); a tail of a sound folio the head's index plus its place.
        let index = folio == pfn ? words[4] : UInt64(pfn - folio)
        let large = memmap.isHead(folio)
        let mappingWord = detached ? 0 : memmap.mapping(folio)
        let mapping = mappingWord & Machine.mappingFlags == 0 ? mappingWord : 0
        let mapcount = memmap.hasType(pfn) ? 0 : memmap.mapcount(pfn) + 1
        lines.append(
            "page: refcount:\(memmap.refcount[folio]) mapcount:\(mapcount) mapping:"
                + CFormat.hashedPointer(mapping) + " index:\(CFormat.alternateHex(index))"
                + " pfn:\(CFormat.alternateHex(UInt64(pfn)))")
        if large {
            let second = folio + 1
            lines.append(
                "head: order:\(memmap.folioOrder[second]) mapcount:\(memmap.largeMapcount[second] + 1)"
                    + " entire_mapcount:\(memmap.entireMapcount[second] + 1)"
                    + " nr_pages_mapped:\(memmap.nrPagesMapped[second]) pincount:\(memmap.pincount[second])")
        }
        let type: String
        if mappingWord & Machine.mappingFlags == Machine.mappingFlags {
            type = "ksm "
        } else if mappingWord & 1 != 0 {
            type = "anon "
        } else {
            type = ""
        }
        lines.append("\(type)flags: \(PageFlags.format(word: pageFlagsWord(folio)))")
        if memmap.hasType(folio) {
            let byte = memmap.pageType[folio] >> 24
            let name = PageType(rawValue: UInt8(byte))?.dumpName ?? "unknown"
            lines.append("page_type: \(String(byte, radix: 16))(\(name))")
        }
        // mm/debug.c:121-127: the page itself, then a large folio's first two pages.
        lines += Machine.hexDumpLines(words, prefix: "raw: ")
        if large {
            let words =
                structPageWords(folio, detached: false) + structPageWords(folio + 1, detached: false, head: folio)
            lines += Machine.hexDumpLines(words, prefix: "head: ")
        }
        if let reason { lines.append("page dumped because: \(reason)") }
        return lines
    }

    /// `PAGE_MAPPING_ANON | PAGE_MAPPING_MOVABLE`: the low bits of `mapping` that say it is not
    /// an address_space (`folio_mapping()` returns NULL for them; both set means KSM).
    private static let mappingFlags: UInt64 = 0x3

    /// The whole `page->flags` word: the flag bits and the fields area (node, zone, last
    /// cpupid) laid out as `PageFlags.format(word:)` describes.
    ///
    /// Models: `set_page_links()` and `page_cpupid_reset_last()` (include/linux/mm.h) at
    /// `__init_single_page()`; NUMA-balancing updates of the last cpupid are not modelled.
    func pageFlagsWord(_ pfn: Int) -> UInt64 {
        var word = UInt64(memmap.rawFlags(pfn))
        if let z = zoneIndex(ofPfn: pfn) {
            word |= UInt64(zones[z].node) << UInt64(PageFlags.nodesShift)
            word |= UInt64(zones[z].type.rawValue) << UInt64(PageFlags.zonesShift)
        }
        word |= PageFlags.lastCpupidReset << UInt64(PageFlags.lastCpupidShift)
        return word
    }
}
