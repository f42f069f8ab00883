import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw HTTP/1.1 connection to a loopback address, for the `serve` tests: requests are sent
/// byte for byte (so `/../` reaches the server as written) and reads time out.
final class LoopbackClient {
    private let socketDescriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects to `host:port` (an IPv4 address); throws when the connection is refused.
    init(host: String = "127.0.0.1", port: UInt16, timeout: Double = 5) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw Failure.socket(errno) }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            let error = errno
            close(socketDescriptor)
            throw Failure.connect(error)
        }
    }

    deinit { close(socketDescriptor) }

    enum Failure: Error {
        case socket(Int32)
        case connect(Int32)
        case timedOut
    }

    /// Sends `GET target` with `Connection: close` unless `keepAlive`.
    func get(_ target: String, keepAlive: Bool = false) {
        let request =
            "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n"
        _ = Array(request.utf8).withUnsafeBytes { send(socketDescriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Reads until `marker` has arrived; the text read so far (after earlier reads).
    func read(until marker: String) throws -> String {
        let wanted = Array(marker.utf8)
        while !contains(wanted) {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = recv(socketDescriptor, &chunk, chunk.count, 0)
            guard count > 0 else { throw Failure.timedOut }
            buffer += chunk[..<count]
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Reads until the server closes the connection (or the read times out).
    func readToEnd() -> String {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = recv(socketDescriptor, &chunk, chunk.count, 0)
            guard count > 0 else { break }
            buffer += chunk[..<count]
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private func contains(_ wanted: [UInt8]) -> Bool {
        guard buffer.count >= wanted.count else { return false }
        return (0...(buffer.count - wanted.count)).contains { buffer[$0..<($0 + wanted.count)].elementsEqual(wanted) }
    }

    /// One request on a fresh connection: the status code and the body.
    static func fetch(_ target: String, port: UInt16) throws -> (status: Int, body: String) {
        let client = try LoopbackClient(port: port)
        client.get(target)
        let response = client.readToEnd()
        let status = Int(response.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = response.range(of: "\r\n\r\n").map { String(response[$0.upperBound...]) } ?? ""
        return (status, body)
    }
}
