// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `freeAreaText`.
    static let freeAreaText = #"""
Node 0, zone Normal: free_area
order              0       1       2       3       4       5       6       7       8       9      10     pages
Unmovable          1       0       1       1       1       1       1       1       1       1       0      1021
Movable            0       0       0       3       1       0       0       1       1       0      13     13736
Reclaimable        0       1       0       1       1       1       1       1       1       1       0      1018
HighAtomic         0       0       0       0       0       0       0       0       0       0       0         0
Isolate            0       0       0       0       0       0       0       0       0       0       0         0
nr_free            1       1       1       5       3       2       2       3       3       2      13
pages              1       2       4      40      48      64     128     384     768    1024   13312     15775

"""#
}
