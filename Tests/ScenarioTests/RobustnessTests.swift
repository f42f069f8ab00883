import Foundation
import TestSupport
import Testing

@testable import PageAlloc
@testable import Scenario

/// Issue 13: no input crashes or hangs a scenario, every resource is bounded, and every bad
/// input gets a located error. Each case crashed, hung or was silently accepted before.
@Suite struct RobustnessTests {
    static func run(_ text: String, directory: String = ".") -> ScenarioResult {
        var session = ScenarioSession()
        return session.run(ScenarioSource(file: "t.md", text: text, directory: directory))
    }

    /// Item 1: `mix=` weights that summed past Int.max trapped.
    @Test func mixWeightsAreBounded() {
        let result = Self.run(
            "boot mem=64M\nworkload churn ops=10 mix=\"GFP_KERNEL:9223372036854775807 GFP_KERNEL:1\"\n")
        #expect(result.diagnostics.map(\.id) == [.badMix])
        #expect(result.diagnostics.first?.column == 28)
        #expect(result.diagnostics.first?.summary.contains("1 to \(Limits.mixWeight)") == true)
    }

    /// Item 2: node 51's DMA zone index is 255, the memmap's "no zone" byte; 52 nodes trapped.
    @Test(arguments: [52, 64]) func nodesBeyondTheZoneIndexAreRefused(nodes: Int) {
        let result = Self.run("boot mem=16G nodes=\(nodes)\n")
        #expect(result.diagnostics.map(\.id) == [.badBootOption])
        #expect(result.diagnostics.first?.summary.contains("1 to 51") == true)
    }

    /// Item 2: the largest machine the zone index allows boots, every node's zones apart.
    @Test func fiftyOneNodesBoot() throws {
        var session = ScenarioSession()
        let result = session.run(ScenarioSource(file: "t.md", text: "boot mem=16G nodes=51\n"))
        #expect(result.diagnostics == [])
        let machine = try #require(session.machine)
        #expect(machine.checkInvariants() == [])
    }

    /// Item 2, from a zoneinfo: 52 nodes (each with the committed machine's DMA zone, moved
    /// to a span of its own) trapped in the memmap's one-byte zone index as `nodes=52` did.
    @Test func zoneinfoNodesBeyondTheZoneIndexAreRefused() throws {
        // The sandbox is removed when `box` goes: keep it to the end of the test.
        let box = try Sandbox()
        defer { withExtendedLifetime(box) {} }
        let sandbox = box.root
        let machine = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("notes/machines/pc-24g-zoneinfo.txt")
        let lines = try String(contentsOf: machine, encoding: .utf8).split(separator: "\n").map(String.init)
        // Lines 1-98: node 0's per-node stats and its DMA zone, ending with start_pfn.
        let dma = lines[0..<98]
        var text = ""
        for node in 0..<52 {
            for line in dma {
                if line.hasPrefix("Node 0,") {
                    text += "Node \(node)," + line.dropFirst(7) + "\n"
                } else if line.hasPrefix("  start_pfn:") {
                    text += "  start_pfn:           \(1 + node * 0x1000)\n"
                } else {
                    text += line + "\n"
                }
            }
        }
        try Data(text.utf8).write(to: sandbox.appendingPathComponent("z.txt"))
        let result = Self.run("boot zoneinfo=z.txt\n", directory: sandbox.path)
        #expect(result.diagnostics.map(\.id) == [.badBootOption])
        #expect(result.diagnostics.first?.summary.contains("52 nodes") == true, "\(result.diagnostics)")
    }

    /// Item 4: the same zone twice, or zones out of order, misattributed pages.
    @Test(arguments: [
        ("boot zones=\"Normal:16M Normal:16M\"", 24, "listed twice"),
        ("boot zones=\"Normal:16M DMA:16M\"", 24, "must come before zone Normal"),
        ("boot zones=\"DMA32:64M  Movable:16M Normal:16M\"", 36, "must come before zone Movable"),
    ])
    func zonesAreOnceAndInOrder(text: String, column: Int, words: String) {
        let result = Self.run(text + "\n")
        #expect(result.diagnostics.map(\.id) == [.badZones])
        #expect(result.diagnostics.first?.column == column)
        #expect(result.diagnostics.first?.summary.contains(words) == true, "\(result.diagnostics)")
    }

    /// Item 13: one size cap for every way to make a machine (the model's,
    /// `MachineLayout.maxMemoryBytes`), stated with the host memory it would need.
    @Test(arguments: [
        ("boot zones=\"Normal:16T\"", "more than the model's limit of 1T"),
        ("boot zones=\"DMA32:64M Normal:1025G\"", "more than the model's limit of 1T"),
        ("boot mem=2T", "between 4M and 1T"),
        ("boot mem=0x7fffffffffffffff", "between 4M and 1T"),
    ])
    func machineSizeHasOneCap(text: String, words: String) {
        let result = Self.run(text + "\n")
        #expect(result.diagnostics.map(\.id) == [.machineTooLarge])
        #expect(result.diagnostics.first?.summary.contains(words) == true, "\(result.diagnostics)")
        #expect(result.diagnostics.first?.summary.contains("of host memory") == true, "\(result.diagnostics)")
    }

    /// Item 13: the cap lets the largest documented machines through.
    @Test func theCapAdmitsTheLargestDocumentedMachines() {
        #expect(MachineLayout.x86(memoryBytes: 1 << 40).sizeLimitProblem == nil)
        let zones = MachineLayout.contiguous(zones: [(.normal, (1 << 40) >> Kernel.pageShift)])
        #expect(zones.sizeLimitProblem == nil)
    }

    /// Item 8: each syntax error split the whole block again (quadratic); a block that is no
    /// scenario now stops after a bounded number of errors, and a block has a line limit.
    @Test func syntaxErrorsAndLinesAreBounded() {
        let garbage = String(repeating: "this is not a scenario;\n", count: 2_000)
        #expect(Self.run(garbage).diagnostics.count == Limits.syntaxErrorsPerBlock)
        let long = Self.run(String(repeating: "boot mem=64M\n", count: Limits.linesPerBlock + 1))
        #expect(long.diagnostics.map(\.id) == [.blockTooLong])
        #expect(long.diagnostics.first?.line == Limits.linesPerBlock + 1)
    }

    /// Item 11: a workload failing every allocation kept a report per failure (700 MB for one
    /// statement); the log of one statement is bounded and the rest counted. (`warn_alloc()` is
    /// rate-limited now, so the flood comes from bad pages: freeing a split order-10 block as
    /// one finds 1023 pages still referenced, six lines each.)
    @Test func reportsPerStatementAreBounded() {
        let result = Self.run(
            "boot zones=\"DMA32:64M\"\np = alloc_pages(GFP_KERNEL, 10)\nsplit_page(p, 10)\n__free_pages(p, 10)\n"
                + "expect warning \"Bad page state\"\n")
        #expect(result.diagnostics == [])
        let lines = result.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("p: ") == true)
        #expect(lines.count > Limits.reportLinesPerStatement / 2)
        #expect(lines.count <= 1 + Limits.reportLinesPerStatement + 1)
        #expect(lines.last?.hasPrefix("mmbook: ") == true && lines.last?.contains(" more kernel log lines") == true)
    }

    /// Item 19: a CRLF script was one line; a byte order mark was an unexpected character.
    @Test func crlfLineEndsAndAByteOrderMarkAreAccepted() {
        let crlf = Self.run("boot mem=64M\r\np = alloc_pages(GFP_KERNEL, 0)\r\nexpect p.order == 0\r\n")
        #expect(crlf.diagnostics == [])
        #expect(crlf.output.hasPrefix("p: pfn="))
        let bom = Self.run("\u{FEFF}boot mem=64M\nexpect 1 == 2\n")
        #expect(bom.diagnostics.map(\.id) == [.expectationFailed])
        #expect(bom.diagnostics.first?.line == 2)
        #expect(ScenarioSource(file: "t", text: "a\rb\r\nc\n").lines == ["a", "b", "c"])
    }

    /// Item 17: a quoted path kept its quotes when it held a slash, so no quoted path worked.
    @Test func aQuotedPathWithASlashIsAPath() throws {
        // The sandbox is removed when `box` goes: keep it to the end of the test.
        let box = try Sandbox()
        defer { withExtendedLifetime(box) {} }
        let sandbox = box.root
        try FileManager.default.createDirectory(
            at: sandbox.appendingPathComponent("machines"), withIntermediateDirectories: true)
        try Data("not a zoneinfo\n".utf8).write(to: sandbox.appendingPathComponent("machines/z.txt"))
        let result = Self.run("boot zoneinfo=\"machines/z.txt\"\n", directory: sandbox.path)
        #expect(result.diagnostics.map(\.id) == [.badZoneinfo])
    }

    /// Item 17: zoneinfo= reads regular files inside the notes folder, of bounded size.
    @Test func zoneinfoReadsOnlyBoundedRegularFilesInside() throws {
        // The sandbox is removed when `box` goes: keep it to the end of the test.
        let box = try Sandbox()
        defer { withExtendedLifetime(box) {} }
        let sandbox = box.root
        let notes = sandbox.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try Data("outside\n".utf8).write(to: sandbox.appendingPathComponent("outside.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: notes.appendingPathComponent("link.txt").path, withDestinationPath: "../outside.txt")
        try Data(count: Limits.zoneinfoBytes + 1).write(to: notes.appendingPathComponent("big.txt"))
        try FileManager.default.createDirectory(
            at: notes.appendingPathComponent("dir"), withIntermediateDirectories: true)
        for (path, words) in [
            ("../outside.txt", "outside the notes folder"), ("link.txt", "outside the notes folder"),
            ("/proc/self/status", "outside the notes folder"), ("big.txt", "at most 1 MiB"),
            ("dir", "not a regular file"),
        ] {
            let result = Self.run("boot zoneinfo=\"\(path)\"\n", directory: notes.path)
            #expect(result.diagnostics.map(\.id) == [.fileNotAllowed], "\(path)")
            #expect(result.diagnostics.first?.summary.contains(words) == true, "\(path): \(result.diagnostics)")
        }
        var session = ScenarioSession()
        let allowed = session.run(
            ScenarioSource(
                file: "t", text: "boot zoneinfo=\"../outside.txt\"\n", directory: notes.path, fileRoot: .some(nil)))
        #expect(allowed.diagnostics.map(\.id) == [.badZoneinfo])
    }
}
