"""Ctrl-C while ``bilingual`` exits (helper newuser9): about 1 Ctrl-C in 20 of ``bilingual corpus`` ended the process
by the signal (status -2) after its one line, when the SIGINT came during the interpreter's tear-down (Python has put
SIGINT's default disposition back by then). Each case is made certain here, not waited for: the command line runs
in a child whose tear-down (cyclic garbage freed by the last collection) or clean-up (an exit handler) is slow and
says so on fd 2, and the SIGINT is sent to the child's process group then, as a terminal sends Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"

PROBE = '''
import atexit, os, sys, time

class SlowTeardown:
    """Cyclic garbage made after the command: freed by the interpreter's last collection, after Python has put
    SIGINT's default disposition back."""
    def __del__(self):
        os.write(2, b"exiting\\n")
        time.sleep(1)

def slow_cleanup():
    os.write(2, b"exiting\\n")
    time.sleep(30)

if __name__ == "__main__":
    from bilingual.cli import main
    where = sys.argv.pop(1)
    if where == "interrupted":  # the run is interrupted first: the corpus says its one line, status 130
        from bilingual.corpus import runner

        def interrupted(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(10)

        import signal
        runner.run_corpus = interrupted
    status = main()
    if where == "cleanup":
        atexit.register(slow_cleanup)  # after main's own: called before its last one
    else:
        slow = SlowTeardown()
        slow.me = slow
        del slow
    sys.exit(status)
'''


def _run(tmp_path: Path, where: str, args: list[str], signals: int = 1) -> tuple[int, str]:
    """Exit status and stderr of ``bilingual ARGS`` given ``signals`` SIGINTs once its exit has begun."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    proc = subprocess.Popen([sys.executable, str(probe), where, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, env=env, cwd=tmp_path)
    said = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line == "exiting\n":
                for n in range(signals):
                    if n:
                        time.sleep(0.5)  # two pending SIGINTs are one: the second is sent once the first is taken
                    os.killpg(proc.pid, signal.SIGINT)
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


def test_ctrl_c_in_the_tear_down_leaves_the_status_as_it_is(tmp_path: Path) -> None:
    """A command done (status 0) and Ctrl-C as the interpreter tears down: 0, nothing more said (was -2)."""
    status, err = _run(tmp_path, "teardown", ["thread", str(EXPORTS / "reddit_thread.json"), "--list"])
    assert (status, err) == (0, "")


def test_ctrl_c_in_the_clean_up_is_no_traceback_and_a_second_ends_a_hung_exit(tmp_path: Path) -> None:
    """In the exit handlers (Dask's clean-up): one Ctrl-C changes nothing (it printed 'Exception ignored in atexit
    callback' with a KeyboardInterrupt traceback); two end an exit that hangs at once, 130 and one line."""
    args = ["thread", str(EXPORTS / "reddit_thread.json"), "--list"]
    status, err = _run(tmp_path, "cleanup", args, signals=2)
    assert (status, err) == (130, "bilingual: interrupted\n")


@pytest.mark.slow
def test_an_interrupted_corpus_run_exits_130_whenever_a_second_ctrl_c_comes(tmp_path: Path) -> None:
    """The corpus interrupted (its one line, 130), then Ctrl-C again in the tear-down: 130, the one line (was -2)."""
    args = ["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(tmp_path / "out"), "--no-mt", "--workers", "1"]
    status, err = _run(tmp_path, "interrupted", args)
    assert status == 130, err
    assert err.splitlines()[-1] == "bilingual: interrupted: the shards done are kept; run the same command again to resume"
    assert "Traceback" not in err
