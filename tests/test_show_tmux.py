"""`bilingual show` and the terminal report in a real terminal: tmux runs them at 40, 60 and 100
columns (the width comes from the terminal) and the captured pane is checked: no line wider than
the pane, the Arabic in visual order, shaped, and every one of seed 000's 774 Arabic letters there.

Skipped where tmux is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
import uuid
from typing import Any
from pathlib import Path

import pytest
from conftest import ROOT, SEED000

from bilingual.cli.show import dedent_comment
from bilingual.display import display_width
from bilingual.text.script import arabic_letter_count

# A real terminal emulator: slow, and one tmux server per run (CI runs it with the slow tests).
pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
LATIN_LETTER = re.compile("[A-Za-z]")
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
END = "__bilingual_show_done__"
COLUMNS = (40, 60, 100)
SEED000_LETTERS = 774  # Arabic letters in seed 000 (a lam-alef counts two)


def letters(text: str) -> str:
    """The Arabic letters of ``text``, presentation forms decomposed (a lam-alef ligature is lam, alef)."""
    return "".join(ARABIC_LETTER.findall(unicodedata.normalize("NFKC", text)))


def run_in_tmux(command: str, tmp_path: Path, columns: int = 200, timeout: float = 60) -> list[str]:
    """Run ``command`` in a detached tmux session of its own and return the whole pane, scrollback included."""
    socket = f"bilingual-test-{uuid.uuid4().hex[:12]}"
    conf = tmp_path / "tmux.conf"
    conf.write_text("set-option -g history-limit 50000\nset-window-option -g remain-on-exit on\n")
    # A plain terminal: nothing from the terminal running the tests may pick another mode.
    outer = ("BILINGUAL_BIDI", "VTE_VERSION", "KITTY_WINDOW_ID", "TERM_PROGRAM", "KONSOLE_VERSION", "INSIDE_EMACS", "TMUX")
    env = {k: v for k, v in os.environ.items() if k not in outer}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color", BILINGUAL_CACHE="off")
    tmux = ["tmux", "-u", "-L", socket, "-f", str(conf)]
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", str(columns), "-y", "50", f"{command}; echo {END}"],
        cwd=ROOT, env=env, check=True, timeout=30,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            pane = subprocess.run(
                [*tmux, "capture-pane", "-p", "-S", "-", "-E", "-"], capture_output=True, text=True, check=True, timeout=30,
            ).stdout.splitlines()
            if END in pane or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True, timeout=30)
    assert END in pane, "the command did not finish in tmux"
    return pane[: pane.index(END)]


@pytest.fixture(scope="module", params=COLUMNS)
def columns(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture(scope="module")
def pane(tmp_path_factory: pytest.TempPathFactory, columns: int) -> list[str]:
    """``show`` at the pane's own width (no ``--width``: the terminal tells it)."""
    command = f"{sys.executable} -m bilingual show {SEED000.relative_to(ROOT)} --bidi visual"
    return run_in_tmux(command, tmp_path_factory.mktemp("tmux"), columns=columns)


@pytest.fixture(scope="module")
def report_pane(tmp_path_factory: pytest.TempPathFactory, columns: int) -> list[str]:
    command = f"{sys.executable} -m bilingual report {SEED000.relative_to(ROOT)} -f terminal --no-mt --bidi visual"
    return run_in_tmux(command, tmp_path_factory.mktemp("tmux"), columns=columns)


def test_no_line_is_wider_than_the_pane(pane: list[str], columns: int) -> None:
    assert len(pane) > 100
    assert max(display_width(line) for line in pane) <= columns
    assert any(line.startswith("3.1. IraniAngel") or line.strip() == "3.1. IraniAngel" for line in pane)


def _reading_letters() -> int:
    """Arabic letters of the Arabic-script readings the terminal report prints beneath seed 000's Finglish."""
    from bilingual.pipeline import Settings, load_machine
    from bilingual.report import build
    from bilingual.threads import read

    report = build(read(SEED000), source=SEED000.name, machine=load_machine(Settings(mt=False)))
    return sum(arabic_letter_count(r.arabic_normalized or "") for p in report.passages if p.kind == "arabizi" for r in p.rows)


def test_every_arabic_letter_reaches_the_pane(pane: list[str], report_pane: list[str], columns: int) -> None:
    """Issue 17: the report's table dropped a letter of each wrapped Arabic line (666 of 774 at 60 columns)."""
    for shown, readings in ((pane, 0), (report_pane, _reading_letters())):  # the report adds Finglish readings
        assert arabic_letter_count(unicodedata.normalize("NFKC", "\n".join(shown))) == SEED000_LETTERS + readings, columns
    assert max(display_width(line) for line in report_pane if not line.startswith("signature:")) <= columns


def test_arabic_lines_are_in_visual_order_with_whole_words(pane: list[str], seed000: Any) -> None:
    """Read right to left, top line down, the Arabic pane lines give the comments' words in order."""
    words = [
        letters(word)
        for _, text in seed000.texts()
        for paragraph in dedent_comment(text).split("\n")
        if ARABIC_LETTER.search(paragraph) and not LATIN_LETTER.search(paragraph)
        for word in paragraph.split()
        if letters(word)
    ]
    arabic_lines = [line for line in pane if ARABIC_LETTER.search(unicodedata.normalize("NFKC", line))]
    assert len(arabic_lines) >= 10  # 13 at 100 columns, more when narrower
    at = 0
    for line in arabic_lines:
        seen = letters(line[::-1])  # visual order, read right to left
        taken = ""
        while len(taken) < len(seen) and at < len(words):
            taken += words[at]
            at += 1
        assert taken == seen, f"line {line!r} is not the next whole words in reading order"
    assert at == len(words)


def test_arabic_is_shaped_and_marks_sit_on_letters(pane):
    arabic = "\n".join(line for line in pane if letters(line))
    assert re.search("[\ufe70-\ufefc]", arabic)  # presentation forms: shaped
    assert re.search("[\ufef5-\ufefc]", arabic)  # lam-alef ligatures
    assert not re.search("[\u0621-\u064a]", arabic)  # nothing left unshaped
    marks = [m.start() for m in re.finditer(f"[{HARAKAT}]", arabic)]
    assert marks and all(letters(arabic[i - 1]) for i in marks)  # each mark follows its letter
