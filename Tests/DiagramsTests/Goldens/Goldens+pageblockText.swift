// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `pageblockText`.
    static let pageblockText = #"""
Node 0, zone Normal: pageblocks
1 cell = 1 pageblock (512 pages); letters U M R H I = migratetype (lowercase: mixed), bars = free pages
0x100000 UURRMMMMMMMMMMMMMMMMMMMMMMMMMMMM
         ▇█▇█▇ ██████████████████████████
Unmovable 2, Movable 28, Reclaimable 2

"""#
}
