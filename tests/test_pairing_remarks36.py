"""Issue 14: a chat remark run on after a translation with no mark between them ("... in my chest that's the gist",
"... and the UK classic 😂", "... just perfect nice one btw") is said about the translation, not in it: the span ends
before it (edges._run_on_remark). English whose Arabic says the same words ("... a classic", "... so true") keeps them."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# (Arabic, its translation without its closing full stop)
TRANSLATIONS = [
    ("في 11 مارس 2020، وصفت منظمة الصحة العالمية كوفيد-19 بالجائحة.", "On 11 March 2020, WHO characterized COVID-19 as a pandemic"),
    ("قد يتشارك البشر والخفافيش الموطن البيئي من خلال الذبح أو تعدين الفحم.", "Humans might share the ecological niche with bats through butchering or coal mining"),
    ("قد تكون فاعلية الرماد أو التراب أكثر من الماء وحده، ولكن قد تكون أقل فعالية من الصابون.", "Ash or soil may be more effective than water alone, but may be less effective than soap"),
]
REMARKS = ["that's the gist of it", "thats about the gist", "its an old idiom", "cute right?", "wild huh", "great one tbh", "classic 😂"]


def _paired(arabic: str, english: str) -> str | None:
    """The translation found for ``arabic`` when its author answers a request with ``english``."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "english pls?"), ("3", "2", "A", english)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("remark", REMARKS)
def test_a_remark_run_on_after_a_translation_is_left_out(remark):
    """Before, each of these stayed in the span (no sentence's end, no capital before it)."""
    for arabic, english in TRANSLATIONS:
        assert _paired(arabic, f"{english} {remark}") == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("الفيلم ده كان حلو اوي بصراحة، كلاسيك", "Honestly that movie was really good, a classic"),
        ("هذا الكلام صحيح جدا", "This talk is so true"),
        ("أنت ستأتي معنا غدا إلى الحفلة، صحيح؟", "You are coming with us to the party tomorrow, right?"),
        ("هذا المثل مشهور جدا عندنا وهو تعبير قديم", "This proverb is very famous here and it's an old expression"),
        ("أنا بحب الأفلام القديمة الكلاسيكية", "I love old classic movies"),
        ("قالها بطريقة مضحكة جدا", "He said it in a very funny way"),
    ],
)
def test_a_translation_ending_in_such_words_keeps_them(arabic, english):
    """The same words as the translation's own: after an article ("a classic"), with a comma, given by the Arabic."""
    assert _paired(arabic, english) == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("الشغل هنا كويس جدا بصراحة.", "Working here is very good honestly."),
        ("الأكل كان حلو أوي بجد.", "The food was really nice tbh."),
    ],
)
def test_an_appraisal_after_a_copula_or_an_intensifier_with_a_tag_stays(arabic, english):
    """"is very good honestly": the adjective completes the clause, the tag is the speaker's (cut to "... is very" before)."""
    assert _paired(arabic, english) == english
