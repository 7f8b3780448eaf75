"""Issue 14 (round 27's partial translations, "start of it is Tom was lost in his thoughts. (not sure about the rest)";
bilingual/pairing/edges._TEXT_SUBJECT): "start of it", "the beginning of this", "end of it" name a part of the text, as
"the first part" does, so "start of it is ..." is a frame before the translation of that part. Without "of it" the words
are the translation's own subject ("The beginning was very hard.")."""

from __future__ import annotations

import pytest

from bilingual.pairing.edges import extra_lead

COLD = "كان الجو باردا جدا أمس. ذهبنا إلى السوق."


def _start(text: str, arabic: str) -> str:
    return text[extra_lead(text, 0, len(text), arabic) :]


@pytest.mark.parametrize("lead", [
    "start of it is ", "the beginning of it is ", "beginning of this is ", "End of it is ", "the start bit of it says ",
])
def test_a_frame_naming_a_part_of_the_text(lead: str) -> None:
    english = "The weather was very cold yesterday."
    assert _start(lead + english, COLD) == english


@pytest.mark.parametrize(("arabic", "english"), [
    ("البداية كانت صعبة جدا.", "The beginning was very hard."),
    ("البداية هي أصعب جزء.", "The beginning is the hardest part."),
    ("النهاية قريبة والجو بارد.", "the end is near and the weather is cold."),
    ("النهاية هي الأهم.", "The end is the most important."),
])
def test_the_beginning_or_the_end_as_the_translations_own_subject(arabic: str, english: str) -> None:
    assert _start(english, arabic) == english
