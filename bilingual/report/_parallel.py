"""The report's per-part work (the page's folds and passage cards) on forked workers, streamed.

:func:`bilingual.parallel.fork_map` returns every result at once; the page's parts are rendered
markup, about eight times the compressed page, so :meth:`Workers.imap` gives them back one at a
time, in order, as the workers finish them, and the caller packs each and lets it go. Workers read
the state the parent left (the report, the thread view's plan) without copying or pickling it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, TypeVar

from ..parallel import _quiet_worker, can_fork

R = TypeVar("R")

#: Threads of fewer comments than this are rendered in the calling process: workers would cost more than they save.
PARALLEL_FROM = 2000
#: Parts a worker takes at a time: a part is up to a fold of 250 comments or 100 passage cards.
CHUNK = 4

# The state the forked workers read: set by Workers in the parent just before the pool forks.
_STATE: Any = None


def forks(comments: int, jobs: int) -> bool:
    """Whether a thread of ``comments`` comments is rendered by ``jobs`` forked workers."""
    return jobs > 1 and comments >= PARALLEL_FROM and can_fork()


class Workers:
    """``jobs`` forked processes that read ``state`` as the parent left it (``with Workers(...)``)."""

    def __init__(self, state: Any, jobs: int) -> None:
        self.state, self.jobs = state, jobs
        self.pool: Any = None

    def __enter__(self) -> "Workers":
        global _STATE
        _STATE = self.state
        try:
            self.pool = multiprocessing.get_context("fork").Pool(self.jobs, initializer=_quiet_worker)
        except BaseException:
            _STATE = None
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        global _STATE
        _STATE = None
        if kind is None:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()

    def imap(self, function: Callable[[Any, int], R], count: int) -> Iterator[R]:
        """``function(state, i) for i in range(count)``, in order, yielded as they come back.
        ``function`` must be a module-level function; its results are pickled."""
        chunks = [(function, range(start, min(start + CHUNK, count))) for start in range(0, count, CHUNK)]
        for done in self.pool.imap(_run_chunk, chunks, chunksize=1):
            yield from done


def _run_chunk(task: tuple[Callable[[Any, int], Any], range]) -> list[Any]:
    """In a worker: a function over a chunk of items, on the state inherited from the parent."""
    function, items = task
    return [function(_STATE, i) for i in items]
