"""The HTML report in a real browser: headless Chromium loads it, runs its script under its own
Content-Security-Policy, and the DOM it ends with is checked; a screenshot is saved.

Skipped where no Chromium is installed (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bilingual.report import build, render_html
from bilingual.threads import read

from conftest import ROOT, SEED000
from test_report import assert_safe

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
    assert title and title.group(1) == f"Arabic passages: {source.name}"
    assert not any(k.startswith("data-pwned") for _, a in dom.tags for k in a)

    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
