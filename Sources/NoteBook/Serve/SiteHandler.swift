import FlyingFox
import Foundation

/// The site as the handlers see it: the last good files and the last build's problems,
/// replaced whole after each rebuild.
final class PublishedSite: @unchecked Sendable {
    private let lock = NSLock()
    private var state: (files: [String: [UInt8]], failure: String?) = ([:], nil)

    /// The current files and problems.
    var current: (files: [String: [UInt8]], failure: String?) { lock.withLock { state } }

    /// Publishes a rebuild's files (the last good ones when it failed) and its problems.
    func publish(files: [String: [UInt8]], failure: String?) { lock.withLock { state = (files, failure) } }
}

/// Answers `serve`'s requests from memory: the site's files (HTML with the reload script),
/// the reload event stream, and refusals for anything outside the site.
struct SiteHandler: HTTPHandler {
    let site: PublishedSite
    let clients: EventClients

    /// The path of the event stream.
    static let eventsPath = "/__mmbook/events"

    /// The script added to every served HTML page (and to no written one): reload on a
    /// `reload` event.
    static let reloadScript =
        "<script>new EventSource(\"\(eventsPath)\").addEventListener(\"reload\",function(){location.reload()});</script>\n"

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "405 method not allowed\n")
        }
        let path: String
        switch Self.sitePath(request.target.path()) {
        case .refused: return Self.text(.forbidden, "403 outside the site\n")
        case .events:
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: clients.connect()))
        case .file(let file): path = file
        }
        let (files, failure) = site.current
        if files.isEmpty {
            return Self.page(.internalServerError, Self.errorPage(failure ?? "the site is not built yet\n"))
        }
        guard let bytes = files[path] else {
            return Self.page(.notFound, Self.inject(Array(Self.notFoundPage(path).utf8), failure: failure))
        }
        let type = Self.contentType(path)
        let body = type.hasPrefix("text/html") ? Self.inject(bytes, failure: failure) : bytes
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: Data(body))
    }

    /// Where a request goes.
    enum Route: Equatable {
        /// A file of the site, by its relative path.
        case file(String)
        /// The reload event stream.
        case events
        /// Anything that could name a file outside the site.
        case refused
    }

    /// The site file a raw (percent-encoded) request path names. Refused: a path that is not
    /// absolute-path form, that does not decode, or whose decoded form has a `.` or `..`
    /// segment, a backslash, a NUL or an empty segment; a folder path names its `index.html`.
    /// Files come from the in-memory site only, so no symlink on disk is ever followed.
    static func sitePath(_ raw: String) -> Route {
        guard raw.hasPrefix("/"), let decoded = raw.removingPercentEncoding else { return .refused }
        if decoded == eventsPath { return .events }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        guard
            segments.allSatisfy({
                !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") && !$0.contains("\u{0}")
            })
        else { return .refused }
        return .file(segments.joined(separator: "/"))
    }

    /// The page with the reload script before `</body>`, and the problems of a failing build
    /// at the top of the page.
    static func inject(_ page: [UInt8], failure: String?) -> [UInt8] {
        var html = String(decoding: page, as: UTF8.self)
        if let failure, let body = html.range(of: "<body>") {
            html.insert(contentsOf: "\n" + errorPanel(failure), at: body.upperBound)
        }
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: reloadScript, at: end.lowerBound)
        } else {
            html += reloadScript
        }
        return Array(html.utf8)
    }

    /// The located problems of a failing build, as a panel above the last good page.
    static func errorPanel(_ failure: String) -> String {
        "<div id=\"mmbook-error\" style=\"background:#fee;color:#600;border:2px solid #c00;padding:1rem;"
            + "margin:0;position:sticky;top:0;z-index:10;max-height:60vh;overflow:auto\">"
            + "<p><strong>mmbook: the build failed</strong>; showing the last good pages.</p><pre>"
            + HTML.escape(failure) + "</pre></div>\n"
    }

    /// The error page shown while no build has succeeded yet.
    static func errorPage(_ failure: String) -> [UInt8] {
        let page =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>mmbook: build failed</title>\n"
            + "</head>\n<body>\n</body>\n</html>\n"
        return inject(Array(page.utf8), failure: failure)
    }

    static func notFoundPage(_ path: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n"
            + "<body>\n<p>No page '\(HTML.escape(path))' in this site. <a href=\"/\">The book</a>.</p>\n</body>\n</html>\n"
    }

    static func page(_ status: HTTPStatusCode, _ bytes: [UInt8]) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: Data(bytes))
    }

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(text.utf8))
    }

    /// The media type of a site file, by its extension.
    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
