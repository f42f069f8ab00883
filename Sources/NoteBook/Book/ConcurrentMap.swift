import Foundation

extension Array where Element: Sendable {
    /// `map` run on up to `width` threads at once, each taking the next element not yet taken;
    /// the results are in element order whatever the scheduling, and the call returns when
    /// every element is done.
    func concurrentMap<T: Sendable>(width: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(width, count))) { _ in
            while let index = results.claim() {
                results.set(index, transform(elements[index]))
            }
        }
        return results.values
    }
}

/// The results of a `concurrentMap`: which element comes next, and a slot per element.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The index of the next element to transform, nil when all are taken.
    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }

    var values: [T] { lock.withLock { slots.map { $0! } } }
}
