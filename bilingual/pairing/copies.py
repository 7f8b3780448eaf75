"""Copies of the same Arabic in a thread: reposts, quotes and parts of a longer passage."""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence

import regex

__all__ = ["MAX_RELATED", "copies"]

MAX_RELATED = 200  # copies of a passage kept (nearest in reading order): spam repeated 10,000 times stays linear
_SHINGLE = 4  # character n-grams for finding copies of the same Arabic
_COPY_OVERLAP = 0.8  # share of the smaller passage's n-grams found in the other
_MIN_COPY_SHINGLES = 8  # below this, copies must be near-identical both ways
_KEY_DROP = regex.compile(r"[^\p{L}\p{N}]|\u0640")


def _shingles(text: str) -> frozenset[str]:
    """Character n-grams of the letters and digits of ``text`` (spaces, marks, punctuation dropped)."""
    key = _KEY_DROP.sub("", text)
    if len(key) <= _SHINGLE:
        return frozenset([key]) if key else frozenset()
    return frozenset(key[k : k + _SHINGLE] for k in range(len(key) - _SHINGLE + 1))


def _is_copy(a: frozenset[str], b: frozenset[str]) -> bool:
    """One passage repeats (most of) the other: overlap of the smaller, or near-identity for short ones."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    common = len(small & large)
    if len(small) >= _MIN_COPY_SHINGLES:
        return common >= _COPY_OVERLAP * len(small)
    return common >= _COPY_OVERLAP * len(large)


def copies(texts: Sequence[str]) -> list[list[int]]:
    """For each text, the indices of the other texts that repeat it or that it repeats (copied Arabic),
    the nearest :data:`MAX_RELATED` when there are more.

    Identical texts (after dropping spaces, marks and punctuation) are grouped first; the distinct
    ones are joined with prefix filtering, each probed with its rarest n-grams only, so a thread
    with thousands of passages is not compared pair by pair.
    """
    sets = [_shingles(t) for t in texts]
    groups: dict[frozenset[str], list[int]] = {}
    for k, shingles in enumerate(sets):
        if shingles:
            groups.setdefault(shingles, []).append(k)
    distinct = list(groups)
    freq = Counter(s for shingles in distinct for s in shingles)
    postings: dict[str, list[int]] = {}
    for u, shingles in enumerate(distinct):
        for s in shingles:
            postings.setdefault(s, []).append(u)
    near: list[set[int]] = [{u} for u in range(len(distinct))]
    for u, shingles in enumerate(distinct):
        ordered = sorted(shingles, key=lambda s: (freq[s], s))
        need = math.ceil(_COPY_OVERLAP * len(ordered)) if len(ordered) >= _MIN_COPY_SHINGLES else len(ordered)
        for s in ordered[: len(ordered) - need + 1]:
            for v in postings[s]:
                if v not in near[u] and _is_copy(shingles, distinct[v]):
                    near[u].add(v)
                    near[v].add(u)
    out: list[list[int]] = [[] for _ in texts]
    half = MAX_RELATED // 2
    for u, shingles in enumerate(distinct):
        members = sorted(k for v in near[u] for k in groups[distinct[v]])
        for k in groups[shingles]:
            if len(members) <= MAX_RELATED + 1:
                out[k] = [m for m in members if m != k]
            else:  # the nearest copies only, at most MAX_RELATED
                at = bisect.bisect_left(members, k)
                lo = min(max(at - half, 0), len(members) - MAX_RELATED - 1)
                out[k] = [m for m in members[lo : lo + MAX_RELATED + 1] if m != k][:MAX_RELATED]
    return out
