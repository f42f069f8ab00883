import Testing

@testable import PageAlloc
@testable import Scenario

/// One grammar with C's precedence and semantics for every expression, gfp masks inside
/// `mix=` strings included (issue 9, item 4). Mask values are those of
/// include/linux/gfp_types.h (Linux 6.18); precedence is C11's (6.5.5 to 6.5.14).
@Suite struct GrammarTests {
    /// The value of `text` as one expression on a booted 16 MiB machine.
    static func evaluate(_ text: String) throws(ScenarioFailure) -> Value {
        var session = ScenarioSession()
        _ = session.run(ScenarioSource(file: "t.md", text: "boot zones=\"Normal:16M\"\n"))
        return try session.evaluate(try Parser.parseExpression(text, column: 1))
    }

    static let masks: [(String, UInt32)] = [
        ("GFP_KERNEL", 0xcc0),
        // 0xcc0 | 0x40000 | 0x100
        ("GFP_KERNEL | __GFP_COMP | __GFP_ZERO", 0x40dc0),
        // 0xcc0 & ~0xc00
        ("GFP_KERNEL & ~__GFP_RECLAIM", 0xc0),
        ("GFP_KERNEL&~__GFP_RECLAIM", 0xc0),
        // The definition of GFP_TRANSHUGE_LIGHT in gfp_types.h: (0x100cca|0x40000|0x80000|0x2000) & ~0xc00.
        ("(GFP_HIGHUSER_MOVABLE | __GFP_COMP | __GFP_NOMEMALLOC | __GFP_NOWARN) & ~__GFP_RECLAIM", 0x1c20ca),
        // & binds tighter than |: 0x2 | (0x1 & 0) = 0x2, where left to right would give 0.
        ("__GFP_HIGHMEM | __GFP_DMA & 0", 0x2),
        ("(__GFP_HIGHMEM | __GFP_DMA) & 0", 0),
        // The example: GFP_KERNEL | (__GFP_ZERO & __GFP_COMP) is GFP_KERNEL.
        ("GFP_KERNEL | __GFP_ZERO & __GFP_COMP", 0xcc0),
        ("~~GFP_KERNEL", 0xcc0),
        // Numbers and named flags mix, as tracepoints print masks with unnamed bits.
        ("GFP_KERNEL | 0x200", 0xec0),
        ("0x200 | GFP_KERNEL", 0xec0),
        ("GFP_KERNEL ^ __GFP_IO", 0xc80),
        ("GFP_NOWAIT", 0x2800),
    ]

    @Test(arguments: masks)
    func gfpMasksFollowC(text: String, expected: UInt32) throws {
        #expect(try Self.evaluate(text) == .gfp(GFP(rawValue: expected)))
    }

    static let numbers: [(String, Int)] = [
        ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("7 / 2", 3), ("-7 / 2", -3), ("-7 % 2", -1), ("1 << 4 + 1", 32),
        ("256 >> 2", 64), ("1 < 2 == 1", 1), ("3 & 5 | 8", 9), ("6 ^ 3", 5), ("!0 + !5", 1), ("~0", -1),
        ("-(3 - 5)", 2), ("0 && 1 / 0", 0), ("1 || 1 / 0", 1), ("2 && 3", 1), ("1 - 2 - 3", -4),
        ("0x7fffffffffffffff", Int.max), ("4K * 2", 8192), ("GFP_KERNEL + 0", 0xcc0), ("5 > 3 > 1", 0),
    ]

    @Test(arguments: numbers)
    func integersFollowC(text: String, expected: Int) throws {
        #expect(try Self.evaluate(text) == .int(expected))
    }

    @Test func everyNamedMaskEvaluatesToItself() throws {
        for (name, mask) in GFP.namedMasks {
            #expect(try Self.evaluate(name) == .gfp(mask), "\(name)")
        }
    }

    @Test func showGFPPrintsWhatCEvaluates() {
        var session = ScenarioSession()
        let result = session.run(ScenarioSource(file: "t.md", text: "show gfp GFP_KERNEL | __GFP_ZERO & __GFP_COMP\n"))
        #expect(result.diagnostics == [])
        #expect(result.output.hasPrefix("gfp_flags: GFP_KERNEL (0xcc0)\n"))
    }

    @Test func aMixedMaskIsAcceptedAndTracedAsTheKernelPrintsIt() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "t.md", text: "boot zones=\"Normal:16M\"\ntrace on\np = alloc_pages(GFP_KERNEL | 0x200, 0)\n"))
        #expect(result.diagnostics == [])
        #expect(result.output.contains("gfp_flags=GFP_KERNEL|0x200"))
    }

    @Test func mixEntriesUseTheSameGrammar() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "t.md",
                text: """
                    boot zones="Normal:16M"
                    workload churn ops=20 mix="GFP_KERNEL|__GFP_ZERO&__GFP_COMP:1 (GFP_HIGHUSER_MOVABLE|0x200):2"

                    """))
        #expect(result.diagnostics == [])
    }

    /// A mask inside `mix=` is located at its own characters, in 1-based character columns
    /// (the old gfp parser counted 0-based UTF-8 bytes from the start of the mask).
    @Test func aMixErrorPointsAtTheFlagInTheString() {
        var session = ScenarioSession()
        let text = "boot zones=\"Normal:16M\"\nworkload churn mix=\"GFP_KERNEL:1 § GFP_KERNAL:2\"\n"
        let result = session.run(ScenarioSource(file: "t.md", text: text))
        let d = result.diagnostics.first
        #expect(d?.id == .badMix)
        #expect(d?.column == 34)
        let flag = session.run(
            ScenarioSource(file: "t.md", text: "workload churn mix=\"GFP_KERNEL:1 §:2 GFP_KERNAL:2\"\n"))
        #expect(flag.diagnostics.first?.id == .unexpectedCharacter)
        #expect(flag.diagnostics.first?.column == 34)
        let name = session.run(
            ScenarioSource(file: "t.md", text: "workload churn mix=\"GFP_KERNEL:1 __GFP_ZERO|GFP_KERNAL:2\"\n"))
        #expect(name.diagnostics.first?.id == .unknownGFPFlag)
        #expect(name.diagnostics.first?.column == 45)
        #expect(name.diagnostics.first?.suggestions.map(\.replacement) == ["GFP_KERNEL"])
    }

    @Test func aHundredThousandParenthesesAreALocatedError() {
        var session = ScenarioSession()
        let text = "expect " + String(repeating: "(", count: 100_000) + "1" + "\n"
        let result = session.run(ScenarioSource(file: "t.md", text: text))
        let d = result.diagnostics.first
        #expect(d?.id == .expressionTooDeep)
        #expect(d?.column == 8 + Parser.maxExpressionNodes)
    }
}
