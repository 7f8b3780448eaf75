"""Issue 14, an aside in brackets opening the English that says whom it is for or what it is ("(for the non-Arabic
speakers) ...", "[English version for the mods] ..."): the span started inside the bracket, its words kept. Such an aside
(up to 10 words, opening with "for" or naming the English as a translation or version) is now a lead when the Arabic
opens with no bracket of its own (edges._aside_lead)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LATE = "قالت ليلى إنها ستتأخر ساعة."
CITY = "يُقدّر عدد سكان المدينة بحوالي 3 ملايين نسمة، ويعمل معظمهم في الزراعة."
CITY_EN = "The city's population is estimated at about 3 million people, and most of them work in agriculture."


def _found(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with (a reply under it)."""
    rows = [("1", None, "A", arabic), ("2", "1", "A", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize(("arabic", "aside", "english"), [
    (LATE, "(for the non-Arabic speakers) ", "Layla said she would be an hour late."),
    (CITY, "[English version for the mods] ", CITY_EN),
])
def test_aside_before_the_translation_is_left_out(arabic: str, aside: str, english: str) -> None:
    assert _found(arabic, aside + english) == english
