"""Pairing's compact index of copied passages (``find._Related``) answers as ``copies.copies`` does,
for threads where every passage repeats and where few do."""

from __future__ import annotations

import random

import pytest
from conftest import SEEDS

from bilingual.pairing.copies import MAX_RELATED, copies
from bilingual.pairing.find import _Related
from bilingual.segment import passages
from bilingual.threads import read

ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"


def _seed_passages() -> list[str]:
    return [p.text for p in passages(read(SEEDS / "000_2161432b20e98764.txt"))]


def _check(texts: list[str]) -> None:
    related, expected = _Related(texts), copies(texts)
    assert len(related) == len(expected)
    for k, want in enumerate(expected):
        assert related[k] == want, k
        assert related.any(k) == bool(want)
    for k in range(0, len(texts), max(1, len(texts) // 25)):
        wanted = set(expected[k])
        assert [q for q in range(len(texts)) if related.holds(k, q)] == sorted(wanted)


@pytest.mark.parametrize("count", [0, 1, 2, 3, 2 * MAX_RELATED + 7])
def test_one_passage_repeated_as_in_a_deep_reply_chain(count: int) -> None:
    """The 100,000-deep chain's shape: every passage the same, more copies than are kept."""
    _check([ARABIC] * count)


def test_seed_passages_repeated_in_random_order_with_parts_and_punctuation() -> None:
    """Copies that differ in spaces and punctuation, parts of a longer passage, texts without letters."""
    base = _seed_passages()
    assert len(base) >= 5
    pool = base + [base[0] + "!!", base[1][: len(base[1]) // 2], "؟؟", "و", ARABIC, ARABIC.replace(" ", "  ")]
    rng = random.Random(7)
    for size in (10, 60, 700):
        _check([rng.choice(pool) for _ in range(size)])


def test_few_repeats_are_joined_once_per_text_and_held_per_group() -> None:
    """Texts that seldom repeat (bench_jobs.py --distinct's thread: 16,006 passages of 8,281 texts) are joined
    per distinct text too, their copies held as one list per group, not one per passage (7.19 -> 2.83 MiB there)."""
    base = _seed_passages()
    texts = base + base[:2]
    _check(texts)
    related = _Related(texts)
    assert related._lists is None
    assert related._members[0] is related._members[len(base)]  # the copies of one text share their group's list
