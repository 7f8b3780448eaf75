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

import contextlib
import sys
from collections.abc import Iterator
from types import TracebackType

__all__ = ["PRELOAD", "quiet_late_starts", "start_fork_server"]

#: What the fork server imports before it forks any worker, in this order (:mod:`.calm` first: Ctrl-C ignored
#: through the imports).
PRELOAD = (f"{__package__}.calm", "distributed", f"{__package__}.warm")


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
    with _ignored_while_starting():  # the server and the resource tracker it starts begin with these ignored
        multiprocessing.forkserver.ensure_running()
    return True


@contextlib.contextmanager
def _ignored_while_starting() -> Iterator[None]:
    """SIGHUP and SIGINT ignored in the block, so the helper processes started in it begin with them ignored (a new
    interpreter keeps an ignored SIGINT ignored). SIGHUP: a closed terminal's reaches the whole process group, and the
    resource tracker, killed by it while the command stopped, was started again and printed a ``KeyError`` traceback
    for every semaphore the workers let go; the command stops on the hang-up (:class:`bilingual.cli._signals.HungUp`)
    and its helpers end with it. SIGINT: a Ctrl-C to the group while the fork server's interpreter was still starting,
    before :mod:`.calm` ignores it, printed "Fatal Python error: init_sys_streams" and a ``KeyboardInterrupt``
    traceback after the command's one line (twice in a fresh clone's slow tests); the server's workers get Python's
    handler back (:mod:`.warm`). A Ctrl-C in the block itself (the milliseconds of a spawn) is not seen."""
    import signal

    names = [name for name in ("SIGHUP", "SIGINT") if hasattr(signal, name)]
    previous = {name: signal.signal(getattr(signal, name), signal.SIG_IGN) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _command_gone(exc: BaseException, tb: TracebackType | None) -> bool:
    """Whether ``exc`` is the fork server (or a child it is starting) failing because the command that asked
    for a worker is exiting (Ctrl-C or SIGTERM in the run's first seconds, while the cluster starts): a
    child's process object holds a semaphore (a nanny's lock) the command already unlinked
    (``FileNotFoundError`` in ``SemLock.__setstate__``), or the command closed its request before sending
    its file descriptors (``EOFError`` in ``reduction.recvfds``, in the server's own loop). Either way
    nothing is left to do."""
    import multiprocessing.reduction
    import multiprocessing.synchronize
    import traceback

    if tb is None:
        return False
    last = traceback.extract_tb(tb)[-1]
    where = (last.filename, last.name)
    return (isinstance(exc, FileNotFoundError) and where == (multiprocessing.synchronize.__file__, "__setstate__")) or (
        isinstance(exc, EOFError) and where == (multiprocessing.reduction.__file__, "recvfds")
    )


def quiet_late_starts() -> None:
    """Make the fork server and its children end silently when the command has gone (:func:`_command_gone`).

    A child that fails before it runs anything reports through ``sys.excepthook`` (``multiprocessing``'s
    fork server calls it), which printed a ``SemLock._rebuild`` ``FileNotFoundError`` traceback per
    worker after the command's one line (1 interrupt in 3 at 1.4 s); the server's own loop, run by
    ``python -c``, printed an ``EOFError`` one. Every other failure is printed as before. Called in the
    fork server (:mod:`.warm`), so the server and its children have the hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not _command_gone(exc, tb):
            previous(kind, exc, tb)

    sys.excepthook = hook
