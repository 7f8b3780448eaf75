"""Copies of the same Arabic in a thread: reposts, quotes and parts of a longer passage."""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence

from . import _regex as regex  # compiles each pattern on first use

from ..normalize import resolve

__all__ = ["MAX_RELATED", "copies", "copy_groups", "reading_copies", "spells"]

MAX_RELATED = 200  # copies of a passage kept (nearest in reading order): spam repeated 10,000 times stays linear
_SHINGLE = 4  # character n-grams for finding copies of the same Arabic
_COPY_OVERLAP = 0.8  # share of the smaller passage's n-grams found in the other
_MIN_COPY_SHINGLES = 8  # below this, copies must be near-identical both ways
_KEY_DROP = regex.compile(r"[^\p{L}\p{N}]|\u0640")
_READ_MATCH = 0.7  # share of the longer side's words matched in order by skeleton (a reading against Arabic script)
_MIN_READ_WORDS = 3  # shorter readings' skeletons collide too often ("انا لا" and "اني له")
# Hamza on its carrier, alef, maksura, teh marbuta, short vowels, digits; not repetition, whose word list (about 14 MB)
# only pairing would load in a run without translation, for readings that are guesses in any case.
_SEARCH = resolve("search", repetition=False)
_ARABIC_WORD = regex.compile(r"[\p{Arabic}&&\p{L}]+")
_VOWELS = regex.compile(r"(?<=.)(?:[اويى]|ه$)")  # after a word's first letter: يحيى read يحيا, ثانية read ثانيا
_GLOTTAL = regex.compile(r"[ءع]")  # hamza and ayn: an apostrophe, a digit or nothing in a romanization


def _shingles(text: str, ids: dict[str, int]) -> tuple[int, ...]:
    """Character n-grams of the letters and digits of ``text`` (spaces, marks, punctuation dropped),
    each as its number in ``ids`` (given one on first sight), sorted."""
    key = _KEY_DROP.sub("", text)
    grams = {key[k : k + _SHINGLE] for k in range(len(key) - _SHINGLE + 1)} if len(key) > _SHINGLE else {key} if key else ()
    return tuple(sorted(ids.setdefault(g, len(ids)) for g in grams))


def _is_copy(a: tuple[int, ...], b: tuple[int, ...], probe: set[int]) -> bool:
    """One passage repeats (most of) the other: overlap of the smaller, or near-identity for short
    ones; ``probe`` is ``a`` as a set."""
    common = len(probe.intersection(b))
    small, large = (len(a), len(b)) if len(a) <= len(b) else (len(b), len(a))
    if small >= _MIN_COPY_SHINGLES:
        return common >= _COPY_OVERLAP * small
    return common >= _COPY_OVERLAP * large


def copy_groups(texts: Sequence[str]) -> list[list[int] | None]:
    """For each text, the indices of the texts that repeat it or that it repeats, itself among them,
    in order (all of them); None for a text without letters or digits (no copies, not even identical ones).

    Identical texts (after dropping spaces, marks and punctuation) are grouped first; the distinct
    ones are joined with prefix filtering, each probed with its rarest n-grams only, so a thread
    with thousands of passages is not compared pair by pair. The n-grams are numbers in sorted
    tuples, not sets of strings: joining 8,281 distinct passages peaked at 327 MB traced when
    pairing joined each text twice as a set of strings, 36 MB so.
    """
    ids: dict[str, int] = {}
    groups: dict[tuple[int, ...], list[int]] = {}
    for k, t in enumerate(texts):
        shingles = _shingles(t, ids)
        if shingles:
            groups.setdefault(shingles, []).append(k)
    postings: list[list[int]] = [[] for _ in range(len(ids))]
    del ids
    distinct = list(groups)
    for u, shingles in enumerate(distinct):
        for s in shingles:
            postings[s].append(u)
    near: list[set[int]] = [{u} for u in range(len(distinct))]
    for u, shingles in enumerate(distinct):
        probe = set(shingles)
        ordered = sorted(shingles, key=lambda s: (len(postings[s]), s))
        # a copy shares at least 80 % of the smaller side's n-grams under either rule (a short side's rule asks 80 %
        # of the larger), so the smaller side's probe finds its copies; the larger is found by it
        need = math.ceil(_COPY_OVERLAP * len(ordered))
        mine = near[u]
        for v in {v for s in ordered[: len(ordered) - need + 1] for v in postings[s]}.difference(mine):  # each text once
            if _is_copy(shingles, distinct[v], probe):
                mine.add(v)
                near[v].add(u)
    postings.clear()
    out: list[list[int] | None] = [None] * len(texts)
    for u, shingles in enumerate(distinct):
        members = sorted(k for v in near[u] for k in groups[distinct[v]])
        for k in groups[shingles]:
            out[k] = members
    return out


def copies(texts: Sequence[str]) -> list[list[int]]:
    """For each text, the indices of the other texts that repeat it or that it repeats (copied Arabic),
    the nearest :data:`MAX_RELATED` when there are more (:func:`copy_groups`)."""
    half = MAX_RELATED // 2
    out: list[list[int]] = []
    for k, members in enumerate(copy_groups(texts)):
        if members is None:
            out.append([])
        elif len(members) <= MAX_RELATED + 1:
            out.append([m for m in members if m != k])
        else:  # the nearest copies only, at most MAX_RELATED
            at = bisect.bisect_left(members, k)
            lo = min(max(at - half, 0), len(members) - MAX_RELATED - 1)
            out.append([m for m in members[lo : lo + MAX_RELATED + 1] if m != k][:MAX_RELATED])
    return out


def _skeleton(text: str) -> tuple[str, ...]:
    """The words of the Arabic letters of ``text`` as a reading of a romanization can match them:
    folded as the ``search`` profile folds (teh marbuta read heh; letters repeated kept), then the long vowels after a
    word's first letter, a final heh, hamza and ayn dropped (a reading guesses vowels, and a
    romanization writes the glottals loosely or not at all), digits and other scripts left out."""
    out = []
    for word in _ARABIC_WORD.findall(_SEARCH(text, track_offsets=False).text):
        word = _GLOTTAL.sub("", _VOWELS.sub("", word))
        if word:
            out.append(word)
    return tuple(out)


def _in_order(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words of ``a`` match words of ``b`` in the same order (longest common subsequence)."""
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b):
            diagonal, row[j + 1] = row[j + 1], diagonal + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def reading_copies(texts: Sequence[str], readings: Mapping[int, str]) -> dict[int, int]:
    """For each text given an Arabic-script reading in ``readings`` (an Arabizi passage read by
    :func:`bilingual.translit.transliterate`), the index of the text without one (Arabic script)
    that the reading spells: the author's own transliteration of the Arabic, a copy of it in
    Latin letters. A reading is a lossy guess, so it is not held to :func:`copies`' n-grams: most
    of the words of the longer side (:data:`_READ_MATCH`) must match in order by their skeletons
    (:func:`_skeleton`), both sides of :data:`_MIN_READ_WORDS` words or more. The best match wins
    (the first in order on a tie); readings that spell nothing are left out.

    The Arabic texts are probed by their rarest words only (a reading that matches must share
    one of them), so a thread with thousands of passages is not compared pair by pair. Only the
    skeletons that share a word with a reading long enough to match are kept, their words one
    string each (a dict of the words kept), and postings only for the readings' words, the only
    ones probed: the 30,000-comment bench thread held a skeleton for each of its 3,157 Arabic
    texts, 108,205 strings of 4,917 words (10.9 MiB while they were indexed, for 4 distinct
    readings; 28 MiB more RSS after them at 100,000 comments).
    """
    mine = {reading: _skeleton(reading) for reading in set(readings.values())}
    wanted = {word for words in mine.values() if len(words) >= _MIN_READ_WORDS for word in words}
    if not wanted:  # no reading is long enough to spell anything
        return {}
    index: dict[tuple[str, ...], int] = {}  # each distinct skeleton sharing a word with a reading: its first text
    kept: dict[str, str] = {}  # each word of the skeletons kept, one string
    seen: set[str] = set()
    for k, text in enumerate(texts):
        if k not in readings and text not in seen:
            seen.add(text)
            words = _skeleton(text)
            if len(words) >= _MIN_READ_WORDS and not wanted.isdisjoint(words):
                index.setdefault(tuple([kept.setdefault(word, word) for word in words]), k)
    postings: dict[str, list[tuple[str, ...]]] = {}
    for words in index:
        for word in wanted.intersection(words):
            postings.setdefault(word, []).append(words)
    spelled = {reading: _spelled(words, index, postings) for reading, words in mine.items()}
    return {k: q for k, reading in readings.items() if (q := spelled[reading]) is not None}


def _spelled(mine: tuple[str, ...], index: dict[tuple[str, ...], int], postings: dict[str, list[tuple[str, ...]]]) -> int | None:
    """The first text of the skeleton in ``index`` that the reading's skeleton ``mine`` matches best
    (:func:`reading_copies`), probed by the reading's rarest words in ``postings``; None for none."""
    if len(mine) < _MIN_READ_WORDS:
        return None
    kinds = sorted(set(mine), key=lambda w: (len(postings.get(w, ())), w))
    probe = kinds[: len(mine) - math.floor(_READ_MATCH * len(mine)) + 1]  # each unmatched word hides one kind at most
    best, best_share = None, _READ_MATCH
    for words in {words for w in probe for words in postings.get(w, ())}:
        longer = max(len(words), len(mine))
        if min(len(words), len(mine)) >= _READ_MATCH * longer:
            share = _in_order(mine, words) / longer
            first = index[words]
            if share > best_share or share == best_share and (best is None or first < best):
                best, best_share = first, share
    return best


def spells(reading: str, arabic: str) -> bool:
    """Whether ``reading`` (a line of Latin letters read in Arabic script) spells the Arabic-script ``arabic`` word for
    word: most of the longer side's words (:data:`_READ_MATCH`) match in order by their skeletons (:func:`_skeleton`),
    both sides of :data:`_MIN_READ_WORDS` words or more, as :func:`reading_copies` matches a passage's reading."""
    mine, theirs = _skeleton(reading), _skeleton(arabic)
    longer = max(len(mine), len(theirs))
    if min(len(mine), len(theirs)) < max(_MIN_READ_WORDS, _READ_MATCH * longer):
        return False
    return _in_order(mine, theirs) >= _READ_MATCH * longer
