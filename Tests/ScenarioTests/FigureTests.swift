import Foundation
import TestSupport
import Testing

@testable import Scenario

/// Diagram views print a text fallback and record where it is, so the site can put the SVG there.
@Suite struct FigureTests {
    @Test func figureRangesPointAtTheirTextEvenAfterTraceLines() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "f.md",
                text: """
                    boot zones="Normal:16M"
                    trace on
                    p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
                    show free_area Normal
                    show memmap p

                    """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.figures.count == 2)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        let freeArea = result.figures[0]
        #expect(lines[freeArea.outputLines.lowerBound] == "Node 0, zone Normal: free_area")
        #expect(freeArea.kind == .freeArea(zone: 2))
        #expect(lines[result.figures[1].outputLines.lowerBound].hasPrefix("Pages 0x100000-0x10003f"))
        #expect(result.figures[1].outputLines.upperBound == lines.count - 1)
        #expect(freeArea.svg.hasPrefix("<svg"))
    }

    @Test func memmapNeedsALiveVariable() {
        var session = ScenarioSession()
        let result = session.run(ScenarioSource(file: "f.md", text: "boot zones=\"Normal:16M\"\nshow memmap q\n"))
        #expect(result.diagnostics.first?.id == .undefinedVariable)
        #expect(result.diagnostics.first?.column == 13)
    }

    /// A result is plain data: a walkthrough with diagrams survives a JSON round trip whole,
    /// and its figures and free-list views draw the same from the decoded data.
    @Test func resultsRoundTripThroughJSON() throws {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "f.md",
                text: """
                    boot zones="Normal:16M"
                    p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
                    show free_area Normal
                    show pageblocks Normal
                    show memmap p
                    __free_pages(p, 4)

                    """), walkthrough: true)
        #expect(result.succeeded)
        let decoded = try JSONDecoder().decode(ScenarioResult.self, from: try JSONEncoder().encode(result))
        #expect(decoded == result)
        #expect(decoded.figures.map(\.svg) == result.figures.map(\.svg))
        #expect(decoded.steps.compactMap { $0.freeListChanges?.svg() }.count == 2)
        #expect(decoded.steps.map(\.freeListEvents.count) == result.steps.map(\.freeListEvents.count))
    }

    /// A block that reads a file records it by content hash, and records an unreadable one
    /// with an empty hash.
    @Test func filesReadAreDependencies() throws {
        // The sandbox is removed when `box` goes: keep it to the end of the test.
        let box = try Sandbox()
        defer { withExtendedLifetime(box) {} }
        let sandbox = box.root
        try Data("not a zoneinfo\n".utf8).write(to: sandbox.appendingPathComponent("z.txt"))
        var session = ScenarioSession()
        let read = session.run(
            ScenarioSource(file: "f.md", text: "boot zoneinfo=z.txt\n", directory: sandbox.path))
        #expect(read.diagnostics.first?.id == .badZoneinfo)
        #expect(
            read.dependencies == [
                FileDependency(path: sandbox.path + "/z.txt", contentHash: SHA256.hex("not a zoneinfo\n"))
            ])
        let missing = session.run(
            ScenarioSource(file: "f.md", text: "boot zoneinfo=y.txt\n", directory: sandbox.path))
        #expect(missing.dependencies == [FileDependency(path: sandbox.path + "/y.txt", contentHash: "")])
    }

    /// SHA-256 against the FIPS 180-4 examples.
    @Test func sha256MatchesTheStandard() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
