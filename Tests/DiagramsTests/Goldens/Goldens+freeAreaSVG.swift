// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `freeAreaSVG`.
    static let freeAreaSVG = #"""
<svg xmlns="http://www.w3.org/2000/svg" class="mmd mmd-free-area" viewBox="0 0 772 242" width="772" height="242" role="img">
<title>Node 0, zone Normal: free_area</title>
<desc>Free blocks of each order and migratetype in node 0, zone Normal: 15775 free pages in 36 blocks; the largest free block is order 10.</desc>
<text class="mmd-title" x="8" y="18">Node 0, zone Normal: free_area</text>
<text class="mmd-label" x="8" y="40">order</text>
<text class="mmd-label" x="764" y="40" text-anchor="end">pages</text>
<text class="mmd-label" x="130" y="40" text-anchor="middle">0</text>
<text class="mmd-label mmd-small mmd-muted" x="130" y="52" text-anchor="middle">4K</text>
<text class="mmd-label" x="182" y="40" text-anchor="middle">1</text>
<text class="mmd-label mmd-small mmd-muted" x="182" y="52" text-anchor="middle">8K</text>
<text class="mmd-label" x="234" y="40" text-anchor="middle">2</text>
<text class="mmd-label mmd-small mmd-muted" x="234" y="52" text-anchor="middle">16K</text>
<text class="mmd-label" x="286" y="40" text-anchor="middle">3</text>
<text class="mmd-label mmd-small mmd-muted" x="286" y="52" text-anchor="middle">32K</text>
<text class="mmd-label" x="338" y="40" text-anchor="middle">4</text>
<text class="mmd-label mmd-small mmd-muted" x="338" y="52" text-anchor="middle">64K</text>
<text class="mmd-label" x="390" y="40" text-anchor="middle">5</text>
<text class="mmd-label mmd-small mmd-muted" x="390" y="52" text-anchor="middle">128K</text>
<text class="mmd-label" x="442" y="40" text-anchor="middle">6</text>
<text class="mmd-label mmd-small mmd-muted" x="442" y="52" text-anchor="middle">256K</text>
<text class="mmd-label" x="494" y="40" text-anchor="middle">7</text>
<text class="mmd-label mmd-small mmd-muted" x="494" y="52" text-anchor="middle">512K</text>
<text class="mmd-label" x="546" y="40" text-anchor="middle">8</text>
<text class="mmd-label mmd-small mmd-muted" x="546" y="52" text-anchor="middle">1M</text>
<text class="mmd-label" x="598" y="40" text-anchor="middle">9</text>
<text class="mmd-label mmd-small mmd-muted" x="598" y="52" text-anchor="middle">2M</text>
<text class="mmd-label" x="650" y="40" text-anchor="middle">10</text>
<text class="mmd-label mmd-small mmd-muted" x="650" y="52" text-anchor="middle">4M</text>
<text class="mmd-label" x="8" y="76">Unmovable</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="105" y="61" width="50" height="22"><title>free_list[0][Unmovable]: 1 blocks, 1 pages</title></rect>
<text class="mmd-label" x="130" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-0" x="157" y="61" width="50" height="22"><title>free_list[1][Unmovable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="182" y="76" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="209" y="61" width="50" height="22"><title>free_list[2][Unmovable]: 1 blocks, 4 pages</title></rect>
<text class="mmd-label" x="234" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="261" y="61" width="50" height="22"><title>free_list[3][Unmovable]: 1 blocks, 8 pages</title></rect>
<text class="mmd-label" x="286" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="313" y="61" width="50" height="22"><title>free_list[4][Unmovable]: 1 blocks, 16 pages</title></rect>
<text class="mmd-label" x="338" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="365" y="61" width="50" height="22"><title>free_list[5][Unmovable]: 1 blocks, 32 pages</title></rect>
<text class="mmd-label" x="390" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="417" y="61" width="50" height="22"><title>free_list[6][Unmovable]: 1 blocks, 64 pages</title></rect>
<text class="mmd-label" x="442" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="469" y="61" width="50" height="22"><title>free_list[7][Unmovable]: 1 blocks, 128 pages</title></rect>
<text class="mmd-label" x="494" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="521" y="61" width="50" height="22"><title>free_list[8][Unmovable]: 1 blocks, 256 pages</title></rect>
<text class="mmd-label" x="546" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-1" x="573" y="61" width="50" height="22"><title>free_list[9][Unmovable]: 1 blocks, 512 pages</title></rect>
<text class="mmd-label" x="598" y="76" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-unmovable mmd-heat-0" x="625" y="61" width="50" height="22"><title>free_list[10][Unmovable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="650" y="76" text-anchor="middle">0</text>
<text class="mmd-label" x="764" y="76" text-anchor="end">1021</text>
<text class="mmd-label" x="8" y="100">Movable</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-0" x="105" y="85" width="50" height="22"><title>free_list[0][Movable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="130" y="100" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-0" x="157" y="85" width="50" height="22"><title>free_list[1][Movable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="182" y="100" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-0" x="209" y="85" width="50" height="22"><title>free_list[2][Movable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="234" y="100" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-1" x="261" y="85" width="50" height="22"><title>free_list[3][Movable]: 3 blocks, 24 pages</title></rect>
<text class="mmd-label" x="286" y="100" text-anchor="middle">3</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-1" x="313" y="85" width="50" height="22"><title>free_list[4][Movable]: 1 blocks, 16 pages</title></rect>
<text class="mmd-label" x="338" y="100" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-0" x="365" y="85" width="50" height="22"><title>free_list[5][Movable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="390" y="100" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-0" x="417" y="85" width="50" height="22"><title>free_list[6][Movable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="442" y="100" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-1" x="469" y="85" width="50" height="22"><title>free_list[7][Movable]: 1 blocks, 128 pages</title></rect>
<text class="mmd-label" x="494" y="100" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-1" x="521" y="85" width="50" height="22"><title>free_list[8][Movable]: 1 blocks, 256 pages</title></rect>
<text class="mmd-label" x="546" y="100" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-0" x="573" y="85" width="50" height="22"><title>free_list[9][Movable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="598" y="100" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-movable mmd-heat-2" x="625" y="85" width="50" height="22"><title>free_list[10][Movable]: 13 blocks, 13312 pages</title></rect>
<text class="mmd-label" x="650" y="100" text-anchor="middle">13</text>
<text class="mmd-label" x="764" y="100" text-anchor="end">13736</text>
<text class="mmd-label" x="8" y="124">Reclaimable</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-0" x="105" y="109" width="50" height="22"><title>free_list[0][Reclaimable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="130" y="124" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="157" y="109" width="50" height="22"><title>free_list[1][Reclaimable]: 1 blocks, 2 pages</title></rect>
<text class="mmd-label" x="182" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-0" x="209" y="109" width="50" height="22"><title>free_list[2][Reclaimable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="234" y="124" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="261" y="109" width="50" height="22"><title>free_list[3][Reclaimable]: 1 blocks, 8 pages</title></rect>
<text class="mmd-label" x="286" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="313" y="109" width="50" height="22"><title>free_list[4][Reclaimable]: 1 blocks, 16 pages</title></rect>
<text class="mmd-label" x="338" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="365" y="109" width="50" height="22"><title>free_list[5][Reclaimable]: 1 blocks, 32 pages</title></rect>
<text class="mmd-label" x="390" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="417" y="109" width="50" height="22"><title>free_list[6][Reclaimable]: 1 blocks, 64 pages</title></rect>
<text class="mmd-label" x="442" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="469" y="109" width="50" height="22"><title>free_list[7][Reclaimable]: 1 blocks, 128 pages</title></rect>
<text class="mmd-label" x="494" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="521" y="109" width="50" height="22"><title>free_list[8][Reclaimable]: 1 blocks, 256 pages</title></rect>
<text class="mmd-label" x="546" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-1" x="573" y="109" width="50" height="22"><title>free_list[9][Reclaimable]: 1 blocks, 512 pages</title></rect>
<text class="mmd-label" x="598" y="124" text-anchor="middle">1</text>
<rect class="mmd-heat mmd-mt-reclaimable mmd-heat-0" x="625" y="109" width="50" height="22"><title>free_list[10][Reclaimable]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="650" y="124" text-anchor="middle">0</text>
<text class="mmd-label" x="764" y="124" text-anchor="end">1018</text>
<text class="mmd-label" x="8" y="148">HighAtomic</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="105" y="133" width="50" height="22"><title>free_list[0][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="130" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="157" y="133" width="50" height="22"><title>free_list[1][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="182" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="209" y="133" width="50" height="22"><title>free_list[2][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="234" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="261" y="133" width="50" height="22"><title>free_list[3][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="286" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="313" y="133" width="50" height="22"><title>free_list[4][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="338" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="365" y="133" width="50" height="22"><title>free_list[5][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="390" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="417" y="133" width="50" height="22"><title>free_list[6][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="442" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="469" y="133" width="50" height="22"><title>free_list[7][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="494" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="521" y="133" width="50" height="22"><title>free_list[8][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="546" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="573" y="133" width="50" height="22"><title>free_list[9][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="598" y="148" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-highatomic mmd-heat-0" x="625" y="133" width="50" height="22"><title>free_list[10][HighAtomic]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="650" y="148" text-anchor="middle">0</text>
<text class="mmd-label" x="764" y="148" text-anchor="end">0</text>
<text class="mmd-label" x="8" y="172">Isolate</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="105" y="157" width="50" height="22"><title>free_list[0][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="130" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="157" y="157" width="50" height="22"><title>free_list[1][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="182" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="209" y="157" width="50" height="22"><title>free_list[2][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="234" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="261" y="157" width="50" height="22"><title>free_list[3][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="286" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="313" y="157" width="50" height="22"><title>free_list[4][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="338" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="365" y="157" width="50" height="22"><title>free_list[5][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="390" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="417" y="157" width="50" height="22"><title>free_list[6][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="442" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="469" y="157" width="50" height="22"><title>free_list[7][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="494" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="521" y="157" width="50" height="22"><title>free_list[8][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="546" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="573" y="157" width="50" height="22"><title>free_list[9][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="598" y="172" text-anchor="middle">0</text>
<rect class="mmd-heat mmd-mt-isolate mmd-heat-0" x="625" y="157" width="50" height="22"><title>free_list[10][Isolate]: 0 blocks, 0 pages</title></rect>
<text class="mmd-label mmd-muted" x="650" y="172" text-anchor="middle">0</text>
<text class="mmd-label" x="764" y="172" text-anchor="end">0</text>
<line class="mmd-rule" x1="8" y1="183" x2="764" y2="183"/>
<text class="mmd-label" x="8" y="202">nr_free</text>
<text class="mmd-label" x="8" y="226">pages</text>
<text class="mmd-label" x="130" y="202" text-anchor="middle">1</text>
<text class="mmd-label mmd-muted" x="130" y="226" text-anchor="middle">1</text>
<text class="mmd-label" x="182" y="202" text-anchor="middle">1</text>
<text class="mmd-label mmd-muted" x="182" y="226" text-anchor="middle">2</text>
<text class="mmd-label" x="234" y="202" text-anchor="middle">1</text>
<text class="mmd-label mmd-muted" x="234" y="226" text-anchor="middle">4</text>
<text class="mmd-label" x="286" y="202" text-anchor="middle">5</text>
<text class="mmd-label mmd-muted" x="286" y="226" text-anchor="middle">40</text>
<text class="mmd-label" x="338" y="202" text-anchor="middle">3</text>
<text class="mmd-label mmd-muted" x="338" y="226" text-anchor="middle">48</text>
<text class="mmd-label" x="390" y="202" text-anchor="middle">2</text>
<text class="mmd-label mmd-muted" x="390" y="226" text-anchor="middle">64</text>
<text class="mmd-label" x="442" y="202" text-anchor="middle">2</text>
<text class="mmd-label mmd-muted" x="442" y="226" text-anchor="middle">128</text>
<text class="mmd-label" x="494" y="202" text-anchor="middle">3</text>
<text class="mmd-label mmd-muted" x="494" y="226" text-anchor="middle">384</text>
<text class="mmd-label" x="546" y="202" text-anchor="middle">3</text>
<text class="mmd-label mmd-muted" x="546" y="226" text-anchor="middle">768</text>
<text class="mmd-label" x="598" y="202" text-anchor="middle">2</text>
<text class="mmd-label mmd-muted" x="598" y="226" text-anchor="middle">1024</text>
<text class="mmd-label" x="650" y="202" text-anchor="middle">13</text>
<text class="mmd-label mmd-muted" x="650" y="226" text-anchor="middle">13312</text>
<text class="mmd-label mmd-strong" x="764" y="226" text-anchor="end">15775</text>
</svg>
"""#
}
