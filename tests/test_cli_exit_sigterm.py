"""SIGTERM while ``bilingual`` exits (helper newuser10), as Ctrl-C's case (tests/test_corpus_exit.py, 9e5d652): the
commands that catch SIGTERM put its default disposition back when their work ends, so a ``kill`` during the exit
handlers or the interpreter's tear-down ended a finished command by the signal (status -15, 143 in a shell), its own
status lost. Each case is made certain: the command line runs in a child whose clean-up (an exit handler) or tear-down
(cyclic garbage freed by the last collection) is slow and says so on fd 2, and SIGTERM is sent to the child then."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from exit_probe import EXPORTS, LIST, run_probe


def _run(tmp_path: Path, where: str, args: list[str], again: bool = False, cleanup_s: float = 30) -> tuple[int, str]:
    """Exit status and stderr of ``bilingual ARGS`` given a SIGTERM once its exit has begun, and ``again`` until it ends."""
    return run_probe(tmp_path, where, args, signal.SIGTERM, again, cleanup_s)


def test_sigterm_in_the_tear_down_leaves_the_status_as_it_is(tmp_path: Path) -> None:
    """A command done (status 0) and SIGTERM as the interpreter tears down: 0, nothing said (was -15)."""
    assert _run(tmp_path, "teardown", LIST) == (0, "")


def test_one_sigterm_in_the_clean_up_lets_the_exit_finish(tmp_path: Path) -> None:
    """SIGTERM in the exit handlers (Dask's clean-up): the clean-up finishes, status 0 (was -15 at once)."""
    assert _run(tmp_path, "cleanup", LIST, cleanup_s=0.5) == (0, "")


def test_a_second_sigterm_ends_a_hung_exit_with_143(tmp_path: Path) -> None:
    """Two SIGTERMs end an exit that hangs at once: 143 and one line (was -15 at the first)."""
    assert _run(tmp_path, "cleanup", LIST, again=True) == (143, "bilingual: terminated (SIGTERM)\n")


@pytest.mark.slow
def test_a_terminated_corpus_run_exits_143_whenever_a_second_sigterm_comes(tmp_path: Path) -> None:
    """The corpus stopped by SIGTERM (its one line, 143), then SIGTERM again in the tear-down: 143, the one line
    (was -15)."""
    args = ["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(tmp_path / "out"), "--no-mt", "--workers", "1"]
    status, err = _run(tmp_path, "stopped", args)
    assert status == 143, err
    assert err.splitlines()[-1] == "bilingual: terminated (SIGTERM): the shards done are kept; run the same command again to resume"
    assert "Traceback" not in err
