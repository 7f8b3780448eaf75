"""Issue 14 (round 23's medium-edit and eurovision-typo-lead; bilingual/pairing/edges.extra_lead): a translation's span
starts after a label and the lead that follows it ("EDIT 2: since you asked: ..."), and after a lead framed by a dash
before the translation's capital ("Transaltion -- Sami needed ...", a typo no list of words would hold); a dash inside a
translation, before lower case, is its own ("Guide us to the straight path – the path of those ...")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

PAIRS = [
    ("احتاج فاضل لممارسة العربيّة مع ناطقين أصليّين.", "Fadil needed to practise Arabic with native speakers."),
    ("أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "Sami rebuilt his life and became a prominent doctor."),
    ("لا يستطيع توم أن يقرر هل يشتري حاسوبًا جديدًا الآن أم ينتظر بضعة أشهر.", "Tom can't decide whether to buy a new computer now or wait a few more months."),
]
STACKED = ["EDIT: for those asking: {e}", "Update: as promised: {e}", "Edit 3: here you go: {e}", "UPD: in English: {e}", "Edit: ok, translation: {e}"]
DASHED = ["Translation -- {e}", "Transl. — {e}", "English version — {e}", "In english -- {e}", "Roughly translated -- {e}", "Tranlsation - {e}"]
# translations with a dash of their own (Tatoeba, TICO-19)
DASH_OWN = [
    ("باختصار شديد، هي ربحت و أنا خسرت.", "To cut a long story short - she won and I lost."),
    ("ماذا تفضل أكثر، التفاح أم الموز؟", "What do you like most - apples or bananas?"),
    ("نرجو منكم الآن غسل أيديكم وعدم لمس الوجه!", "Now, please -- wash your hands and don’t touch your face!"),
    ("الناس يحبون التحدث والتحدث والتحدث.", "People love to talk - talk - talk."),
    ("العولمة والمرض – نظرة عامة بشأن العولمة وانتقال الأمراض", "Globalization and disease – Overview of globalization and disease transmission"),
]


def _translations(arabic: str, english: str, layout: str) -> list[str]:
    """The translations found for ``arabic`` when ``english`` is a reply to it or follows it in its comment."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)] if layout == "reply" else [("1", None, "A", f"{arabic}\n\n{english}")]
    text = rows[-1][3]
    return [text[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("layout", ["reply", "same comment"])
@pytest.mark.parametrize("lead", STACKED + DASHED)
def test_a_label_and_a_lead_or_a_dashed_lead_are_no_part_of_the_span(lead, layout):
    for arabic, english in PAIRS:
        assert _translations(arabic, lead.format(e=english), layout) == [english]


@pytest.mark.parametrize("layout", ["reply", "same comment"])
@pytest.mark.parametrize(("arabic", "english"), DASH_OWN, ids=[e for _, e in DASH_OWN])
def test_a_dash_inside_a_translation_is_its_own(arabic, english, layout):
    assert _translations(arabic, english, layout) == [english]
    assert _translations(arabic, f"Translation: {english}", layout) == [english]
