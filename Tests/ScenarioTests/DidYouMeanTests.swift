import Testing

@testable import Scenario

/// `closestMatch`: the did-you-mean candidates of every diagnostic suggestion.
@Suite struct DidYouMeanTests {
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
