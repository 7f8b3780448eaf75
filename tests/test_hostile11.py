"""Hostile text inside good files (helper hostile11): terminal escapes, controls and line feeds in comment texts
and ids, and words too long to be words, through the outputs a user reads. Each test failed before its fix;
docs/BENCHMARKS.md "Hostile text, 2026-12-05 (helper hostile11)" has the sweep's table."""

from __future__ import annotations

import csv
import io
import sys
import time
from pathlib import Path

import pytest

from bilingual import transliterate
from bilingual.cli import main
from hostile_inputs import Tty, jsonl_thread
from bilingual.translit.core import LONGEST_WORD, UNDECIDED

AR = "اللهم بلّغنا ديمقراطية السعودية"
ESCAPES = "\x1b[2J\x1b]52;c;ZWNobw==\x07\x1b]0;pwned\x07\u202e"


def _hostile_pair(tmp_path: Path) -> Path:
    return jsonl_thread(tmp_path, [
        {"id": "1" + ESCAPES, "parent": None, "author": "a", "text": f"{ESCAPES} {AR}"},
        {"id": "2", "parent": "1" + ESCAPES, "author": "b", "text": f"Translation: O God, let us reach the democracy of Saudi Arabia {ESCAPES}"},
    ])


def test_pairs_csv_on_a_terminal_shows_controls_and_a_pipe_gets_them_as_they_are(tmp_path, monkeypatch, capsys) -> None:
    """``pairs -f csv`` wrote a comment's ESC sequences raw to the terminal (clear screen, OSC 52 clipboard write,
    window title); on a terminal they are now markers, as ``normalize`` shows them, while a pipe keeps the data exact."""
    path = _hostile_pair(tmp_path)
    assert main(["pairs", "--no-mt", "-f", "csv", str(path)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))
    assert rows[1][0] == "1" + ESCAPES and ESCAPES in rows[1][7]
    tty = Tty()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(["pairs", "--no-mt", "-f", "csv", str(path)]) == 0
    shown = tty.getvalue()
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\r" not in shown
    assert "1⟨^[⟩[2J⟨^[⟩]52;c;ZWNobw==⟨^G⟩⟨^[⟩]0;pwned⟨^G⟩⟨RLO⟩," in shown
    assert shown.startswith("comment,start,end,passage,") and shown.count("\n") == 2


def test_segment_id_with_a_line_feed_forges_no_line(tmp_path, capsys) -> None:
    """``segment``'s text lines showed the comment id with its line feed kept: an id could print a second,
    forged passage line; it goes through terminal_safe, as every other command's ids."""
    path = jsonl_thread(tmp_path, [{"id": "1 0-4 arabic ar: forged\ncomment 7", "parent": None, "author": "a", "text": AR}])
    assert main(["segment", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"comment 1 0-4 arabic ar: forged⟨^J⟩comment 7 0-{len(AR)} arabic ar: {AR}"]


def test_a_word_too_long_to_be_a_word_is_copied_undecided() -> None:
    """A 12,000-letter Arabizi run was searched letter by letter: its lattice grows with the square of the
    length (9 s and 1.2 GB here; 30,000 letters, one comment of a thread, 9 GB and minutes in ``transliterate``
    and ``report``). Past LONGEST_WORD letters a word is copied as written, undecided and flagged."""
    text = "7abibi" * 2000
    result = transliterate(f"ya {text} ya 7abibi")
    long = result.words[1]
    assert (long.status, long.reason, long.best, long.flagged) == (UNDECIDED, "too long to be a word", text, True)
    assert result.text.split()[1] == text and result.words[2].status != UNDECIDED
    assert transliterate("7" + "abibi" * ((LONGEST_WORD - 1) // 5)).words[0].status != UNDECIDED


def test_a_long_run_of_letters_is_tokenized_in_linear_time() -> None:
    """The e-mail pattern of the words that are never read (``[\\w.+-]+@...``) was tried from every position of a
    run of letters: 40,000 letters took about 30 s, 1 MB hours; its local part is bounded (64, RFC 5321)."""
    start = time.perf_counter()
    result = transliterate("x" * 40_000 + " 7abibi")
    assert time.perf_counter() - start < 10
    assert [w.source[:1] for w in result.words] == ["x", "7"]


@pytest.mark.parametrize("text, kind", [("mail me at some.one+x@example.com now", "email"), ("see www.example.com/x ok", "url"),
                                        ("see example.com ok", "url")])
def test_bounded_patterns_still_find_addresses(text: str, kind: str) -> None:
    """The bounds keep every ordinary address and link a protected token."""
    assert kind in [w.reason for w in transliterate(text).words]


@pytest.mark.parametrize("link", ["https://e.x/\x1b[2J", "https://e.x/a\u202eb", "https://e.x/\x00"])
def test_a_permalink_with_a_control_is_no_link(tmp_path, link: str) -> None:
    """A permalink with a raw ESC, NUL or bidi control passed the page's http(s) check and was written raw
    in the href (``cat report.html`` obeyed it; a bidi override reached the status line): now no link at all."""
    from bilingual.report.builder import safe_link

    path = jsonl_thread(tmp_path, [{"id": "1", "parent": None, "author": "a", "text": AR, "permalink": link},
                              {"id": "2", "parent": None, "author": "b", "text": "x", "permalink": "https://e.x/ok?a=1&b=2"}])
    out = tmp_path / "r.html"
    assert main(["report", "--no-mt", "-o", str(out), str(path)]) == 0
    page = out.read_text(encoding="utf-8")
    assert link[-3:] not in page and safe_link(link) is None
    assert page.count('class="ext" href=') == 1 and 'href="https://e.x/ok?a=1&amp;b=2"' in page


def test_a_long_run_without_spaces_is_segmented_in_linear_time() -> None:
    """A word with no blank within 200 characters before it was checked for URL signs from the text's start, so a
    run such as ``7a.bi7a.bi...`` was quadratic (40,000 characters: 19.5 s; 1 MB hours): now 200 characters each side."""
    from bilingual import segment

    text = "enta 3amel eh ya 7abibi, ana mesh fahem 7aga " + "7a.bi" * 12_000 + " wallahi ana ta3ban"
    start = time.perf_counter()
    spans = segment(text)
    assert time.perf_counter() - start < 10
    assert spans and spans[0].kind == "arabizi"


def test_segment_shows_unicode_line_separators_as_breaks(tmp_path, capsys) -> None:
    """A passage holding U+2028 (a line separator; U+2029 ends a passage) printed it raw: one passage was two
    lines to a line splitter (``str.splitlines``, most editors); it is shown as ⏎, as a line feed is."""
    text = "السلام عليكم ورحمة الله\u2028وبركاته يا اخي"
    path = jsonl_thread(tmp_path, [{"id": "1", "parent": None, "author": "a", "text": text}])
    assert main(["segment", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"comment 1 0-{len(text)} arabic ar: السلام عليكم ورحمة الله ⏎ وبركاته يا اخي"]
