import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `mmbook serve`: builds the site in memory, serves it on 127.0.0.1 only, watches the notes
/// and the files their scenarios read (inotify, or polling when it cannot be used), rebuilds
/// what changed and tells open browsers to reload.
public final class SiteServer: @unchecked Sendable {
    /// The notes folder.
    public let notes: String
    /// The port asked for; 0 picks a free one.
    public let port: UInt16
    /// How often the watcher looks at the files when inotify cannot be used (50 ms: a change
    /// shows well within a second).
    let pollInterval: Duration
    /// How long the watcher waits after an inotify event before it reads the notes.
    let settleInterval: Duration
    private let live: LiveSite
    private let site = PublishedSite()
    private let clients = EventClients()
    private let log: @Sendable (String) -> Void
    private let colors: Bool

    /// A server of `notes` on `port` (0: any free port); `log` receives the terminal lines.
    public init(
        notes: String, port: UInt16, colors: Bool = false,
        log: @escaping @Sendable (String) -> Void = Terminal.writeError
    ) {
        self.notes = notes
        self.port = port
        self.colors = colors
        self.log = log
        live = LiveSite(notes: notes)
        pollInterval = .milliseconds(50)
        settleInterval = .milliseconds(2)
    }

    /// Builds, starts listening, and calls `ready` with the address; serves and rebuilds until
    /// `stop()`. Throws when the address cannot be bound.
    public func run(ready: @escaping @Sendable (String) -> Void) async throws {
        rebuild(initial: true)
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        let server = HTTPServer(
            address: address, timeout: 15, logger: .disabled, handler: SiteHandler(site: site, clients: clients))
        // A stop that came during the first build ends the run here.
        guard lifecycle.attach(server) else { return }
        async let serving: Void = server.run()
        try await server.waitUntilListening(timeout: 10)
        // A stop between `attach` and listening found nothing to close yet.
        if lifecycle.stopping { await server.stop(timeout: 0) }
        var url = "http://127.0.0.1:\(port)/"
        if case .ip4(_, let bound)? = await server.listeningAddress { url = "http://127.0.0.1:\(bound)/" }
        ready(url)
        let watcher = Task { await self.watch() }
        defer { watcher.cancel() }
        do {
            try await serving
        } catch is CancellationError {
        } catch {
            if !lifecycle.stopping { throw error }
        }
    }

    private let lifecycle = Lifecycle()

    /// Stops serving: ends the event streams, closes the listening socket and the connections.
    /// Before the server listens, it makes `run` return as soon as the first build is done.
    public func stop() async {
        let server = lifecycle.stop()
        clients.finishAll()
        await server?.stop(timeout: 1)
    }

    /// Waits for inotify's events (or, when inotify cannot be used, polls every
    /// `pollInterval`), and rebuilds when a watched file changed.
    func watch() async {
        var events = FileEvents()
        defer { events?.stop() }
        // Watches first, stamps second: a file created before its folder was watched shows in
        // the stamps, one created after it wakes the next round.
        func watchFolders() {
            guard let current = events, !current.watch(notes: notes, extra: live.dependencies) else { return }
            current.stop()
            events = nil
            log("note: no inotify watch left (fs.inotify.max_user_watches); polling the notes instead\n")
        }
        watchFolders()
        var seen = WatchedFiles.now(notes: notes, extra: live.dependencies)
        while !Task.isCancelled {
            if let current = events {
                guard await current.next() else { break }
                // Let a save that comes in several writes finish before reading the notes.
                try? await Task.sleep(for: settleInterval)
            } else {
                try? await Task.sleep(for: pollInterval)
            }
            // Folders created since.
            watchFolders()
            let now = WatchedFiles.now(notes: notes, extra: live.dependencies)
            guard now != seen else { continue }
            // The stamps from before the rebuild: a change made while it runs is seen next round.
            seen = now
            let outcome = rebuild(initial: false)
            if outcome.failure != nil || !outcome.changed.isEmpty {
                clients.broadcast(event: "reload", data: outcome.changed.first ?? "")
            }
            watchFolders()
            seen = seen.adding(live.dependencies)
        }
    }

    /// Rebuilds, publishes the result and prints the problems and a summary line.
    @discardableResult
    func rebuild(initial: Bool) -> LiveSite.Outcome {
        let start = DispatchTime.now()
        let cpuStart = Self.processCPUSeconds()
        let outcome = live.rebuild()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let cpuSeconds = Self.processCPUSeconds() - cpuStart
        site.publish(files: live.files, failure: outcome.failure)
        var text = ""
        if let failure = outcome.failure {
            text += colors ? Terminal.colorDiffs(failure) : failure
            text += "error: the build failed; serving the last good pages\n"
        }
        // CPU time too: on a busy machine the wall time says more about the load than the rebuild.
        let milliseconds = String(format: "%.1f ms (%.1f ms of CPU)", seconds * 1000, cpuSeconds * 1000)
        text +=
            (initial ? "built" : "rebuilt") + " \(outcome.summary.pages) pages: \(outcome.pagesRerun) re-read, "
            + "\(outcome.pagesRendered) rendered, \(outcome.summary.ran) scenarios run, "
            + "\(outcome.summary.cached) cached, \(outcome.summary.failed) failed, \(outcome.changed.count) files changed "
            + "in \(milliseconds)\n"
        log(text)
        return outcome
    }
}

extension SiteServer {
    /// The CPU time this process has used, all threads, in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// The server of a run and whether a stop was asked for, shared by `run` and `stop`.
final class Lifecycle: @unchecked Sendable {
    private let lock = NSLock()
    private var server: HTTPServer?
    private var stopped = false

    /// Whether a stop was asked for.
    var stopping: Bool { lock.withLock { stopped } }

    /// Records the server to stop; false when a stop was already asked for.
    func attach(_ server: HTTPServer) -> Bool {
        lock.withLock {
            self.server = server
            return !stopped
        }
    }

    /// Marks the run stopped; the server to stop, if it exists.
    func stop() -> HTTPServer? {
        lock.withLock {
            stopped = true
            return server
        }
    }
}
