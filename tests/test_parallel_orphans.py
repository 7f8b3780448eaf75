"""Forked workers do not outlive a parent that is killed while they work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

# The parent starts a map whose worker chunks each send back megabytes (more than a pipe holds), prints
# its worker's pid, and is killed with SIGKILL before it reads anything: the worker, blocked in its send,
# must see the pipe close and exit.
_PARENT = textwrap.dedent("""
    import os, signal, sys
    from bilingual.parallel import CHUNK, Forked

    def big(state, i):
        return b"x" * (1 << 20)

    with Forked(None, 8 * CHUNK, 2) as forked:
        forked.start(big, 8 * CHUNK)
        print(" ".join(str(process.pid) for process, _ in forked.links), flush=True)
        sys.stdin.readline()
        os.kill(os.getpid(), signal.SIGKILL)
""")


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, exited but not yet reaped by its new parent, does not count)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.slow  # (a whole process or set: the slow run keeps it)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_parents_forked_worker_exits() -> None:
    """A `kill` of `bilingual report` during pairing left a worker blocked for ever on a pipe it held both ends of."""
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None and parent.stdin is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert pids
    time.sleep(0.5)  # the worker's first chunk done, its send blocked on the full pipe
    parent.stdin.write("\n")
    parent.stdin.flush()
    assert parent.wait(timeout=30) == -signal.SIGKILL
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, f"forked workers {left} outlived their killed parent"
