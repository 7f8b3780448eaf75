"""Issue 14 (the tuned halves of rounds 18 and 19; bilingual/pairing/edges.py _concept_accounted): a short first sentence
beyond the Arabic's sentences is the translation's own when it holds a telling common word's concept the Arabic has and
the rest of the English lacks ("Why?" of ليه؟, "Now?" of دلوقتي؟), though such words are too common for the table's
evidence; a remark before the translation ("Good question.", "Haha why not.") still goes."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _answer(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say"), ("3", "2", "A", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("ليه؟ عشان الجو هناك أحسن والناس لطاف والأكل رخيص جدا وكمان قريب من أهلي.",
     "Why? Because the weather there is better, the people are kind and food is cheap. Plus it's close to my family."),
    ("دلوقتي؟ لأ هستنى لحد الصيف وبعدين هسافر مع صحابي.", "Now? No. I'll wait until summer and then travel with my friends."),
])
def test_a_first_sentence_of_the_arabics_concept_stays(arabic, english):
    assert _answer(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("عشان الجو هناك أحسن والناس لطاف والأكل رخيص جدا وكمان قريب من أهلي.",
     "Good question. Because the weather there is better, the people are kind and food is cheap. Plus it's close to my family.",
     "Because the weather there is better, the people are kind and food is cheap. Plus it's close to my family."),
    ("هستنى لحد الصيف وبعدين هسافر مع صحابي.", "Haha why not. I'll wait until summer and then travel with my friends.",
     "I'll wait until summer and then travel with my friends."),
])
def test_a_remark_without_the_arabics_concept_goes(arabic, english, wanted):
    assert _answer(arabic, english) == [wanted]
