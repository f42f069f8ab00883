"use strict";
(function () {
  var entries = [["index.html","","Introduction","0"],["alloc.html","1.","Allocating pages","0"],["alloc/pcp.html","1.1.","Per-CPU lists","1"],["zh.html","2.","伙伴系统","0"],["appendix.html","","Appendix: symbols","0"]];
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
