"""Interruptions, the environment and hostile11's leftovers (helper hostile12). Each test failed before its fix;
docs/BENCHMARKS.md "Interruptions and the environment, 2026-12-05 (helper hostile12)" has the sweep's table."""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace as NS

from bilingual.cli import main

AR = "السلام عليكم ورحمة الله"


class Tty(io.StringIO):
    """A stdout that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _thread(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "thread.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_translate_text_shows_unicode_line_separators_as_breaks() -> None:
    """``translate``'s text view printed a comment's U+2028/U+2029 raw (one printed line was two to
    ``str.splitlines`` and editors); they are shown as ⏎, as ``segment`` shows them (one definition)."""
    from bilingual.cli.translate import _annotated_comments, _annotated_source

    text = f"{AR}\u2028وبركاته\u2029 ok"
    grouped = {("1", 0, len(text)): [NS(text="peace\u2028be upon you", flags=())]}
    out = _annotated_comments(NS(article=None, comments=[NS(id="1", author="a", text=text)]), grouped)
    assert out == f"1 a:\n{AR} ⏎ وبركاته ⏎  ok [en: peace ⏎ be upon you]\n"
    source = NS(source=text, article_span=None, get=lambda cid: NS(source_span=(0, len(text))))
    assert _annotated_source(source, grouped) == f"{AR} ⏎ وبركاته ⏎  ok [en: peace ⏎ be upon you]"


def test_csv_on_a_terminal_shows_unicode_line_separators_and_a_pipe_keeps_them(tmp_path, monkeypatch, capsys) -> None:
    """``pairs -f csv`` on a terminal wrote U+2028 raw inside a field: the record was two lines to whoever copied it.
    On a terminal it is ⏎ (as in ``segment``); a pipe or file gets the exact text."""
    text = f"{AR}\u2028وبركاته"
    path = _thread(tmp_path, [{"id": "1", "parent": None, "author": "a", "text": text}])
    assert main(["pairs", "--no-mt", "-f", "csv", str(path)]) == 0
    assert "\u2028" in capsys.readouterr().out
    tty = Tty()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(["pairs", "--no-mt", "-f", "csv", str(path)]) == 0
    shown = tty.getvalue()
    assert "\u2028" not in shown and f"{AR} ⏎ وبركاته" in shown


def test_dotted_letters_are_tokenized_in_linear_time() -> None:
    """Bare hosts (``example.com``) were tried from every letter after a dot, 253 characters each: ``"a." * 25000``
    took 2.8 s (7 s loaded) and 1 MB of dotted Arabizi 37 s in ``transliterate``; each kind of protected stretch is
    now searched for on its own and a host only before a known ending."""
    from bilingual.translit.core import _tokens

    start = time.perf_counter()
    tokens = list(_tokens("a." * 50_000 + " x.com/a b@c.de #t @m www.e.org"))
    assert time.perf_counter() - start < 1.0
    assert [t[2] for t in tokens[-5:]] == ["url", "email", "hashtag", "mention", "url"]
    assert len(tokens) == 50_005

    # the kinds searched apart keep the one pattern's choices: the leftmost start, the earlier kind at a tie,
    # a host at most 253 characters before its ending
    assert list(_tokens("www.x.com")) == [(0, 9, "url")]
    assert list(_tokens("a.com@b.de")) == [(0, 10, "url")]
    assert list(_tokens("a.b@c.com")) == [(0, 9, "email")]
    assert list(_tokens("x" * 300 + "-y.com")) == [(0, 300, "word"), (300, 306, "url")]
