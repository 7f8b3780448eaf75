"""Issue 14 (round 16's tuned half; bilingual/pairing/edges.py, find.py): a gloss in brackets inside a translation
("I don't [lit. 'on my head'] mean this", "eating (the dialect word is 'baddi') for lunch") is the translation's own:
its full stop ends no sentence and its "is '...'" leads nothing."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import bracket_open, gloss_opening

LUNCH = "ماذا ستأكلون على الغداء؟"
MEANT = "يعني ماكنش قصدي كده بس ماشي أيه تاني؟"
SON = "كان لي ابن وحيد وقد مات بالسرطان."
LATE = "نحن متأخرون مرة أخرى."


def _translations(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "A", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english", "translation"), [
    (LUNCH, "it says What's everyone eating (the dialect word is 'baddi') for lunch?", "What's everyone eating (the dialect word is 'baddi') for lunch?"),
    (LUNCH, "it says What are you all having (the word he uses means 'eating') for lunch?", "What are you all having (the word he uses means 'eating') for lunch?"),
    (MEANT, "in english it's I don't [lit. 'on my head'] mean this, but it's okay. What else?", "I don't [lit. 'on my head'] mean this, but it's okay. What else?"),
    (SON, "I had my only (lit. 'by God') son die of cancer.", "I had my only (lit. 'by God') son die of cancer."),
])
def test_a_gloss_in_brackets_stays_inside_the_translation(arabic, english, translation):
    assert _translations(arabic, english) == [translation]


@pytest.mark.parametrize("english", ["(it says 'We are late again.')", "(he says: We are late again.)"])
def test_a_lead_inside_brackets_around_the_whole_still_leads(english):
    """The bracket opens before the lead and holds the whole translation: the lead is no part of it."""
    assert _translations(LATE, english) == ["We are late again."]


def test_a_bracket_is_open_until_it_closes():
    text = "I don't [lit. 'on my head'] mean this"
    assert bracket_open(text, 0, text.index("lit.") + 4)
    assert not bracket_open(text, 0, len(text))
    assert not bracket_open("(a) b [c]", 0, 9)


def test_a_glosses_abbreviation_ends_no_sentence():
    text = "I don't [lit. 'on my head'] mean this. (Thick fog creeps. The storm came.)"
    assert gloss_opening(text, 0, text.index("lit.") + 4)
    assert not gloss_opening(text, 0, text.index("creeps.") + 7)
    assert gloss_opening("my only (approx.", 0, 16) and not gloss_opening("it is lit.", 0, 10)
