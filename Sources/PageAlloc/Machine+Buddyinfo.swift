extension Machine {
    /// The text of /proc/buddyinfo: per populated zone, the free blocks of each order.
    ///
    /// Models: `frag_show()` → `frag_show_print()` (mm/vmstat.c):
    /// `"Node %d, zone %8s "` then `"%6lu "` per order and a newline.
    public func buddyinfo() -> String {
        var out = ""
        for zone in zones where zone.isPopulated {
            out += "Node \(zone.node), zone " + String(repeating: " ", count: max(0, 8 - zone.type.name.count))
                + zone.type.name + " "
            for area in zone.freeArea {
                let n = String(area.nrFree)
                out += String(repeating: " ", count: max(0, 6 - n.count)) + n + " "
            }
            out += "\n"
        }
        return out
    }
}
