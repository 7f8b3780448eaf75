"""يعني's "I mean" counts for less in the word coverage (:func:`bilingual.pairing.evidence.filler_mean`): a filler
that translations of other Egyptian and chatty unrelated English write as often as a translation of this Arabic."""

from __future__ import annotations

import pytest

from bilingual.pairing import evidence

ARABIC = ("يعني الجو كان حلو امبارح",)


@pytest.mark.parametrize("english", [
    "I mean, the weather was nice yesterday.",
    "i mean the weather was nice yesterday",
    "Honestly I mean it was a long day",
    "it was a spectacular view honestly I mean.",
    "We went to the beach, I mean the one near the port",
])
def test_the_filler_i_mean(english: str) -> None:
    assert evidence.filler_mean((english,))


@pytest.mark.parametrize("english", [
    "It means the weather was nice yesterday.",
    "I mean... what does that even mean",
    "the means to an end, I mean",
    "That meaning is clear",
    "What do you mean by nice?",
])
def test_content_mean_is_no_filler(english: str) -> None:
    assert not evidence.filler_mean((english,))


def test_a_filler_match_counts_less_than_a_content_one() -> None:
    """The same English words covered, "I mean" for يعني counts :data:`~bilingual.pairing.evidence.FILLER_HIT` of what
    "It means" counts."""
    filler = evidence.coverage(ARABIC, ("I mean, the weather was nice yesterday.",))
    content = evidence.coverage(ARABIC, ("It means the weather was nice yesterday.",))
    assert 0.0 < filler < content
    hits, _ = evidence._terms(ARABIC, ("I mean, the weather was nice yesterday.",))
    full, _ = evidence._terms(ARABIC, ("It means the weather was nice yesterday.",))
    assert full - hits == pytest.approx((1.0 - evidence.FILLER_HIT) * evidence.HIT_CAP)
