/// Every zone of a machine, indexed by flat zone index, and every zone's per-CPU pagesets, read
/// and written in place.
///
/// A value with explicit copy-on-write: copies share one buffer until one of them writes, and
/// then the writer copies it (one uniqueness check per write access). Its subscripts hand out
/// the zone or pageset where it lies rather than a copy, so reading one field copies nothing
/// (an `Array` of a large struct may copy the element to read a field of it). The pagesets
/// live beside the zones rather than in them, as the kernel's `zone->per_cpu_pageset` points
/// into per-CPU memory: one check makes a zone and its pagesets writable together, and a
/// `Zone` holds no reference, so copying one is a plain copy.
public struct ZoneTable: RandomAccessCollection, MutableCollection, Sendable {
    private var storage: ZoneTableStorage

    /// A table holding `zones`, in order, each with `cpus` empty per-CPU pagesets.
    init(_ zones: [Zone], cpus: Int) { storage = ZoneTableStorage(zones, cpus: cpus) }

    /// Gives this table a buffer of its own before a write, copying the shared one: the one
    /// uniqueness check of a write access.
    @inline(__always)
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = ZoneTableStorage(copying: storage) }
    }

    /// The number of CPUs, each with a pageset in every zone.
    public var cpuCount: Int { storage.cpuCount }

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
        makeUnique()
        return storage.zones + z
    }

    /// The per-CPU pageset of `cpu` in zone `z`: `per_cpu_ptr(zone->per_cpu_pageset, cpu)`.
    public subscript(pcp z: Int, cpu cpu: Int) -> PerCPUPages {
        @inline(__always)
        unsafeAddress { UnsafePointer(storage.pcps + storage.pcpIndex(z, cpu)) }
        @inline(__always)
        unsafeMutableAddress { uniquePcp(z, cpu: cpu) }
    }

    /// Every CPU's pageset of zone `z`, by CPU.
    public func pcps(of z: Int) -> [PerCPUPages] {
        let first = storage.pcpIndex(z, 0)
        return Array(UnsafeBufferPointer(start: storage.pcps + first, count: storage.cpuCount))
    }

    /// The pageset of `cpu` in zone `z` where it lies, after one uniqueness check (see
    /// `uniqueZone(_:)`).
    @inline(__always)
    mutating func uniquePcp(_ z: Int, cpu: Int) -> UnsafeMutablePointer<PerCPUPages> {
        let index = storage.pcpIndex(z, cpu)
        makeUnique()
        return storage.pcps + index
    }

    /// The pageset of `cpu` in zone `z` where it lies, in a table the caller knows to be unique
    /// (it has just written through it): no check of its own (debug builds assert it).
    @inline(__always)
    mutating func pcpOfUnique(_ z: Int, cpu: Int) -> UnsafeMutablePointer<PerCPUPages> {
        let index = storage.pcpIndex(z, cpu)
        assert(isKnownUniquelyReferenced(&storage), "pcpOfUnique on a shared zone table")
        return storage.pcps + index
    }
}

/// The buffer of a `ZoneTable`. `@unchecked Sendable` for the same reason as `MemMapStorage`:
/// only a table that holds it uniquely writes to it.
final class ZoneTableStorage: @unchecked Sendable {
    /// The number of zones.
    let count: Int
    /// The number of CPUs.
    let cpuCount: Int
    /// The zones.
    let zones: UnsafeMutablePointer<Zone>
    /// The per-CPU pagesets, zone by zone, each zone's by CPU.
    let pcps: UnsafeMutablePointer<PerCPUPages>

    /// A buffer holding `zones`, each with `cpus` empty pagesets.
    init(_ zones: [Zone], cpus: Int) {
        precondition(cpus > 0, "a machine has at least one CPU")
        count = zones.count
        cpuCount = cpus
        self.zones = UnsafeMutablePointer<Zone>.allocate(capacity: max(count, 1))
        _ = UnsafeMutableBufferPointer(start: self.zones, count: count).initialize(from: zones)
        pcps = UnsafeMutablePointer<PerCPUPages>.allocate(capacity: max(count * cpus, 1))
        pcps.initialize(repeating: PerCPUPages(), count: count * cpus)
    }

    /// A copy of `other`, for the first write to a table that shares it.
    init(copying other: ZoneTableStorage) {
        count = other.count
        cpuCount = other.cpuCount
        zones = UnsafeMutablePointer<Zone>.allocate(capacity: max(count, 1))
        zones.initialize(from: other.zones, count: count)
        pcps = UnsafeMutablePointer<PerCPUPages>.allocate(capacity: max(count * cpuCount, 1))
        pcps.initialize(from: other.pcps, count: count * cpuCount)
    }

    /// Where the pageset of `cpu` in zone `z` lies in `pcps`, both checked.
    @inline(__always)
    func pcpIndex(_ z: Int, _ cpu: Int) -> Int {
        precondition(UInt(bitPattern: z) < UInt(bitPattern: count), "zone index out of range")
        precondition(UInt(bitPattern: cpu) < UInt(bitPattern: cpuCount), "cpu out of range")
        return z &* cpuCount &+ cpu
    }

    deinit {
        zones.deinitialize(count: count)
        zones.deallocate()
        pcps.deinitialize(count: count * cpuCount)
        pcps.deallocate()
    }
}
