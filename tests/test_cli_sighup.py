"""SIGHUP (the terminal closed, an ssh session lost) stops a command as SIGTERM does: its clean-up done, one line,
status 129. Left to its default disposition it ended ``report`` without a word and left the output's
``.partial`` file beside it (reproduced: ``kill -HUP`` 18 s into a report of 20,000 comments)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilingual.cli._signals import HungUp, Terminated, stop_said


def _hangups_default() -> None:
    """In the child: SIGHUP as a terminal's job has it (the default), whatever this run's parent does with it (CI under
    ``nohup`` ignores it, and an ignored SIGHUP is left ignored by the command, as ``nohup`` asks)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _caught(pid: int, signum: int) -> bool:
    """Whether process ``pid`` has a handler for ``signum`` (its SigCgt mask in /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


def test_sighup_stops_a_command_with_its_line_and_129(tmp_path: Path) -> None:
    """The command is stopped while it reads a stdin that never ends: one line, 129 (was -1 and no word)."""
    proc = subprocess.Popen([sys.executable, "-m", "bilingual", "segment", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, preexec_fn=_hangups_default)
    deadline = time.monotonic() + 20
    while not _caught(proc.pid, signal.SIGHUP) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.2)
    proc.send_signal(signal.SIGHUP)
    _, err = proc.communicate(timeout=20)
    assert (proc.returncode, err.decode()) == (129, "bilingual: hung up (SIGHUP)\n")


@pytest.mark.slow  # (a whole process or set: the slow run keeps it)
def test_a_report_hung_up_while_it_writes_leaves_no_partial_file(tmp_path: Path) -> None:
    """The page's temporary file is removed as on SIGTERM: the hang-up is sent as soon as the temporary file
    appears beside the output (3,000 comments: a few tenths of a second of writing). The comments are Arabic alone:
    with an English line each, pairing them took 7 s of the test's 8 before the page was begun."""
    thread = tmp_path / "t.jsonl"
    thread.write_text("".join(f'{{"id": "{k}", "parent": null, "author": "a{k % 7}", "text": "اللهم احفظ مصر {k}"}}\n'
                              for k in range(3000)), encoding="utf-8")
    out = tmp_path / "out" / "page.html"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "bilingual", "report", str(thread), "--no-mt", "--jobs", "1", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path, preexec_fn=_hangups_default)
    deadline = time.monotonic() + 60
    while not list(out.parent.iterdir()) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    proc.send_signal(signal.SIGHUP)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:  # finished before the signal came: nothing to check on this machine
        assert [p.name for p in out.parent.iterdir()] == ["page.html"]
        return
    assert (proc.returncode, err.decode()) == (129, "bilingual: hung up (SIGHUP)\n")
    assert list(out.parent.iterdir()) == []


def test_under_nohup_a_hang_up_is_left_ignored(tmp_path: Path) -> None:
    """A command started with SIGHUP ignored (``nohup``) goes on after one: it ends when its input does, status 0."""
    proc = subprocess.Popen([sys.executable, "-m", "bilingual", "segment", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=tmp_path, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    deadline = time.monotonic() + 20
    while not _caught(proc.pid, signal.SIGTERM) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # the command's handlers are set: SIGHUP would have one by now, were it not ignored
    assert not _caught(proc.pid, signal.SIGHUP)
    proc.send_signal(signal.SIGHUP)
    time.sleep(0.3)
    assert proc.poll() is None
    out, _ = proc.communicate("اللهم احفظ مصر\n".encode(), timeout=20)
    assert proc.returncode == 0 and "اللهم احفظ مصر" in out.decode()


def test_what_each_stop_says() -> None:
    assert stop_said(HungUp) == ("hung up (SIGHUP)", 129)
    assert stop_said(Terminated) == ("terminated (SIGTERM)", 143)
    assert stop_said(KeyboardInterrupt) == ("interrupted", 130)


@pytest.mark.slow
def test_a_corpus_run_hung_up_with_its_workers_says_one_line(tmp_path: Path) -> None:
    """A closed terminal's SIGHUP reaches the whole process group: the command's one line and 129, no traceback
    (the resource tracker, killed by it, was started again and printed a KeyError traceback per semaphore), and
    no process of the run left once it has ended."""
    thread = tmp_path / "t.jsonl"
    thread.write_text("".join(f'{{"id": "{k}", "parent": null, "author": "a{k % 7}", "text": "اللهم احفظ مصر {k}\\nGod protect Egypt {k}"}}\n'
                              for k in range(20000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "bilingual", "corpus", str(thread), "-o", str(tmp_path / "out"), "--no-mt", "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path, start_new_session=True,
                            preexec_fn=_hangups_default)
    time.sleep(6)
    os.killpg(proc.pid, signal.SIGHUP)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the run ended before the hang-up")
    said = err.decode()
    assert proc.returncode == 129, said
    assert said.splitlines()[-1] == "bilingual: hung up (SIGHUP): the shards done are kept; run the same command again to resume"
    assert "Traceback" not in said and "UserWarning" not in said
    deadline = time.monotonic() + 10
    while subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True).returncode == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True).returncode == 1
