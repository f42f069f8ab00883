extension SiteStyle {
    /// The content part of the stylesheet: labelled scenario parts, scroll cues on long lines
    /// and wide diagrams, highlighting colours (light and dark, for code and for output), links
    /// to the symbol index, and `symbols.html`. It comes after the chrome rules and wins over them.
    static let contentCSS = """
        :root { --hl-kw: #8250df; --hl-fn: #0550ae; --hl-str: #0a7d33; --hl-num: #b35900; --hl-com: #6e7781;
                --hl-key: #7a4d00; --hl-event: #0550ae; --hl-task: #6e7781;
                --ohl-kw: #d2a8ff; --ohl-fn: #79c0ff; --ohl-str: #7ee787; --ohl-num: #ffb86b; --ohl-com: #9aa4b0;
                --ohl-key: #f2cc60; --ohl-muted: #94a3b8; --cue-code: rgba(0, 0, 0, .28); --cue-out: rgba(255, 255, 255, .35); }
        @media (prefers-color-scheme: dark) {
          :root { --hl-kw: #d2a8ff; --hl-fn: #79c0ff; --hl-str: #7ee787; --hl-num: #ffb86b; --hl-com: #9aa4b0;
                  --hl-key: #f2cc60; --hl-event: #79c0ff; --hl-task: #9aa4b0; --cue-code: rgba(255, 255, 255, .3); }
        }
        figure.scenario .part, .walkthrough .part { position: relative; }
        .part + .part { border-top: 1px solid var(--border); }
        .part > pre.has-copy { position: static; }
        .part:has(> pre.has-copy) > .part-label { right: 4rem; }
        .part-label { position: absolute; top: .15rem; right: .5rem; font: 600 .68rem/1.4 system-ui, sans-serif;
                      letter-spacing: .06em; text-transform: uppercase; color: var(--muted); pointer-events: none;
                      user-select: none; z-index: 1; }
        .part-output .part-label { color: var(--ohl-muted); }
        .part-diagram { padding: 1.2rem .8rem .2rem; }
        .walkthrough .scenario { border: 1px solid var(--border); border-radius: 8px; overflow: hidden; margin: .4rem 0; }
        .walkthrough .scenario pre { margin: 0; border-radius: 0; }
        .walkthrough .scenario .scenario-output, .walkthrough-output .scenario-output, .tracepoints pre {
          background: var(--out-bg); color: var(--out-fg); }
        .walkthrough details { padding: .2rem .8rem; }
        .walkthrough details + .part, .walkthrough .part + details { border-top: 1px solid var(--border); }
        pre.scenario-source, pre.scenario-output, article pre, .diagram { overflow-x: auto;
          background-repeat: no-repeat; background-attachment: local, local, scroll, scroll;
          background-size: 2.5rem 100%, 2.5rem 100%, .9rem 100%, .9rem 100%;
          background-position: left center, right center, left center, right center; }
        article pre, pre.scenario-source { background-color: var(--code-bg); background-image:
          linear-gradient(to right, var(--code-bg) 40%, transparent), linear-gradient(to left, var(--code-bg) 40%, transparent),
          radial-gradient(farthest-side at 0 50%, var(--cue-code), transparent),
          radial-gradient(farthest-side at 100% 50%, var(--cue-code), transparent); }
        article pre.scenario-output, .tracepoints pre { background-color: var(--out-bg); background-image:
          linear-gradient(to right, var(--out-bg) 40%, transparent), linear-gradient(to left, var(--out-bg) 40%, transparent),
          radial-gradient(farthest-side at 0 50%, var(--cue-out), transparent),
          radial-gradient(farthest-side at 100% 50%, var(--cue-out), transparent); }
        .diagram { background-image:
          linear-gradient(to right, var(--bg) 40%, transparent), linear-gradient(to left, var(--bg) 40%, transparent),
          radial-gradient(farthest-side at 0 50%, var(--cue-code), transparent),
          radial-gradient(farthest-side at 100% 50%, var(--cue-code), transparent); }
        .diagram svg { max-width: none; }
        .view-header { color: var(--ohl-muted); font-style: italic; user-select: none; }
        .hl-kw, .hl-cmd { color: var(--hl-kw); } .hl-fn, .hl-event { color: var(--hl-fn); }
        .hl-str { color: var(--hl-str); } .hl-num { color: var(--hl-num); } .hl-com { color: var(--hl-com); font-style: italic; }
        .hl-key, .hl-opt, .hl-type, .hl-pre { color: var(--hl-key); } .hl-task, .hl-flags, .hl-cpu, .hl-time, .hl-prompt { color: var(--hl-task); }
        .hl-add { color: var(--hl-str); } .hl-del { color: var(--hl-num); } .hl-hunk, .hl-meta { color: var(--hl-kw); }
        .scenario-output .hl-kw { color: var(--ohl-kw); } .scenario-output .hl-fn, .scenario-output .hl-event { color: var(--ohl-fn); }
        .scenario-output .hl-str { color: var(--ohl-str); } .scenario-output .hl-num { color: var(--ohl-num); }
        .scenario-output .hl-key { color: var(--ohl-key); }
        .scenario-output .hl-task, .scenario-output .hl-flags, .scenario-output .hl-cpu, .scenario-output .hl-time { color: var(--ohl-muted); }
        a.sym { color: inherit; text-decoration: underline dotted; text-underline-offset: 2px; }
        a.sym:hover, a.sym:focus { text-decoration-style: solid; }
        .scenario-output a.sym { text-decoration-color: var(--ohl-muted); }
        p.provenance { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); }
        nav.symbol-letters { margin: 1rem 0; line-height: 2; }
        dl.symbols dt { margin-top: 1.1rem; font-weight: 600; scroll-margin-top: 1rem; }
        dl.symbols dt:target { background: var(--code-bg); }
        dl.symbols dd { margin: .2rem 0 0 1.2rem; }
        dl.symbols dd p { margin: .15rem 0; }
        ul.symbol-models { margin: 0; padding-left: 1.2rem; font-size: .85rem; }
        .symbol-kind { font-weight: 400; font-size: .8rem; color: var(--muted); }
        p.symbol-models { font-size: .85rem; color: var(--muted); }
        p.coverage { line-height: 1.9; }
        dl.symbols code, p.coverage code { overflow-wrap: anywhere; }
        @media print { pre.scenario-source, pre.scenario-output, .diagram { background-image: none; }
          .part-label { position: static; display: block; } }

        """
}
