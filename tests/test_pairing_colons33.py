"""Issue 14 (round 18's tuned half; bilingual/pairing/cues.py): a sentence ending in a colon that closes its comment
introduces nothing there ("The organisations declared eight conditions on governmental projects:" translating an
Arabic sentence that ends in one): it is English to pair, no introducing phrase."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces


def _translations(arabic: str, english: str) -> list[str | None]:
    return [p.translation_text for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)]))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("كما أعلنت المنظمات عن ثمانية شروط للمشروعات الحكومية:", "The organisations declared eight conditions on governmental projects:"),
    ("يعاني المرضى أحيانًا التهابًا رئويًّا حادا. كما أعلنت المنظمات عن ثمانية شروط للمشروعات الحكومية:",
     "Patients sometimes develop acute pneumonia. The organisations declared eight conditions on governmental projects:"),
    ("قال المدير في الاجتماع ما يلي:", "The manager said the following in the meeting:"),
    ("أحتاج إلى الأشياء التالية من السوق:", "I need the following things from the market:"),
    ("هذه هي قواعد اللعبة:", "These are the rules of the game:"),
])
def test_a_sentence_ending_in_a_colon_at_the_end_is_a_translation(arabic, english):
    assert _translations(arabic, english) == [english]


@pytest.mark.parametrize("english", ["Here is my translation:", "Can someone tell me what this says:", "Translation (mine, not perfect):"])
def test_a_lead_alone_at_the_end_pairs_nothing(english):
    assert _translations("هذه هي قواعد اللعبة:", english) == [None]


def test_a_lead_before_more_text_still_introduces_it():
    text = "Here is my translation:\nThese are the rules of the game."
    assert introduces(text, 0, text.index("\n"))
    assert not introduces("Here is my translation:", 0, 23)
