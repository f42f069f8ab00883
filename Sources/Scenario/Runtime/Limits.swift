import PageAlloc

/// The documented limits of the scenario language (README, "Limits"; the language reference).
/// Each is enforced with a located error that names it, so no input can exhaust memory, time
/// or the stack.
public enum Limits {
    /// The largest machine, however it is made (`mem=`, `zones=`, `zoneinfo=`): the model's
    /// one limit, `MachineLayout.maxMemoryBytes`; its error names the host memory it needs.
    public static let maxMemoryBytes = MachineLayout.maxMemoryBytes
    /// The most nodes a machine may have: the memmap keeps each page's zone index in one
    /// byte, 0xff meaning "no zone", and every node has `MAX_NR_ZONES` zone indices.
    public static let maxNodes = Int(MemMap.noZone) / Kernel.maxNrZones
    /// The most CPUs a machine may have.
    public static let maxCPUs = 256
    /// The most lines one scenario block (or one `mmbook run` script) may have.
    public static let linesPerBlock = 10_000
    /// Syntax errors reported per block before the rest of the block is skipped.
    public static let syntaxErrorsPerBlock = 50
    /// The most operators and parentheses one expression may hold.
    public static let expressionNodes = Parser.maxExpressionNodes
    /// The most allocations one `workload` statement may make.
    public static let workloadOperations = 10_000_000
    /// The largest weight of one `mix=` entry: with at most `mixEntries` entries their sum
    /// cannot overflow.
    public static let mixWeight = 1_000_000
    /// The most entries of one `mix=`.
    public static let mixEntries = 64
    /// The most kernel report lines (allocation failure warnings, bad page reports) one
    /// statement prints; the rest are counted in one line.
    public static let reportLinesPerStatement = 200
    /// The most bytes of output one block may print.
    public static let outputBytesPerBlock = 4 << 20
    /// The most machines one page may keep at once: its default machine and its
    /// `scenario machine=NAME` ones.
    public static let machinesPerPage = 16
    /// The largest file `boot zoneinfo=` reads.
    public static let zoneinfoBytes = 1 << 20

    /// `bytes` in the largest binary unit that keeps one decimal, like `16.0 TiB`.
    static func describe(bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths)) \(units[unit])" : "\(tenths) \(units[unit])"
    }
}
