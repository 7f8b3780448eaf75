"""The embedded cluster's fork server, started first thing by ``bilingual corpus``.

The worker processes of the embedded cluster are forked from a fork server (``multiprocessing``'s
``forkserver`` start method) that has imported Dask and :mod:`.warm` (the pipeline's imports and a
small thread run through it) once, so every worker starts warm. No worker can start before that
server has done its imports and warm-up (1.5-2 s of one core): it is the start-up's longest step. So
the command starts it before it imports anything heavy itself (Dask: 0.3-0.9 s), and the two
processes do their imports side by side on two cores.

This module imports neither Dask nor the pipeline: the server does.
"""

from __future__ import annotations

import sys
from types import TracebackType

__all__ = ["PRELOAD", "quiet_late_starts", "start_fork_server"]

#: What the fork server imports before it forks any worker, in this order.
PRELOAD = ("distributed", f"{__package__}.warm")


def start_fork_server() -> bool:
    """Start the fork server with :data:`PRELOAD` unless it runs already; whether the platform has one
    (else the workers are spawned, each doing its own imports).

    Its preload list holds only from its start: call this before anything else starts it.
    """
    import multiprocessing
    import multiprocessing.forkserver

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    multiprocessing.forkserver.set_forkserver_preload(list(PRELOAD))
    multiprocessing.forkserver.ensure_running()
    return True


def _semaphore_gone(exc: BaseException, tb: TracebackType | None) -> bool:
    """Whether ``exc`` is a worker's start failing because a semaphore of its process object (a nanny's
    lock) was unlinked by the process that asked for it: that process is exiting (Ctrl-C or SIGTERM in
    the run's first seconds, while the cluster starts), and the worker has nothing left to do."""
    import multiprocessing.synchronize
    import traceback

    if not isinstance(exc, FileNotFoundError) or tb is None:
        return False
    last = traceback.extract_tb(tb)[-1]
    return last.name == "__setstate__" and last.filename == multiprocessing.synchronize.__file__


def quiet_late_starts() -> None:
    """Make the fork server's children end silently when they start after the command has gone.

    A child that fails before it runs anything reports through ``sys.excepthook`` (``multiprocessing``'s
    fork server calls it), which printed a ``SemLock._rebuild`` ``FileNotFoundError`` traceback per
    worker after the command's one line (1 interrupt in 3 at 1.4 s). Every other failure is printed
    as before. Called in the fork server (:mod:`.warm`), so its children inherit the hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not _semaphore_gone(exc, tb):
            previous(kind, exc, tb)

    sys.excepthook = hook
