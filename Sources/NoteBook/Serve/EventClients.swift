import FlyingSocks
import Foundation

/// The browsers listening for reloads on `/__mmbook/events`, each an open Server-Sent Events
/// stream. A client that goes away ends its stream, which removes it; nothing else notices.
final class EventClients: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0

    /// A new client's stream; it starts with a comment and the reconnection delay.
    func connect() -> EventBytes {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = lock.withLock {
            nextID += 1
            streams[nextID] = continuation
            return nextID
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.streams.removeValue(forKey: id) }
        }
        continuation.yield(Array(": mmbook serve\nretry: 500\n\n".utf8))
        return EventBytes(stream: stream)
    }

    /// Sends `event` with `data` to every client.
    func broadcast(event: String, data: String) {
        let bytes = Array("event: \(event)\ndata: \(data)\n\n".utf8)
        for continuation in lock.withLock({ Array(streams.values) }) { continuation.yield(bytes) }
    }

    /// Ends every stream (when the server stops).
    func finishAll() {
        for continuation in lock.withLock({ Array(streams.values) }) { continuation.finish() }
    }
}

/// The bytes of one Server-Sent Events stream, as FlyingFox's chunked body reads them: one
/// event per buffer, so that each is sent as soon as it is yielded.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = (await base.next()).map { $0[...] } ?? [] }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return Array(pending)
            }
            return await base.next()
        }
    }
}
