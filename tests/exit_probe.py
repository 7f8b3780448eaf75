"""A signal while ``bilingual`` exits, made certain (tests/test_corpus_exit.py for SIGINT, tests/test_cli_exit_sigterm.py
for SIGTERM): the command line runs in a child whose tear-down (cyclic garbage freed by the interpreter's last
collection, after Python has put the signals' default dispositions back) or clean-up (an exit handler, as Dask's) is slow
and says so on fd 2, and the signal is sent to the child's process group then, as a terminal or ``kill`` would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
LIST = ["thread", str(EXPORTS / "reddit_thread.json"), "--list"]

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
    if where == "stopped":  # the run is stopped by the signal first: the corpus says its one line
        from bilingual.corpus import runner

        def stopped(*args, **kwargs):
            os.kill(os.getpid(), int(os.environ["PROBE_SIGNAL"]))
            time.sleep(10)

        runner.run_corpus = stopped
    status = main()
    if where == "cleanup":
        atexit.register(slow_cleanup)  # after main's own: called before its last one
    else:
        slow = SlowTeardown()
        slow.me = slow
        del slow
    sys.exit(status)
'''


def as_from_a_terminal() -> None:
    """The child's SIGINT and SIGTERM at their defaults, as for a command typed at a terminal: a test run started in
    the background by a shell (``.ci/run &``, ``nohup``) has SIGINT ignored, which the child would inherit and keep
    (bilingual leaves an ignored SIGINT ignored), so no case here could happen."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _again(proc: subprocess.Popen[str], sig: signal.Signals) -> None:
    """``sig`` again every half second until the child ends (at most 30 s): two pending signals are one, and a
    loaded machine may take the first late, so one fixed wait before a second is not enough."""
    for _ in range(60):
        try:
            proc.wait(timeout=0.5)
            return
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return


def run_probe(tmp_path: Path, where: str, args: list[str], sig: signal.Signals, again: bool = False, cleanup_s: float = 30) -> tuple[int, str]:
    """Exit status and stderr of ``bilingual ARGS`` given ``sig`` once its exit has begun, and ``again`` until it ends
    (``where``: ``teardown``, ``cleanup``, or ``stopped``: the corpus run stopped by ``sig`` first, then ``sig`` in the
    tear-down)."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    env |= {"PROBE_CLEANUP_S": str(cleanup_s), "PROBE_SIGNAL": str(int(sig))}
    proc = subprocess.Popen([sys.executable, str(probe), where, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, env=env, cwd=tmp_path, preexec_fn=as_from_a_terminal)
    said = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line == "exiting\n":
                os.killpg(proc.pid, sig)
                if again:
                    _again(proc, sig)
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
