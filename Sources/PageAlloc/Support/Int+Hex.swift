extension Int {
    /// The value as the kernel prints a pfn with `%#lx`: `0x100000`.
    public var hex: String { "0x" + String(self, radix: 16) }
}
