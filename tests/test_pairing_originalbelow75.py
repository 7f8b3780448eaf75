"""Issue 14, a translation before the Arabic: "<English>\n\nOriginal below 👇\n<Arabic>". The line pointing down to
the original said nothing (only "Original:" with a colon did), so the English before it was scored unmarked and an
Arabic rendered freely fell under the bar. A line above the Arabic that names it the original and points down to it
("Original below 👇", "The original ⬇️", "Arabic original underneath") now introduces the English before it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import original_before

ARABIC = "يمكن لعلاقة حبّ أن تصبح علاقة غير سليمة."


@pytest.mark.parametrize("line", ["Original below 👇", "The original ⬇️", "Arabic original underneath:", "Original below"])
def test_points_down_to_original(line: str) -> None:
    text = f"Love can turn toxic.\n\n{line}\n{ARABIC}"
    assert original_before(text, text.index(ARABIC))
    pair = pairs(make_thread([("1", None, "A", text)]))[0]
    assert pair.translation_text == "Love can turn toxic."
    assert "introduced as a translation" in pair.evidence


@pytest.mark.parametrize("line", ["See below 👇", "More below", "My photos below 👇"])
def test_other_pointer_no_original(line: str) -> None:
    text = f"Love can turn toxic.\n\n{line}\n{ARABIC}"
    assert not original_before(text, text.index(ARABIC))
