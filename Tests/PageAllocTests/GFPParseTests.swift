import Testing

@testable import PageAlloc

/// `GFP.parse` and `closestMatch`: expressions evaluated as C evaluates them on the `gfp_t`
/// (unsigned int) values of include/linux/gfp_types.h (Linux 6.18), with C operator precedence
/// (`~` over `&` over `|`); errors located by their 0-based UTF-8 column.
@Suite struct GFPParseTests {
    static let valid: [(String, UInt32)] = [
        ("GFP_KERNEL", 0xcc0),
        // 0xcc0 | 0x40000 | 0x100
        ("GFP_KERNEL | __GFP_COMP | __GFP_ZERO", 0x40dc0),
        // 0xcc0 & ~0xc00
        ("GFP_KERNEL & ~__GFP_RECLAIM", 0xc0),
        ("GFP_KERNEL&~__GFP_RECLAIM", 0xc0),
        // The definition of GFP_TRANSHUGE_LIGHT in gfp_types.h: (0x100cca|0x40000|0x80000|0x2000) & ~0xc00.
        ("(GFP_HIGHUSER_MOVABLE | __GFP_COMP | __GFP_NOMEMALLOC | __GFP_NOWARN) & ~__GFP_RECLAIM", 0x1c20ca),
        ("0x400 | 0x800", 0xc00),
        ("0XCC0", 0xcc0),
        ("3264", 0xcc0),
        ("0", 0),
        // & binds tighter than |: 0x2 | (0x1 & 0) = 0x2, where left to right would give 0.
        ("__GFP_HIGHMEM | __GFP_DMA & 0", 0x2),
        ("(__GFP_HIGHMEM | __GFP_DMA) & 0", 0),
        ("~~GFP_KERNEL", 0xcc0),
        // ~ works on the 32-bit gfp_t.
        ("~0", 0xffff_ffff),
        ("~__GFP_RECLAIM", 0xffff_f3ff),
        ("GFP_NOWAIT", 0x2800),
        ("\tGFP_ATOMIC |\n__GFP_NOWARN ", 0x2820),
        ("0xffffffff", 0xffff_ffff),
    ]

    @Test(arguments: valid)
    func evaluates(expression: String, expected: UInt32) throws {
        let gfp = try GFP.parse(expression).get()
        #expect(gfp.rawValue == expected)
    }

    static let invalid: [(String, GFPParseError.Kind, Int, String?)] = [
        ("", .emptyExpression, 0, nil),
        ("   ", .emptyExpression, 0, nil),
        ("__GFP_MOVEABLE", .unknownName("__GFP_MOVEABLE"), 0, "__GFP_MOVABLE"),
        ("GFP_KERNEL | GFP_KERNAL", .unknownName("GFP_KERNAL"), 13, "GFP_KERNEL"),
        ("gfp_kernel", .unknownName("gfp_kernel"), 0, "GFP_KERNEL"),
        ("___GFP_ZERO", .unknownName("___GFP_ZERO"), 0, "__GFP_ZERO"),
        ("GFP_KERNEL | FROB", .unknownName("FROB"), 13, nil),
        ("GFP_KERNEL |", .expectedOperand(found: nil), 12, nil),
        ("| GFP_KERNEL", .expectedOperand(found: "|"), 0, nil),
        ("GFP_KERNEL & )", .expectedOperand(found: ")"), 13, nil),
        ("GFP_KERNEL GFP_DMA", .expectedOperator(found: "GFP_DMA"), 11, nil),
        ("(GFP_KERNEL GFP_DMA)", .expectedOperator(found: "GFP_DMA"), 12, nil),
        ("(GFP_KERNEL", .unclosedParenthesis, 0, nil),
        ("__GFP_ZERO | ((GFP_KERNEL)", .unclosedParenthesis, 13, nil),
        ("GFP_KERNEL)", .unmatchedClosingParenthesis, 10, nil),
        ("GFP_KERNEL + __GFP_ZERO", .unexpectedCharacter("+"), 11, nil),
        ("GFP_KERNEL | 0x", .invalidNumber("0x"), 13, nil),
        ("12abc", .invalidNumber("12abc"), 0, nil),
        ("010", .invalidNumber("010"), 0, nil),
        ("0x1ffffffff", .numberTooLarge("0x1ffffffff"), 0, nil),
        ("4294967296", .numberTooLarge("4294967296"), 0, nil),
        // The leftmost error wins: the unknown name comes before the stray character.
        ("GFP_KERNAL + 1", .unknownName("GFP_KERNAL"), 0, "GFP_KERNEL"),
        // U+00A0 is whitespace of two UTF-8 bytes, so the name starts at byte 14, character 13.
        ("GFP_KERNEL |\u{00A0}GFP_KERNAL", .unknownName("GFP_KERNAL"), 14, "GFP_KERNEL"),
        // A non-ASCII letter starts no token.
        ("GFP_KERNEL | é", .unexpectedCharacter("é"), 13, nil),
    ]

    @Test(arguments: invalid)
    func reportsErrorAtColumn(expression: String, kind: GFPParseError.Kind, column: Int, suggestion: String?) {
        #expect(GFP.parse(expression) == .failure(GFPParseError(kind: kind, column: column, suggestion: suggestion)))
    }

    @Test func errorDescriptionCarriesTheSuggestion() {
        guard case .failure(let error) = GFP.parse("__GFP_MOVEABLE") else {
            Issue.record("parsed an unknown name")
            return
        }
        #expect(error.description == "unknown gfp flag '__GFP_MOVEABLE' (did you mean '__GFP_MOVABLE'?)")
        #expect(error.id == "unknown-gfp-flag")
    }

    @Test func everyNamedMaskParsesToItself() throws {
        for (name, mask) in GFP.namedMasks {
            #expect(try GFP.parse(name).get() == mask, "\(name)")
        }
    }

    static let suggestions: [(String, [String], String?)] = [
        ("__GFP_MOVEABLE", ["__GFP_MOVABLE", "__GFP_RECLAIMABLE"], "__GFP_MOVABLE"),
        ("normal", ["DMA", "DMA32", "Normal", "Movable"], "Normal"),
        ("DMA33", ["DMA", "DMA32", "Normal"], "DMA32"),
        ("frob", ["GFP_KERNEL", "GFP_ATOMIC"], nil),
        ("", ["a"], nil),
        ("x", [], nil),
        // Ties go to the first candidate: "ab" is one edit from both.
        ("ab", ["abc", "abd"], "abc"),
        // The threshold is a third of the query's length, 8 / 3 = 2 edits: two insertions reach GFP_KERNEL...
        ("GFP_KRNL", ["GFP_KERNEL"], "GFP_KERNEL"),
        // ...but "alloc_pages" is far from everything here.
        ("alloc_pages", ["GFP_KERNEL", "__GFP_COMP"], nil),
    ]

    @Test(arguments: suggestions)
    func closestMatchSuggests(query: String, candidates: [String], expected: String?) {
        #expect(closestMatch(to: query, in: candidates) == expected)
    }

    @Test func editDistanceIsLevenshtein() {
        #expect(editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(editDistance(Array(""), Array("abc")) == 3)
        #expect(editDistance(Array("flaw"), Array("lawn")) == 2)
    }
}
