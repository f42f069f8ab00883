import Testing

@testable import PageAlloc

/// The x86 layout against the zones of the real 6.18 machine in Fixtures/machine-6.18-a
/// (/proc/zoneinfo: DMA start_pfn 1, spanned 4095, present 3998, managed 3840; DMA32 start_pfn
/// 4096, spanned 1044480, present 782336).
@Suite struct MachineLayoutTests {
    @Test func dmaZoneMatchesARealPC() {
        let layout = MachineLayout.x86(memoryBytes: 24 << 30)
        let dma = try! #require(layout.zones.first { $0.type == .dma })
        #expect(dma.startPfn == 1)
        #expect(dma.spannedPages == 4095)
        #expect(dma.presentPages == 3998)
        #expect(dma.freePages == 3840)
    }

    @Test func dma32SpansToFourGiBWhenMemoryGoesAbove() {
        let layout = MachineLayout.x86(memoryBytes: 24 << 30)
        let dma32 = try! #require(layout.zones.first { $0.type == .dma32 })
        #expect(dma32.startPfn == 4096)
        #expect(dma32.spannedPages == 1_044_480)
        #expect(dma32.presentPages == 782_336)
    }

    @Test func smallMachineHasNoNormalZone() {
        let layout = MachineLayout.x86(memoryBytes: 64 << 20)
        #expect(layout.zones.map(\.type) == [.dma, .dma32])
        #expect(layout.zones[1].endPfn == 0x4000)
    }
}
