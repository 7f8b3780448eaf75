"""Issue 14 (round 29's tuned spans; bilingual/pairing/edges.py): a note run on into the translation, unpunctuated, that
the rest of the Arabic is not known ("... that is totally fine no idea about the rest.", "... every day the rest idk")
is no part of it, unless the Arabic explains it (a translation that ends "I have no idea about the rest of the story"):
edges._run_on_rest."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_SCHOOL = "المدرسة بتاعتي كانت بعيدة عن البيت وكنت بمشي كل يوم ساعة. وبعدين أبويا اشترى عربية."
_MARKET = "ذهبنا إلى السوق واشترينا الخبز والجبن. ثم عدنا إلى البيت متأخرين جدا."


def _span(arabic: str, english: str) -> str | None:
    found = [p.translation_text for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)])) if p.translation]
    return found[0] if len(found) == 1 else None


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    (_SCHOOL, "my school was far from home and I walked an hour every day the rest idk",
     "my school was far from home and I walked an hour every day"),
    (_SCHOOL, "My school was far from the house and I used to walk an hour every day no clue about the second part sorry",
     "My school was far from the house and I used to walk an hour every day"),
    (_MARKET, "We went to the market and bought bread and cheese cant get the second sentence",
     "We went to the market and bought bread and cheese"),
    (_MARKET, "we went to the market and bought bread and cheese not sure about the rest", "we went to the market and bought bread and cheese"),
    (_MARKET, "We went to the market and bought bread and cheese dunno the last bit", "We went to the market and bought bread and cheese"),
])
def test_a_run_on_note_that_the_rest_is_not_known_is_left_out(arabic, english, wanted):
    assert _span(arabic, english) == wanted


@pytest.mark.parametrize(("arabic", "english"), [
    ("ما عنديش أي فكرة عن باقي القصة", "I have no idea about the rest of the story"),
    ("مش متأكد من الباقي خالص", "I'm not sure about the rest at all"),
    ("أنا فهمت أول حاجة بس ما فهمتش الجزء التاني", "I understood the first thing but I didn't understand the second part"),
    (_MARKET, "We went to the market and bought bread and cheese. Then we went back home very late."),
])
def test_words_of_not_knowing_the_arabic_gives_stay(arabic, english):
    assert _span(arabic, english) == english
