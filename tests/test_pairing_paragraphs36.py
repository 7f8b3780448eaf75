"""Issue 14: a remark in a paragraph of its own after a translation ("\\n\\nPeople here say it when someone leaves for a long
trip.") is no part of it when the Arabic is one paragraph that the translation before it already fills (its sentences, or
its length for an Arabic that marks none) and the table gives little of the remark (edges._remark_paragraph). A translation
given in two paragraphs keeps both: the first breaks off a sentence, or leaves the Arabic's second sentence to the second."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

# (Arabic, its translation): Egyptian transcripts (ArzEn-ST), whose Arabic marks no sentence's end
TRANSLATIONS = [
    ("هو بصراحة الكتاب ممل شوية بس أنا بقراه عشان الشخص اللي  .. علشان الشخص اللي مديهوني أنا .. انا يعني مقتنع بالشخص ده أوي",
     "Honestly, the book is a little bit boring but I'm just reading it because the person who .. the one who gave it to me .. I mean I really believe in that person."),
    ("لأ بس هدخلى للشركة مش لبيتك انت هتدخلى للشركة اللي شغالة فيها قد إيه؟",
     "No, but, you will bring to your company, not to your home, how much profit will you bring to the company you're working in?"),
]
REMARKS = ["People here say it when someone leaves for a long trip.", "It's from an old song my dad loved.", "Saw it painted on a wall in Beirut last summer."]


def _paired(arabic: str, english: str) -> str | None:
    """The translation found for ``arabic`` when its author answers a request with ``english``."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "english pls?"), ("3", "2", "A", english)]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


@pytest.mark.parametrize("remark", REMARKS)
def test_a_remark_in_its_own_paragraph_is_left_out(remark):
    for arabic, english in TRANSLATIONS:
        assert _paired(arabic, f"{english}\n\n{remark}") == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("قد تكون فاعلية الرماد أو التراب أكثر من الماء وحده، ولكن قد تكون أقل فعالية من الصابون.", "Ash or soil may be more effective than water alone,\n\nbut may be less effective than soap."),
        (TRANSLATIONS[0][0], "Honestly, the book is a little bit boring but I'm just reading it\n\nbecause the person who .. the one who gave it to me .. I mean I really believe in that person."),
        ("ذهبت إلى السوق أمس. اشتريت بعض الفواكه والخضروات.", "I went to the market yesterday.\n\nI bought some fruits and vegetables."),
        ("يعني ماكنش قصدي كده بس ماشي أيه تاني؟", "I don't mean this, but it's okay.\n\nWhat else?"),
    ],
)
def test_a_translation_in_two_paragraphs_keeps_both(arabic, english):
    assert _paired(arabic, english) == english
