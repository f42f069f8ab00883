/// The kind of a memory zone, in `enum zone_type` order.
///
/// Models: `enum zone_type` (include/linux/mmzone.h) on x86_64 without CONFIG_HIGHMEM and
/// with CONFIG_ZONE_DEVICE.
public enum ZoneType: Int, CaseIterable, Sendable, Comparable {
    case dma = 0
    case dma32 = 1
    case normal = 2
    case movable = 3
    case device = 4

    /// The name `zone_names[]` (mm/page_alloc.c) gives this zone.
    public var name: String {
        switch self {
        case .dma: "DMA"
        case .dma32: "DMA32"
        case .normal: "Normal"
        case .movable: "Movable"
        case .device: "Device"
        }
    }

    /// Looks a zone up by its kernel name, ignoring case ("normal", "DMA32").
    public init?(name: String) {
        guard let zone = ZoneType.allCases.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            return nil
        }
        self = zone
    }

    public static func < (lhs: ZoneType, rhs: ZoneType) -> Bool { lhs.rawValue < rhs.rawValue }
}
