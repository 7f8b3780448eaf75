"""Find the commenters' own translations of the Arabic passages in a thread.

:func:`find_pairs` is the pipeline's pairing stage (it takes the passages, their clauses and
their machine translations as the earlier stages produced them); :func:`pairs` runs those
stages itself for a thread alone. Both return one :class:`Pair` per passage, in thread order.
"""

from __future__ import annotations

import sys

from .copies import copies
from .cues import is_request
from .find import find_pairs, pairs
from .model import THRESHOLD, Alignment, Pair, Translator

__all__ = ["THRESHOLD", "Alignment", "Pair", "Translator", "copies", "find_pairs", "forget_texts", "is_request", "pairs"]


def forget_texts() -> int:
    """Let go what pairing and the aligner remember of the texts they have seen (each ``lru_cache`` of
    more than one entry in their modules: words' stems and senses, names, prepared sides, cues), for
    a caller done pairing that goes on to other work: the next pairing makes them again (the same
    pairs, the same speed after the first few passages). Tables loaded once (the lexicon, the names)
    are kept. Returns the entries let go. At 100,000 comments of distinct sentences they held about
    30 MB through the report's page, which they did not serve."""
    dropped = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("bilingual.pairing.", "bilingual.align.")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or not callable(getattr(value, "cache_clear", None)) or getattr(value, "__module__", None) != name:
                continue
            found = info()
            if found.maxsize is None or found.maxsize > 1:
                dropped += found.currsize
                value.cache_clear()
    from ..align.names import _SKELETON_SETS

    _SKELETON_SETS.clear()  # the sets the skeletons' cache shared
    return dropped
