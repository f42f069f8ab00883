// swift-format-ignore-file
// Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
extension Goldens {
    /// The golden output `memmapWholeBlockSVG`.
    static let memmapWholeBlockSVG = #"""
<svg xmlns="http://www.w3.org/2000/svg" class="mmd mmd-memmap" viewBox="0 0 856 760" width="856" height="760" role="img">
<title>Pages 0x100000-0x1003ff around pfn 0x100000</title>
<desc>The 1024 page frames from 0x100000 to 0x1003ff, around pfn 0x100000: 6 free buddy blocks, 0 blocks on per-CPU lists, 16 allocated pages.</desc>
<text class="mmd-title" x="8" y="18">Pages 0x100000-0x1003ff around pfn 0x100000</text>
<text class="mmd-label mmd-small" x="8" y="53">0x100000</text>
<line class="mmd-rule" x1="80" y1="61" x2="80" y2="66"/>
<line class="mmd-rule" x1="176" y1="61" x2="176" y2="63"/>
<line class="mmd-rule" x1="272" y1="61" x2="272" y2="66"/>
<line class="mmd-rule" x1="368" y1="61" x2="368" y2="63"/>
<line class="mmd-rule" x1="464" y1="61" x2="464" y2="66"/>
<line class="mmd-rule" x1="560" y1="61" x2="560" y2="63"/>
<line class="mmd-rule" x1="656" y1="61" x2="656" y2="66"/>
<line class="mmd-rule" x1="752" y1="61" x2="752" y2="63"/>
<line class="mmd-rule" x1="848" y1="61" x2="848" y2="66"/>
<text class="mmd-label mmd-small" x="8" y="97">0x100040</text>
<line class="mmd-rule" x1="80" y1="105" x2="80" y2="110"/>
<line class="mmd-rule" x1="176" y1="105" x2="176" y2="107"/>
<line class="mmd-rule" x1="272" y1="105" x2="272" y2="110"/>
<line class="mmd-rule" x1="368" y1="105" x2="368" y2="107"/>
<line class="mmd-rule" x1="464" y1="105" x2="464" y2="110"/>
<line class="mmd-rule" x1="560" y1="105" x2="560" y2="107"/>
<line class="mmd-rule" x1="656" y1="105" x2="656" y2="110"/>
<line class="mmd-rule" x1="752" y1="105" x2="752" y2="107"/>
<line class="mmd-rule" x1="848" y1="105" x2="848" y2="110"/>
<text class="mmd-label mmd-small" x="8" y="141">0x100080</text>
<line class="mmd-rule" x1="80" y1="149" x2="80" y2="154"/>
<line class="mmd-rule" x1="176" y1="149" x2="176" y2="151"/>
<line class="mmd-rule" x1="272" y1="149" x2="272" y2="154"/>
<line class="mmd-rule" x1="368" y1="149" x2="368" y2="151"/>
<line class="mmd-rule" x1="464" y1="149" x2="464" y2="154"/>
<line class="mmd-rule" x1="560" y1="149" x2="560" y2="151"/>
<line class="mmd-rule" x1="656" y1="149" x2="656" y2="154"/>
<line class="mmd-rule" x1="752" y1="149" x2="752" y2="151"/>
<line class="mmd-rule" x1="848" y1="149" x2="848" y2="154"/>
<text class="mmd-label mmd-small" x="8" y="185">0x1000c0</text>
<line class="mmd-rule" x1="80" y1="193" x2="80" y2="198"/>
<line class="mmd-rule" x1="176" y1="193" x2="176" y2="195"/>
<line class="mmd-rule" x1="272" y1="193" x2="272" y2="198"/>
<line class="mmd-rule" x1="368" y1="193" x2="368" y2="195"/>
<line class="mmd-rule" x1="464" y1="193" x2="464" y2="198"/>
<line class="mmd-rule" x1="560" y1="193" x2="560" y2="195"/>
<line class="mmd-rule" x1="656" y1="193" x2="656" y2="198"/>
<line class="mmd-rule" x1="752" y1="193" x2="752" y2="195"/>
<line class="mmd-rule" x1="848" y1="193" x2="848" y2="198"/>
<text class="mmd-label mmd-small" x="8" y="229">0x100100</text>
<line class="mmd-rule" x1="80" y1="237" x2="80" y2="242"/>
<line class="mmd-rule" x1="176" y1="237" x2="176" y2="239"/>
<line class="mmd-rule" x1="272" y1="237" x2="272" y2="242"/>
<line class="mmd-rule" x1="368" y1="237" x2="368" y2="239"/>
<line class="mmd-rule" x1="464" y1="237" x2="464" y2="242"/>
<line class="mmd-rule" x1="560" y1="237" x2="560" y2="239"/>
<line class="mmd-rule" x1="656" y1="237" x2="656" y2="242"/>
<line class="mmd-rule" x1="752" y1="237" x2="752" y2="239"/>
<line class="mmd-rule" x1="848" y1="237" x2="848" y2="242"/>
<text class="mmd-label mmd-small" x="8" y="273">0x100140</text>
<line class="mmd-rule" x1="80" y1="281" x2="80" y2="286"/>
<line class="mmd-rule" x1="176" y1="281" x2="176" y2="283"/>
<line class="mmd-rule" x1="272" y1="281" x2="272" y2="286"/>
<line class="mmd-rule" x1="368" y1="281" x2="368" y2="283"/>
<line class="mmd-rule" x1="464" y1="281" x2="464" y2="286"/>
<line class="mmd-rule" x1="560" y1="281" x2="560" y2="283"/>
<line class="mmd-rule" x1="656" y1="281" x2="656" y2="286"/>
<line class="mmd-rule" x1="752" y1="281" x2="752" y2="283"/>
<line class="mmd-rule" x1="848" y1="281" x2="848" y2="286"/>
<text class="mmd-label mmd-small" x="8" y="317">0x100180</text>
<line class="mmd-rule" x1="80" y1="325" x2="80" y2="330"/>
<line class="mmd-rule" x1="176" y1="325" x2="176" y2="327"/>
<line class="mmd-rule" x1="272" y1="325" x2="272" y2="330"/>
<line class="mmd-rule" x1="368" y1="325" x2="368" y2="327"/>
<line class="mmd-rule" x1="464" y1="325" x2="464" y2="330"/>
<line class="mmd-rule" x1="560" y1="325" x2="560" y2="327"/>
<line class="mmd-rule" x1="656" y1="325" x2="656" y2="330"/>
<line class="mmd-rule" x1="752" y1="325" x2="752" y2="327"/>
<line class="mmd-rule" x1="848" y1="325" x2="848" y2="330"/>
<text class="mmd-label mmd-small" x="8" y="361">0x1001c0</text>
<line class="mmd-rule" x1="80" y1="369" x2="80" y2="374"/>
<line class="mmd-rule" x1="176" y1="369" x2="176" y2="371"/>
<line class="mmd-rule" x1="272" y1="369" x2="272" y2="374"/>
<line class="mmd-rule" x1="368" y1="369" x2="368" y2="371"/>
<line class="mmd-rule" x1="464" y1="369" x2="464" y2="374"/>
<line class="mmd-rule" x1="560" y1="369" x2="560" y2="371"/>
<line class="mmd-rule" x1="656" y1="369" x2="656" y2="374"/>
<line class="mmd-rule" x1="752" y1="369" x2="752" y2="371"/>
<line class="mmd-rule" x1="848" y1="369" x2="848" y2="374"/>
<text class="mmd-label mmd-small" x="8" y="405">0x100200</text>
<line class="mmd-rule" x1="80" y1="413" x2="80" y2="418"/>
<line class="mmd-rule" x1="176" y1="413" x2="176" y2="415"/>
<line class="mmd-rule" x1="272" y1="413" x2="272" y2="418"/>
<line class="mmd-rule" x1="368" y1="413" x2="368" y2="415"/>
<line class="mmd-rule" x1="464" y1="413" x2="464" y2="418"/>
<line class="mmd-rule" x1="560" y1="413" x2="560" y2="415"/>
<line class="mmd-rule" x1="656" y1="413" x2="656" y2="418"/>
<line class="mmd-rule" x1="752" y1="413" x2="752" y2="415"/>
<line class="mmd-rule" x1="848" y1="413" x2="848" y2="418"/>
<text class="mmd-label mmd-small" x="8" y="449">0x100240</text>
<line class="mmd-rule" x1="80" y1="457" x2="80" y2="462"/>
<line class="mmd-rule" x1="176" y1="457" x2="176" y2="459"/>
<line class="mmd-rule" x1="272" y1="457" x2="272" y2="462"/>
<line class="mmd-rule" x1="368" y1="457" x2="368" y2="459"/>
<line class="mmd-rule" x1="464" y1="457" x2="464" y2="462"/>
<line class="mmd-rule" x1="560" y1="457" x2="560" y2="459"/>
<line class="mmd-rule" x1="656" y1="457" x2="656" y2="462"/>
<line class="mmd-rule" x1="752" y1="457" x2="752" y2="459"/>
<line class="mmd-rule" x1="848" y1="457" x2="848" y2="462"/>
<text class="mmd-label mmd-small" x="8" y="493">0x100280</text>
<line class="mmd-rule" x1="80" y1="501" x2="80" y2="506"/>
<line class="mmd-rule" x1="176" y1="501" x2="176" y2="503"/>
<line class="mmd-rule" x1="272" y1="501" x2="272" y2="506"/>
<line class="mmd-rule" x1="368" y1="501" x2="368" y2="503"/>
<line class="mmd-rule" x1="464" y1="501" x2="464" y2="506"/>
<line class="mmd-rule" x1="560" y1="501" x2="560" y2="503"/>
<line class="mmd-rule" x1="656" y1="501" x2="656" y2="506"/>
<line class="mmd-rule" x1="752" y1="501" x2="752" y2="503"/>
<line class="mmd-rule" x1="848" y1="501" x2="848" y2="506"/>
<text class="mmd-label mmd-small" x="8" y="537">0x1002c0</text>
<line class="mmd-rule" x1="80" y1="545" x2="80" y2="550"/>
<line class="mmd-rule" x1="176" y1="545" x2="176" y2="547"/>
<line class="mmd-rule" x1="272" y1="545" x2="272" y2="550"/>
<line class="mmd-rule" x1="368" y1="545" x2="368" y2="547"/>
<line class="mmd-rule" x1="464" y1="545" x2="464" y2="550"/>
<line class="mmd-rule" x1="560" y1="545" x2="560" y2="547"/>
<line class="mmd-rule" x1="656" y1="545" x2="656" y2="550"/>
<line class="mmd-rule" x1="752" y1="545" x2="752" y2="547"/>
<line class="mmd-rule" x1="848" y1="545" x2="848" y2="550"/>
<text class="mmd-label mmd-small" x="8" y="581">0x100300</text>
<line class="mmd-rule" x1="80" y1="589" x2="80" y2="594"/>
<line class="mmd-rule" x1="176" y1="589" x2="176" y2="591"/>
<line class="mmd-rule" x1="272" y1="589" x2="272" y2="594"/>
<line class="mmd-rule" x1="368" y1="589" x2="368" y2="591"/>
<line class="mmd-rule" x1="464" y1="589" x2="464" y2="594"/>
<line class="mmd-rule" x1="560" y1="589" x2="560" y2="591"/>
<line class="mmd-rule" x1="656" y1="589" x2="656" y2="594"/>
<line class="mmd-rule" x1="752" y1="589" x2="752" y2="591"/>
<line class="mmd-rule" x1="848" y1="589" x2="848" y2="594"/>
<text class="mmd-label mmd-small" x="8" y="625">0x100340</text>
<line class="mmd-rule" x1="80" y1="633" x2="80" y2="638"/>
<line class="mmd-rule" x1="176" y1="633" x2="176" y2="635"/>
<line class="mmd-rule" x1="272" y1="633" x2="272" y2="638"/>
<line class="mmd-rule" x1="368" y1="633" x2="368" y2="635"/>
<line class="mmd-rule" x1="464" y1="633" x2="464" y2="638"/>
<line class="mmd-rule" x1="560" y1="633" x2="560" y2="635"/>
<line class="mmd-rule" x1="656" y1="633" x2="656" y2="638"/>
<line class="mmd-rule" x1="752" y1="633" x2="752" y2="635"/>
<line class="mmd-rule" x1="848" y1="633" x2="848" y2="638"/>
<text class="mmd-label mmd-small" x="8" y="669">0x100380</text>
<line class="mmd-rule" x1="80" y1="677" x2="80" y2="682"/>
<line class="mmd-rule" x1="176" y1="677" x2="176" y2="679"/>
<line class="mmd-rule" x1="272" y1="677" x2="272" y2="682"/>
<line class="mmd-rule" x1="368" y1="677" x2="368" y2="679"/>
<line class="mmd-rule" x1="464" y1="677" x2="464" y2="682"/>
<line class="mmd-rule" x1="560" y1="677" x2="560" y2="679"/>
<line class="mmd-rule" x1="656" y1="677" x2="656" y2="682"/>
<line class="mmd-rule" x1="752" y1="677" x2="752" y2="679"/>
<line class="mmd-rule" x1="848" y1="677" x2="848" y2="682"/>
<text class="mmd-label mmd-small" x="8" y="713">0x1003c0</text>
<line class="mmd-rule" x1="80" y1="721" x2="80" y2="726"/>
<line class="mmd-rule" x1="176" y1="721" x2="176" y2="723"/>
<line class="mmd-rule" x1="272" y1="721" x2="272" y2="726"/>
<line class="mmd-rule" x1="368" y1="721" x2="368" y2="723"/>
<line class="mmd-rule" x1="464" y1="721" x2="464" y2="726"/>
<line class="mmd-rule" x1="560" y1="721" x2="560" y2="723"/>
<line class="mmd-rule" x1="656" y1="721" x2="656" y2="726"/>
<line class="mmd-rule" x1="752" y1="721" x2="752" y2="723"/>
<line class="mmd-rule" x1="848" y1="721" x2="848" y2="726"/>
<rect class="mmd-alloc" x="81" y="38" width="190" height="22"><title>0x100000: allocated, refcount 1 (and 15 pages after it with refcount 0)</title></rect>
<text class="mmd-label" x="176" y="53" text-anchor="middle">allocated</text>
<rect class="mmd-buddy mmd-mt-movable" x="273" y="38" width="190" height="22"><title>free block 0x100010, order 4 (16 pages), Movable</title></rect>
<text class="mmd-label" x="368" y="53" text-anchor="middle">order 4</text>
<rect class="mmd-buddy mmd-mt-movable" x="465" y="38" width="382" height="22"><title>free block 0x100020, order 5 (32 pages), Movable</title></rect>
<text class="mmd-label" x="472" y="53">order 5</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="82" width="766" height="22"><title>free block 0x100040, order 6 (64 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="97">order 6</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="126" width="766" height="22"><title>free block 0x100080, order 7 (128 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="141">order 7</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="170" width="766" height="22"><title>free block 0x100080, order 7 (128 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="185">order 7</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="214" width="766" height="22"><title>free block 0x100100, order 8 (256 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="229">order 8</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="258" width="766" height="22"><title>free block 0x100100, order 8 (256 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="273">order 8</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="302" width="766" height="22"><title>free block 0x100100, order 8 (256 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="317">order 8</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="346" width="766" height="22"><title>free block 0x100100, order 8 (256 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="361">order 8</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="390" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="405">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="434" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="449">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="478" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="493">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="522" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="537">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="566" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="581">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="610" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="625">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="654" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="669">order 9</text>
<rect class="mmd-buddy mmd-mt-movable" x="81" y="698" width="766" height="22"><title>free block 0x100200, order 9 (512 pages), Movable</title></rect>
<text class="mmd-label" x="88" y="713">order 9</text>
<polygon class="mmd-focus" points="81,28 91,28 86,36"/>
<text class="mmd-label mmd-small mmd-strong" x="94" y="35">0x100000</text>
<text class="mmd-label mmd-small mmd-muted" x="8" y="744">colour = migratetype of free and per-CPU blocks; dashed = per-CPU list; grey = allocated; outlined = compound page (dark edge: head); ticks every 8 pages</text>
</svg>
"""#
}
