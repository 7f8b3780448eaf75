"""Issue 14 (round 27's review with an added translation; bilingual/pairing/edges.label_clause): just after a label that
opens its line ("EDIT:", "ETA:"), a clause of a few words before a comma and a capital says what the addition is ("EDIT:
translating for the thread, He closely ...", "ETA: for the non-Arabic speakers in the club, Sami ran ..."): the
translation follows it. Not a clause of two words ("After that, ..."), one the Arabic gives the words of, one before "I"
or lower case, nor one before English the Arabic explains nothing of. (Without a label, such a clause is a lead too when
the rest reads as the Arabic's translation from its start: edges._comma_lead, tests/test_pairing_spanedges93.py.)"""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead

COLD = ("كان الجو باردا جدا أمس.", "The weather was very cold yesterday.")


def _after_label(text: str) -> int:
    return text.index(":") + 2 if ":" in text else 0


def _start(text: str, arabic: str) -> str:
    return text[extra_lead(text, _after_label(text), len(text), arabic) :]


@pytest.mark.parametrize("lead", [
    "EDIT: for those who asked, ", "ETA: translating for my cousins here, ", "Update: since a few people wanted it, ",
    "edit2: quick translation for the group, ", "PS: for everyone outside the Middle East, ", "ETA: for the non-Arabic speakers, ",
])
def test_a_clause_after_a_label_is_left_out(lead: str) -> None:
    arabic, english = COLD
    assert _start(lead + english, arabic) == english


@pytest.mark.parametrize("english", [
    "EDIT: After that, The weather was very cold yesterday.",  # two words
    "EDIT: The weather yesterday, Very cold it was.",  # the Arabic gives the clause's words
    "Update: for those who asked, the weather was very cold yesterday.",  # lower case after the comma
    "Update: it was cold for all of us, I stayed in all day yesterday.",  # before "I"
    "EDIT: for those who asked, Thanks for reading my post today.",  # the Arabic explains nothing of the rest
])
def test_no_clause_lead_without_its_shape(english: str) -> None:
    assert _start(english, COLD[0]) == english[_after_label(english) :]


def test_a_translation_added_to_a_review_starts_after_the_clause() -> None:
    arabic, english = COLD
    text = f"{arabic}\n\nEDIT: for the folks who can't read it, {english}"
    rows = [("1", None, "A", text), ("2", "1", "B", "nice review")]
    (pair,) = pairs(make_thread(rows))
    assert pair.translation_text == english
