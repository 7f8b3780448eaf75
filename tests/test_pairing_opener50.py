"""Issue 14 (round 16's "So no, nothing sinister."; bilingual/pairing/edges._unopened): a short remark after a translation,
a sentence more than the Arabic has, is no part of it even when it opens with a chat opener ("So", "Well") that the word
table gives for an Arabic word of another sense ("so" for علشان "so that", جدا "so much"; "well" for كذلك "as well"); a
translation's own last sentence opening so, whose other words the Arabic gives, stays."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

TRANSLATED = [
    ("أنا بذاكر كل يوم علشان أنجح في الامتحان.", "I study every day in order to pass the exam."),
    ("أخي يحب كرة القدم، وأبي كذلك.", "My brother loves football, and my father too."),
    ("الأكل في المطعم ده حلو جدا، و الأسعار رخيصة.", "The food in this restaurant is very good, and the prices are cheap."),
]
REMARKS = [" So, not an insult at all.", " So nope, totally harmless.", " Well, nothing rude there."]
OWN = [
    ("تعبت جدا من الشغل، فرجعت البيت بدري.", "I got really tired from work. So I went back home early."),
    ("كان الجو باردا. فلبست معطفي الثقيل.", "The weather was cold. So I put on my heavy coat."),
]


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [english[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("remark", REMARKS)
def test_a_remark_opening_with_an_opener_is_no_part_of_the_translation(remark):
    for arabic, english in TRANSLATED:
        assert _translations(arabic, f"Word for word it says {english}{remark}") == [english]


def test_a_translations_own_sentence_opening_so_stays():
    for arabic, english in OWN:
        assert _translations(arabic, f"It says: {english}") == [english]
