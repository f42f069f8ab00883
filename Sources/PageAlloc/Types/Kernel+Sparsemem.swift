extension Kernel {
    /// `SECTION_SIZE_BITS` (arch/x86/include/asm/sparsemem.h): x86_64 memory sections are
    /// 128 MiB.
    public static let sectionSizeBits = 27
    /// `PFN_SECTION_SHIFT`: the pages of a memory section as a power of two.
    public static let pfnSectionShift = sectionSizeBits - pageShift
}
