"""The HTML report in a real browser: headless Chromium loads it, runs its script under its own
Content-Security-Policy, and the DOM it ends with is checked; a screenshot is saved.

Beyond ``--dump-dom``, ``Chromium`` (bench/bench_report.py's, which times page loads with it)
drives the browser over the DevTools protocol on a pipe (``--remote-debugging-pipe``, no websocket library): viewport widths, dark mode, typing in the
search box, clicking folds and downloads, load times.

Skipped where no Chromium is installed (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import csv
import html
import importlib.util
import io
import json
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from bilingual.cli import main
from bilingual.report import build, render_html
from bilingual.threads import read, read_string

from conftest import ROOT, SEED000
from test_report import assert_safe

# Real headless Chromium: slow (CI runs these with the slow tests).
pytestmark = pytest.mark.slow

HOSTILE = ROOT / "tests" / "data" / "hostile_thread.jsonl"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="module")
def browser() -> str:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium installed (apt-get install chromium)")


@pytest.fixture(scope="module", autouse=True)
def _no_model(no_model_home: Path) -> Path:
    """No translation model anywhere: the report must work on a fresh machine."""
    return no_model_home


def load(browser: str, page: Path, screenshot: Path, tmp_path: Path) -> str:
    """The DOM after the page loaded and ran its script, with a screenshot taken in the same run."""
    profile = tmp_path / "profile"
    profile.mkdir()
    cmd = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
        f"--user-data-dir={profile}", "--window-size=1280,2400", f"--screenshot={screenshot}", "--dump-dom",
        page.as_uri(),
    ]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


@pytest.mark.parametrize("source", [SEED000, HOSTILE], ids=["seed000", "hostile"])
def test_report_in_chromium(browser: str, source: Path, tmp_path: Path):
    report = build(read(source), source=source.name)
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    shot = tmp_path / "report.png"
    raw = load(browser, page, shot, tmp_path)
    dom = assert_safe(raw)
    n = len(report.passages)

    # The page's own script ran (its CSP hash matches): it rewrote the passage count.
    count = [i for i, (t, a) in enumerate(dom.tags) if a.get("id") == "shown-count"]
    assert count and f"{n} of {n} passages shown" in "".join(dom.text)

    # Three text columns per passage table; Arabic cells right-to-left and tagged Arabic.
    heads = [a.get("class") for t, a in dom.tags if t == "th"]
    assert [heads.count(c) for c in ("col-ar", "col-mt", "col-human")] == [n, n, n]
    first_cells = []
    for i, (tag, attrs) in enumerate(dom.tags):
        if tag == "tr" and attrs.get("class") == "seg":
            cells = [a.get("class", "") for t, a in dom.tags[i + 1 : i + 8] if t == "td"]
            first_cells.append(cells[:3])
    assert first_cells and all(c[0].split()[0] == "ar" for c in first_cells)
    assert ["ar", "mt none", "human"] in first_cells or ["ar", "mt none", "human none"] in first_cells
    arabic = [a for t, a in dom.tags if t == "td" and a.get("class", "").split()[:1] == ["ar"]]
    assert len(arabic) == sum(len(e.rows) for e in report.passages)
    script = [a for a in arabic if "arabizi" not in a["class"]]
    assert script and all(a.get("dir") == "rtl" and a.get("lang") == "ar" for a in script)

    # Nothing from the input ran or was injected: the title and the root element are untouched.
    title = re.search(r"<title>(.*?)</title>", raw, re.S)
    assert title and html.unescape(title.group(1)) == f"Arabic passages: {report.title or source.name}"  # a page dump's headline
    assert not any(k.startswith("data-pwned") for _, a in dom.tags for k in a)

    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


# --- driven over the DevTools protocol ---------------------------------------------------------


def _bench() -> Any:
    """bench/bench_report.py as a module: its thread generator and its Chromium driver."""
    spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "bench_report.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
Chromium = BENCH.Chromium


@pytest.fixture()
def chrome(browser: str, tmp_path: Path):
    c = Chromium(browser, tmp_path / "profile")
    yield c
    c.close()


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    report = build(read(SEED000), source=SEED000.name)
    page = tmp_path_factory.mktemp("seed") / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    return page, report


#: Elements wider than the viewport (tooltips, hidden and zero-size elements aside), as "tag.class right".
OVERFLOW = """(() => {
  const w = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.tip, template')) continue;
    const r = el.getBoundingClientRect();
    if (r.width && r.right > w + 1) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, width: w, wide: out.slice(0, 10)};
})()"""

#: Latin words drawn over two lines (a word broken in its middle) in the visible text.
BROKEN_WORDS = """(() => {
  const out = [], walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement.offsetParent || n.parentElement.closest('.tip, code, .mono, bdi.mono, header.top')) continue;
    for (const m of n.data.matchAll(/[A-Za-z]{3,20}/g)) {
      const range = document.createRange(); range.setStart(n, m.index); range.setEnd(n, m.index + m[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) out.push(m[0]);
    }
  }
  return out.slice(0, 10);
})()"""


@pytest.mark.parametrize("width", [1400, 400, 360])
def test_layout_fits_the_viewport(chrome: Chromium, seed_page, width: int, tmp_path: Path):
    page, report = seed_page
    chrome.open(page.as_uri(), width=width)
    fit = chrome.js(OVERFLOW)
    assert fit["scroll"] <= fit["width"] and not fit["wide"], fit
    assert chrome.js(BROKEN_WORDS) == []
    stacked = chrome.js("getComputedStyle(document.querySelector('td.ar')).display")
    assert stacked == ("block" if width < 700 else "table-cell")
    if width < 700:  # each stacked cell says what it is
        label = chrome.js("getComputedStyle(document.querySelector('tr.seg td.human'), '::before').content")
        assert label == '"Commenter\'s translation"'
    png = chrome.screenshot(tmp_path / f"report-{width}.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def _luminance(css: str) -> float:
    r, g, b = (int(x) for x in re.findall(r"\d+", css)[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def test_dark_mode_follows_the_system(chrome: Chromium, seed_page, tmp_path: Path):
    page, _ = seed_page
    colours = "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color, getComputedStyle(document.querySelector('article.passage')).backgroundColor]"
    chrome.open(page.as_uri(), width=1000)
    light = chrome.js(colours)
    chrome.open(page.as_uri(), width=1000, dark=True)
    dark = chrome.js(colours)
    assert _luminance(light[0]) > 0.8 and _luminance(light[1]) < 0.3
    assert _luminance(dark[0]) < 0.2 and _luminance(dark[1]) > 0.7 and _luminance(dark[2]) < 0.2
    chrome.screenshot(tmp_path / "dark.png")


SHOWN = "Array.from(document.querySelectorAll('#passage-list article.passage')).map(a => +a.dataset.pos)"


def _type(chrome: Chromium, control: str, value: str) -> list[int]:
    """Set a search box or a filter as a reader would, wait for the list to settle; the passages shown."""
    event = "input" if control in ("q", "author") else "change"
    chrome.js(f"(() => {{ const el = document.getElementById({json.dumps(control)}); el.value = {json.dumps(value)}; el.dispatchEvent(new Event({json.dumps(event)})); }})()")
    time.sleep(0.4)
    chrome.until("document.getElementById('shown-count').textContent.includes('shown')")
    return list(chrome.js(SHOWN))


def test_search_and_filters(chrome: Chromium, seed_page):
    page, report = seed_page
    passages = report.passages
    chrome.open(page.as_uri())
    assert chrome.js(SHOWN) == [p.number for p in passages]
    finglish = [p.number for p in passages if "finglish" in p.flag_codes]
    assert finglish and _type(chrome, "filter-flag", "finglish") == finglish
    assert "matching passages shown" in chrome.js("document.getElementById('shown-count').textContent")
    assert _type(chrome, "filter-flag", "all") == [p.number for p in passages]
    somalia = _type(chrome, "q", "somalia")
    assert somalia and somalia == [p.number for p in passages if p.translation and "Somalia" in p.translation.text]
    # Arabic search ignores the diacritics (بلّغنا is found as بلغنا)
    assert _type(chrome, "q", "بلغنا") == [p.number for p in passages if "بلّغنا" in p.text or "بلغنا" in p.text]
    _type(chrome, "q", "")
    assert _type(chrome, "author", "iraniangel") == [p.number for p in passages if p.author == "IraniAngel"]
    _type(chrome, "author", "")
    assert _type(chrome, "filter-paired", "paired") == [p.number for p in passages if p.translation is not None]
    assert _type(chrome, "filter-paired", "unpaired") == [p.number for p in passages if p.translation is None]
    _type(chrome, "filter-paired", "all")
    assert _type(chrome, "filter-mt", "yes") == []  # no model: nothing machine-translated
    _type(chrome, "filter-mt", "all")
    assert _type(chrome, "filter-lang", "ar") == [p.number for p in passages if p.lang == "ar"]
    # the filters are kept in the address, so a filtered view can be shared
    chrome.open(page.as_uri() + "?flag=duplicate")
    chrome.until("document.getElementById('shown-count').textContent.includes('matching')")
    assert chrome.js(SHOWN) == [p.number for p in passages if "duplicate" in p.flag_codes]


def test_csv_download_matches_the_command_line(chrome: Chromium, seed_page, tmp_path: Path, capsys):
    page, report = seed_page
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    chrome.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}, session=False)
    chrome.open(page.as_uri())
    for name in ("pairs.csv", "segments.csv", "pairs.jsonl"):
        chrome.js(f"document.querySelector('button[data-export=\"{name}\"]').click()")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len([p for p in downloads.iterdir() if not p.name.endswith(".crdownload")]) < 3:
        time.sleep(0.1)
    assert main(["pairs", str(SEED000), "--no-mt", "-f", "csv"]) == 0
    cli = capsys.readouterr().out
    assert (downloads / "pairs.csv").read_bytes().decode("utf-8") == cli
    rows = list(csv.DictReader(io.StringIO((downloads / "segments.csv").read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(p.rows) for p in report.passages)
    for row in rows:
        p = report.passages[int(row["passage_number"]) - 1]
        r = p.rows[int(row["row"]) - 1]
        assert row["arabic"] == r.arabic and row["human"] == (r.human or "") and row["link"] == (r.link or "")
    records = [json.loads(line) for line in (downloads / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == [p.text for p in report.passages]


def _big_thread(n: int, passages_every: int = 40) -> Any:
    """``n`` comments of English chatter with an Arabic passage and its translation now and then."""
    lines = []
    for i in range(1, n + 1):
        if i % passages_every == 1:
            text = f"Look {i}:\nاللهم بلّغنا ديمقراطية السعوية و رخاء الصومال رقم {i}"
        elif i % passages_every == 2:
            text = "Translation: Oh God, help us reach the Saudi democracy and the prosperity of Somalia"
        else:
            text = f"English comment number {i} about the article, nothing else to see here."
        parent = str(i - 1) if i % passages_every == 2 else (str(i - 1) if i % 3 == 0 else None)
        lines.append({"id": str(i), "parent": parent, "author": f"user{i % 17}", "text": text})
    return read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")


def test_folds_open_on_demand(chrome: Chromium, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from bilingual.report import html

    monkeypatch.setattr(html, "FOLD_RUN", 3)  # many blobs, cut at the runs' ends as well as by size
    report = build(_big_thread(1200, passages_every=6), source="big")
    assert len(report.passages) > 100  # more than the page shows at first
    page = tmp_path / "big.html"
    page.write_text(render_html(report), encoding="utf-8")
    chrome.open(page.as_uri())
    cards = "document.querySelectorAll('article.comment').length"
    before = chrome.js(cards)
    folds = chrome.js("document.querySelectorAll('.fold').length")
    assert 0 < before < len(report.thread.comments) and folds > 0
    chrome.js("document.querySelector('.fold button').click()")
    chrome.until(f"{cards} > {before}")
    # a passage further down than the page shows: its card comes on demand, and its place in the thread too
    last = report.passages[-1]
    assert chrome.js(f"!!document.getElementById('{last.anchor}')") is False
    chrome.js(f"(() => {{ const a = document.createElement('a'); a.href = '#{last.anchor}'; document.body.appendChild(a); a.click(); }})()")
    chrome.until(f"!!document.getElementById('{last.anchor}')")
    chrome.js(f"(() => {{ const a = document.createElement('a'); a.href = '#{last.thread_anchor}'; document.body.appendChild(a); a.click(); }})()")
    chrome.until(f"!!document.getElementById('{last.thread_anchor}')")
    # search finds passages the page did not show at first (a comment id is searched too)
    assert _type(chrome, "q", str(last.location.comment)) == [last.number]


def test_hostile_folds_stay_inert(chrome: Chromium, tmp_path: Path):
    """Every fold of the hostile thread opened: nothing from the input runs or leaves the page."""
    from bilingual.report.builder import ViewLimits
    from bilingual.report.html import html_pieces

    report = build(read(HOSTILE), source=HOSTILE.name)
    page = tmp_path / "hostile.html"
    page.write_text("".join(html_pieces(report, ViewLimits(inline=1, chunk=1, quiet_after=0, long_text=40))), encoding="utf-8")
    chrome.open(page.as_uri())
    for _ in range(50):
        if not chrome.js("document.querySelectorAll('.fold button').length"):
            break
        chrome.js("document.querySelectorAll('.fold button').forEach(b => b.click())")
        time.sleep(0.2)
    assert chrome.js("document.querySelectorAll('.fold').length") == 0
    text = chrome.js("document.body.textContent")
    assert "<script>alert(1)</script>" in text and "⟨RLO⟩" in text
    assert chrome.js("document.title") == f"Arabic passages: {HOSTILE.name}"
    assert chrome.js("document.querySelectorAll('script').length") == 1
    assert not chrome.js("Array.from(document.querySelectorAll('*')).some(e => Array.from(e.attributes).some(a => a.name.startsWith('on')))")


@pytest.mark.slow
def test_100k_comment_report_opens_quickly(chrome: Chromium, tmp_path: Path):
    """The report of a 100,000-comment thread (bench/bench_report.py's generator) loads in Chromium in under 3 s."""
    pairs, english = BENCH.material()
    source = tmp_path / "big.jsonl"
    source.write_text(BENCH.generate(100_000, pairs, english), encoding="utf-8")
    page = tmp_path / "big.html"
    assert main(["report", str(source), "-o", str(page), "--no-mt"]) == 0
    seconds = min(chrome.open(page.as_uri()) for _ in range(2))
    assert seconds < 3, f"load took {seconds:.2f} s ({page.stat().st_size / 1e6:.1f} MB)"
    assert chrome.js("document.getElementById('shown-count').textContent").startswith("100 of ")


def test_arabizi_is_latin_and_its_reading_arabic(chrome: Chromium, tmp_path: Path):
    """An Arabizi passage is Latin letters: `:lang(ar)` gave it (lang="ar-Latn") the Naskh font's serif
    Latin at 1.12em; its Arabic-script reading inherited the Latin cell's italic and left alignment."""
    lines = [
        {"id": "1", "author": "rami", "text": "My friend texted me: ana b7ebak ya 7abibi, mafi shi a7la mn heik"},
        {"id": "2", "parent": "1", "author": "rami", "text": "It means: I love you my dear, there is nothing sweeter than this."},
    ]
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    page = tmp_path / "arabizi.html"
    page.write_text(render_html(build(thread, source="arabizi.jsonl")), encoding="utf-8")
    chrome.open(page.as_uri(), width=1100)
    style = chrome.js("""(() => {
      const s = el => getComputedStyle(document.querySelector(el));
      return {body: s('body').fontFamily, latin: s('td.arabizi').fontFamily, size: s('td.arabizi').fontSize,
              bodySize: s('table.aligned').fontSize, mark: s('mark.arabic bdi[lang="ar-Latn"], mark bdi[lang$="Latn"]').fontFamily,
              readingStyle: s('td.arabizi .reading').fontStyle, readingAlign: s('td.arabizi .reading').textAlign,
              readingFont: s('td.arabizi .reading').fontFamily};
    })()""")
    assert style["latin"] == style["body"] == style["mark"], style
    assert style["size"] == style["bodySize"], style
    assert style["readingStyle"] == "normal" and style["readingAlign"] in ("start", "right"), style
    assert "Naskh" in style["readingFont"], style
