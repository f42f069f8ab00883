/// One change of a free list, recorded where it happens, as a tracepoint records an event.
///
/// Emitted by the three functions that change `zone->free_area[order].free_list[migratetype]`
/// (include/linux/mmzone.h): `__add_to_free_list()`, `__del_page_from_free_list()` and
/// `move_to_free_list()` (mm/page_alloc.c). The kernel has no tracepoint there; the model
/// records these only while `Machine.recordingFreeLists` is on. Each event carries what is
/// needed to undo it, so that the lists before an operation can be rebuilt from the lists
/// after it and the operation's events.
public struct FreeListEvent: Sendable, Equatable, Codable {
    /// What happened to the block.
    public enum Kind: Sendable, Equatable, Codable {
        /// Put on the list of `migratetype`, at its head or its tail.
        case add(tail: Bool)
        /// Taken off the list of `migratetype`, where it followed `previous` (nil: it was first).
        case delete(previous: Int?)
        /// Taken off the list of `from`, where it followed `previous` (nil: it was first), and
        /// put at the tail of the list of `migratetype`.
        case move(from: MigrateType, previous: Int?)
    }

    /// The flat index of the zone in `Machine.zones`.
    public var zone: Int
    /// The order of the block and of its list.
    public var order: Int
    /// The list the block was added to, deleted from, or moved to.
    public var migratetype: MigrateType
    /// The pfn of the block's first page.
    public var pfn: Int
    /// What happened.
    public var kind: Kind

    /// An event of the list `free_list[order][migratetype]` of the zone at flat index `zone`.
    public init(zone: Int, order: Int, migratetype: MigrateType, pfn: Int, kind: Kind) {
        self.zone = zone
        self.order = order
        self.migratetype = migratetype
        self.pfn = pfn
        self.kind = kind
    }
}

extension MigrateType: Codable {}
extension ZoneType: Codable {}

extension CallRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case depth, function
    }

    /// Decodes a call recorded by an earlier run.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            depth: try container.decode(Int.self, forKey: .depth),
            function: try container.decode(String.self, forKey: .function))
    }

    /// Encodes the call for a stored result.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(depth, forKey: .depth)
        try container.encode(function, forKey: .function)
    }
}
