"""SIGTERM while ``bilingual`` exits (helper newuser10), as Ctrl-C's case (tests/test_corpus_exit.py, 9e5d652): the
commands that catch SIGTERM put its default disposition back when their work ends, so a ``kill`` during the exit
handlers or the interpreter's tear-down ended a finished command by the signal (status -15, 143 in a shell), its own
status lost. Each case is made certain: the command line runs in a child whose clean-up (an exit handler) or tear-down
(cyclic garbage freed by the last collection) is slow and says so on fd 2, and SIGTERM is sent to the child then."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"

PROBE = '''
import atexit, os, signal, sys, time

class SlowTeardown:
    """Cyclic garbage made after the command: freed by the interpreter's last collection."""
    def __del__(self):
        os.write(2, b"exiting\\n")
        time.sleep(0.5)

def slow_cleanup():
    os.write(2, b"exiting\\n")
    time.sleep(float(os.environ["PROBE_CLEANUP_S"]))

if __name__ == "__main__":
    from bilingual.cli import main
    where = sys.argv.pop(1)
    if where == "terminated":  # the run is stopped by SIGTERM first: the corpus says its one line, status 143
        from bilingual.corpus import runner

        def terminated(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(10)

        runner.run_corpus = terminated
    status = main()
    if where == "cleanup":
        atexit.register(slow_cleanup)  # after main's own: called before its last one
    else:
        slow = SlowTeardown()
        slow.me = slow
        del slow
    sys.exit(status)
'''

_LIST = ["thread", str(EXPORTS / "reddit_thread.json"), "--list"]


def _run(tmp_path: Path, where: str, args: list[str], signals: int = 1, cleanup_s: float = 30) -> tuple[int, str]:
    """Exit status and stderr of ``bilingual ARGS`` given ``signals`` SIGTERMs once its exit has begun."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"} | {"PROBE_CLEANUP_S": str(cleanup_s)}
    proc = subprocess.Popen([sys.executable, str(probe), where, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, env=env, cwd=tmp_path)
    said = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line == "exiting\n":
                for n in range(signals):
                    if n:
                        import time

                        time.sleep(0.5)  # two pending signals are one: the second is sent once the first is taken
                    os.killpg(proc.pid, signal.SIGTERM)
                break
            said.append(line)
        said.append(proc.stderr.read())
        proc.wait(timeout=60)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return proc.returncode, "".join(said)


def test_sigterm_in_the_tear_down_leaves_the_status_as_it_is(tmp_path: Path) -> None:
    """A command done (status 0) and SIGTERM as the interpreter tears down: 0, nothing said (was -15)."""
    assert _run(tmp_path, "teardown", _LIST) == (0, "")


def test_one_sigterm_in_the_clean_up_lets_the_exit_finish(tmp_path: Path) -> None:
    """SIGTERM in the exit handlers (Dask's clean-up): the clean-up finishes, status 0 (was -15 at once)."""
    assert _run(tmp_path, "cleanup", _LIST, cleanup_s=0.5) == (0, "")


def test_a_second_sigterm_ends_a_hung_exit_with_143(tmp_path: Path) -> None:
    """Two SIGTERMs end an exit that hangs at once: 143 and one line (was -15 at the first)."""
    assert _run(tmp_path, "cleanup", _LIST, signals=2) == (143, "bilingual: terminated (SIGTERM)\n")


@pytest.mark.slow
def test_a_terminated_corpus_run_exits_143_whenever_a_second_sigterm_comes(tmp_path: Path) -> None:
    """The corpus stopped by SIGTERM (its one line, 143), then SIGTERM again in the tear-down: 143, the one line
    (was -15)."""
    args = ["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(tmp_path / "out"), "--no-mt", "--workers", "1"]
    status, err = _run(tmp_path, "terminated", args)
    assert status == 143, err
    assert err.splitlines()[-1] == "bilingual: terminated (SIGTERM): the shards done are kept; run the same command again to resume"
    assert "Traceback" not in err
