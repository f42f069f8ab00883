/// The site's stylesheet: readable type, a sidebar, scenario figures, dark mode and print.
enum SiteStyle {
    static let css = """
        :root { --fg: #1d1f21; --bg: #ffffff; --muted: #5f6368; --accent: #0b57d0; --code-bg: #f3f4f6;
                --out-bg: #0f172a; --out-fg: #e2e8f0; --border: #d9dce1; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e3e3e3; --bg: #16181c; --muted: #a0a4ab; --accent: #8ab4f8; --code-bg: #22252b;
                  --out-bg: #0b0d10; --out-fg: #d7e0ea; --border: #33373e; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; display: flex; min-height: 100vh; color: var(--fg); background: var(--bg);
               font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
        a { color: var(--accent); }
        .sidebar { width: 17rem; flex: none; padding: 1.5rem 1rem; border-right: 1px solid var(--border);
                   position: sticky; top: 0; height: 100vh; overflow-y: auto; }
        .sidebar .book-title { font-weight: 700; margin-top: 0; }
        .sidebar .book-title a { color: var(--fg); text-decoration: none; }
        .chapters { list-style: none; padding: 0; margin: 0; }
        .chapters li { margin: .2rem 0; }
        .chapters .depth-1 { padding-left: 1rem; } .chapters .depth-2 { padding-left: 2rem; }
        .chapters a { text-decoration: none; color: var(--fg); }
        .chapters a[aria-current="page"] { color: var(--accent); font-weight: 600; }
        main { flex: 1; min-width: 0; padding: 2rem 3rem; max-width: 60rem; }
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
        nav.outline { float: right; width: 15rem; margin: 0 0 1rem 1.5rem; padding: .6rem .9rem; font-size: .85rem;
                      border: 1px solid var(--border); border-radius: 6px; }
        nav.outline p { margin: 0 0 .3rem; font-weight: 600; }
        nav.outline ul { list-style: none; margin: 0; padding: 0; }
        nav.outline .level-3 { padding-left: .9rem; }
        @media (max-width: 70rem) { nav.outline { float: none; width: auto; margin: 0 0 1rem; } }
        .diagram { margin: .5rem 0; overflow-x: auto; }
        .diagram svg { max-width: 100%; height: auto; }
        ol.walkthrough { padding-left: 1.5rem; }
        ol.walkthrough > li.step { margin: 1rem 0 1.5rem; }
        ol.walkthrough pre { margin: .4rem 0; }
        details.calls ul { list-style: none; margin: 0; padding-left: 1.1rem; border-left: 1px dotted var(--border); }
        details.calls > ul { border-left: none; padding-left: .2rem; }
        details summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
        .repeat { color: var(--muted); font-size: .85em; }
        table { border-collapse: collapse; } th, td { border: 1px solid var(--border); padding: .3rem .6rem; }
        .pager { display: flex; justify-content: space-between; margin-top: 3rem; padding-top: 1rem;
                 border-top: 1px solid var(--border); }
        .pager .next { margin-left: auto; }
        @media (max-width: 50rem) { body { display: block; } .sidebar { position: static; width: auto; height: auto;
                 border-right: none; border-bottom: 1px solid var(--border); } main { padding: 1rem; } }
        @media print { .sidebar, .pager, nav.outline, a.anchor { display: none; } main { padding: 0; max-width: none; }
                 pre { white-space: pre-wrap; } figure.scenario .scenario-output { background: none; color: inherit; } }

        """
}
