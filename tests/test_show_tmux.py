"""`bilingual show` in a real terminal: tmux runs it and the captured pane is checked.

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
from pathlib import Path

import pytest
from conftest import ROOT, SEED000

from bilingual.cli.show import dedent_comment
from bilingual.display import display_width

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
LATIN_LETTER = re.compile("[A-Za-z]")
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
END = "__bilingual_show_done__"


def letters(text: str) -> str:
    """The Arabic letters of ``text``, presentation forms decomposed (a lam-alef ligature is lam, alef)."""
    return "".join(ARABIC_LETTER.findall(unicodedata.normalize("NFKC", text)))


def run_in_tmux(command: str, tmp_path: Path, columns: int = 200, timeout: float = 60) -> list[str]:
    """Run ``command`` in a detached tmux session of its own and return the whole pane, scrollback included."""
    socket = f"bilingual-test-{uuid.uuid4().hex[:12]}"
    conf = tmp_path / "tmux.conf"
    conf.write_text("set-option -g history-limit 50000\nset-window-option -g remain-on-exit on\n")
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
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


@pytest.fixture(scope="module")
def pane(tmp_path_factory) -> list[str]:
    command = f"{sys.executable} -m bilingual show {SEED000.relative_to(ROOT)} --width 60 --bidi visual"
    return run_in_tmux(command, tmp_path_factory.mktemp("tmux"))


def test_no_line_is_wider_than_60_cells(pane):
    assert len(pane) > 100
    assert max(display_width(line) for line in pane) <= 60
    assert any(line.startswith("3.1. IraniAngel") or line.strip() == "3.1. IraniAngel" for line in pane)


def test_arabic_lines_are_in_visual_order_with_whole_words(pane, seed000):
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
    assert len(arabic_lines) >= 15
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
