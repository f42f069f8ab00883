// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `buddyChangeSVG`.
    static let buddyChangeSVG = #"""
<svg xmlns="http://www.w3.org/2000/svg" class="mmd mmd-buddy-change" viewBox="0 0 578 440" width="578" height="440" role="img">
<title>alloc_pages(GFP_HIGHUSER_MOVABLE, 4)</title>
<desc>1 free blocks removed and 6 added: Node 0, zone Normal: free_list[4][Movable] +0x100010; Node 0, zone Normal: free_list[5][Movable] +0x100020; Node 0, zone Normal: free_list[6][Movable] +0x100040; Node 0, zone Normal: free_list[7][Movable] +0x100080; Node 0, zone Normal: free_list[8][Movable] +0x100100; Node 0, zone Normal: free_list[9][Movable] +0x100200; Node 0, zone Normal: free_list[10][Movable] -0x100000.</desc>
<text class="mmd-title" x="8" y="18">alloc_pages(GFP_HIGHUSER_MOVABLE, 4)</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="38">list</text>
<text class="mmd-label mmd-small mmd-muted" x="282" y="38">head → tail</text>
<text class="mmd-label mmd-strong" x="8" y="60">Node 0, zone Normal: 4096 → 4080 free pages</text>
<line class="mmd-rule" x1="8" y1="68" x2="570" y2="68"/>
<text class="mmd-label" x="8" y="84">free_list[4][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="106">+1</text>
<text class="mmd-label mmd-muted" x="198" y="85">before (0)</text>
<text class="mmd-label mmd-muted" x="282" y="85">(empty)</text>
<text class="mmd-label mmd-muted" x="198" y="107">after (1)</text>
<rect class="mmd-entry mmd-mt-movable added" x="282" y="94" width="68" height="18"><title>0x100010, order 4 (16 pages): added</title></rect>
<text class="mmd-label" x="316" y="107" text-anchor="middle">+0x100010</text>
<line class="mmd-rule" x1="8" y1="120" x2="570" y2="120"/>
<text class="mmd-label" x="8" y="136">free_list[5][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="158">+1</text>
<text class="mmd-label mmd-muted" x="198" y="137">before (0)</text>
<text class="mmd-label mmd-muted" x="282" y="137">(empty)</text>
<text class="mmd-label mmd-muted" x="198" y="159">after (1)</text>
<rect class="mmd-entry mmd-mt-movable added" x="282" y="146" width="68" height="18"><title>0x100020, order 5 (32 pages): added</title></rect>
<text class="mmd-label" x="316" y="159" text-anchor="middle">+0x100020</text>
<line class="mmd-rule" x1="8" y1="172" x2="570" y2="172"/>
<text class="mmd-label" x="8" y="188">free_list[6][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="210">+1</text>
<text class="mmd-label mmd-muted" x="198" y="189">before (0)</text>
<text class="mmd-label mmd-muted" x="282" y="189">(empty)</text>
<text class="mmd-label mmd-muted" x="198" y="211">after (1)</text>
<rect class="mmd-entry mmd-mt-movable added" x="282" y="198" width="68" height="18"><title>0x100040, order 6 (64 pages): added</title></rect>
<text class="mmd-label" x="316" y="211" text-anchor="middle">+0x100040</text>
<line class="mmd-rule" x1="8" y1="224" x2="570" y2="224"/>
<text class="mmd-label" x="8" y="240">free_list[7][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="262">+1</text>
<text class="mmd-label mmd-muted" x="198" y="241">before (0)</text>
<text class="mmd-label mmd-muted" x="282" y="241">(empty)</text>
<text class="mmd-label mmd-muted" x="198" y="263">after (1)</text>
<rect class="mmd-entry mmd-mt-movable added" x="282" y="250" width="68" height="18"><title>0x100080, order 7 (128 pages): added</title></rect>
<text class="mmd-label" x="316" y="263" text-anchor="middle">+0x100080</text>
<line class="mmd-rule" x1="8" y1="276" x2="570" y2="276"/>
<text class="mmd-label" x="8" y="292">free_list[8][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="314">+1</text>
<text class="mmd-label mmd-muted" x="198" y="293">before (0)</text>
<text class="mmd-label mmd-muted" x="282" y="293">(empty)</text>
<text class="mmd-label mmd-muted" x="198" y="315">after (1)</text>
<rect class="mmd-entry mmd-mt-movable added" x="282" y="302" width="68" height="18"><title>0x100100, order 8 (256 pages): added</title></rect>
<text class="mmd-label" x="316" y="315" text-anchor="middle">+0x100100</text>
<line class="mmd-rule" x1="8" y1="328" x2="570" y2="328"/>
<text class="mmd-label" x="8" y="344">free_list[9][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="366">+1</text>
<text class="mmd-label mmd-muted" x="198" y="345">before (0)</text>
<text class="mmd-label mmd-muted" x="282" y="345">(empty)</text>
<text class="mmd-label mmd-muted" x="198" y="367">after (1)</text>
<rect class="mmd-entry mmd-mt-movable added" x="282" y="354" width="68" height="18"><title>0x100200, order 9 (512 pages): added</title></rect>
<text class="mmd-label" x="316" y="367" text-anchor="middle">+0x100200</text>
<line class="mmd-rule" x1="8" y1="380" x2="570" y2="380"/>
<text class="mmd-label" x="8" y="396">free_list[10][Movable]</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="418">−1</text>
<text class="mmd-label mmd-muted" x="198" y="397">before (4)</text>
<rect class="mmd-entry mmd-mt-movable removed" x="282" y="384" width="68" height="18"><title>0x100000, order 10 (1024 pages): removed</title></rect>
<text class="mmd-label" x="316" y="397" text-anchor="middle">-0x100000</text>
<rect class="mmd-entry mmd-mt-movable" x="354" y="384" width="68" height="18"><title>0x100400, order 10 (1024 pages)</title></rect>
<text class="mmd-label" x="388" y="397" text-anchor="middle">0x100400</text>
<rect class="mmd-entry mmd-mt-movable" x="426" y="384" width="68" height="18"><title>0x100800, order 10 (1024 pages)</title></rect>
<text class="mmd-label" x="460" y="397" text-anchor="middle">0x100800</text>
<rect class="mmd-entry mmd-mt-movable" x="498" y="384" width="68" height="18"><title>0x100c00, order 10 (1024 pages)</title></rect>
<text class="mmd-label" x="532" y="397" text-anchor="middle">0x100c00</text>
<text class="mmd-label mmd-muted" x="198" y="419">after (3)</text>
<rect class="mmd-entry mmd-mt-movable" x="282" y="406" width="68" height="18"><title>0x100400, order 10 (1024 pages)</title></rect>
<text class="mmd-label" x="316" y="419" text-anchor="middle">0x100400</text>
<rect class="mmd-entry mmd-mt-movable" x="354" y="406" width="68" height="18"><title>0x100800, order 10 (1024 pages)</title></rect>
<text class="mmd-label" x="388" y="419" text-anchor="middle">0x100800</text>
<rect class="mmd-entry mmd-mt-movable" x="426" y="406" width="68" height="18"><title>0x100c00, order 10 (1024 pages)</title></rect>
<text class="mmd-label" x="460" y="419" text-anchor="middle">0x100c00</text>
</svg>
"""#
}
