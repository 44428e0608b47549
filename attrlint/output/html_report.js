// attrlint's HTML report: show a finding's note on hover or focus, and filter by family and level.
(function () {
  "use strict";
  var shown = null;

  function markOf(node) {
    return node && node.closest ? node.closest("mark[data-f]") : null;
  }

  function hide() {
    if (shown) {
      shown.classList.remove("shown");
      shown = null;
    }
  }

  function show(mark) {
    var tip = document.getElementById("tip-" + mark.dataset.f);
    hide();
    if (!tip || mark.classList.contains("off")) {
      return;
    }
    tip.classList.add("shown");
    var box = mark.getBoundingClientRect();
    var page = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left, page - tip.offsetWidth - 8));
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
    shown = tip;
  }

  function showFocused() {
    var focused = markOf(document.activeElement);
    if (focused) {
      show(focused);
    } else {
      hide();
    }
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark) {
      show(mark);
    }
  });
  document.addEventListener("mouseout", function (event) {
    if (markOf(event.target)) {
      showFocused();
    }
  });
  document.addEventListener("focusin", showFocused);
  document.addEventListener("focusout", function () {
    window.setTimeout(showFocused, 0);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      hide();
    }
  });

  // A link to a finding (in a draft's list) moves the focus to its highlight, which shows its note.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#f"]') : null;
    var mark = link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
    if (mark) {
      event.preventDefault();
      mark.scrollIntoView({ block: "center" });
      mark.focus();
    }
  });

  var filters = document.getElementById("filters");
  if (!filters) {
    return;
  }
  filters.hidden = false;
  filters.addEventListener("change", function () {
    var off = {};
    filters.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      off[box.name + ":" + box.value] = !box.checked;
    });
    document.querySelectorAll("[data-f][data-level]").forEach(function (node) {
      var hidden = off["family:" + node.dataset.family] || off["level:" + node.dataset.level];
      node.classList.toggle("off", hidden);
      if (node.id === node.dataset.f) {
        node.tabIndex = hidden ? -1 : 0;
      }
    });
    showFocused();
  });
})();
