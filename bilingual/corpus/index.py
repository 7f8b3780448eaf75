"""``index.html``: the corpus page, in the style of the thread report (its stylesheet, the same escaping).

The figures of ``summary.json``, then one table row per thread, sortable and filterable in the browser
(passages, pairs, flags, language, date, a text search) without a server, each linking to the thread's
own HTML report when one was written. Input text (titles, ids, file names) reaches the page only
through autoescaping or the thread report's ``t``/``vis`` filters, which first make bidi and terminal
controls visible markers; a Content-Security-Policy pins the page's style and script by hash.

The page is rendered streaming, row by row from the shards' markers. It lists at most
:data:`INDEX_ROWS` threads (it says so when there are more: every thread is in ``threads/``).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .shards import Layout

#: Threads listed in the page at most (a browser table of more is slow to open).
INDEX_ROWS = 50_000

_CSS = """
header.top .sub a { color: #fff; }
table.threads { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; }
table.threads th { text-align: start; font-size: .8rem; color: var(--muted); border-bottom: 2px solid var(--line); padding: .3rem .5rem; }
table.threads th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
table.threads th button[aria-sort="ascending"]::after { content: " \\25B2"; }
table.threads th button[aria-sort="descending"]::after { content: " \\25BC"; }
table.threads td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; unicode-bidi: isolate; }
table.threads td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.threads td.date { white-space: nowrap; font-size: .85rem; color: var(--muted); }
table.threads .tid { display: block; font-size: .8rem; color: var(--muted); }
table.small { border-collapse: collapse; margin: .3rem 0 1rem; }
table.small td, table.small th { padding: .15rem .8rem .15rem 0; text-align: start; font-variant-numeric: tabular-nums; }
.toolbar input[type=search] { font: inherit; padding: .1rem .3rem; }
.toolbar input[type=date] { font: inherit; }
"""

_JS = """(function () {
  "use strict";
  var table = document.getElementById("threads");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("f-text"), lang = document.getElementById("f-lang"), flag = document.getElementById("f-flag");
  var withP = document.getElementById("f-passages"), withPairs = document.getElementById("f-pairs");
  var from = document.getElementById("f-from"), to = document.getElementById("f-to"), count = document.getElementById("shown-count");
  function words(row, key) { return (row.getAttribute("data-" + key) || "").split(" "); }
  function apply() {
    var text = q.value.toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var ok = (!text || (row.getAttribute("data-text") || "").indexOf(text) >= 0)
        && (lang.value === "all" || words(row, "langs").indexOf(lang.value) >= 0)
        && (flag.value === "all" || (flag.value === "none" ? row.getAttribute("data-flags") === "" : words(row, "flags").indexOf(flag.value) >= 0))
        && (!withP.checked || parseInt(row.getAttribute("data-passages"), 10) > 0)
        && (!withPairs.checked || parseInt(row.getAttribute("data-paired"), 10) > 0)
        && (!from.value || (row.getAttribute("data-last") || "") >= from.value)
        && (!to.value || ((row.getAttribute("data-first") || "\\uffff") <= to.value + "\\uffff"));
      row.classList.toggle("hidden", !ok);
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " threads shown";
  }
  function sortBy(button) {
    var key = button.getAttribute("data-key"), numeric = button.hasAttribute("data-numeric");
    var dir = button.getAttribute("aria-sort") === "descending" ? 1 : (button.getAttribute("aria-sort") === "ascending" ? -1 : (numeric ? -1 : 1));
    Array.prototype.forEach.call(table.querySelectorAll("th button"), function (b) { b.removeAttribute("aria-sort"); });
    button.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    function value(row) { var v = row.getAttribute("data-" + key) || ""; return numeric ? parseFloat(v || "0") : v; }
    var sorted = rows.slice().sort(function (a, b) {
      var x = value(a), y = value(b);
      return (x < y ? -dir : x > y ? dir : 0) || parseInt(a.getAttribute("data-pos"), 10) - parseInt(b.getAttribute("data-pos"), 10);
    });
    var frag = document.createDocumentFragment();
    sorted.forEach(function (row) { frag.appendChild(row); });
    body.appendChild(frag);
  }
  [q, lang, flag, withP, withPairs, from, to].forEach(function (el) { el.addEventListener(el === q ? "input" : "change", apply); });
  Array.prototype.forEach.call(table.querySelectorAll("th button"), function (b) { b.addEventListener("click", function () { sortBy(b); }); });
  apply();
})();
"""

_TEMPLATE = """<!DOCTYPE html>
{#- Every piece of input text goes through the `t` filter (visible bidi/control markers, then escaped)
    or `vis` + autoescaping in attributes; nothing from the input is ever marked safe. -#}
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bilingual {{ s.bilingual_version }}">
<title>Arabic passages in a corpus of {{ s.threads }} threads</title>
<style>{{ css }}</style>
</head>
<body>
<header class="top">
<h1>Arabic passages in a corpus of {{ s.threads }} thread{{ "" if s.threads == 1 else "s" }}</h1>
<div class="sub">{{ s.inputs }} input{{ "" if s.inputs == 1 else "s" }} &middot; {{ s.comments }} comments &middot; {{ s.shards }} shards &middot; made by bilingual {{ s.bilingual_version }} &middot; <a href="summary.json">summary.json</a></div>
</header>
<main>
{%- set m = s.model or {} %}
{%- if m.get("status") == "off" %}
<div class="notice" id="model-missing"><strong>Machine translation is off</strong> for this corpus: the machine-translation figures are empty.</div>
{%- elif m.get("status") == "missing" %}
<div class="notice" id="model-missing"><strong>No translation model was available</strong> to the workers ({{ (m.get("message") or "") | t }}).{% if m.get("install_command") %} Install one with <code>{{ m["install_command"] | t }}</code> and run again.{% endif %}</div>
{%- elif m.get("test_model") %}
<div class="notice warning" id="test-model"><strong>Warning:</strong> the machine translations come from the random-weights <em>test</em> model ({{ (m.get("name") or "") | t }}): they are meaningless.</div>
{%- endif %}
{%- if s.failed.threads or s.failed.inputs or s.failed.records or s.warnings %}
<div class="notice" id="failures"><strong>{{ s.failed.records }} record{{ "" if s.failed.records == 1 else "s" }} left out, {{ s.failed.threads }} thread{{ "" if s.failed.threads == 1 else "s" }} and {{ s.failed.inputs }} input{{ "" if s.failed.inputs == 1 else "s" }} failed</strong>{% if s.warnings %}; {{ s.warnings }} reading warning{{ "" if s.warnings == 1 else "s" }}{% endif %}: see <a href="errors.jsonl">errors.jsonl</a> for each with its place and reason.</div>
{%- endif %}
<section class="summary" id="summary" aria-label="summary">
<div class="figure"><div class="n">{{ s.threads }}</div><div class="what">threads ({{ s.threads_with_passages }} with Arabic)</div></div>
<div class="figure"><div class="n">{{ s.comments }}</div><div class="what">comments</div></div>
<div class="figure"><div class="n">{{ s.passages }}</div><div class="what">Arabic passages found{% if s.passages_by_script.get("Latn") %} ({{ s.passages_by_script["Latn"] }} in Latin letters){% endif %}</div></div>
<div class="figure"><div class="n">{% if m.get("status") != "loaded" %}&ndash;{% else %}{{ s.machine_translated }}{% endif %}</div><div class="what">machine-translated</div></div>
<div class="figure"><div class="n">{{ s.paired }}</div><div class="what">paired with a commenter's translation</div></div>
<div class="figure"><div class="n">{{ s.unpaired }}</div><div class="what">with no translation in the thread</div></div>
<div class="figure"><div class="n">{% if s.corpus.chrf is none %}&ndash;{% else %}{{ "%.1f" | format(s.corpus.chrf) }}{% endif %}</div><div class="what">corpus chrF, machine vs commenter{% if s.corpus.pairs %} ({{ s.corpus.pairs }} aligned pairs){% endif %}</div></div>
<div class="figure"><div class="n">{% if s.corpus.ter is none %}&ndash;{% else %}{{ "%.1f" | format(s.corpus.ter) }}{% endif %}</div><div class="what">corpus TER (lower is closer)</div></div>
</section>
{%- if s.passages %}
<table class="small" aria-label="passages by language and script"><tr><th>Language</th>{% for k, n in s.passages_by_language.items() %}<td><code>{{ k | t }}</code> {{ n }}</td>{% endfor %}</tr>
<tr><th>Script</th>{% for k, n in s.passages_by_script.items() %}<td>{{ scripts.get(k, k) | t }} {{ n }}</td>{% endfor %}</tr></table>
{%- endif %}
{%- if s.get("by_format") %}
<table class="small" aria-label="threads by input format"><tr><th>Format</th>{% for k, f in s.by_format.items() %}<td>{{ k | t }} {{ f.threads }} {{ "thread" if f.threads == 1 else "threads" }} ({{ f.inputs }} {{ "input" if f.inputs == 1 else "inputs" }})</td>{% endfor %}</tr></table>
{%- endif %}
{%- if s.flags %}
<p class="flagcounts">Flags: {% for code, n in s.flags.items() %}<span class="flag {{ code | vis }}">{{ labels.get(code, code) | t }}</span> {{ n }}{% if not loop.last %} &middot; {% endif %}{% endfor %}</p>
{%- endif %}

<h2 id="threads-heading">Threads</h2>
{%- if s.threads > limit %}
<p class="meta">The first {{ limit }} of {{ s.threads }} threads are listed here; every thread is in <code>threads/part-*.jsonl</code>.</p>
{%- endif %}
<div class="toolbar" role="toolbar">
<label>Search <input type="search" id="f-text" placeholder="title or id"></label>
<label>Language <select id="f-lang"><option value="all">any</option>{% for k in s.passages_by_language %}<option value="{{ k | vis }}">{{ k | vis }}</option>{% endfor %}</select></label>
<label>Flag <select id="f-flag"><option value="all">any</option><option value="none">no flag</option>{% for code in labels %}<option value="{{ code }}">{{ labels[code] }}</option>{% endfor %}</select></label>
<label><input type="checkbox" id="f-passages"> with passages</label>
<label><input type="checkbox" id="f-pairs"> with pairs</label>
<label>From <input type="date" id="f-from"></label>
<label>to <input type="date" id="f-to"></label>
<span class="count" id="shown-count" aria-live="polite"></span>
</div>
<table class="threads" id="threads">
<thead><tr>
<th><button type="button" data-key="pos" data-numeric>#</button></th>
<th><button type="button" data-key="text">Thread</button></th>
<th><button type="button" data-key="comments" data-numeric>Comments</button></th>
<th><button type="button" data-key="passages" data-numeric>Passages</button></th>
<th><button type="button" data-key="translated" data-numeric>Machine</button></th>
<th><button type="button" data-key="paired" data-numeric>Paired</button></th>
<th><button type="button" data-key="nflags" data-numeric>Flags</button></th>
<th><button type="button" data-key="langs">Language</button></th>
<th><button type="button" data-key="first">First</button></th>
<th><button type="button" data-key="last">Last</button></th>
</tr></thead>
<tbody>
{%- for r in rows %}
<tr data-pos="{{ loop.index }}" data-text="{{ ((r.title or '') ~ ' ' ~ (r.id or '') ~ ' ' ~ r.source) | lower | vis }}" data-comments="{{ r.comments }}" data-passages="{{ r.passages }}" data-translated="{{ r.translated }}" data-paired="{{ r.paired }}" data-nflags="{{ r.flags.values() | sum }}" data-flags="{{ r.flags | join(' ') | vis }}" data-langs="{{ r.languages | join(' ') | vis }}" data-first="{{ (r.first or '') | vis }}" data-last="{{ (r.last or '') | vis }}">
<td class="n">{{ loop.index }}</td>
<td>{% if r.report %}<a href="{{ r.report }}">{% endif %}<bdi>{{ (r.title or r.id or "(untitled thread)") | t }}</bdi>{% if r.report %}</a>{% endif %}<span class="tid">{% if r.id %}<bdi>{{ r.id | t }}</bdi> &middot; {% endif %}<bdi>{{ r.source | t }}</bdi> #{{ r.ordinal + 1 }}</span></td>
<td class="n">{{ r.comments }}</td>
<td class="n">{{ r.passages }}</td>
<td class="n">{{ r.translated }}</td>
<td class="n">{{ r.paired }}</td>
<td>{% for code, n in r.flags.items() %}<span class="flag {{ code | vis }}">{{ labels.get(code, code) | t }}{% if n > 1 %} {{ n }}{% endif %}</span> {% endfor %}</td>
<td>{% for k in r.languages %}<code>{{ k | t }}</code> {% endfor %}</td>
<td class="date">{{ (r.first or "")[:10] | t }}</td>
<td class="date">{{ (r.last or "")[:10] | t }}</td>
</tr>
{%- endfor %}
</tbody>
</table>
<footer>
<p>Metrics: {% for name, sig in s.metric_signatures.items() %}<code>{{ name }}: {{ sig }}</code>{% if not loop.last %} &middot; {% endif %}{% endfor %}</p>
<p>Model: {% if m.get("name") %}<code>{{ m["name"] | t }}</code>{% if m.get("hash") %} (<code>{{ m["hash"][:12] | t }}</code>){% endif %}{% else %}none{% endif %} &middot; settings <code>{{ settings | t }}</code></p>
</footer>
</main>
<script>{{ js }}</script>
</body>
</html>
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _environment() -> Any:
    """Jinja with autoescaping and the thread report's filters for input text."""
    from jinja2 import Environment, StrictUndefined

    from ..report.html import text_markup, visible

    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters["t"] = text_markup
    env.filters["vis"] = visible
    return env


def _rows(layout: Layout, shards: int) -> Iterator[dict[str, Any]]:
    """The index row of every thread, in corpus order, read marker by marker (at most INDEX_ROWS)."""
    from .shards import read_marker

    listed = 0
    for number in range(shards):
        marker = read_marker(layout, number)
        if marker is None:
            continue
        for row in marker["rows"]:
            if listed >= INDEX_ROWS:
                return
            listed += 1
            yield {**row, "source": marker["source"]}


def index_pieces(layout: Layout, summary: dict[str, Any], shards: int) -> Iterator[str]:
    """The page in pieces, as the template renders them (rows streamed from the markers)."""
    import json

    from markupsafe import Markup

    from ..compare import FLAG_LABELS

    css = resources.files("bilingual.report").joinpath("templates", "report.css").read_text(encoding="utf-8") + _CSS
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(_JS)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    template = _environment().from_string(_TEMPLATE)
    pieces: Iterator[str] = template.generate(
        s=summary, rows=_rows(layout, shards), css=Markup(css), js=Markup(_JS), csp=csp, labels=FLAG_LABELS,
        scripts={"Arab": "Arabic script", "Latn": "Latin letters (Arabizi, Finglish)"}, limit=INDEX_ROWS,
        settings=json.dumps(summary["settings"], ensure_ascii=False, sort_keys=True),
    )
    return pieces


def write_index(layout: Layout, summary: dict[str, Any], shards: int) -> None:
    """Write ``index.html`` atomically."""
    from .shards import write_atomic

    write_atomic(layout.index, index_pieces(layout, summary, shards))
