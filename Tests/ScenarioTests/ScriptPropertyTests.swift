import Foundation
import PageAlloc
import Testing

@testable import Scenario

/// Issue 13, item 5: random scripts, with misuse in them (wrong orders, offsets into other
/// blocks, double frees, splits and references on pages that are not the script's), run
/// through the language one statement at a time. Every statement either leaves the model's
/// invariants whole, or ends in a located error or in the report the kernel would print
/// (which, unclaimed, is an error): a misuse never silently breaks the model.
@Suite struct ScriptPropertyTests {
    static let isLong = ProcessInfo.processInfo.environment["MMBOOK_LONG_TESTS"] == "1"
    static let masks = ["GFP_KERNEL", "GFP_HIGHUSER_MOVABLE", "GFP_ATOMIC", "GFP_KERNEL | __GFP_COMP", "GFP_NOWAIT"]

    /// One random statement on variables p0...p3.
    static func statement(_ rng: inout SeededGenerator) -> String {
        let v = "p\(Int.random(in: 0...3, using: &rng))"
        let page = Bool.random(using: &rng) ? v : "\(v) + \(Int.random(in: 0...600, using: &rng))"
        let order = Int.random(in: 0...10, using: &rng)
        let mask = masks.randomElement(using: &rng)!
        switch Int.random(in: 0..<14, using: &rng) {
        case 0, 1, 2: return "\(v) = alloc_pages(\(mask), \(Int.random(in: 0...4, using: &rng)))"
        case 3: return "\(v) = folio_alloc(GFP_KERNEL, \(Int.random(in: 0...9, using: &rng)))"
        case 4, 5: return "__free_pages(\(page), \(Bool.random(using: &rng) ? order : order % 3))"
        case 6: return "split_page(\(page), \(order))"
        case 7: return "get_page(\(page))"
        case 8: return "put_page(\(page))"
        case 9: return "split_folio(\(page))"
        case 10: return "__free_page(\(page))"
        case 11: return "drain_all_pages()"
        case 12: return "show page \(page)"
        default: return "\(v) = alloc_pages_exact(\(Int.random(in: 1...20_000, using: &rng)), GFP_KERNEL)"
        }
    }

    /// Runs `scripts` random scripts of `length` statements each; returns the first statement
    /// that broke the invariants without an error, as its script.
    static func firstSilentBreak(seed: UInt64, scripts: Int, length: Int) -> String? {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<scripts {
            var session = ScenarioSession()
            var script = "boot zones=\"DMA32:8M Normal:8M\" cpus=2\n"
            _ = session.run(ScenarioSource(file: "t", text: script))
            for _ in 0..<length {
                let line = statement(&rng)
                script += line + "\n"
                let result = session.run(ScenarioSource(file: "t", text: line + "\n"))
                guard result.diagnostics.isEmpty else { break }
                if let problems = session.machine?.checkInvariants(), !problems.isEmpty {
                    return script + "# " + problems[0]
                }
            }
        }
        return nil
    }

    @Test func misuseNeverSilentlyBreaksTheModel() {
        let scripts = Self.isLong ? 3_000 : 60
        #expect(Self.firstSilentBreak(seed: 13, scripts: scripts, length: 30) == nil)
    }

    /// A split larger than the block reached free buddy pages without a report (item 5).
    @Test func splitOverFreePagesIsReported() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "t", text: "boot zones=\"Normal:16M\"\np = alloc_pages(GFP_KERNEL, 0)\nsplit_page(p, 5)\n"))
        #expect(result.diagnostics.map(\.id) == [.kernelBug])
        #expect(result.output.contains("split_page() of order 5"))
        #expect(session.machine?.checkInvariants() == [])
    }

    /// A wrong-order free or split at the end of memory indexed past the memmap (item 5).
    @Test(arguments: ["__free_pages(p, 10)", "split_page(p, 10)", "free_pages(p, 10)"])
    func blocksPastTheMemmapAreLocatedErrors(call: String) {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "t",
                text:
                    "boot zones=\"Normal:4M\"\nw = alloc_pages(GFP_KERNEL, 9)\np = alloc_pages(GFP_KERNEL, 0)\n\(call)\n"
            ))
        #expect(result.diagnostics.map(\.id) == [.badPfn])
        #expect(result.diagnostics.first?.column == call.count - 2)
    }
}
