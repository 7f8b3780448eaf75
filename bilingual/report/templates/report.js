(function () {
  "use strict";
  // The report page's own script (pinned by hash in the page's Content-Security-Policy).
  // The page loads with its first passage cards and thread cards as markup and touches none of
  // them on load. Everything else (the other passage cards, folded comments, long texts, the data
  // behind search, filters and downloads) is embedded gzip-compressed and base64-encoded in
  // <template> elements, decompressed on demand. Text only ever reaches the page as markup that
  // the report's own templates escaped, or through textContent.
  var list = document.getElementById("passage-list");
  var count = document.getElementById("shown-count");
  var more = document.getElementById("more-passages");
  var controls = {
    q: document.getElementById("q"), author: document.getElementById("author"),
    flag: document.getElementById("filter-flag"), lang: document.getElementById("filter-lang"),
    paired: document.getElementById("filter-paired"), mt: document.getElementById("filter-mt"),
    sort: document.getElementById("sort")
  };
  var DEFAULTS = { q: "", author: "", flag: "all", lang: "all", paired: "all", mt: "all", sort: "pos" };
  var cards = new Map();  // passage number -> its card element, once in hand
  var blobs = new Map();  // blob index -> promise of its list of strings
  var dataPromise = null;
  var total = 0;
  var page = 100;
  var limit = 100;
  var applying = 0;

  if (list) {
    Array.prototype.forEach.call(list.querySelectorAll("article.passage"), function (card) {
      cards.set(parseInt(card.getAttribute("data-pos"), 10), card);
    });
    total = parseInt(list.getAttribute("data-total"), 10);
    page = limit = parseInt(list.getAttribute("data-page"), 10);
  }

  function inflate(id) {
    var node = document.getElementById(id);
    var raw = atob(node ? node.content.textContent.trim() : "");
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  function data() {
    if (!dataPromise) { dataPromise = inflate("report-data").then(JSON.parse); }
    return dataPromise;
  }

  function part(where) {
    if (!blobs.has(where[0])) { blobs.set(where[0], inflate("blob-" + where[0]).then(JSON.parse)); }
    return blobs.get(where[0]).then(function (entries) { return entries[where[1]]; });
  }

  function fragment(html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    return t.content;
  }

  // --- folds: comments and texts shown on demand ---------------------------------------------

  function openFold(id) {
    var node = document.querySelector('[data-fold="' + id + '"]');
    if (!node) { return Promise.resolve(); }
    return data().then(function (d) { return part(d.folds[id]); }).then(function (html) {
      var live = document.querySelector('[data-fold="' + id + '"]');
      if (live) { live.replaceWith(fragment(html)); }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".fold button") : null;
    if (button) { openFold(button.parentNode.getAttribute("data-fold")); return; }
    var exp = event.target.closest ? event.target.closest("button[data-export]") : null;
    if (exp) { download(exp.getAttribute("data-export")); return; }
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link && link.getAttribute("href").length > 1) {
      var id = link.getAttribute("href").slice(1);
      if (!document.getElementById(id) || hiddenIn(document.getElementById(id))) {
        event.preventDefault();
        reveal(id).then(function () { try { history.pushState(null, "", "#" + id); } catch (e) { /* file: pages */ } });
      }
    }
  });

  function hiddenIn(node) {
    for (var n = node.parentElement; n; n = n.parentElement) {
      if (n.tagName === "DETAILS" && !n.open) { return true; }
    }
    return false;
  }

  // Bring an anchor into the page (loading the folds or the passage card holding it), open the
  // <details> around it and scroll to it.
  function reveal(id) {
    var ready;
    if (document.getElementById(id)) {
      ready = Promise.resolve();
    } else if (/^p-\d+$/.test(id)) {
      ready = card(parseInt(id.slice(2), 10)).then(function (el) { if (el && list) { list.appendChild(el); } });
    } else {
      ready = data().then(function (d) {
        var chain = [];
        for (var f = d.anchors[id]; f !== undefined && f >= 0; f = d.fold_parent[f]) { chain.unshift(f); }
        return chain.reduce(function (p, fold) { return p.then(function () { return openFold(fold); }); }, Promise.resolve());
      });
    }
    return ready.then(function () {
      var el = document.getElementById(id);
      if (!el) { return; }
      for (var n = el.parentElement; n; n = n.parentElement) { if (n.tagName === "DETAILS") { n.open = true; } }
      el.scrollIntoView();
    });
  }

  // --- tooltips in the thread: made from the data when a highlight is first pointed at -------

  function node(tag, text, className) {
    var el = document.createElement(tag);
    if (text) { el.textContent = text; }
    if (className) { el.className = className; }
    return el;
  }

  function cut(text) {
    var flat = (text || "").replace(/\s+/g, " ").trim();
    return flat.length > 160 ? flat.slice(0, 159) + "\u2026" : flat;
  }

  function tip(mark) {
    if (mark.querySelector(".tip")) { return; }
    var thread = mark.closest(".thread");
    var noMt = thread ? thread.getAttribute("data-no-mt") : "";
    var translation = mark.getAttribute("data-role") === "translation";
    data().then(function (d) {
      if (mark.querySelector(".tip")) { return; }
      var box = node("span", "", "tip");
      box.setAttribute("role", "tooltip");
      mark.getAttribute("data-p").split(" ").forEach(function (n) {
        var rec = d.passages[parseInt(n, 10) - 1];
        if (!rec) { return; }
        box.appendChild(node("b", translation ? "Commenter's translation of passage " + n : "Passage " + n));
        box.appendChild(document.createTextNode(" "));
        var link = node("a", "compare \u2193");
        link.href = "#p-" + n;
        box.appendChild(link);
        if (!translation) {
          var q1 = node("span", "", "q");
          q1.appendChild(node("b", "Machine: "));
          q1.appendChild(document.createTextNode(rec.machine ? cut(rec.machine) : noMt));
          var q2 = node("span", "", "q");
          q2.appendChild(node("b", "Commenter: "));
          q2.appendChild(document.createTextNode(rec.translation ? cut(rec.translation) : "no translation found in the thread"));
          box.appendChild(q1);
          box.appendChild(q2);
        }
      });
      mark.appendChild(box);
    });
  }

  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var mark = event.target.closest ? event.target.closest("mark[data-p]") : null;
      if (mark) { tip(mark); }
    });
  });

  // --- passages: search, filters, sort ---------------------------------------------------------

  function card(number) {
    if (cards.has(number)) { return Promise.resolve(cards.get(number)); }
    return data().then(function (d) {
      var chunk = Math.floor((number - 1) / d.page) - 1;
      if (chunk < 0 || !d.chunks[chunk]) { return null; }
      return part(d.chunks[chunk]).then(function (html) {
        Array.prototype.forEach.call(fragment(html).querySelectorAll("article.passage"), function (el) {
          var n = parseInt(el.getAttribute("data-pos"), 10);
          if (!cards.has(n)) { cards.set(n, el); }
        });
        return cards.get(number) || null;
      });
    });
  }

  // Case and Arabic diacritics (harakat, shadda, superscript alef, tatweel) left out of search.
  function simplify(text) {
    return (text || "").toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  }

  function haystack(rec) {
    if (rec._text === undefined) {
      var parts = [rec.text, rec.machine, rec.translation, rec.comment, rec.translation_comment];
      rec.rows.forEach(function (row) { parts.push(row.human, row.machine); });
      (rec.translation_continued || []).forEach(function (c) { parts.push(c.text, c.comment); });
      rec._text = simplify(parts.join("\n"));
      rec._who = simplify([rec.author, rec.translation_author].join("\n"));
    }
    return rec;
  }

  function state() {
    var s = {};
    Object.keys(DEFAULTS).forEach(function (k) { s[k] = controls[k] ? controls[k].value : DEFAULTS[k]; });
    return s;
  }

  function isDefault(s) {
    return Object.keys(DEFAULTS).every(function (k) { return s[k] === DEFAULTS[k]; });
  }

  function matches(d, s) {
    var q = simplify(s.q.trim()), who = simplify(s.author.trim());
    var out = d.passages.filter(function (rec) {
      var flags = rec.flags;
      if (s.flag === "none" ? flags.length > 0 : s.flag !== "all" && flags.indexOf(s.flag) < 0) { return false; }
      if (s.lang !== "all" && (rec.lang || "") !== s.lang) { return false; }
      if (s.paired !== "all" && (rec.translation !== null) !== (s.paired === "paired")) { return false; }
      if (s.mt !== "all" && Boolean(rec.machine) !== (s.mt === "yes")) { return false; }
      if (q && haystack(rec)._text.indexOf(q) < 0) { return false; }
      if (who && haystack(rec)._who.indexOf(who) < 0) { return false; }
      return true;
    });
    var key = s.sort;
    var chrf = function (rec, missing) { return rec.chrf === null ? missing : rec.chrf; };
    if (key !== "pos") {
      out.sort(function (a, b) {
        var by = 0;
        if (key === "chrf-asc") { by = chrf(a, Infinity) - chrf(b, Infinity); }
        if (key === "chrf-desc") { by = chrf(b, -Infinity) - chrf(a, -Infinity); }
        if (key === "flags") { by = b.flags.length - a.flags.length; }
        return by || a.number - b.number;
      });
    }
    return out;
  }

  function say(shown, found) {
    if (!count) { return; }
    count.textContent = found === total
      ? shown + " of " + total + " passages shown"
      : shown + " of " + found + " matching passages shown (" + total + " in all)";
    if (more) { more.classList.toggle("hidden", shown >= found); }
  }

  function remember(s) {
    var params = new URLSearchParams();
    Object.keys(DEFAULTS).forEach(function (k) { if (s[k] !== DEFAULTS[k]) { params.set(k, s[k]); } });
    var query = params.toString();
    try { history.replaceState(null, "", (query ? "?" + query : location.pathname) + location.hash); } catch (e) { /* file: pages */ }
  }

  function apply() {
    var s = state();
    var token = (applying += 1);
    remember(s);
    return data().then(function (d) {
      var found = matches(d, s);
      var wanted = found.slice(0, limit);
      return Promise.all(wanted.map(function (rec) { return card(rec.number); })).then(function (els) {
        if (token !== applying) { return; }
        list.replaceChildren.apply(list, els.filter(Boolean));
        say(wanted.length, found.length);
      });
    });
  }

  // --- downloads -------------------------------------------------------------------------------

  var PAIR_COLUMNS = ["comment", "start", "end", "passage", "translation_comment", "translation_start",
    "translation_end", "translation", "score", "via", "flags"];
  var ROW_COLUMNS = ["passage_number", "comment", "row", "link", "arabic_start", "arabic_end", "arabic", "machine",
    "translation_comment", "human_start", "human_end", "human", "chrf", "ter"];

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) text = "'" + text;  // no spreadsheet formulas
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(rows) {
    return rows.map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  function exportText(name, recs) {
    if (name === "pairs.jsonl") {
      return recs.map(function (rec) {
        var copy = {};
        Object.keys(rec).forEach(function (k) { if (k.charAt(0) !== "_") { copy[k] = rec[k]; } });
        return JSON.stringify(copy) + "\n";
      }).join("");
    }
    if (name === "pairs.csv") {
      return csv([PAIR_COLUMNS].concat(recs.map(function (rec) {
        return [rec.comment, rec.start, rec.end, rec.text, rec.translation_comment, rec.translation_start,
          rec.translation_end, rec.translation, rec.score === null ? null : rec.score.toFixed(4), rec.via, rec.pair_flags.join(" ")];
      })));
    }
    var rows = [ROW_COLUMNS];
    recs.forEach(function (rec) {
      rec.rows.forEach(function (row, i) {
        rows.push([rec.number, rec.comment, i + 1, row.link, row.arabic_start, row.arabic_end, row.arabic, row.machine,
          rec.translation_comment, row.human_start, row.human_end, row.human, row.chrf, row.ter]);
      });
    });
    return csv(rows);
  }

  function download(name) {
    return data().then(function (d) {
      var text = exportText(name, matches(d, state()));
      var type = name.slice(-4) === ".csv" ? "text/csv" : "application/x-ndjson";
      var url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
      var a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    });
  }

  // --- wiring ----------------------------------------------------------------------------------

  if (list && count) {
    var timer = 0;
    Object.keys(controls).forEach(function (k) {
      var el = controls[k];
      if (!el) { return; }
      el.addEventListener(el.tagName === "INPUT" ? "input" : "change", function () {
        clearTimeout(timer);
        limit = page;
        timer = setTimeout(apply, el.tagName === "INPUT" ? 150 : 0);
      });
    });
    if (more) {
      more.querySelector("button").addEventListener("click", function () { limit += page; apply(); });
    }
    var params = new URLSearchParams(location.search);
    Object.keys(DEFAULTS).forEach(function (k) { if (params.has(k) && controls[k]) { controls[k].value = params.get(k); } });
    if (isDefault(state())) {
      say(cards.size, total);  // the cards in the markup are the page: nothing to redo
    } else {
      apply();
    }
  }
  if (location.hash.length > 1) { reveal(decodeURIComponent(location.hash.slice(1))); }
})();
