extension Machine {
    /// The /proc/meminfo lines the model keeps: total and free memory, the page cache, and
    /// the hugetlb pools.
    ///
    /// Models: `meminfo_proc_show()` (fs/proc/meminfo.c) with `show_val_kb()`'s
    /// `"%s%8lu kB"`, and `hugetlb_report_meminfo()` (mm/hugetlb.c).
    public func meminfo() -> String {
        func line(_ label: String, _ pages: Int) -> String {
            let value = String(pages << (Kernel.pageShift - 10))
            return label + String(repeating: " ", count: max(0, 8 - value.count)) + value + " kB\n"
        }
        let populated = zones.filter(\.isPopulated)
        let cache = populated.reduce(0) { $0 + $1.nrZoneInactiveFile }
        return line("MemTotal:       ", populated.reduce(0) { $0 + $1.managedPages })
            + line("MemFree:        ", populated.reduce(0) { $0 + $1.freePages })
            + line("Inactive(file): ", cache)
            + line("Dirty:          ", populated.reduce(0) { $0 + $1.nrZoneWritePending })
            + hugetlbReportMeminfo()
    }
}
