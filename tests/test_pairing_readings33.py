"""Issue 14 (round 18's tuned half; bilingual/pairing/find.py): English after a romanization of the passage and a dash
on its line ("kant as'ltk mbashra jda — Your questions were too direct.") is offered as its meaning, as brackets
would offer it, and the reading before the dash is no part of the lines the romanization charge reads."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

DIRECT = "كانت أسئلتك مباشرة جداً."
READING = "kant as'ltk mbashra jda"


def _translations(arabic: str, english: str) -> list[str | None]:
    return [p.translation_text for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)]))]


@pytest.mark.parametrize("dash", ["—", "-", "–"])
def test_english_after_a_reading_and_a_dash_is_its_meaning(dash):
    assert _translations(DIRECT, f"{READING} {dash} Your questions were too direct.") == ["Your questions were too direct."]


@pytest.mark.parametrize("english", ["Is that how you pronounce it?", "Beautiful script, who wrote it?"])
def test_english_after_a_reading_that_translates_nothing_pairs_nothing(english):
    assert _translations(DIRECT, f"{READING} — {english}") == [None]
