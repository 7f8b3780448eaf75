"""The report's per-part work (the page's folds) on forked workers, streamed.

:func:`bilingual.parallel.fork_map` returns every result at once; the page's parts are rendered
markup, about eight times the compressed page, so :meth:`~bilingual.parallel.Workers.imap` gives them
back one at a time, in order, as the workers finish them, and the caller packs each and lets it go.
Workers read the state the process that forked them left (the thread view's plan, made from the pipeline's
result in a process the command forks before the report is built, :class:`~bilingual.parallel.Producer`)
without copying or pickling it; the command's process builds the report and renders the passage cards
meanwhile (they need the built report). The pipeline's segmenter streams the same way.
"""

from __future__ import annotations

from ..collector import M_MMAP_THRESHOLD, M_TRIM_THRESHOLD, _glibc
from ..parallel import Producer, Workers, can_fork

__all__ = ["PARALLEL_FROM", "Producer", "Workers", "forks", "heap_kept"]

#: Threads of fewer comments than this are rendered in the calling process: workers would cost more than they save.
PARALLEL_FROM = 2000

#: In a page's worker, blocks below this size come from ``malloc``'s heap, and this much free memory at
#: its top is kept for the next ones.
WORKER_HEAP_KEEPS = 4 << 20


def heap_kept() -> None:
    """In a page's worker: large blocks (a fold's markup and JSON, a blob's compressed bytes and base64)
    from the heap, reused, where the command maps each of 128 KB or more on its own
    (:func:`bilingual.collector.large_blocks_mapped`, for the parent's RSS): mapped, each new block's
    pages are faulted in again (about 3 us each here, with the mapping and unmapping). At 100,000 comments the page's two workers
    faulted 106,000-145,000 pages with blocks mapped, 66,000-70,000 with them kept, and spent 1.03x
    less CPU. A worker's RSS grows by what its heap keeps (a few MB), below the parent's peak."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, WORKER_HEAP_KEEPS)
        libc.mallopt(M_TRIM_THRESHOLD, WORKER_HEAP_KEEPS)


def forks(comments: int, jobs: int) -> bool:
    """Whether a thread of ``comments`` comments is rendered by ``jobs`` forked workers."""
    return jobs > 1 and comments >= PARALLEL_FROM and can_fork()
