extension Zoneinfo {
    /// Reads a /proc/zoneinfo as Linux 6.18 prints it.
    ///
    /// Throws a `ProcFileError` naming the line (and column) of the first thing that is not
    /// where `zoneinfo_show_print()` (mm/vmstat.c) would print it.
    public init(parsing text: String) throws(ProcFileError) {
        var parser = ZoneinfoParser(text)
        self = try parser.parse()
    }
}
