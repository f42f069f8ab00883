// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `pageblockSVG`.
    static let pageblockSVG = #"""
<svg xmlns="http://www.w3.org/2000/svg" class="mmd mmd-pageblocks" viewBox="0 0 792 104" width="792" height="104" role="img">
<title>Node 0, zone Normal: pageblocks</title>
<desc>Migratetype and free pages of each pageblock of node 0, zone Normal: Unmovable 2, Movable 28, Reclaimable 2; 15775 of 16384 pages free; 1 cell = 1 pageblock (512 pages).</desc>
<text class="mmd-title" x="8" y="18">Node 0, zone Normal: pageblocks</text>
<text class="mmd-label mmd-small" x="8" y="45">0x100000</text>
<rect class="mmd-pageblock mmd-mt-unmovable" x="80" y="30" width="21" height="22"><title>0x100000-0x1001ff Unmovable: 509 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-unmovable" x="80" y="31" width="21" height="21"/>
<rect class="mmd-pageblock mmd-mt-unmovable" x="102" y="30" width="21" height="22"><title>0x100200-0x1003ff Unmovable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-unmovable" x="102" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-reclaimable" x="124" y="30" width="21" height="22"><title>0x100400-0x1005ff Reclaimable: 506 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-reclaimable" x="124" y="31" width="21" height="21"/>
<rect class="mmd-pageblock mmd-mt-reclaimable" x="146" y="30" width="21" height="22"><title>0x100600-0x1007ff Reclaimable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-reclaimable" x="146" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="168" y="30" width="21" height="22"><title>0x100800-0x1009ff Movable: 424 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="168" y="34" width="21" height="18"/>
<rect class="mmd-pageblock mmd-mt-movable" x="190" y="30" width="21" height="22"><title>0x100a00-0x100bff Movable: 0 of 512 pages free</title></rect>
<rect class="mmd-pageblock mmd-mt-movable" x="212" y="30" width="21" height="22"><title>0x100c00-0x100dff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="212" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="234" y="30" width="21" height="22"><title>0x100e00-0x100fff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="234" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="256" y="30" width="21" height="22"><title>0x101000-0x1011ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="256" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="278" y="30" width="21" height="22"><title>0x101200-0x1013ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="278" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="300" y="30" width="21" height="22"><title>0x101400-0x1015ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="300" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="322" y="30" width="21" height="22"><title>0x101600-0x1017ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="322" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="344" y="30" width="21" height="22"><title>0x101800-0x1019ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="344" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="366" y="30" width="21" height="22"><title>0x101a00-0x101bff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="366" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="388" y="30" width="21" height="22"><title>0x101c00-0x101dff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="388" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="410" y="30" width="21" height="22"><title>0x101e00-0x101fff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="410" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="432" y="30" width="21" height="22"><title>0x102000-0x1021ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="432" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="454" y="30" width="21" height="22"><title>0x102200-0x1023ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="454" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="476" y="30" width="21" height="22"><title>0x102400-0x1025ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="476" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="498" y="30" width="21" height="22"><title>0x102600-0x1027ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="498" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="520" y="30" width="21" height="22"><title>0x102800-0x1029ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="520" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="542" y="30" width="21" height="22"><title>0x102a00-0x102bff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="542" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="564" y="30" width="21" height="22"><title>0x102c00-0x102dff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="564" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="586" y="30" width="21" height="22"><title>0x102e00-0x102fff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="586" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="608" y="30" width="21" height="22"><title>0x103000-0x1031ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="608" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="630" y="30" width="21" height="22"><title>0x103200-0x1033ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="630" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="652" y="30" width="21" height="22"><title>0x103400-0x1035ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="652" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="674" y="30" width="21" height="22"><title>0x103600-0x1037ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="674" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="696" y="30" width="21" height="22"><title>0x103800-0x1039ff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="696" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="718" y="30" width="21" height="22"><title>0x103a00-0x103bff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="718" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="740" y="30" width="21" height="22"><title>0x103c00-0x103dff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="740" y="30" width="21" height="22"/>
<rect class="mmd-pageblock mmd-mt-movable" x="762" y="30" width="21" height="22"><title>0x103e00-0x103fff Movable: 512 of 512 pages free</title></rect>
<rect class="mmd-free mmd-mt-movable" x="762" y="30" width="21" height="22"/>
<rect class="mmd-swatch mmd-mt-unmovable" x="8" y="64" width="10" height="10"/>
<text class="mmd-label" x="22" y="73">Unmovable 2</text>
<rect class="mmd-swatch mmd-mt-movable" x="113" y="64" width="10" height="10"/>
<text class="mmd-label" x="127" y="73">Movable 28</text>
<rect class="mmd-swatch mmd-mt-reclaimable" x="211" y="64" width="10" height="10"/>
<text class="mmd-label" x="225" y="73">Reclaimable 2</text>
<rect class="mmd-swatch mmd-mt-highatomic" x="330" y="64" width="10" height="10"/>
<text class="mmd-label" x="344" y="73">HighAtomic 0</text>
<rect class="mmd-swatch mmd-mt-isolate" x="442" y="64" width="10" height="10"/>
<text class="mmd-label" x="456" y="73">Isolate 0</text>
<text class="mmd-label mmd-muted" x="8" y="92">1 cell = 1 pageblock (512 pages); the filled part of a cell is free</text>
</svg>
"""#
}
