"""Issue 14, a paragraph announcing the translation under it, however long, ending in a colon ("[MOD] Adding a
translation so the post can stay up under rule 3 (English summaries required):"): it stayed at the span's start when
the Arabic marks as many sentences as the English without it. A first paragraph ending in a colon that the Arabic accounts
for little of is now a lead (edges._colon_paragraph)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

SCHOOLS = "ستعيد المدارس فتح أبوابها الأسبوع المقبل. وطلبت الوزارة من الأهالي إبقاء الأطفال المصابين بالحمى في المنزل."
SCHOOLS_EN = "Schools will reopen next week. The ministry asked parents to keep children with a fever at home."


def _found(arabic: str, reply: str) -> str | None:
    """The English the passage of comment 1 is paired with (a reply under it)."""
    rows = [("1", None, "A", arabic), ("2", "1", "mod_team", reply)]
    return next(p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


@pytest.mark.parametrize("lead", [
    "[MOD] Adding a translation so the post can stay up under rule 3 (English summaries required):",
    "Translating this for the thread since the sub wants English on every post (rule 3):",
    "Putting this in English for the people in the comments who asked for it (and for the mods):",
])
def test_paragraph_ending_in_a_colon_is_a_lead(lead: str) -> None:
    assert _found(SCHOOLS, f"{lead}\n\n{SCHOOLS_EN}") == SCHOOLS_EN
