"""Find the commenters' own translations of the Arabic passages in a thread.

:func:`find_pairs` is the pipeline's pairing stage (it takes the passages, their clauses and
their machine translations as the earlier stages produced them); :func:`pairs` runs those
stages itself for a thread alone. Both return one :class:`Pair` per passage, in thread order.
"""

from __future__ import annotations

from .copies import copies
from .cues import is_request
from .find import find_pairs, pairs
from .model import THRESHOLD, Alignment, Pair, Translator

__all__ = ["THRESHOLD", "Alignment", "Pair", "Translator", "copies", "find_pairs", "is_request", "pairs"]
