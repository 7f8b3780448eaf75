"""Issue 14, a line repeated: the Arabic is one line pasted three times (a chant, a copy-paste) and the reply translates
it once ("Translating once: <English> (the rest is the same line repeated, so I only did it once)"). Its length was
judged against the three copies, so the window reached into the note after it, or an Egyptian line fell under the bar.
A passage that is one line over and over is now as long as one copy (find._copies)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

LINE = "تأخر القطار ساعتين بسبب الثلج."
ENGLISH = "The train was two hours late because of the snow."


@pytest.mark.parametrize("answer", [
    f"Translating once: {ENGLISH} (the rest is the same line repeated, so I only did it once)",
    f"Here: {ENGLISH} (skipped the repeats, it's the same sentence)",
])
def test_line_translated_once(answer: str) -> None:
    rows = [("1", None, "A", f"{LINE}\n{LINE}\n{LINE}"), ("2", "1", "B", answer)]
    assert pairs(make_thread(rows))[0].translation_text == ENGLISH


def test_different_lines_keep_their_length() -> None:
    arabic = f"{LINE}\nنسيت مفاتيحك في بيتي أمس.\nالأكل في ذلك المطعم كان رائعا جدا."
    answer = f"Here: {ENGLISH} (the rest is the same line repeated, so I only did it once)"
    pair = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", answer)]))[0]
    assert pair.translation_text != ENGLISH
