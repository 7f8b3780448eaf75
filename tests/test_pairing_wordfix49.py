"""Issue 14, round 25 (bilingual/pairing/cues.py _DISPUTE, _LEAD_IN): a reader who fixes one word of a translation
("Almost right. playing, not playings: <the whole sentence again>", "Close, but 'goes' not 'go': ...") disputes it
and gives the translation that pairs: the first one, a word off, no longer does, and the fix's own words before its
colon are no part of the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import corrects, disputes

FIXES = [
    ("هو يذهب إلى المدرسة كل يوم", "He go to school every day.", "Close, but 'goes' not 'go': He goes to school every day."),
    ("بيتهم كبير جدا", "There house is very big.", "So close, 'their' not 'there': Their house is very big."),
    ("الاكتئاب الحقيقي يكون عندما تتوقف عن حب الاشياء التي تحبها", 'My go at it: "Real depressions is when you stop loving the things you love."',
     'Almost right. depression, not depressions: "Real depression is when you stop loving the things you love."'),
]


@pytest.mark.parametrize(("arabic", "first", "fix"), FIXES)
def test_a_one_word_fix_gives_the_translation(arabic, first, fix):
    found = pairs(make_thread([("1", None, "A", "what does this mean?\n" + arabic), ("2", "1", "B", first), ("3", "2", "C", fix)]))
    assert found[0].translation is not None and found[0].translation.comment == "3"
    assert found[0].translation_text == fix.split(": ", 1)[1].strip('"')


@pytest.mark.parametrize("text", ['Nearly! it\'s "went", not "goed": I went home early yesterday.', "almost, but cooking not cooks: My mother is cooking dinner.",
                                  "Almost right; tired not tire: I am very tired today."])
def test_word_fixes_correct(text):
    assert disputes(text) and corrects(text)


@pytest.mark.parametrize("text", ["Close, but I think it is not like that at all", "I was almost late, not because of traffic but the rain",
                                  "Almost perfect, thanks!", "Nearly every word, not just the nouns: they all need vowels",
                                  "almost done, not long now: we leave at noon"])
def test_almost_without_a_word_fix_disputes_nothing(text):
    assert not disputes(text)
