"""The report's per-part work (the page's folds and passage cards) on forked workers, streamed.

:func:`bilingual.parallel.fork_map` returns every result at once; the page's parts are rendered
markup, about eight times the compressed page, so :meth:`~bilingual.parallel.Workers.imap` gives them
back one at a time, in order, as the workers finish them, and the caller packs each and lets it go.
Workers read the state the parent left (the report, the thread view's plan) without copying or
pickling it; the pipeline's segmenter streams the same way.
"""

from __future__ import annotations

from ..parallel import Workers, can_fork

__all__ = ["BATCH_CHUNK", "CHUNK", "PARALLEL_FROM", "Workers", "forks"]

#: Threads of fewer comments than this are rendered in the calling process: workers would cost more than they save.
PARALLEL_FROM = 2000
#: Parts a worker takes at a time: a part is up to a fold of 250 comments or 100 passage cards, most
#: far fewer (a 100,000-comment thread has about 17,000 folds); at 4 a task, handing out the tasks
#: cost the parent more CPU than receiving the parts.
CHUNK = 16
#: Batches of passage cards a worker takes at a time: a batch is 100 cards and their records (about
#: 0.4 MB), so 16 a task held up to 25 MB of them in the parent at 100,000 comments.
BATCH_CHUNK = 2


def forks(comments: int, jobs: int) -> bool:
    """Whether a thread of ``comments`` comments is rendered by ``jobs`` forked workers."""
    return jobs > 1 and comments >= PARALLEL_FROM and can_fork()
