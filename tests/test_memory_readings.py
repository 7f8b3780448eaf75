"""Issue 20 (mem39): :func:`bilingual.pairing.copies.reading_copies` keeps the skeletons of only the Arabic texts that
share a word with a reading long enough to match, each word one string. It kept every Arabic text's skeleton, a string
per word: on the 30,000-comment bench thread 10.9 MiB while they were indexed (4 distinct readings among its 4,718
passages), which pairing's setup held in RSS after they were freed (28 MiB at 100,000 comments). The copies it finds
are the same."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Mapping, Sequence

from bilingual.pairing.copies import _MIN_READ_WORDS, _READ_MATCH, _in_order, _skeleton, reading_copies

_LETTERS = "بتثجحخدذرزسشصضطظفقكلمن"  # none that a skeleton drops (long vowels, final heh, hamza, ayn)
TEXTS = 1000


def _words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < count:
        out.add("".join(rng.choice(_LETTERS) for _ in range(4)))
    return sorted(out)


def _reference(texts: Sequence[str], readings: Mapping[int, str]) -> dict[int, int]:
    """Each reading against every Arabic text, pair by pair: the first text of the best share."""
    out: dict[int, int] = {}
    for k, reading in readings.items():
        mine = _skeleton(reading)
        best: tuple[float, int] | None = None
        for q, text in enumerate(texts):
            theirs = _skeleton(text)
            if q in readings or min(len(mine), len(theirs)) < _MIN_READ_WORDS:
                continue
            longer = max(len(mine), len(theirs))
            if min(len(mine), len(theirs)) < _READ_MATCH * longer:
                continue
            share = _in_order(mine, theirs) / longer
            if share >= _READ_MATCH and (best is None or (-share, q) < (-best[0], best[1])):
                best = (share, q)
        if best is not None:
            out[k] = best[1]
    return out


def _peak(texts: Sequence[str], readings: Mapping[int, str]) -> tuple[dict[int, int], int]:
    reading_copies(texts[:100], {99: readings[len(texts) - 1]})  # what the normalizer builds on first use
    tracemalloc.start()
    try:
        found = reading_copies(texts, readings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return found, peak


def test_the_copies_found_are_those_of_every_pair() -> None:
    rng = random.Random(7)
    vocabulary = _words(40, 1)
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 9))) for _ in range(300)]
    readings = {k: texts[rng.randrange(300)] if rng.random() < 0.5 else " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 6))) for k in range(0, 300, 7)}
    readings[3] = "تتتت ثثثث"  # too short to spell anything
    expected = _reference(texts, readings)
    assert len(expected) > 10
    assert reading_copies(texts, readings) == expected
    assert reading_copies(texts, {3: "تتتت ثثثث"}) == {} == reading_copies(texts, {})


def test_texts_sharing_no_word_with_a_reading_are_not_kept() -> None:
    vocabulary = _words(2000, 2)
    rng = random.Random(3)
    reading = " ".join(vocabulary[:5])
    texts = [" ".join(rng.choice(vocabulary[5:]) for _ in range(20)) for _ in range(TEXTS)] + ["x"]
    found, peak = _peak(texts, {TEXTS: reading})
    assert found == {}
    assert peak < 512 * 1024, f"{peak} bytes at the peak: a skeleton kept for each of {TEXTS} texts"


def test_the_skeletons_kept_hold_each_word_once() -> None:
    vocabulary = _words(200, 4)
    rng = random.Random(5)
    reading = " ".join(vocabulary[:4])
    texts = [" ".join([*vocabulary[:2], *(rng.choice(vocabulary[4:]) for _ in range(18))]) for _ in range(TEXTS)] + ["x"]
    found, peak = _peak(texts, {TEXTS: reading})
    assert found == {}
    assert peak < 32 * 20 * TEXTS, f"{peak} bytes at the peak: a string per word of {TEXTS} texts"  # (an Arabic word of 4 letters: 82 bytes)
