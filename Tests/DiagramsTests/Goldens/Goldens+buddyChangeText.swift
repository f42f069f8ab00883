// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `buddyChangeText`.
    static let buddyChangeText = #"""
alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
Node 0, zone Normal: 4096 -> 4080 free pages
  free_list[4][Movable]   before (0):   (empty)
                          after (1):    +0x100010
  free_list[5][Movable]   before (0):   (empty)
                          after (1):    +0x100020
  free_list[6][Movable]   before (0):   (empty)
                          after (1):    +0x100040
  free_list[7][Movable]   before (0):   (empty)
                          after (1):    +0x100080
  free_list[8][Movable]   before (0):   (empty)
                          after (1):    +0x100100
  free_list[9][Movable]   before (0):   (empty)
                          after (1):    +0x100200
  free_list[10][Movable]  before (4):   -0x100000 0x100400 0x100800 0x100c00
                          after (3):    0x100400 0x100800 0x100c00

"""#
}
