import Testing

@testable import PageAlloc

/// calculate_normal_threshold() (mm/vmstat.c, 6.18): mem = managed >> (27 - PAGE_SHIFT) (128 MiB
/// units), threshold = min(125, 2 * fls(online CPUs) * (1 + fls(mem))).
@Suite struct VMStatThresholdTests {
    /// (managed pages, online CPUs, expected), each worked by hand.
    static let cases: [(Int, Int, Int)] = [
        // The real machine (fixture zoneinfo lines 89, 135, 181): 2 CPUs, fls(2) = 2.
        (3840, 2, 4),  // mem 0, fls 0: 2*2*1
        (772_808, 2, 24),  // mem 23, fls 5: 2*2*6
        (327_680, 2, 20),  // mem 10, fls 4: 2*2*5
        // One CPU, 1 GiB = 262144 pages: mem 8, fls 4: 2*1*5.
        (262_144, 1, 10),
        // 8 CPUs (fls 4), 8 GiB = 2097152 pages: mem 64, fls 7: 2*4*8 = 64.
        (2_097_152, 8, 64),
        // 1024 CPUs (fls 11), 16 GiB: mem 128, fls 8: 2*11*9 = 198, capped at 125.
        (4_194_304, 1024, 125),
        // An empty zone on 3 CPUs (fls 2): 2*2*1.
        (0, 3, 4),
    ]

    @Test(arguments: cases) func normalThreshold(_ managed: Int, _ cpus: Int, _ expected: Int) {
        #expect(Machine.normalThreshold(managedPages: managed, onlineCPUs: cpus) == expected)
    }
}
