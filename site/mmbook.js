"use strict";
(function () {
  var html = document.documentElement;
  var root = html.getAttribute("data-root") || "";
  html.classList.add("js");

  // Search: terms and documents come as scripts assigning data (fetch() is refused on file://).
  var shards = {}, docs = {}, waiting = {};
  window.mmbookSearch = {
    addTerms: function (n, terms) { shards[n] = terms; done("search/terms-" + n + ".js"); },
    addDocs: function (n, rows) { docs[n] = rows; done("search/docs-" + n + ".js"); }
  };
  function done(path) { (waiting[path] || []).forEach(function (f) { f(); }); delete waiting[path]; }
  function load(path, ready) {
    if (waiting[path]) { waiting[path].push(ready); return; }
    waiting[path] = [ready];
    var script = document.createElement("script");
    script.src = root + path;
    script.onerror = function () { done(path); };
    document.head.appendChild(script);
  }
  function isCJK(c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
      (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
  }
  // The same split as SearchIndex.terms: words of letters, digits and _, CJK pairs.
  function terms(text) {
    var out = [], word = "", cjk = [];
    function flushWord() { if (word) { out.push(word); } word = ""; }
    function flushCJK() {
      if (cjk.length === 1) { out.push(cjk[0]); }
      for (var i = 0; i + 1 < cjk.length; i++) { out.push(cjk[i] + cjk[i + 1]); }
      cjk = [];
    }
    for (var ch of text.toLowerCase()) {
      if (isCJK(ch.codePointAt(0))) { flushWord(); cjk.push(ch); }
      else if (/[\p{L}\p{N}_]/u.test(ch)) { flushCJK(); word += ch; }
      else { flushWord(); flushCJK(); }
    }
    flushWord(); flushCJK();
    return out;
  }
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var box = document.getElementById("search");
  var selected = -1, generation = 0;
  function shardOf(term) { return term.codePointAt(0) % 32; }
  function search(query) {
    var words = terms(query), mine = ++generation;
    if (!words.length) { show([], words); return; }
    var pending = words.length;
    words.forEach(function (w) {
      load("search/terms-" + shardOf(w) + ".js", function () { if (--pending === 0 && mine === generation) { rank(words, mine); } });
    });
  }
  function rank(words, mine) {
    var scores = null;
    words.forEach(function (w) {
      var shard = shards[shardOf(w)] || {}, mineScores = {};
      Object.keys(shard).forEach(function (term) {
        if (term.lastIndexOf(w, 0) !== 0) { return; }
        var factor = term === w ? 1 : 0.6, posting = shard[term];
        for (var i = 0; i < posting.length; i += 2) {
          var s = posting[i + 1] * factor;
          if (!(mineScores[posting[i]] >= s)) { mineScores[posting[i]] = s; }
        }
      });
      if (scores === null) { scores = mineScores; return; }
      var both = {};
      Object.keys(scores).forEach(function (d) { if (d in mineScores) { both[d] = scores[d] + mineScores[d]; } });
      scores = both;
    });
    var ids = Object.keys(scores || {}).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; }).slice(0, 20);
    var chunks = {};
    ids.forEach(function (id) { chunks[Math.floor(id / 64)] = true; });
    var names = Object.keys(chunks), pending = names.length;
    if (!pending) { show([], words); return; }
    names.forEach(function (n) {
      load("search/docs-" + n + ".js", function () {
        if (--pending === 0 && mine === generation) {
          show(ids.map(function (id) { var c = docs[Math.floor(id / 64)]; return c && c[id % 64]; }).filter(Boolean), words);
        }
      });
    });
  }
  function highlight(parent, text, words) {
    var lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var best = -1, len = 0;
      words.forEach(function (w) {
        var i = lower.indexOf(w, at);
        if (i >= 0 && (best < 0 || i < best)) { best = i; len = w.length; }
      });
      if (best < 0) { break; }
      parent.appendChild(document.createTextNode(text.slice(at, best)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(best, best + len);
      parent.appendChild(mark);
      at = best + len;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }
  function snippet(text, words) {
    var lower = text.toLowerCase(), first = -1;
    words.forEach(function (w) { var i = lower.indexOf(w); if (i >= 0 && (first < 0 || i < first)) { first = i; } });
    var start = Math.max(0, first - 60);
    var cut = text.slice(start, start + 180);
    return (start > 0 ? "…" : "") + cut + (start + 180 < text.length ? "…" : "");
  }
  function show(rows, words) {
    list.textContent = "";
    selected = -1;
    if (!input.value.trim()) { list.hidden = true; return; }
    if (!rows.length) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "No results";
      list.appendChild(none);
    }
    rows.forEach(function (row, index) {
      var li = document.createElement("li"), a = document.createElement("a");
      li.setAttribute("role", "option");
      li.id = "search-result-" + index;
      a.href = root + row[0] + (row[1] ? "#" + row[1] : "");
      var title = document.createElement("span");
      title.className = "result-title";
      highlight(title, row[2] + (row[3] ? " › " + row[3] : ""), words);
      var text = document.createElement("span");
      text.className = "result-text";
      var shown = snippet(row[4], words), lower = shown.toLowerCase();
      if (!words.some(function (w) { return lower.indexOf(w) >= 0; })) {
        // Matched in code only: name the identifier.
        var code = (row[5] || "").split(" ").filter(function (id) {
          return words.some(function (w) { return id.toLowerCase().indexOf(w) >= 0; });
        })[0];
        if (code) { shown = "in code: " + code; }
      }
      highlight(text, shown, words);
      a.appendChild(title);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
  }
  function move(step) {
    var items = list.querySelectorAll("li[role=option]");
    if (!items.length) { return; }
    if (selected >= 0) { items[selected].removeAttribute("aria-selected"); }
    selected = (selected + step + items.length) % items.length;
    items[selected].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[selected].id);
    items[selected].scrollIntoView({ block: "nearest" });
  }
  function close() { list.hidden = true; input.blur(); }
  if (input && list && box) {
    box.hidden = false;
    input.addEventListener("input", function () { search(input.value); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { move(1); e.preventDefault(); }
      else if (e.key === "ArrowUp") { move(-1); e.preventDefault(); }
      else if (e.key === "Escape") { close(); e.preventDefault(); }
      else if (e.key === "Enter") {
        var items = list.querySelectorAll("li[role=option] a");
        if (items.length) { window.location.href = items[Math.max(selected, 0)].href; }
        e.preventDefault();
      }
    });
    input.addEventListener("focus", function () { if (input.value.trim()) { list.hidden = false; } });
    document.addEventListener("click", function (e) { if (!box.contains(e.target)) { list.hidden = true; } });
  }

  // Keys: / and s search, ← and → turn pages.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey || (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))) { return; }
    if ((e.key === "/" || e.key === "s") && input) { input.focus(); input.select(); e.preventDefault(); }
    else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      var link = document.querySelector(e.key === "ArrowLeft" ? "a[rel=prev]" : "a[rel=next]");
      if (link) { window.location.href = link.href; e.preventDefault(); }
    } else if (e.key === "Escape" && document.body.classList.contains("sidebar-open")) { toggleSidebar(); }
  });

  // The menu button shows the sidebar on narrow screens.
  var menu = document.getElementById("menu-button");
  function toggleSidebar() {
    var open = document.body.classList.toggle("sidebar-open");
    if (menu) { menu.setAttribute("aria-expanded", open ? "true" : "false"); }
  }
  if (menu) { menu.hidden = false; menu.addEventListener("click", toggleSidebar); }

  // Fold buttons of nested chapters (the sidebar is written by toc.js).
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button.fold");
    if (!button) { return; }
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", open ? "true" : "false");
    var nested = button.parentNode.querySelector("ol");
    if (nested) { nested.hidden = !open; }
  });

  document.addEventListener("DOMContentLoaded", function () {
    // Copy buttons on code.
    document.querySelectorAll("main pre > code").forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy this code");
      button.addEventListener("click", function () {
        var text = code.textContent;
        function copied() { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); }
        if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(copied, copied); return; }
        var area = document.createElement("textarea");
        area.value = text;
        document.body.appendChild(area);
        area.select();
        try { document.execCommand("copy"); } catch (err) { /* nothing to copy with */ }
        document.body.removeChild(area);
        copied();
      });
      code.parentNode.classList.add("has-copy");
      code.parentNode.insertBefore(button, code);
    });

    // Beside the text the outline stays open; above it (narrow screens) it starts folded.
    var outline = document.querySelector("nav.outline details");
    if (outline && window.matchMedia && !window.matchMedia("(min-width: 80rem)").matches) { outline.open = false; }

    // The outline marks the section being read.
    var links = Array.prototype.slice.call(document.querySelectorAll("nav.outline a[href^='#']"));
    var targets = links.map(function (a) { return document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1))); });
    function mark() {
      var current = -1;
      targets.forEach(function (t, i) { if (t && t.getBoundingClientRect().top < 120) { current = i; } });
      links.forEach(function (a, i) {
        if (i === current) { a.setAttribute("aria-current", "location"); } else { a.removeAttribute("aria-current"); }
      });
    }
    if (links.length) { window.addEventListener("scroll", mark, { passive: true }); mark(); }

    // The current chapter is in view in the sidebar.
    var current = document.querySelector(".sidebar a[aria-current=page]");
    if (current && current.scrollIntoView) { current.scrollIntoView({ block: "nearest" }); }
  });
})();
