import Testing

@testable import PageAlloc

/// Issue 13, items 3 and 9: a zoneinfo's numbers are checked before the layout is built (each
/// case trapped: an index out of range, an inverted range, an overflow, or terabytes asked
/// for), and the CPU-count search is polynomial.
@Suite struct ZoneinfoRobustnessTests {
    func fixture(replacing number: Int, with text: String) throws -> String {
        var lines = try Fixture.machine618A("zoneinfo").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        lines[number - 1] = text
        return lines.joined(separator: "\n")
    }

    /// Fixture lines: 98 DMA's start_pfn, 62 DMA's managed, 152 Normal's spanned.
    @Test(arguments: [
        (98, "  start_pfn:           -5", "negative-count"),
        (62, "        managed  -3840", "negative-count"),
        (152, "        spanned  9223372036854775000", "beyond-physical-memory"),
        (152, "        spanned  4611686018427387904", "beyond-physical-memory"),
        (190, "  start_pfn:           9223372036854775000", "beyond-physical-memory"),
    ])
    func badNumbersAreLocatedErrors(line: Int, text: String, id: String) throws {
        let zoneinfo = try fixture(replacing: line, with: text)
        let error = #expect(throws: ProcFileError.self) { try MachineLayout.fromZoneinfo(zoneinfo) }
        #expect(error?.id == id)
        #expect(error?.line == line)
    }

    /// The search for per-node CPU counts solves each (node, CPUs left) state once: 12 nodes
    /// of 40 candidate counts each with no solution (the case that ran for hours) evaluate at
    /// most 12 × 481 states, where backtracking tried 40^12 combinations.
    @Test func cpuCountSearchIsPolynomial() {
        let cpus = 480
        // Every node accepts 1 to 40 CPUs except the last, which accepts none that fits.
        let candidates = Array(repeating: Array(1...40), count: 11) + [[cpus]]
        let (counts, states) = MachineLayout.cpuCounts(candidates, cpus: cpus)
        #expect(counts == nil)
        #expect(states <= 12 * (cpus + 1))
        let solvable = MachineLayout.cpuCounts([[3, 1], [2, 5], [4]], cpus: 10)
        #expect(solvable.counts == [1, 5, 4])
    }
}
