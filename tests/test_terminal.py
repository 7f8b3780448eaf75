"""Terminals: escaping of every field printed, which terminal gets which mode (kitty, VTE's own bidi),
no Arabic letter lost at any width in `show` and the report, `thread` whole comments, linear time."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEED000, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.cli import main
from bilingual.display import BidiEngineError, display_width, own_bidi_off, render, resolve_mode, terminal_mode
from bilingual.display.terminals import BDSM_EXPLICIT, BDSM_IMPLICIT, TERMINALS
from bilingual.safe import terminal_safe
from bilingual.text.script import arabic_letter_count

HOSTILE = ROOT / "tests" / "data" / "hostile_thread.jsonl"
THREADS = sorted(SEEDS.glob("*.txt")) + [HOSTILE]
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def letters(text: str) -> int:
    """Arabic letters in ``text``, presentation forms decomposed (a lam-alef ligature counts two)."""
    return arabic_letter_count(unicodedata.normalize("NFKC", text))


# --- terminal_safe ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "x\x1b]52;c;cHduZWQ=\x07\x1b[2J",  # OSC 52 writes the clipboard, then clears the screen
        "id\x9b2J\x9d0;title\x9c",  # C1 CSI, OSC, ST
        "Admin\u202eoln.exe",  # RLO
        "two\nlines\r\x0bthree\u2028four\u2029",
        "tab\there\x7f",
        "lone \ud800 surrogate",
    ],
)
def test_terminal_safe_leaves_nothing_a_terminal_obeys(raw: str) -> None:
    safe = terminal_safe(raw)
    assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", safe)
    assert safe.encode("utf-8")  # writable
    assert "⟨" in safe


def test_terminal_safe_names_what_it_replaced() -> None:
    assert terminal_safe("a\x1b[2Jb") == "a⟨^[⟩[2Jb"
    assert terminal_safe("\u202eX\u2069") == "⟨RLO⟩X⟨PDI⟩"
    assert terminal_safe("a\nb\tc") == "a⟨^J⟩b⟨^I⟩c"
    assert terminal_safe("\x9b") == "⟨U+009B⟩"
    assert terminal_safe("كلمة 123") == "كلمة 123"


def test_thread_prints_hostile_ids_and_authors_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text(
        json.dumps({"id": "x\u001b]52;c;cHduZWQ=\u0007\u001b[2J", "author": "M\u009b31m\u202e", "text": "hi\u001b[1m"}) + "\n",
        encoding="utf-8",
    )
    for command in (["thread", str(path)], ["show", str(path), "--bidi", "visual", "--width", "40"]):
        assert main(command) == 0
        out = capsys.readouterr().out
        assert not re.search("[\x1b\x07\x9b\u202e]", out), command
        assert "⟨^[⟩]52;c;" in out and "⟨RLO⟩" in out


# --- terminals and modes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"TERM": "xterm-kitty"}, "kitty"),
        ({"KITTY_WINDOW_ID": "1", "TERM": "tmux-256color"}, "kitty"),  # tmux inside kitty: kitty draws
        ({"VTE_VERSION": "7600", "KITTY_WINDOW_ID": "1"}, "isolate"),
        ({"TERM_PROGRAM": "mintty"}, "isolate"),
        ({"TERM_PROGRAM": "WezTerm"}, "visual"),
        ({"TERM_PROGRAM": "iTerm.app"}, "visual"),
        ({"TERM_PROGRAM": "vscode"}, "visual"),
        ({"TERM": "alacritty"}, "visual"),
        ({"TERM": "xterm-ghostty", "TERM_PROGRAM": "ghostty"}, "visual"),
        ({"INSIDE_EMACS": "29.1,eat"}, "isolate"),
    ],
)
def test_each_terminal_gets_its_mode(env: dict[str, str], expected: str) -> None:
    assert terminal_mode(env) == expected
    assert resolve_mode("auto", env) == expected


def test_the_terminal_table_covers_the_three_kinds() -> None:
    kinds = {t.bidi: t.mode for t in TERMINALS}
    assert kinds == {"itself": "isolate", "words": "kitty", "opt-in": "visual", "none": "visual"}
    names = " ".join(t.name for t in TERMINALS)
    for name in ("VTE", "Konsole", "mlterm", "mintty", "PuTTY", "macOS Terminal", "kitty", "WezTerm", "iTerm2",
                 "Alacritty", "Ghostty", "xterm.js", "Windows Terminal"):
        assert name in names


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "mode, env, tty, sent",
    [
        ("visual", {"VTE_VERSION": "7600"}, True, True),
        ("kitty", {"TERM_PROGRAM": "mintty"}, True, True),
        ("isolate", {"VTE_VERSION": "7600"}, True, False),  # VTE does its own bidi: left alone
        ("visual", {"VTE_VERSION": "5202"}, True, False),  # VTE before 0.58 has no bidi
        ("visual", {"VTE_VERSION": "7600"}, False, False),  # a file or pipe never gets escapes
        ("visual", {}, True, False),
    ],
)
def test_vte_own_bidi_is_off_while_reordered_lines_print(mode: str, env: dict[str, str], tty: bool, sent: bool) -> None:
    stream = _Tty() if tty else io.StringIO()
    with pytest.raises(KeyboardInterrupt), own_bidi_off(mode, stream, env):
        stream.write("lines")
        raise KeyboardInterrupt  # restored on the way out, whatever ends the output
    expected = f"{BDSM_EXPLICIT}lines{BDSM_IMPLICIT}" if sent else "lines"
    assert stream.getvalue() == expected


def test_kitty_mode_keeps_word_order_visual_and_letters_logical() -> None:
    text = "he wrote اللهم بلّغنا ديمقراطية today"
    (visual,) = render(text, None, "visual")
    (kitty,) = render(text, None, "kitty")
    assert display_width(kitty) == display_width(visual)
    assert visual.startswith("he wrote ") and kitty.startswith("he wrote ") and kitty.endswith(" today")
    words = kitty[len("he wrote ") : -len(" today")].split(" ")
    # Words in visual order (the last logical word leftmost), each word's letters left to right as written.
    assert [unicodedata.normalize("NFKC", w).replace("\u0651", "") for w in words] == ["ديمقراطية", "بلغنا", "اللهم"]
    for v, offset in enumerate(kitty.logical):  # the index map follows the letters
        if kitty[v] != " ":
            assert unicodedata.normalize("NFKC", kitty[v])[:1] == text[offset]


def test_kitty_mode_keeps_marks_after_their_letter() -> None:
    (kitty,) = render("بّت", None, "kitty")
    assert unicodedata.normalize("NFKC", kitty) == "بّت"


def test_bidi_engine_is_guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.display import _bidi

    assert _bidi.ENGINE_VERSION >= _bidi.MIN_VERSION
    levels, classes = _bidi.levels_and_classes("ab جد", None)
    assert levels == [0, 0, 0, 1, 1] and classes == ["L", "L", "WS", "AL", "AL"]
    real = _bidi.get_display
    for changed in (
        lambda text, **kw: "levels: [0, 0]",  # another form altogether
        lambda text, **kw: real(text, **kw).replace("Level(", "Level(\n 1,", 1),  # one level too many
        lambda text, **kw: real(text, **kw).replace("AL,", "XYZ,"),  # a class this adapter does not know
    ):
        monkeypatch.setattr(_bidi, "get_display", changed)
        with pytest.raises(BidiEngineError, match="python-bidi"):
            _bidi.levels_and_classes("ab جد", None)


def test_only_the_adapter_imports_python_bidi() -> None:
    for path in (ROOT / "bilingual" / "display").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        uses = re.search(r"^\s*(from bidi\b|import bidi\b)", source, re.M)
        assert (uses is not None) == (path.name == "_bidi.py"), path.name


# --- no letter lost, at any width ------------------------------------------------------------------


@lru_cache(maxsize=None)
def _thread(path: Path) -> Any:
    from bilingual.threads import read

    return read(path)


@lru_cache(maxsize=None)
def _report(path: Path) -> Any:
    from bilingual.pipeline import Settings, load_machine
    from bilingual.report import build

    return build(_thread(path), source=path.name, machine=load_machine(Settings(mt=False)))


def _report_text(path: Path, width: int, mode: str) -> str:
    from rich.console import Console

    from bilingual.report import render_terminal

    out = io.StringIO()
    console = Console(file=out, width=width, highlight=False, emoji=False, markup=False)
    render_terminal(_report(path), console, width=width, bidi=mode)
    return out.getvalue()


@lru_cache(maxsize=None)
def _wide_report_letters(path: Path, mode: str) -> int:
    """The Arabic letters of the report rendered 400 cells wide, where nothing wraps (made once per thread and mode)."""
    return letters(_report_text(path, 400, mode))


def _shown_letters(thread: Any) -> int:
    """The Arabic letters `show` prints: title, article, each comment's id, author and text."""
    fields = [thread.title or "", thread.article or ""]
    fields += [f for c in thread.comments for f in (c.id, c.author or "", c.text)]
    return sum(letters(f) for f in fields)


@pytest.mark.slow
def test_seed_000_keeps_its_774_letters_where_the_table_lost_them() -> None:
    """The issue's figures: 666 letters at 60 cells, 475 at 50, 293 at 40; `show` kept all 774."""
    from bilingual.cli.show import show_lines

    report = _report(SEED000)
    readings = sum(letters(r.arabic_normalized or "") for p in report.passages if p.kind == "arabizi" for r in p.rows)
    for width in (20, 40, 50, 60, 64, 65, 100):  # and the Finglish passages' readings beneath their Latin letters
        assert letters(_report_text(SEED000, width, "visual")) == 774 + readings, width
        assert letters("\n".join(show_lines(_thread(SEED000), width, "visual"))) == 774, width


WIDTHS = st.integers(min_value=20, max_value=120)
MODES = st.sampled_from(["visual", "kitty"])


@settings(max_examples=8, deadline=None)
@given(WIDTHS, st.sampled_from(THREADS), MODES)
def test_no_arabic_letter_is_lost_at_any_width(width: int, path: Path, mode: str) -> None:
    """24 examples in the default run; the slow variant below draws 200."""
    _assert_no_letter_lost(width, path, mode)


@pytest.mark.slow
@settings(max_examples=examples(200), deadline=None)
@given(WIDTHS, st.sampled_from(THREADS), MODES)
def test_no_arabic_letter_is_lost_at_any_width_thoroughly(width: int, path: Path, mode: str) -> None:
    _assert_no_letter_lost(width, path, mode)


def _assert_no_letter_lost(width: int, path: Path, mode: str) -> None:
    """`show` and the terminal report of a thread at ``width`` keep every Arabic letter and fit the width."""
    from bilingual.cli.show import show_lines

    thread = _thread(path)
    shown = show_lines(thread, width, mode)
    assert letters("\n".join(shown)) == _shown_letters(thread)
    assert all(display_width(line) <= width for line in shown)
    report = _report_text(path, width, mode)
    assert letters(report) == _wide_report_letters(path, mode)
    assert letters(report) >= sum(letters(row.arabic) for p in _report(path).passages for row in p.rows)
    assert all(display_width(line) <= width for line in ANSI.sub("", report).splitlines()[:-1])  # all but the signature


# --- thread: whole comments ------------------------------------------------------------------------


def test_thread_prints_whole_comments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["thread", str(SEED000)]) == 0
    out = capsys.readouterr().out
    assert letters(out) == _shown_letters(_thread(SEED000))  # comment 2's Arabic too, not only first lines
    assert "2. Prophettttt: Salafi prayer;" in out.splitlines()
    assert "    اللهم بلّغنا ديمقراطية السعوية" in out  # logical order when not a terminal, under its header


def test_thread_displays_arabic_like_show(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BILINGUAL_BIDI", "visual")
    assert main(["thread", str(SEED000)]) == 0
    out = capsys.readouterr().out
    assert letters(out) == _shown_letters(_thread(SEED000))
    assert "اللهم" not in out and re.search("[\ufef5-\ufefc]", out)  # reordered and shaped, lam-alef joined


def test_thread_folds_a_huge_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bilingual.cli.thread import FOLD

    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "1", "author": "big", "text": "كلمة word " * 100_000}) + "\n", encoding="utf-8")
    assert main(["thread", str(path)]) == 0
    out = capsys.readouterr().out
    assert FOLD < len(out) < FOLD + 500
    assert re.search(r"… \[99\d,\d{3} more characters: `bilingual show` prints the whole comment\]", out)
    assert out.endswith("1 comment, 1 at top level\n")


# --- linear time -----------------------------------------------------------------------------------


def _cpu(run: Any) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


@pytest.mark.slow  # a timing test: growth per size, measured
@pytest.mark.parametrize(
    "make",
    [
        lambda n: "كلمة\t" * n,  # every tab used to re-measure the line before it
        lambda n: "ب" + "\u064e" * (4 * n),  # a long run of marks on one letter
        lambda n: "abc كلمة (x) " * n,  # mirrored brackets: past the probe limit, the level path
    ],
)
def test_render_time_grows_linearly(make: Any) -> None:
    """Small and fast: 4x the input may cost at most about 4x the time (12x allowed for noise)."""
    render(make(200), 80, "visual")  # warm the caches
    small = min(_cpu(lambda: render(make(1000), 80, "visual")) for _ in range(3))
    large = min(_cpu(lambda: render(make(4000), 80, "visual")) for _ in range(3))
    assert large < max(12 * small, 0.05), (small, large)


@pytest.mark.slow
def test_32000_tabs_one_long_line_and_marks_stay_fast(tmp_path: Path) -> None:
    """Issue 19: one comment of 32,000 tabs took 130-165 s in `show` and `report -f terminal`.

    Linear, each command takes about a second here; the timeout (a killed subprocess) only catches a blow-up.
    """
    comments = [
        {"id": "1", "author": "a", "text": "اللهم بلّغنا ديمقراطية" + "\t" * 32_000 + "x"},
        {"id": "2", "parent": "1", "author": "b", "text": "Oh God, help us reach democracy\t" * 2_000},
        {"id": "3", "author": "c", "text": "كلمة " * 200_000},  # a 1 MB line
        {"id": "4", "author": "d", "text": "ب" + "\u064e\u0651" * 100_000},
    ]
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in comments), encoding="utf-8")
    # The report's pairing of a 1 MB line is the pipeline's own scaling case (bench/bench_scaling.py);
    # here the report gets the tabs and the marks, which its terminal rendering used to re-measure.
    tabs = tmp_path / "tabs.jsonl"
    tabs.write_text("".join(json.dumps(c) + "\n" for c in comments if c["id"] != "3"), encoding="utf-8")
    for command in (
        ["show", str(path), "--bidi", "visual", "--width", "80"],
        ["show", str(path), "--bidi", "kitty"],
        ["thread", str(path)],
        ["report", str(tabs), "-f", "terminal", "--no-mt", "--bidi", "visual", "--width", "80"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "bilingual", *command], cwd=ROOT, capture_output=True, timeout=120,
            env={**os.environ, "BILINGUAL_CACHE": "off"},
        )
        assert done.returncode == 0, (command, done.stderr[-2000:])


# --- the report's labels and Arabizi readings (new-user sweep, helper newuser5) --------------------

_NAMED = [
    {"id": "1", "author": "علي الحسن", "text": "My uncle said: الله يرحمه كان رجل طيب وكريم مع الجميع. Anyone?"},
    {"id": "2", "parent": "1", "author": "علي الحسن", "text": "Translation: God rest his soul, he was a good and generous man with everyone."},
    {"id": "3", "author": "rami", "text": "My friend texted me: ana b7ebak ya 7abibi, mafi shi a7la mn heik"},
]


def _named_report(tmp_path: Path, width: int, mode: str) -> str:
    path = tmp_path / "named.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in _NAMED), encoding="utf-8")
    return _report_text(path, width, mode)


@pytest.mark.parametrize("width", [60, 120])
@pytest.mark.parametrize("mode", ["visual", "kitty", "isolate"])
def test_report_authors_are_laid_out_like_the_table(tmp_path: Path, width: int, mode: str) -> None:
    """`report -f terminal --bidi visual` printed "Passage 1 by علي الحسن" and "Commenter's translation
    by علي الحسن" unshaped, in logical order, beside the table's visual Arabic."""
    text = _named_report(tmp_path, width, mode)
    name = "".join(render("علي الحسن", None, mode, base=0))
    assert f"by {name}" in text
    assert "علي الحسن" not in text or mode == "isolate"  # isolate keeps logical order, inside FSI..PDI
    assert f"Commenter's translation by {name}" in text


@pytest.mark.parametrize("width", [60, 120])
def test_report_prints_the_arabizi_reading(tmp_path: Path, width: int) -> None:
    """The page shows an Arabizi passage's Arabic-script reading beneath its Latin letters; the terminal
    showed only the Latin letters."""
    text = _named_report(tmp_path, width, "off")
    assert "ana b7ebak" in text
    assert "بحبك" in text and "حبيبي" in text


def test_report_terminal_says_what_the_page_says_of_a_pair() -> None:
    """The page names a partial translation, one its translator calls rough, the pieces it covers and
    how it was found in words; the terminal printed "(via duplicate-of:3, score 1.00)" and no flag."""
    text = " ".join(_report_text(SEED000, 120, "off").split())  # (lines joined)
    assert "[translates only part of the passage]" in text and "It covers pieces 1, 2, 3, 4, 5" in text
    assert "[the translator says it is rough]" in text
    assert "found for the copy of this Arabic in comment 3; confidence 1.00" in text
    assert "found in a reply to it; confidence" in text and "via " not in text


def _aligned_rows_text(passage: Any, width: int) -> str:
    from rich.console import Console

    from bilingual.report.terminal import AlignedRows

    out = io.StringIO()
    Console(file=out, width=width, highlight=False, emoji=False, markup=False).print(AlignedRows(_report(SEED000), passage, "off"))
    return out.getvalue()


def test_a_table_without_scores_heads_its_links_as_segment_counts() -> None:
    """Without a model no row has chrF / TER: the last column says how many segments each row links
    ("1 : 2"), under a head that says so, where a bare "1-2" under "chrF / TER" read as a score."""
    passage = next(p for p in _report(SEED000).passages if any(r.link == "1-2" for r in p.rows))
    wide = _aligned_rows_text(passage, 120)
    assert "Ar : En" in wide and "1 : 2" in wide and "chrF" not in wide and "1-2" not in wide
    narrow = _aligned_rows_text(passage, 50)
    assert "1 Arabic : 2 English" in narrow and "1-2" not in narrow


def test_a_table_with_scores_heads_them_and_names_them_when_stacked() -> None:
    import dataclasses

    from bilingual.compare.metrics import PairScore

    passage = next(p for p in _report(SEED000).passages if p.rows)
    rows = [dataclasses.replace(r, machine="machine words", score=PairScore(41.25, 63.5)) for r in passage.rows]
    scored = dataclasses.replace(passage, rows=rows)
    wide = _aligned_rows_text(scored, 120)
    assert "chrF / TER" in wide and "41.2 / 63.5" in wide and "Ar : En" not in wide
    assert "chrF 41.2 / TER 63.5" in _aligned_rows_text(scored, 50)


def test_finglish_tables_are_headed_persian_not_arabic() -> None:
    """Seed 000's "Iroone Azad" is Finglish: its table's source column says Persian in Latin letters."""
    passage = next(p for p in _report(SEED000).passages if p.text.startswith("Iroone Azad"))
    shown = _aligned_rows_text(passage, 120)
    assert "Persian (Latin letters)" in shown and "Fa : En" in shown and "Arabic" not in shown
