import PageAlloc

/// The allocator loops, each run on the Swift model (through PageAlloc's public API) and on
/// the C baseline with the same parameters.
enum Loop: String, CaseIterable, Codable, Sendable {
    case order0Pair = "order0-pair"
    case order3Pair = "order3-pair"
    case order4Pair = "order4-pair"
    case churn

    /// The table's row label.
    var label: String {
        switch self {
        case .order0Pair: "order-0 alloc+free pair, pcp lists, 4 GiB"
        case .order3Pair: "order-3 pair (pcp-cached)"
        case .order4Pair: "order-4 pair (6 splits, 6 merges)"
        case .churn: "churn, orders 0–5, 4,096 live, per step"
        }
    }

    /// The unit of one operation.
    var operation: String { self == .churn ? "step" : "pair" }

    /// The order of a pair loop.
    var pairOrder: Int? {
        switch self {
        case .order0Pair: 0
        case .order3Pair: 3
        case .order4Pair: 4
        case .churn: nil
        }
    }
}

/// The parameters every loop shares.
enum LoopSetup {
    /// The machine of every loop: `boot mem=4G` through the API, one node, one CPU.
    static let memoryBytes = 4 << 30
    /// Every allocation asks for GFP_KERNEL.
    static let gfp = GFP.kernel
    /// Live blocks of the churn loop.
    static let churnLive = 4096
    /// The largest order of the churn loop.
    static let churnMaxOrder = 5
    /// The churn loop's seed.
    static let churnSeed: UInt64 = 12

    static var layout: MachineLayout { .x86(memoryBytes: memoryBytes) }
}

/// A loop on the Swift model. The machine is moved out of the stored property for the
/// duration of a run, so the loop works on a uniquely referenced local value.
final class SwiftLoop {
    private var machine: Machine?
    private let loop: Loop
    private var slots: [(pfn: Int, order: Int)] = []
    private var random = SplitMix64(state: LoopSetup.churnSeed)
    /// A sum of the pfns handed out, so that no allocation is optimised away.
    private(set) var sink = 0

    init(_ loop: Loop) {
        self.loop = loop
        var m = Machine(layout: LoopSetup.layout)
        if loop == .churn {
            for _ in 0..<LoopSetup.churnLive {
                let order = Int(random.next() % UInt64(LoopSetup.churnMaxOrder + 1))
                guard let pfn = m.allocPages(LoopSetup.gfp, order: order) else {
                    fatalError("out of memory filling the churn slots")
                }
                slots.append((pfn, order))
            }
        }
        machine = m
    }

    /// Runs `n` operations: alloc+free pairs, or churn steps (free a random live block,
    /// allocate a block of a random order in its place).
    /// The loop's state is moved into locals for the run, as the C loop keeps its own: the
    /// class's stored properties would cost an exclusivity check on every access, which is the
    /// harness's overhead, not the model's.
    func run(_ n: Int) {
        var m = machine.take()!
        var slots = self.slots
        self.slots = []
        var random = self.random
        var sink = self.sink
        defer {
            machine = m
            self.slots = slots
            self.random = random
            self.sink = sink
        }
        let gfp = LoopSetup.gfp  // a static let is read through swift_once on every access
        if let order = loop.pairOrder {
            for _ in 0..<n {
                guard let pfn = m.allocPages(gfp, order: order) else {
                    fatalError("out of memory in the pair loop")
                }
                sink &+= pfn
                m.freePages(pfn, order: order)
            }
        } else {
            for _ in 0..<n {
                let slot = Int(random.next() % UInt64(LoopSetup.churnLive))
                m.freePages(slots[slot].pfn, order: slots[slot].order)
                let order = Int(random.next() % UInt64(LoopSetup.churnMaxOrder + 1))
                guard let pfn = m.allocPages(gfp, order: order) else {
                    fatalError("out of memory in the churn loop")
                }
                slots[slot] = (pfn, order)
            }
        }
    }
}
