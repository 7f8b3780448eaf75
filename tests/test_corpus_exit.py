"""Ctrl-C while ``bilingual`` exits (helper newuser9): about 1 Ctrl-C in 20 of ``bilingual corpus`` ended the process
by the signal (status -2) after its one line, when the SIGINT came during the interpreter's tear-down (Python has put
SIGINT's default disposition back by then). Each case is made certain here, not waited for: the command line runs
in a child whose tear-down (cyclic garbage freed by the last collection) or clean-up (an exit handler) is slow and
says so on fd 2, and the SIGINT is sent to the child's process group then, as a terminal sends Ctrl-C."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from exit_probe import EXPORTS, LIST, run_probe


def _run(tmp_path: Path, where: str, args: list[str], again: bool = False, cleanup_s: float = 30) -> tuple[int, str]:
    """Exit status and stderr of ``bilingual ARGS`` given a SIGINT once its exit has begun, and ``again`` until it ends."""
    return run_probe(tmp_path, where, args, signal.SIGINT, again, cleanup_s)


def test_ctrl_c_in_the_tear_down_leaves_the_status_as_it_is(tmp_path: Path) -> None:
    """A command done (status 0) and Ctrl-C as the interpreter tears down: 0, nothing more said (was -2)."""
    status, err = _run(tmp_path, "teardown", LIST)
    assert (status, err) == (0, "")


def test_one_ctrl_c_in_the_clean_up_lets_the_exit_finish(tmp_path: Path) -> None:
    """Ctrl-C in the exit handlers (Dask's clean-up): the clean-up finishes, status 0, nothing said (it printed
    'Exception ignored in atexit callback' with a KeyboardInterrupt traceback)."""
    assert _run(tmp_path, "cleanup", LIST, cleanup_s=0.5) == (0, "")


def test_ctrl_c_in_the_clean_up_is_no_traceback_and_a_second_ends_a_hung_exit(tmp_path: Path) -> None:
    """In the exit handlers (Dask's clean-up): one Ctrl-C changes nothing (it printed 'Exception ignored in atexit
    callback' with a KeyboardInterrupt traceback); two end an exit that hangs at once, 130 and one line."""
    args = LIST
    status, err = _run(tmp_path, "cleanup", args, again=True)
    assert (status, err) == (130, "bilingual: interrupted\n")


@pytest.mark.slow
def test_an_interrupted_corpus_run_exits_130_whenever_a_second_ctrl_c_comes(tmp_path: Path) -> None:
    """The corpus interrupted (its one line, 130), then Ctrl-C again in the tear-down: 130, the one line (was -2)."""
    args = ["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(tmp_path / "out"), "--no-mt", "--workers", "1"]
    status, err = _run(tmp_path, "stopped", args)
    assert status == 130, err
    assert err.splitlines()[-1] == "bilingual: interrupted: the shards done are kept; run the same command again to resume", err
    assert "Traceback" not in err


_FORK_SERVER_AT_ONCE = """
import multiprocessing.forkserver as fs
from bilingual.corpus.forking import start_fork_server
if start_fork_server():
    pid = fs._forkserver._forkserver_pid
    mask = next(int(line.split()[1], 16) for line in open(f"/proc/{pid}/status") if line.startswith("SigIgn"))
    print(bool(mask & (1 << (signal.SIGINT - 1))), flush=True)
    import os
    os.kill(pid, signal.SIGKILL)  # read: its preload (distributed, 2-3 s of imports) is not what is checked
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the fork server's signal mask in /proc")
def test_the_fork_server_ignores_ctrl_c_from_its_first_instruction(tmp_path: Path) -> None:
    """The fork server's interpreter begins with SIGINT ignored (it was not until its preload's first import, read at
    once after its start: a Ctrl-C then printed 'Fatal Python error: init_sys_streams' after the command's line).
    The output goes to files, not pipes: the helper processes inherit them, and a pipe's end came only when the last
    of them had gone (the fork server after its preload, the resource tracker after its start), seconds later."""
    import subprocess
    import sys

    out, err = tmp_path / "out", tmp_path / "err"
    with out.open("w") as stdout, err.open("w") as stderr:
        subprocess.run([sys.executable, "-c", "import signal\n" + _FORK_SERVER_AT_ONCE], stdout=stdout, stderr=stderr,
                       check=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    said = out.read_text()
    assert said.strip() in ("True", ""), (said, err.read_text())  # "": no fork server on this platform
