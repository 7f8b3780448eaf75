"""Issue 14 (round 27's review with an added translation; bilingual/pairing/find._without_label_clause): a clause after a
label that says what the addition is ("EDIT: for anyone who can't read Arabic, Sami ran ...") is cut from the span
published (bilingual/pairing/edges.label_clause), so it is no English the Arabic must explain either: scored with its
words, a short translation after it stayed under the threshold. English after such a clause that translates nothing of
the Arabic is still no pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

RAN = ("ركض سامي للنّجاة بحياته.", "Sami ran for his life.")
FATHER = ("إنه يشبه أباه كثيراً.", "He closely resembles his father.")
JEWELRY = ("يجب نزع جميع المجوهرات.", "All jewelry should be removed.")


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", f"{arabic}\n\n{english}"), ("2", "1", "B", "nice one lol")]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.translation_text]


@pytest.mark.parametrize(("pair", "lead"), [
    (RAN, "EDIT: for anyone who can't read Arabic, "),
    (FATHER, "EDIT: for anyone who can't read Arabic, "),
    (FATHER, "Update: since a couple of you asked in the comments, "),
    (FATHER, "EDIT: since people kept asking me, "),
    (JEWELRY, "PS: translated it for the people who asked, "),
])
def test_a_short_translation_after_a_label_clause_is_found(pair: tuple[str, str], lead: str) -> None:
    arabic, english = pair
    assert _translations(arabic, lead + english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    (RAN[0], "EDIT: for anyone who can't read Arabic, Thanks for reading my post today."),
    (FATHER[0], "Update: since a couple of you asked, The show got renewed for a second season."),
    (JEWELRY[0], "ETA: rough day at work today folks, Nothing else to report here."),
])
def test_english_after_a_label_clause_that_translates_nothing_is_no_pair(arabic: str, english: str) -> None:
    assert _translations(arabic, english) == []
