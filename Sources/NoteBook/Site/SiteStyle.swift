/// The site's stylesheet: readable type, the top bar with search, a sidebar, an outline, scenario
/// figures, dark mode, narrow screens and print.
enum SiteStyle {
    static let css = """
        :root { --fg: #1d1f21; --bg: #ffffff; --muted: #5f6368; --accent: #0b57d0; --code-bg: #f3f4f6;
                --out-bg: #0f172a; --out-fg: #e2e8f0; --border: #d9dce1; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e3e3e3; --bg: #16181c; --muted: #a0a4ab; --accent: #8ab4f8; --code-bg: #22252b;
                  --out-bg: #0b0d10; --out-fg: #d7e0ea; --border: #33373e; }
        }
        * { box-sizing: border-box; }
        html { scroll-padding-top: 4rem; }
        body { margin: 0; color: var(--fg); background: var(--bg);
               font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
        a { color: var(--accent); }
        .skip { position: absolute; left: -100vw; } .skip:focus { left: .5rem; top: .5rem; z-index: 10; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .topbar { position: sticky; top: 0; z-index: 5; display: flex; align-items: center; gap: .8rem;
                  padding: .5rem 1rem; background: var(--bg); border-bottom: 1px solid var(--border); }
        .topbar .book-title { font-weight: 700; color: var(--fg); text-decoration: none; white-space: nowrap;
                              overflow: hidden; text-overflow: ellipsis; min-width: 0; }
        .topbar .print-link { margin-left: 1rem; font-size: .9rem; }
        .topbar .links-start { margin-left: auto; }
        .topbar .book-title { flex: 0 1 auto; }
        .menu-button { font: inherit; background: none; color: var(--fg); border: 1px solid var(--border);
                       border-radius: 6px; padding: .1rem .6rem; cursor: pointer; }
        .search { position: relative; flex: 0 1 22rem; min-width: 6rem; }
        .search input { width: 100%; font: inherit; font-size: .95rem; padding: .3rem .6rem; color: var(--fg);
                         background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; }
        #search-results { position: absolute; top: 2.4rem; left: 0; width: min(36rem, 92vw); max-height: 70vh;
                          overflow-y: auto; margin: 0; padding: .3rem; list-style: none; background: var(--bg);
                          border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / .18); }
        #search-results li a { display: block; padding: .4rem .6rem; border-radius: 6px; text-decoration: none;
                               color: var(--fg); }
        #search-results li[aria-selected="true"] a, #search-results li a:hover { background: var(--code-bg); }
        #search-results .result-title { display: block; font-weight: 600; color: var(--accent); }
        #search-results .result-text { display: block; font-size: .85rem; color: var(--muted); }
        #search-results .none { padding: .4rem .6rem; color: var(--muted); }
        mark { background: #ffe08a; color: #1d1f21; border-radius: 2px; }
        .columns { display: flex; align-items: flex-start; }
        .sidebar { width: 17rem; flex: none; padding: 1rem; border-right: 1px solid var(--border);
                   position: sticky; top: 3.2rem; height: calc(100vh - 3.2rem); overflow-y: auto; font-size: .95rem; }
        .chapters { list-style: none; padding: 0; margin: 0; }
        .chapters .chapters { padding-left: 1.1rem; }
        .chapters li { margin: .25rem 0; position: relative; }
        .chapters a { text-decoration: none; color: var(--fg); }
        .chapters a[aria-current="page"] { color: var(--accent); font-weight: 600; }
        .chapters .number { color: var(--muted); font-variant-numeric: tabular-nums; }
        button.fold { position: absolute; left: -1.1rem; top: .1rem; width: 1rem; padding: 0; border: none;
                      background: none; color: var(--muted); cursor: pointer; font: inherit; line-height: 1.2; }
        button.fold::before { content: "▾"; } button.fold[aria-expanded="false"]::before { content: "▸"; }
        .sidebar > .chapters { padding-left: 1rem; }
        main { flex: 1; min-width: 0; padding: 1.5rem 2.5rem 2rem; max-width: 78rem; }
        .page { display: grid; grid-template-columns: minmax(0, 1fr); }
        article { min-width: 0; max-width: 52rem; overflow-wrap: break-word; }
        article :not(pre) > code, article h1, article h2, article h3, article h4 { overflow-wrap: anywhere; }
        nav.outline { margin: 0 0 1rem; padding: .6rem .9rem; font-size: .85rem;
                      border: 1px solid var(--border); border-radius: 6px; }
        nav.outline summary { font-weight: 600; color: var(--fg); font-size: .85rem; }
        nav.outline ul { list-style: none; margin: .3rem 0 0; padding: 0; }
        nav.outline .level-3 { padding-left: .9rem; }
        nav.outline a { text-decoration: none; }
        nav.outline a[aria-current="location"] { font-weight: 600; border-left: 3px solid var(--accent);
                                                 margin-left: -.6rem; padding-left: calc(.6rem - 3px); }
        @media (min-width: 80rem) {
          .page { grid-template-columns: minmax(0, 1fr) 15rem; column-gap: 2.5rem; }
          nav.outline summary { pointer-events: none; list-style: none; }
          nav.outline summary::-webkit-details-marker { display: none; }
          nav.outline { grid-column: 2; grid-row: 1; position: sticky; top: 4.2rem; align-self: start;
                        max-height: calc(100vh - 5rem); overflow-y: auto; border: none; border-left: 1px solid var(--border);
                        border-radius: 0; margin: 0; }
          .page > article { grid-column: 1; grid-row: 1; }
        }
        .table-wrap { overflow-x: auto; max-width: 100%; margin: 1rem 0; }
        .table-wrap table { margin: 0; }
        /* The copy button sits in a strip above the code, never over a line of it. */
        pre.has-copy { position: relative; padding-top: 1.6rem; }
        button.copy { position: absolute; top: .2rem; right: .3rem; font-size: .7rem; line-height: 1.3;
                      padding: 0 .45rem; color: var(--muted); background: var(--bg); border: 1px solid var(--border);
                      border-radius: 4px; cursor: pointer; opacity: 0; }
        pre:hover > button.copy, button.copy:focus { opacity: 1; }
        @media (hover: none) { button.copy { opacity: .8; } }
        .page.print article { margin: 0 auto; width: 100%; }
        .page-meta { margin-top: 2.5rem; font-size: .9rem; color: var(--muted); }
        .contents .chapters { font-size: 1.05rem; }
        .contents .chapters .chapters { padding-left: 1.5rem; }
        pre, code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, monospace; font-size: .9em; }
        pre { background: var(--code-bg); padding: .8rem 1rem; overflow-x: auto; border-radius: 6px; }
        :not(pre) > code { background: var(--code-bg); padding: .1em .3em; border-radius: 4px; }
        figure.scenario { margin: 1.5rem 0; border: 1px solid var(--border); border-radius: 8px; overflow: hidden; }
        figure.scenario pre { margin: 0; border-radius: 0; }
        figure.scenario .scenario-output { background: var(--out-bg); color: var(--out-fg); }
        figure.scenario figcaption { font-size: .8rem; color: var(--muted); padding: .3rem 1rem; }
        h1, h2, h3, h4 { position: relative; }
        a.anchor { margin-left: .4rem; text-decoration: none; color: var(--muted); opacity: 0; font-weight: 400; }
        h1:hover a.anchor, h2:hover a.anchor, h3:hover a.anchor, h4:hover a.anchor, a.anchor:focus { opacity: 1; }
        .diagram { margin: .5rem 0; overflow-x: auto; }
        .diagram svg { max-width: 100%; height: auto; }
        ol.walkthrough { padding-left: 1.5rem; }
        ol.walkthrough > li.step { margin: 1rem 0 1.5rem; }
        ol.walkthrough pre { margin: .4rem 0; }
        details.calls ul { list-style: none; margin: 0; padding-left: 1.1rem; border-left: 1px dotted var(--border); }
        details.calls > ul { border-left: none; padding-left: .2rem; overflow-x: auto; }
        details.calls code { overflow-wrap: normal; }
        details summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
        .repeat { color: var(--muted); font-size: .85em; }
        table { border-collapse: collapse; } th, td { border: 1px solid var(--border); padding: .3rem .6rem; }
        .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 2rem; padding-top: 1rem;
                 border-top: 1px solid var(--border); }
        .pager a { text-decoration: none; max-width: 48%; }
        .pager span { display: block; font-size: .8rem; color: var(--muted); }
        .pager .next { margin-left: auto; text-align: right; }
        @media (max-width: 50rem) {
          .columns { display: block; }
          .sidebar { position: static; width: auto; height: auto; border-right: none; border-bottom: 1px solid var(--border); }
          .js .sidebar { display: none; }
          .js body.sidebar-open .sidebar { display: block; position: fixed; z-index: 4; top: 3rem; left: 0; bottom: 0;
                                          width: min(20rem, 85vw); height: auto; background: var(--bg);
                                          border-right: 1px solid var(--border); box-shadow: 0 0 24px rgb(0 0 0 / .25); }
          main { padding: 1rem; }
          article h1 { font-size: 1.75rem; line-height: 1.25; }
          .topbar { gap: .5rem; padding: .5rem; }
          .search { flex: 1 1 8rem; position: static; }
          #search-results { position: fixed; top: 3.1rem; left: .5rem; right: .5rem; width: auto; }
          .print-link { display: none; }
        }
        @media (min-width: 50.01rem) { .menu-button { display: none; } }
        @media print { .topbar, .sidebar, .pager, nav.outline, a.anchor, button.copy, .page-meta, .skip { display: none; }
                 main { padding: 0; max-width: none; } .columns { display: block; }
                 pre { white-space: pre-wrap; } figure.scenario .scenario-output { background: none; color: inherit; }
                 .print-chapter { break-before: page; } }

        """
}
