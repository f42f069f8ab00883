// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `memmapText`.
    static let memmapText = #"""
Pages 0x100800-0x10087f around pfn 0x100804
0x100800 CcccPppp3-------########3-------########Pppppppp########Pppppppp
             ^ 0x100804
0x100840 ########Pppppppp########Pppppppp########3-------4---------------
0-9 a: free block of that order, - its other pages; P p: per-CPU list block;
C c: compound head, tail; #: allocated; R: reserved; .: no zone

"""#
}
