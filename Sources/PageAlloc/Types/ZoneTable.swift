/// Every zone of a machine, indexed by flat zone index, read and written in place.
///
/// A value with explicit copy-on-write: copies share one buffer until one of them writes, and
/// then the writer copies it (one uniqueness check per write access). Its subscript hands out
/// the zone where it lies rather than a copy, so reading one field of a zone copies nothing
/// (an `Array` of a large struct may copy the element to read a field of it).
public struct ZoneTable: RandomAccessCollection, MutableCollection, Sendable {
    private var storage: ZoneTableStorage

    /// A table holding `zones`, in order.
    init(_ zones: [Zone]) { storage = ZoneTableStorage(zones) }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of zones.
    public var endIndex: Int { storage.count }

    /// The zone at flat index `z`.
    public subscript(z: Int) -> Zone {
        @inline(__always)
        unsafeAddress {
            precondition(UInt(bitPattern: z) < UInt(bitPattern: storage.count), "zone index out of range")
            return UnsafePointer(storage.zones + z)
        }
        @inline(__always)
        unsafeMutableAddress { uniqueZone(z) }
    }

    /// Zone `z` where it lies, after one uniqueness check, for a function that updates it many
    /// times: valid until the table is next copied and written, which nothing does while the
    /// caller holds its own machine exclusively.
    @inline(__always)
    mutating func uniqueZone(_ z: Int) -> UnsafeMutablePointer<Zone> {
        precondition(UInt(bitPattern: z) < UInt(bitPattern: storage.count), "zone index out of range")
        if !isKnownUniquelyReferenced(&storage) { storage = ZoneTableStorage(copying: storage) }
        return storage.zones + z
    }
}

/// The buffer of a `ZoneTable`. `@unchecked Sendable` for the same reason as `MemMapStorage`:
/// only a table that holds it uniquely writes to it.
final class ZoneTableStorage: @unchecked Sendable {
    /// The number of zones.
    let count: Int
    /// The zones.
    let zones: UnsafeMutablePointer<Zone>

    /// A buffer holding `zones`.
    init(_ zones: [Zone]) {
        count = zones.count
        self.zones = UnsafeMutablePointer<Zone>.allocate(capacity: max(count, 1))
        _ = UnsafeMutableBufferPointer(start: self.zones, count: count).initialize(from: zones)
    }

    /// A copy of `other`, for the first write to a table that shares it.
    init(copying other: ZoneTableStorage) {
        count = other.count
        zones = UnsafeMutablePointer<Zone>.allocate(capacity: max(count, 1))
        zones.initialize(from: other.zones, count: count)
    }

    deinit {
        zones.deinitialize(count: count)
        zones.deallocate()
    }
}
