"""Issue 14 (false pairs; round 10's "Arabic and English line by line", find._own_candidates): in a comment that gives
its Arabic and English line by line, each Arabic line followed by a line of English of its own (find._alternates),
the English above an Arabic line is the line before's, never this line's translation given before it. The English
under the first line, another sentence that names the second line's place and year, was paired with the second line."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _translations(text: str) -> list[str | None]:
    return [p.translation_text for p in pairs(make_thread([("1", None, "A", text)]))]


@pytest.mark.parametrize("text", [
    "الجو كان حلو جدا امبارح.\nSami moved to Cairo in 2019 to work for an oil company.\n"
    "في 2019 سافر سامي إلى القاهرة لأول مرة وأحبها كثيرا.\nStill miss those days",
    "يا ليل يا عين.\nThe concert was in Beirut on 12 March 2019, sold out.\n"
    "في 12 مارس 2019 غنّت فيروز في بيروت أمام آلاف الناس.\nwhat a night",
])
def test_the_english_under_a_line_is_no_translation_of_the_next_line(text):
    assert _translations(text) == [None, None]


def test_english_before_the_arabic_still_translates_it():
    """English first, the Arabic after it (no line of English under the Arabic): the English before is its translation."""
    text = "Sami moved to Cairo in 2019 to work for an oil company.\nانتقل سامي إلى القاهرة في 2019 ليعمل في شركة نفط."
    assert _translations(text) == ["Sami moved to Cairo in 2019 to work for an oil company."]
