"""The report's per-part work (the page's folds and passage cards) on forked workers, streamed.

:func:`bilingual.parallel.fork_map` returns every result at once; the page's parts are rendered
markup, about eight times the compressed page, so :meth:`~bilingual.parallel.Workers.imap` gives them
back one at a time, in order, as the workers finish them, and the caller packs each and lets it go.
Workers read the state the parent left (the report, the thread view's plan) without copying or
pickling it; the pipeline's segmenter streams the same way.
"""

from __future__ import annotations

from ..parallel import Workers, can_fork

__all__ = ["PARALLEL_FROM", "Workers", "forks"]

#: Threads of fewer comments than this are rendered in the calling process: workers would cost more than they save.
PARALLEL_FROM = 2000


def forks(comments: int, jobs: int) -> bool:
    """Whether a thread of ``comments`` comments is rendered by ``jobs`` forked workers."""
    return jobs > 1 and comments >= PARALLEL_FROM and can_fork()
