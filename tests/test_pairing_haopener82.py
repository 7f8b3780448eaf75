"""Issue 14, round 32's tuned half: a reader laughs at a joke translation before giving the real one ("Ha. Seriously
though: ..."); "Ha." was no word to the asker (only "Haha" was), so the span started at it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "انتي ممكن تشتغلي و برضه تحسي نفسك تايهة بس حاسة إنه لأ جو الشغل هيبقى أحسن شوية يعني"
_ENGLISH = "You may work and still feel that you're lost but you feel that the working environment is a bit better."


@pytest.mark.parametrize("lead", ["Ha. Okay, for real: ", "Ha! Seriously though: "])
def test_a_laugh_before_the_real_translation_is_no_part_of_it(lead: str) -> None:
    rows = [
        ("1", None, "A", f"My cat's new bowl came with this on it\n{_ARABIC}"),
        ("2", "1", "B", 'It says "feed me now"'),
        ("3", "2", "C", lead + _ENGLISH),
    ]
    assert pairs(make_thread(rows))[0].translation_text == _ENGLISH
