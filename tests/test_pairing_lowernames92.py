"""Issue 14, scores: a phone user's translation typed all in lower case ("look i haven't visited the temples there in
luxor and aswan") has its names in lower case too, and a name counted only when capitalised: the Arabic's الأقصر and
أسوان found no name in it and the translation was no pair. In a segment without a capital, a word running English seldom
has that the Arabic spells is that name."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


@pytest.mark.parametrize(("arabic", "english"), [
    ("بصى هو أنا ماروحتش اللي هي المعابد اللي هو .. اللي هي الأقصر وأسوان", "look i haven't visited the temples there in luxor and aswan"),
    ("بص هو أنا ماروحتش اللي هي الشواطئ اللي هو .. اللي هي دهب ونويبع", "look i haven't been to the beaches there in dahab and nuweiba"),
    ("بصى هو أنا ماروحتش اللي هي المعابد اللي هو .. اللي هي إدفو وكوم أمبو", "look i haven't visited the temples there in edfu and kom ombo"),
])
def test_names_in_a_lower_case_translation_count(arabic, english):
    rows = [("1", None, "A", "Text from my aunt, what does it mean\n\n" + arabic), ("2", "1", "B", english)]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [english]
