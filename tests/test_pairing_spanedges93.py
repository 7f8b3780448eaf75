"""Issue 14, the translation's span on held-out wordings: a lead-in the phrase lists do not know stayed in its span. A
clause before a comma and a capital that the Arabic accounts for nothing of, before a rest that reads as the Arabic's
translation from its start, is a lead now, by its structure and the Arabic's evidence, not by its wording
(edges._comma_lead)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

SCHOOLS = "ستعيد المدارس فتح أبوابها الأسبوع المقبل. وطلبت الوزارة من الأهالي إبقاء الأطفال المصابين بالحمى في المنزل."
SCHOOLS_EN = "Schools will reopen next week. The ministry asked parents to keep children with a fever at home."
VACCINE = "أولًا، يهدف الباحثون إلى ابتكار لقاح كامل للفيروس."
VACCINE_EN = "First, researchers aim to build a whole virus vaccine."


def _replied(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with, a reply by someone else under it."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize("lead", ["As far as I understand it, ", "It's Levantine, so ", "for anyone curious, "])
@pytest.mark.parametrize(("arabic", "english"), [(SCHOOLS, SCHOOLS_EN), (VACCINE, VACCINE_EN)])
def test_a_clause_before_a_comma_and_a_capital_is_a_lead(lead: str, arabic: str, english: str) -> None:
    assert _replied(arabic, lead + english) == english


def test_a_clause_the_arabic_accounts_for_stays() -> None:
    # the clause translates the Arabic's first words: the rest does not read as its translation from the start
    english = "When I arrived at the station, The train had already left."
    assert _replied("عندما وصلت إلى المحطة، كان القطار قد غادر.", english) == english


def test_two_words_before_a_bare_comma_may_open_the_translation() -> None:
    english = "After that, The researchers aim to build a whole virus vaccine."
    assert _replied(VACCINE, english) == english


def test_a_name_after_a_comma_goes_on_the_sentence() -> None:
    english = "To save herself, Layla jumped out the window."
    assert _replied("قفزت ليلى عبر النّافذة كي تنجو بحياتها.", english) == english


def test_a_clause_inside_brackets_is_the_asides() -> None:
    rows = [("1", None, "A", "(EN above, AR below)\n\nI don't use Facebook.\n\nAR:\nأنا لا أستخدم الفيسبوك")]
    assert next(p.translation_text for p in pairs(make_thread(rows))) == "I don't use Facebook."
