"""Issue 14 (round 18's tuned half; bilingual/pairing/find.py): English after a romanization of the passage, before a
dash on its line ("kant as'ltk mbashra jda — Your questions were too direct.") or on the line above, is offered as its
meaning, as brackets would offer it, and the reading before the dash is no part of the lines the romanization charge reads."""

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


TRIED = "أه جربتها مرة أن أنا خرجت ساعة من غير موبايل وبسيبه كتير يعنى مش .."
TRIED_READING = "ah jrbtha mra an ana khrjt sa'a mn ghyr mwbayl wbsybh ktyr y'na msh"
TRIED_EN = "Yes, I have tried this before, I went out without a mobile for an hour, I often leave it behind actually"


def _answered(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "Can you write how it sounds and what it means?"), ("3", "2", "A", english)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]


@pytest.mark.parametrize(("arabic", "reading", "english"), [
    (TRIED, TRIED_READING, TRIED_EN),
    (TRIED, f"sounds like: {TRIED_READING}", TRIED_EN),
    (DIRECT, READING, "Your questions were too direct."),
])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_english_under_a_reading_is_its_meaning(arabic, reading, english, gap):
    assert _answered(arabic, f"{reading}{gap}{english}") == [english]


@pytest.mark.parametrize(("arabic", "reading", "english"), [
    (DIRECT, READING, "Is that how you pronounce it?"),
    (TRIED, TRIED_READING, "no idea what it means though, sorry"),
])
def test_english_under_a_reading_that_translates_nothing_pairs_nothing(arabic, reading, english):
    assert _answered(arabic, f"{reading}\n\n{english}") == [None]
