"""The report's per-part work (the page's folds and passage cards) on forked workers, streamed.

:func:`bilingual.parallel.fork_map` returns every result at once; the page's parts are rendered
markup, about eight times the compressed page, so they come back here one at a time, in order,
as the workers finish them, and the caller packs each and lets it go. Workers read the state the
parent left (the report, the thread view's plan) without copying or pickling it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ..parallel import _quiet_worker, can_fork

R = TypeVar("R")

#: Threads of fewer comments than this are rendered in the calling process: workers would cost more than they save.
PARALLEL_FROM = 2000
#: Parts a worker takes at a time: a part is up to a fold of 250 comments or 100 passage cards.
CHUNK = 4

# The state the forked workers read: set by fork_imap in the parent just before the pool forks.
_STATE: Any = None
_FUNCTION: Any = None


def forks(comments: int, jobs: int) -> bool:
    """Whether a thread of ``comments`` comments is rendered by ``jobs`` forked workers."""
    return jobs > 1 and comments >= PARALLEL_FROM and can_fork()


def fork_imap(function: Callable[[Any, int], R], state: Any, count: int, jobs: int) -> Iterator[R]:
    """``function(state, i) for i in range(count)``, in order, computed by ``jobs`` forked workers
    (each reading ``state`` as the parent left it) and yielded as they come back. ``function`` must
    be a module-level function; its results are pickled."""
    global _STATE, _FUNCTION
    _STATE, _FUNCTION = state, function
    try:
        chunks = [range(start, min(start + CHUNK, count)) for start in range(0, count, CHUNK)]
        with multiprocessing.get_context("fork").Pool(max(1, min(jobs, len(chunks))), initializer=_quiet_worker) as pool:
            for chunk in pool.imap(_run_chunk, chunks, chunksize=1):
                yield from chunk
    finally:
        _STATE = _FUNCTION = None


def _run_chunk(items: range) -> list[Any]:
    """In a worker: the function over a chunk of items, on the state inherited from the parent."""
    return [_FUNCTION(_STATE, i) for i in items]
