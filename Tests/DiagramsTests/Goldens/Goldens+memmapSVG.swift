// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `memmapSVG`.
    static let memmapSVG = #"""
<svg xmlns="http://www.w3.org/2000/svg" class="mmd mmd-memmap" viewBox="0 0 856 144" width="856" height="144" role="img">
<title>Pages 0x100800-0x10087f around pfn 0x100804</title>
<desc>The 128 page frames from 0x100800 to 0x10087f, around pfn 0x100804: 4 free buddy blocks, 5 blocks on per-CPU lists, 52 allocated pages.</desc>
<text class="mmd-title" x="8" y="18">Pages 0x100800-0x10087f around pfn 0x100804</text>
<text class="mmd-label mmd-small" x="8" y="53">0x100800</text>
<line class="mmd-rule" x1="80" y1="61" x2="80" y2="66"/>
<line class="mmd-rule" x1="176" y1="61" x2="176" y2="63"/>
<line class="mmd-rule" x1="272" y1="61" x2="272" y2="66"/>
<line class="mmd-rule" x1="368" y1="61" x2="368" y2="63"/>
<line class="mmd-rule" x1="464" y1="61" x2="464" y2="66"/>
<line class="mmd-rule" x1="560" y1="61" x2="560" y2="63"/>
<line class="mmd-rule" x1="656" y1="61" x2="656" y2="66"/>
<line class="mmd-rule" x1="752" y1="61" x2="752" y2="63"/>
<line class="mmd-rule" x1="848" y1="61" x2="848" y2="66"/>
<text class="mmd-label mmd-small" x="8" y="97">0x100840</text>
<line class="mmd-rule" x1="80" y1="105" x2="80" y2="110"/>
<line class="mmd-rule" x1="176" y1="105" x2="176" y2="107"/>
<line class="mmd-rule" x1="272" y1="105" x2="272" y2="110"/>
<line class="mmd-rule" x1="368" y1="105" x2="368" y2="107"/>
<line class="mmd-rule" x1="464" y1="105" x2="464" y2="110"/>
<line class="mmd-rule" x1="560" y1="105" x2="560" y2="107"/>
<line class="mmd-rule" x1="656" y1="105" x2="656" y2="110"/>
<line class="mmd-rule" x1="752" y1="105" x2="752" y2="107"/>
<line class="mmd-rule" x1="848" y1="105" x2="848" y2="110"/>
<rect class="mmd-compound" x="81" y="38" width="46" height="22"><title>compound page 0x100800, order 2 (4 pages)</title></rect>
<rect class="mmd-head" x="81" y="38" width="3" height="22"/>
<text class="mmd-label" x="104" y="53" text-anchor="middle">C</text>
<rect class="mmd-pcp mmd-mt-movable" x="129" y="38" width="46" height="22"><title>block 0x100804, order 2, on cpu 0's Movable per-CPU list</title></rect>
<text class="mmd-label" x="152" y="53" text-anchor="middle">pcp</text>
<rect class="mmd-buddy mmd-mt-movable" x="177" y="38" width="94" height="22"><title>free block 0x100808, order 3 (8 pages), Movable</title></rect>
<text class="mmd-label" x="224" y="53" text-anchor="middle">order 3</text>
<rect class="mmd-alloc" x="273" y="38" width="94" height="22"><title>0x100810: allocated, refcount 1 (and 7 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="320" y="53" text-anchor="middle">allocated</text>
<rect class="mmd-buddy mmd-mt-movable" x="369" y="38" width="94" height="22"><title>free block 0x100818, order 3 (8 pages), Movable</title></rect>
<text class="mmd-label" x="416" y="53" text-anchor="middle">order 3</text>
<rect class="mmd-alloc" x="465" y="38" width="94" height="22"><title>0x100820: allocated, refcount 1 (and 7 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="512" y="53" text-anchor="middle">allocated</text>
<rect class="mmd-pcp mmd-mt-movable" x="561" y="38" width="94" height="22"><title>block 0x100828, order 3, on cpu 1's Movable per-CPU list</title></rect>
<text class="mmd-label" x="608" y="53" text-anchor="middle">pcp</text>
<rect class="mmd-alloc" x="657" y="38" width="94" height="22"><title>0x100830: allocated, refcount 1 (and 7 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="704" y="53" text-anchor="middle">allocated</text>
<rect class="mmd-pcp mmd-mt-movable" x="753" y="38" width="94" height="22"><title>block 0x100838, order 3, on cpu 1's Movable per-CPU list</title></rect>
<text class="mmd-label" x="800" y="53" text-anchor="middle">pcp</text>
<rect class="mmd-alloc" x="81" y="82" width="94" height="22"><title>0x100840: allocated, refcount 1 (and 7 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="128" y="97" text-anchor="middle">allocated</text>
<rect class="mmd-pcp mmd-mt-movable" x="177" y="82" width="94" height="22"><title>block 0x100848, order 3, on cpu 1's Movable per-CPU list</title></rect>
<text class="mmd-label" x="224" y="97" text-anchor="middle">pcp</text>
<rect class="mmd-alloc" x="273" y="82" width="94" height="22"><title>0x100850: allocated, refcount 1 (and 7 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="320" y="97" text-anchor="middle">allocated</text>
<rect class="mmd-pcp mmd-mt-movable" x="369" y="82" width="94" height="22"><title>block 0x100858, order 3, on cpu 1's Movable per-CPU list</title></rect>
<text class="mmd-label" x="416" y="97" text-anchor="middle">pcp</text>
<rect class="mmd-alloc" x="465" y="82" width="94" height="22"><title>0x100860: allocated, refcount 1 (and 7 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="512" y="97" text-anchor="middle">allocated</text>
<rect class="mmd-buddy mmd-mt-movable" x="561" y="82" width="94" height="22"><title>free block 0x100868, order 3 (8 pages), Movable</title></rect>
<text class="mmd-label" x="608" y="97" text-anchor="middle">order 3</text>
<rect class="mmd-buddy mmd-mt-movable" x="657" y="82" width="190" height="22"><title>free block 0x100870, order 4 (16 pages), Movable</title></rect>
<text class="mmd-label" x="752" y="97" text-anchor="middle">order 4</text>
<polygon class="mmd-focus" points="129,28 139,28 134,36"/>
<text class="mmd-label mmd-small mmd-strong" x="142" y="35">0x100804</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="128">colour = migratetype of free and per-CPU blocks; dashed = per-CPU list; grey = allocated; outlined = compound page (dark edge: head); ticks every 8 pages</text>
</svg>
"""#
}
