import PageAlloc

/// A sysctl `sysctl vm.NAME=VALUE` writes, typed and bounded as the kernel's `ctl_table`
/// entry bounds it.
struct SysctlEntry: Sendable {
    /// The C type of the variable behind the sysctl and the handler that parses it.
    enum KernelType: String, Sendable {
        /// An `int` written through `proc_dointvec_minmax()`.
        case int
        /// An `unsigned long` written through `proc_doulongvec_minmax()`.
        case unsignedLong = "unsigned long"
        /// An array of `int`, one per zone, written through `proc_dointvec_minmax()`.
        case intArray = "int[MAX_NR_ZONES]"
    }

    /// `vm.min_free_kbytes`.
    var name: String
    var type: KernelType
    /// The `extra1` bound, and how the table names it (`SYSCTL_ZERO`).
    var minimum: (value: Int, name: String)?
    /// The `extra2` bound.
    var maximum: (value: Int, name: String)?
    /// A further rule of the sysctl's handler: the message for a value it rejects, or nil.
    var rule: (@Sendable (Int) -> String?)?
    /// The kernel variable behind the sysctl.
    var models: KernelSymbol
    var doc: String
    /// Writes the checked value to the machine; false when the model rejects it (-EINVAL).
    var apply: @Sendable (inout ScenarioSession, Int) -> Bool

    /// The bounds as the reference table prints them, like `int, 1..3000`.
    var boundsText: String {
        var parts = [type.rawValue]
        switch (minimum, maximum) {
        case (let low?, let high?): parts.append("\(low.value)..\(high.value)")
        case (let low?, nil): parts.append(">= \(low.value)")
        default: break
        }
        if name == "vm.percpu_pagelist_high_fraction" { parts.append("0 or >= 8") }
        return parts.joined(separator: ", ")
    }
}

extension Catalog {
    /// `INT_MAX` and `INT_MIN` of the kernel's 32-bit `int`.
    static let intRange = Int(Int32.min)...Int(Int32.max)

    /// The sysctls, bounded as `page_alloc_sysctl_table[]` (mm/page_alloc.c) and
    /// `hugetlb_table[]` (mm/hugetlb.c) of Linux 6.18 bound them.
    static let sysctls: [SysctlEntry] = [
        SysctlEntry(
            name: "vm.min_free_kbytes", type: .int, minimum: (0, "SYSCTL_ZERO"),
            models: KernelSymbol("min_free_kbytes", "mm/page_alloc.c"),
            doc: "The reserve below which only atomic and reclaim contexts allocate; sets the watermarks.",
            apply: { s, v in s.m.setMinFreeKbytes(v) }),
        SysctlEntry(
            name: "vm.watermark_boost_factor", type: .int, minimum: (0, "SYSCTL_ZERO"),
            models: KernelSymbol("watermark_boost_factor", "mm/page_alloc.c"),
            doc: "How far fragmentation boosts the watermarks, in 1/10000 of the high mark.",
            apply: { s, v in s.m.setWatermarkBoostFactor(v) }),
        SysctlEntry(
            name: "vm.watermark_scale_factor", type: .int, minimum: (1, "SYSCTL_ONE"),
            maximum: (3000, "SYSCTL_THREE_THOUSAND"), models: KernelSymbol("watermark_scale_factor", "mm/page_alloc.c"),
            doc: "The gap between watermarks, in 1/10000 of the zone's memory.",
            apply: { s, v in s.m.setWatermarkScaleFactor(v) }),
        SysctlEntry(
            name: "vm.percpu_pagelist_high_fraction", type: .int, minimum: (0, "SYSCTL_ZERO"),
            rule: { v in
                v == 0 || v >= 8
                    ? nil
                    : "percpu_pagelist_high_fraction_sysctl_handler() rejects \(v): it must be 0 or at least MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)"
            }, models: KernelSymbol("percpu_pagelist_high_fraction", "mm/page_alloc.c"),
            doc: "pcp->high as a fraction of the zone's memory (0: automatic).",
            apply: { s, v in s.m.setPercpuPagelistHighFraction(v) }),
        SysctlEntry(
            name: "vm.lowmem_reserve_ratio", type: .intArray,
            models: KernelSymbol("sysctl_lowmem_reserve_ratio", "mm/page_alloc.c"),
            doc: "Per zone, the divisor of the memory lower zones keep from higher-zone allocations.",
            apply: { _, _ in false }),
        SysctlEntry(
            name: "vm.nr_hugepages", type: .unsignedLong, minimum: (0, "0"),
            models: KernelSymbol("hugetlb_sysctl_handler", "mm/hugetlb.c"),
            doc: "The size of the default hugetlb pool; prints when the pool falls short.",
            apply: { s, wanted in
                let got = s.m.setMaxHugePages(wanted)
                if got < wanted { s.print("vm.nr_hugepages: asked for \(wanted), the pool holds \(got)") }
                return true
            }),
        SysctlEntry(
            name: "vm.nr_overcommit_hugepages", type: .unsignedLong, minimum: (0, "0"),
            models: KernelSymbol("hugetlb_overcommit_handler", "mm/hugetlb.c"),
            doc: "How many surplus huge pages the pool may grow by.",
            apply: { s, v in s.m.setNrOvercommitHugePages(v) }),
    ]

    /// The message for a value the kernel's handler of `entry` refuses, or nil when it
    /// accepts it: the C type's range first (an `int` holds INT_MIN..INT_MAX), then
    /// `extra1`/`extra2`, then the handler's own rule.
    static func rejection(of value: Int, for entry: SysctlEntry) -> String? {
        if entry.type != .unsignedLong, !intRange.contains(value) {
            return
                "\(entry.name) is an int: \(value) is out of range INT_MIN..INT_MAX (\(intRange.lowerBound)..\(intRange.upperBound))"
        }
        if let low = entry.minimum, value < low.value {
            let table = entry.type == .unsignedLong ? "an unsigned long" : "bounded by extra1 = \(low.name)"
            return "\(entry.name) is \(table): \(value) is below \(low.value)"
        }
        if let high = entry.maximum, value > high.value {
            return "\(entry.name) is bounded by extra2 = \(high.name): \(value) is above \(high.value)"
        }
        return entry.rule?(value)
    }
}
