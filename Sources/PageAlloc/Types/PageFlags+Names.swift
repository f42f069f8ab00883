extension PageFlags {
    /// The flag names `%pGp` prints, in the order it prints them.
    ///
    /// Models: `__def_pageflag_names` (include/trace/events/mmflags.h, 6.18): the order is the
    /// table's, not the bit order (`waiters` comes second, `idle` before `young`).
    public static let names: [(flag: PageFlags, name: String)] = [
        (.locked, "locked"), (.waiters, "waiters"), (.referenced, "referenced"), (.uptodate, "uptodate"),
        (.dirty, "dirty"), (.lru, "lru"), (.active, "active"), (.workingset, "workingset"),
        (.ownerPriv1, "owner_priv_1"), (.owner2, "owner_2"), (.arch1, "arch_1"), (.reserved, "reserved"),
        (.private, "private"), (.private2, "private_2"), (.writeback, "writeback"), (.head, "head"),
        (.reclaim, "reclaim"), (.swapbacked, "swapbacked"), (.unevictable, "unevictable"),
        (.dropbehind, "dropbehind"), (.mlocked, "mlocked"), (.hwpoison, "hwpoison"), (.idle, "idle"),
        (.young, "young"),
    ]

    /// `NODES_PGSHIFT` with `CONFIG_NODES_SHIFT=10` and no section field (SPARSEMEM_VMEMMAP).
    static let nodesShift = 54
    /// `NODES_WIDTH`.
    static let nodesWidth = 10
    /// `ZONES_PGSHIFT`: three bits, as `MAX_NR_ZONES` is 5 with ZONE_DEVICE.
    static let zonesShift = 51
    /// `ZONES_WIDTH`.
    static let zonesWidth = 3
    /// `LAST_CPUPID_PGSHIFT`: with NUMA balancing and `NR_CPUS=8192` the last cpupid (8 pid bits
    /// and 13 CPU bits) fits in the flags word (24 flags + 3 zone + 3 MGLRU generation + 10 node
    /// + 21 bits <= 64), so it sits right below the zone.
    static let lastCpupidShift = 30
    /// `LAST_CPUPID_WIDTH`.
    static let lastCpupidWidth = 21
    /// `page_cpupid_reset_last()`: every bit of the field set, "no CPU accessed it yet".
    static let lastCpupidReset: UInt64 = (1 << lastCpupidWidth) - 1

    /// `%pGp` of a whole `page->flags` word: `0x…(name|…|node=N|zone=Z|lastcpupid=0x…)`.
    ///
    /// Models: `format_page_flags()` and `format_flags()` (lib/vsprintf.c): the number in
    /// `%#lx` form, then the names of the set flags in table order, then the fields area.
    static func format(word: UInt64) -> String {
        var parts: [String] = []
        let flags = PageFlags(rawValue: UInt32(truncatingIfNeeded: word) & PageFlags.all.rawValue)
        for (flag, name) in names where flags.contains(flag) { parts.append(name) }
        let node = (word >> UInt64(nodesShift)) & ((1 << UInt64(nodesWidth)) - 1)
        let zone = (word >> UInt64(zonesShift)) & ((1 << UInt64(zonesWidth)) - 1)
        let cpupid = (word >> UInt64(lastCpupidShift)) & ((1 << UInt64(lastCpupidWidth)) - 1)
        parts.append("node=\(node)")
        parts.append("zone=\(zone)")
        parts.append("lastcpupid=\(CFormat.alternateHex(cpupid))")
        return CFormat.alternateHex(word) + "(" + parts.joined(separator: "|") + ")"
    }
}
