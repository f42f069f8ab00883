import Foundation

/// The page chrome: the top bar with search, the sidebar (written by the shared `toc.js`, with a
/// link to the contents page when scripts do not run), the outline, the pager, and the pages
/// that are not chapters (contents, print, 404).
extension SiteRenderer {
    /// What sits around a page's body.
    struct PageChrome {
        /// The page's path under the site's root (`buddy.html`).
        var path: String
        var title: String
        var description: String? = nil
        var previous: Chapter? = nil
        var next: Chapter? = nil
        /// The chapter whose "edit this page" link to show.
        var chapter: Chapter? = nil
        /// Whether to show the sidebar (the print page has none).
        var sidebar = true
        /// The address every relative link resolves from (`<base href>`), for `404.html`, which
        /// a server shows at any missing address; nil for pages whose links are relative to
        /// where they are.
        var base: String? = nil

        /// The relative path from the page to the site's root.
        var root: String { String(repeating: "../", count: path.split(separator: "/").count - 1) }
    }

    /// A whole page: head, top bar, sidebar, `body` (the article and its outline), pager.
    func layout(_ chrome: PageChrome, body: String) -> String {
        let book = verification.book
        let config = book.config
        let root = chrome.root
        let fullTitle = chrome.title == book.title ? book.title : chrome.title + " — " + book.title
        var out = """
            <!DOCTYPE html>
            <html lang="\(HTML.escape(config.language))" data-root="\(HTML.escape(root))" data-page="\(HTML.escape(chrome.path))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(fullTitle))</title>

            """
        if let base = chrome.base { out += "<base href=\"\(HTML.escape(base))\">\n" }
        // Under a <base>, a bare #fragment would lead to the base's page.
        let skip = chrome.base == nil ? "#content" : HTML.escape(chrome.path) + "#content"
        if let description = chrome.description {
            out += "<meta name=\"description\" content=\"\(HTML.escape(description))\">\n"
        }
        if !config.authors.isEmpty {
            out += "<meta name=\"author\" content=\"\(HTML.escape(config.authors.joined(separator: ", ")))\">\n"
        }
        out += """
            <link rel="icon" href="\(root)favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="\(root)mmbook.css">
            <script src="\(root)mmbook.js" defer></script>
            </head>
            <body>
            <a class="skip" href="\(skip)">Skip to the text</a>
            <header class="topbar">

            """
        if chrome.sidebar {
            out +=
                "<button id=\"menu-button\" class=\"menu-button\" type=\"button\" aria-controls=\"sidebar\" "
                + "aria-expanded=\"false\" hidden>☰<span class=\"visually-hidden\"> Chapters</span></button>\n"
        }
        out += """
            <a class="book-title" href="\(root)index.html">\(HTML.escape(book.title))</a>
            <div class="search" id="search" role="search" hidden>
            <input id="search-input" type="search" placeholder="Search" title="Search this book (press / or s)" aria-keyshortcuts="/ s" aria-label="Search this book" aria-controls="search-results" autocomplete="off" spellcheck="false">
            <ul id="search-results" role="listbox" aria-label="Search results" hidden></ul>
            </div>
            <a class="print-link links-start" href="\(root)symbols.html">Symbols</a>
            <a class="print-link" href="\(root)print.html">Print</a>
            </header>
            <div class="columns">

            """
        if chrome.sidebar {
            out += """
                <nav class="sidebar" id="sidebar" aria-label="Chapters">
                <script src="\(root)toc.js"></script>
                <noscript><p><a href="\(root)toc.html">Table of contents</a></p></noscript>
                </nav>

                """
        }
        out += "<main id=\"content\">\n" + body
        if let chapter = chrome.chapter, let edit = config.editURL(chapter), let source = config.sourceURL(chapter) {
            out +=
                "<p class=\"page-meta\"><a href=\"\(HTML.escape(edit))\">Edit this page</a> · "
                + "<a href=\"\(HTML.escape(source))\">Markdown source</a></p>\n"
        }
        if chrome.previous != nil || chrome.next != nil {
            out += "<nav class=\"pager\" aria-label=\"Previous and next chapters\">\n"
            if let previous = chrome.previous {
                out +=
                    "<a class=\"prev\" rel=\"prev\" href=\"\(HTML.escape(relative(previous.htmlPath, from: chrome.path)))\">"
                    + "<span>← Previous</span> \(HTML.escape(previous.title))</a>\n"
            }
            if let next = chrome.next {
                out +=
                    "<a class=\"next\" rel=\"next\" href=\"\(HTML.escape(relative(next.htmlPath, from: chrome.path)))\">"
                    + "<span>Next →</span> \(HTML.escape(next.title))</a>\n"
            }
            out += "</nav>\n"
        }
        out += "</main>\n</div>\n</body>\n</html>\n"
        return out
    }

    /// A page's article with its outline (level-2 and level-3 headings) beside it.
    func pageBody(_ html: String, outline: [MarkdownAdapter.OutlineEntry]) -> String {
        var out = "<div class=\"page\">\n"
        if outline.count > 1 {
            out +=
                "<nav class=\"outline\" aria-label=\"On this page\"><details open><summary>On this page</summary>"
                + "<ul>\n"
            for entry in outline {
                out +=
                    "<li class=\"level-\(entry.level)\"><a href=\"#\(HTML.escape(entry.id))\">"
                    + HTML.escape(entry.text) + "</a></li>\n"
            }
            out += "</ul></details></nav>\n"
        }
        return out + "<article>\n" + html + "</article>\n</div>\n"
    }

    /// The relative address of site path `target` from the page at site path `page`.
    func relative(_ target: String, from page: String) -> String {
        let from = page.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        return String(repeating: "../", count: from.count - common) + to.dropFirst(common).joined(separator: "/")
    }

    /// A chapter's link to a note (`buddy.md`, `../x/y.md#anchor`) as a link to its page,
    /// relative to the linking page; other links unchanged.
    func chapterLink(_ url: String, from chapter: Chapter) -> String {
        guard let (target, fragment) = linkedChapter(url, from: chapter) else { return url }
        return relative(target.htmlPath, from: chapter.htmlPath) + fragment.map { "#" + $0 }.orEmpty
    }

    /// The chapter a link of `chapter` points at, and its `#fragment`, when it names a note of the book.
    func linkedChapter(_ url: String, from chapter: Chapter) -> (Chapter, String?)? {
        guard !url.contains(":"), !url.hasPrefix("/") else { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard path.hasSuffix(".md") else { return nil }
        var resolved = chapter.path.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/") {
            if component == ".." {
                guard !resolved.isEmpty else { return nil }
                resolved.removeLast()
            } else if component != "." {
                resolved.append(String(component))
            }
        }
        let joined = resolved.joined(separator: "/").removingPercentEncoding ?? resolved.joined(separator: "/")
        guard let target = chaptersByPath[joined] else { return nil }
        return (target, parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The numbered, nested list of chapters, with links relative to the page at `page`.
    func contentsList(from page: String) -> String {
        var out = ""
        var depth = -1
        for chapter in verification.book.chapters {
            let level = max(0, chapter.depth)
            if level > depth {
                for _ in depth..<level { out += "\n<ol class=\"chapters\">\n" }
            } else {
                out += "</li>\n"
                for _ in level..<depth { out += "</ol>\n</li>\n" }
            }
            depth = level
            out += "<li><a href=\"\(HTML.escape(relative(chapter.htmlPath, from: page)))\">"
            if let number = chapter.number { out += "<span class=\"number\">\(number)</span> " }
            out += HTML.escape(chapter.title) + "</a>"
        }
        if depth >= 0 {
            out += "</li>\n"
            for _ in 0..<depth { out += "</ol>\n</li>\n" }
            out += "</ol>\n"
        }
        return out
    }

    /// `toc.js`: every page's sidebar, one file for the whole book so that a page's size does
    /// not grow with the number of chapters. It marks the page that loads it as current.
    func tocScript() -> String {
        let entries = verification.book.chapters.map { chapter in
            [chapter.htmlPath, chapter.number ?? "", chapter.title, String(max(0, chapter.depth))]
        }
        return """
            "use strict";
            (function () {
              var entries = \(SearchIndex.json(entries));
              var html = document.documentElement, root = html.getAttribute("data-root") || "";
              html.classList.add("js");
              var page = html.getAttribute("data-page") || "", nav = document.currentScript.parentNode;
              var top = document.createElement("ol"), stack = [top], last = null;
              top.className = "chapters";
              entries.forEach(function (e) {
                var depth = Number(e[3]);
                while (stack.length - 1 > depth) { stack.pop(); }
                while (stack.length - 1 < depth && last) {
                  var nested = document.createElement("ol"), fold = document.createElement("button");
                  nested.className = "chapters";
                  fold.type = "button";
                  fold.className = "fold";
                  fold.setAttribute("aria-expanded", "true");
                  fold.setAttribute("aria-label", "Show or hide the sections of " + last.firstChild.textContent);
                  last.insertBefore(fold, last.firstChild);
                  last.appendChild(nested);
                  stack.push(nested);
                }
                var li = document.createElement("li"), a = document.createElement("a");
                a.href = root + e[0];
                if (e[1]) { var n = document.createElement("span"); n.className = "number"; n.textContent = e[1]; a.appendChild(n); a.appendChild(document.createTextNode(" ")); }
                a.appendChild(document.createTextNode(e[2]));
                if (e[0] === page) { a.setAttribute("aria-current", "page"); }
                li.appendChild(a);
                stack[stack.length - 1].appendChild(li);
                last = li;
              });
              nav.appendChild(top);
            })();

            """
    }

    /// The favicon: a row of buddy blocks of growing order, drawn by us.
    static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
        <rect width="32" height="32" rx="6" fill="#0b57d0"/>
        <rect x="4" y="18" width="4" height="10" fill="#ffffff"/>
        <rect x="10" y="18" width="6" height="10" fill="#9ec1ff"/>
        <rect x="18" y="18" width="10" height="10" fill="#ffffff"/>
        <rect x="4" y="4" width="24" height="10" fill="#9ec1ff"/>
        </svg>

        """
}

extension Optional where Wrapped == String {
    /// The string, or "" when there is none.
    fileprivate var orEmpty: String { self ?? "" }
}
