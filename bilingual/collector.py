"""Memory management tuned for a run of the pipeline: a block with fewer cyclic collections, and
glibc's allocator told to keep less.

The stages allocate millions of small objects that live until the end (spans, layers, prepared
sides, pieces of the page), nearly all without cycles; at Python's default threshold the collector
walked the growing heap about 800 times on a 10,000-comment thread, 7-10 % of the report's CPU
time. A light module: the command line enters the block before it imports any stage.

Memory the process frees goes back to glibc's ``malloc``, which keeps much of it: what lies between
blocks still in use, and a heap of its own ("arena") for each thread that allocated. On a
100,000-comment thread, pairing's working memory left about 28 MB of RSS free inside ``malloc``
after it returned, and the results a pool's thread unpickles for the parent another arena.
:func:`release_freed` hands such memory back, :func:`one_malloc_arena` keeps every thread on one
heap, :func:`large_blocks_mapped` keeps large blocks out of it; they do nothing where the C library
is not glibc.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

_T = TypeVar("_T")

#: Allocations between two young-generation collections while the pipeline runs (Python's default: 700).
GC_YOUNG_THRESHOLD = 50_000

#: glibc's ``mallopt`` parameter for the most arenas (heaps) threads may use (``malloc.h``).
M_ARENA_MAX = -8
#: glibc's ``mallopt`` parameter for the size from which a block is mapped on its own (``malloc.h``).
M_MMAP_THRESHOLD = -3
#: Blocks this large or larger are mapped on their own (glibc's starting threshold, kept from rising).
MMAP_THRESHOLD = 128 * 1024
#: glibc's ``mallopt`` parameter for how much free memory at the top of the heap is kept (``malloc.h``).
M_TRIM_THRESHOLD = -1
#: glibc's starting trim threshold, which a fixed mmap threshold keeps from rising.
TRIM_THRESHOLD = 128 * 1024
#: While a model translates, blocks up to this size come from the heap and this much free memory stays at its top. At
#: 4 MiB a 10,000-comment report with the test model took 28 s of CPU instead of 37 for 11 MiB more at its peak; glibc's
#: own ceiling, 32 MiB, saved 3 s more for 25-48 MiB more (docs/BENCHMARKS.md, round 39's section).
MODEL_BLOCKS = 4 * 1024 * 1024
#: Whether :func:`large_blocks_mapped` fixed the threshold in this process.
_MAPPED = [False]


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """Run a block with the collector's first threshold raised to :data:`GC_YOUNG_THRESHOLD`, then
    restore it (blocks nest)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


#: :func:`frozen_heap` blocks open (the outermost unfreezes).
_FROZEN = [0]


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Run a block with every object alive at its start moved to the collector's permanent
    generation (``gc.freeze``), and moved back to the oldest (``gc.unfreeze``) when the outermost
    such block ends; a block inside another freezes what was made since. The stages' data (the
    thread, its docs and layers, then the pairs) live to the end, and a collection walked all of it
    for nothing: at 100,000 comments a middle collection of 0.21 s while pairing indexes the thread,
    then one of 0.12 s while the page is planned, both alone in the parent with any number of jobs.
    A cycle already garbage when it is frozen is freed after the outermost block, not in it. Nothing
    is done where the collector is off or the caller has frozen objects of its own (they stay frozen)."""
    if not gc.isenabled() or (gc.get_freeze_count() and not _FROZEN[0]):
        yield
        return
    gc.freeze()
    _FROZEN[0] += 1
    try:
        yield
    finally:
        _FROZEN[0] -= 1
        if not _FROZEN[0]:
            gc.unfreeze()


#: The ``cache_clear`` of each table loader marked :func:`reloadable`, in the order the modules defined them.
_RELOADABLE: list[Callable[[], None]] = []


def reloadable(loader: Callable[[], _T]) -> _lru_cache_wrapper[_T]:
    """A loader of a table read whole (a lexicon, a word list), cached once and let go by :func:`forget_tables`:
    the modules that own such tables say so where they define them, and a big report's caller lets them all go
    once pairing is done without naming any."""
    cached = lru_cache(maxsize=1)(loader)
    _RELOADABLE.append(cached.cache_clear)
    return cached


def forget_tables() -> None:
    """Let go every table loaded by a :func:`reloadable` loader; the next reader loads it again, the same."""
    for clear in _RELOADABLE:
        clear()


@lru_cache(maxsize=1)
def _glibc() -> Any:
    """The C library loaded with ctypes where it is glibc (it has ``malloc_trim`` and ``mallopt``), else None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    except (OSError, AttributeError):  # musl and other C libraries: neither function
        return None
    return libc


def release_freed() -> None:
    """Give the memory ``malloc`` holds free back to the system (glibc's ``malloc_trim(0)``: the
    free pages anywhere in its heaps, not only at their top). Worth its few milliseconds after a
    stage that freed much; it changes nothing the process holds."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def one_malloc_arena() -> None:
    """Have every thread of this process (and of the workers it forks) allocate from one heap, as
    ``MALLOC_ARENA_MAX=1`` would: a pool's result thread unpickles the workers' results into a heap of its own
    otherwise, which keeps what the parent freed of them. Call it before any thread starts; a
    ``MALLOC_ARENA_MAX`` set in the environment is left to rule."""
    libc = _glibc()
    if libc is not None and "MALLOC_ARENA_MAX" not in os.environ:
        libc.mallopt(M_ARENA_MAX, 1)


def large_blocks_mapped() -> None:
    """Have every block of :data:`MMAP_THRESHOLD` bytes or more mapped on its own and unmapped when
    freed, as ``MALLOC_MMAP_THRESHOLD_=131072`` would. glibc starts so, but once such a block is freed
    it raises the threshold to that block's size (up to 32 MB), and later large blocks (a page's markup
    and blobs, the parts its workers send back, pairing's big lists) come from the heap, where what is
    freed below a block still in use stays in the RSS: with two jobs, the page of a 100,000-comment
    thread took the parent 14 MB higher. A ``MALLOC_MMAP_THRESHOLD_`` set in the environment is left to rule."""
    libc = _glibc()
    if libc is not None and "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        _MAPPED[0] = True


@contextlib.contextmanager
def model_blocks_from_heap() -> Iterator[None]:
    """Run a block (a model translating) with large blocks taken from the heap and kept there once freed, then
    map them on their own again and hand the freed memory back. A model allocates and frees its large tensors
    for every batch: each one mapped anew cost a page fault per page, a third of the CPU of seed 000's report
    with the test model. Does nothing unless :func:`large_blocks_mapped` fixed the threshold in this process."""
    libc = _glibc()
    if libc is None or not _MAPPED[0]:
        yield
        return
    libc.mallopt(M_MMAP_THRESHOLD, MODEL_BLOCKS)
    libc.mallopt(M_TRIM_THRESHOLD, MODEL_BLOCKS)
    try:
        yield
    finally:
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
        libc.malloc_trim(0)
