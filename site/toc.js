"use strict";
(function () {
  var entries = [["index.html","","Introduction","0"],["physical-memory.html","1.","Physical memory: nodes, zones and pages","0"],["buddy.html","2.","Splitting and merging buddies","0"],["migratetypes.html","3.","Migratetypes and anti-fragmentation","0"],["pcp.html","4.","Per-CPU page lists","0"],["watermarks.html","5.","Watermarks and the fast path","0"],["slow-path.html","6.","The slow path","0"],["gfp-flags.html","7.","gfp flags","0"],["page-references.html","8.","Page references","0"],["compound-pages.html","9.","Compound pages","0"],["folios.html","10.","Folios","0"],["hugetlb.html","11.","hugetlb","0"],["walkthroughs.html","12.","Walkthroughs","0"],["model-differences.html","13.","Where the model differs from the kernel","0"],["scenario-language.html","14.","The scenario language","0"]];
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
