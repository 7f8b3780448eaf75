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

__all__ = ["PRELOAD", "start_fork_server"]

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
