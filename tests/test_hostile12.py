"""Interruptions, the environment and hostile11's leftovers (helper hostile12). Each test failed before its fix;
docs/BENCHMARKS.md "Interruptions and the environment, 2026-12-05 (helper hostile12)" has the sweep's table."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

from bilingual.cli import main
from hostile_inputs import Tty, jsonl_thread

AR = "السلام عليكم ورحمة الله"


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
    path = jsonl_thread(tmp_path, [{"id": "1", "parent": None, "author": "a", "text": text}])
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

    start = time.process_time()  # CPU, not wall: a loaded machine stretches the wall clock, not the work
    tokens = list(_tokens("a." * 50_000 + " x.com/a b@c.de #t @m www.e.org"))
    assert time.process_time() - start < 1.0
    assert [t[2] for t in tokens[-5:]] == ["url", "email", "hashtag", "mention", "url"]
    assert len(tokens) == 50_005

    # the kinds searched apart keep the one pattern's choices: the leftmost start, the earlier kind at a tie,
    # a host at most 253 characters before its ending
    assert list(_tokens("www.x.com")) == [(0, 9, "url")]
    assert list(_tokens("a.com@b.de")) == [(0, 10, "url")]
    assert list(_tokens("a.b@c.com")) == [(0, 9, "email")]
    assert list(_tokens("x" * 300 + "-y.com")) == [(0, 300, "word"), (300, 306, "url")]


def _sigterm_caught(pid: int) -> bool:
    """Whether process ``pid`` has a handler for SIGTERM (its SigCgt mask in /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
    return False


def test_sigterm_stops_every_command_with_its_line_and_143(tmp_path) -> None:
    """SIGTERM (``kill``, a batch system's stop) killed every command but ``corpus`` by its default disposition:
    status -15 and no word, no clean-up (a ``--jobs`` worker left behind); it is now raised like Ctrl-C around
    every command: one line, 143. The command is stopped while it reads a stdin that never ends."""
    proc = subprocess.Popen([sys.executable, "-m", "bilingual", "segment", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    deadline = time.monotonic() + 20
    while not _sigterm_caught(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=20)
    assert (proc.returncode, err.decode()) == (143, "bilingual: terminated (SIGTERM)\n")


def test_an_output_encoding_without_arabic_is_one_line_saying_what_to_set(tmp_path) -> None:
    """``PYTHONIOENCODING=ascii`` (or a Latin-1 terminal) made every command print 'internal error:
    UnicodeEncodeError ... (set BILINGUAL_DEBUG=1 for details)'; now one line naming the encoding, the character
    and the fixes (a UTF-8 encoding, -o, or the backslashreplace escape)."""
    path = jsonl_thread(tmp_path, [{"id": "1", "parent": None, "author": "a", "text": AR}])
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "bilingual", "segment", str(path)], capture_output=True, env=env, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 1 and err.count("\n") == 1 and "internal error" not in err
    assert "output's encoding (ascii) cannot write U+0627 (ARABIC LETTER ALEF)" in err and "PYTHONIOENCODING=utf-8" in err
    env["PYTHONIOENCODING"] = "ascii:backslashreplace"  # the documented escape
    done = subprocess.run([sys.executable, "-m", "bilingual", "segment", str(path)], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0 and b"\\u0627" in done.stdout


def test_columns_zero_is_no_width_of_zero(tmp_path, monkeypatch, capsys) -> None:
    """``COLUMNS=0`` made rich lay ``report -f terminal`` out in 0 cells: nothing printed, status 0. The width is
    read by one function (display.terminal_width) for show, thread and report: a COLUMNS that is no positive
    number is left aside."""
    path = jsonl_thread(tmp_path, [{"id": "1", "parent": None, "author": "a", "text": AR}])
    monkeypatch.setenv("COLUMNS", "0")
    assert main(["report", "--no-mt", "-f", "terminal", str(path)]) == 0
    assert "Arabic passages in" in capsys.readouterr().out


def test_thread_on_a_narrow_terminal_indents_no_reply_past_its_edge(tmp_path, monkeypatch) -> None:
    """On a 12-column terminal ``thread`` indented a reply 5 levels down by 10 cells, its text past the edge; its
    indentation now leaves the text room, as ``show``'s does (one rule, show.nested_indent)."""
    rows = [{"id": str(i), "parent": None if i == 0 else str(i - 1), "author": "a", "text": "ok"} for i in range(6)]
    path = jsonl_thread(tmp_path, rows)
    tty = Tty()
    monkeypatch.setattr(sys, "stdout", tty)
    monkeypatch.setenv("COLUMNS", "12")
    assert main(["thread", str(path)]) == 0
    lines = tty.getvalue().splitlines()
    assert lines[5] == "5. a: ok" and all(len(line) <= 12 for line in lines[:6])


def test_a_closed_stdin_is_one_line(monkeypatch, capsys) -> None:
    """``bilingual segment - <&-`` (stdin closed) printed 'internal error: AttributeError: 'NoneType' object has no
    attribute 'fileno''; stdin is read by one function (``_common.read_stdin``), which says it is closed."""
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["segment", "-"]) == 2
    assert capsys.readouterr().err == "bilingual: error: <stdin>: standard input is closed: give a file, or pipe the input in\n"


@pytest.mark.slow
def test_ctrl_c_in_the_fork_servers_imports_prints_no_traceback() -> None:
    """Ctrl-C reaches the whole foreground group: the corpus command's fork server, 1.5-2 s into its preload imports
    (Dask, the pipeline's warm-up), printed a KeyboardInterrupt traceback after the command's one line (2 runs in 2
    at 1 s and 5 s). The server ignores it until its imports are done (``corpus.calm`` first), as ``multiprocessing``
    makes it do after them; the warm-up gives the workers Python's handler back."""
    code = (
        "import importlib, os, signal\nfrom bilingual.corpus.forking import PRELOAD\n"
        "importlib.import_module(PRELOAD[0])\nos.kill(os.getpid(), signal.SIGINT)\n"
        "for name in PRELOAD[1:]:\n    importlib.import_module(name)\n"
        "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, "Traceback" in done.stderr) == (0, "True\n", False)


def test_an_error_that_takes_a_stops_place_is_the_stop() -> None:
    """Ctrl-C raised inside a lock's block in Dask's code came out of a corpus run as 'RuntimeError: release unlocked
    lock': 'internal error', status 1 (1 run in 12 at 2.5 s). An error raised once a stop was asked is that stop."""
    from bilingual.cli import Stop, Terminated

    stop = Stop()
    assert stop.stopped(RuntimeError("release unlocked lock")) is None
    assert stop.stopped(Terminated()) is Terminated
    stop.asked = KeyboardInterrupt
    assert stop.stopped(RuntimeError("release unlocked lock")) is KeyboardInterrupt
    assert stop.stopped(SystemExit(0)) is None


def test_a_stop_while_a_dropped_generator_closes_is_raised_after() -> None:
    """Ctrl-C while a dropped generator's ``with`` block let its pool of workers go (``report``'s segmenting, 1 run in
    about 40 at 0.5 s) was raised inside that clean-up, printed as 'Exception ignored in generator' and lost: the report
    was written and the run exited 0. It is raised once the clean-up is over."""
    import contextlib

    from bilingual.cli import signals_stop

    @contextlib.contextmanager
    def pool() -> Iterator[None]:
        try:
            yield
        finally:
            os.kill(os.getpid(), signal.SIGINT)  # the Ctrl-C comes while the pool is terminated
            time.sleep(0.05)

    def split() -> Iterator[int]:
        with pool():
            yield 1
            yield 2

    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as a command starts (an earlier test may leave it ignored)
    try:
        with signals_stop(), pytest.raises(KeyboardInterrupt):
            found = split()
            next(found)
            del found  # the generator closes as it is dropped
            time.sleep(2)
    finally:
        signal.signal(signal.SIGINT, before)
