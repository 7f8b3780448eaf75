"""The cyclic garbage collector tuned for a run of the pipeline: a block with fewer collections.

The stages allocate millions of small objects that live until the end (spans, layers, prepared
sides, pieces of the page), nearly all without cycles; at Python's default threshold the collector
walked the growing heap about 800 times on a 10,000-comment thread, 7-10 % of the report's CPU
time. A light module: the command line enters the block before it imports any stage.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: Allocations between two young-generation collections while the pipeline runs (Python's default: 700).
GC_YOUNG_THRESHOLD = 50_000


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
