(function () {
  "use strict";
  var list = document.getElementById("passage-list");
  var flagSel = document.getElementById("filter-flag");
  var sortSel = document.getElementById("sort");
  var count = document.getElementById("shown-count");
  if (!list || !flagSel || !sortSel) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll("article.passage"));

  function num(card, key, missing) {
    var v = card.getAttribute("data-" + key);
    return v === null || v === "" ? missing : parseFloat(v);
  }

  function apply() {
    var flag = flagSel.value;
    var shown = 0;
    cards.forEach(function (card) {
      var flags = (card.getAttribute("data-flags") || "").split(" ");
      var ok = flag === "all" || (flag === "none" ? flags.join("") === "" : flags.indexOf(flag) >= 0);
      card.classList.toggle("hidden", !ok);
      if (ok) { shown += 1; }
    });
    var key = sortSel.value;
    var sorted = cards.slice().sort(function (a, b) {
      if (key === "chrf-asc") { return num(a, "chrf", Infinity) - num(b, "chrf", Infinity) || num(a, "pos", 0) - num(b, "pos", 0); }
      if (key === "chrf-desc") { return num(b, "chrf", -Infinity) - num(a, "chrf", -Infinity) || num(a, "pos", 0) - num(b, "pos", 0); }
      if (key === "flags") { return num(b, "nflags", 0) - num(a, "nflags", 0) || num(a, "pos", 0) - num(b, "pos", 0); }
      return num(a, "pos", 0) - num(b, "pos", 0);
    });
    sorted.forEach(function (card) { list.appendChild(card); });
    if (count) { count.textContent = shown + " of " + cards.length + " passages shown"; }
  }

  flagSel.addEventListener("change", apply);
  sortSel.addEventListener("change", apply);
  apply();
})();
