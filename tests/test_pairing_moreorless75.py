"""Issue 14, a hedged translation: "More or less: <English>" says a meaning follows as "Roughly:" does, but was not
taken for a lead that says so (only for doubt), so a long Egyptian translation under it was scored unmarked and fell
under the bar. "more or less" is now a meaning word (cues._MEANING_WORDS); the pair stays flagged uncertain."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked


@pytest.mark.parametrize("text", ["More or less: The train was late.", "it says, more or less: The train was late."])
def test_more_or_less_marks(text: str) -> None:
    assert marked(text, 0, len(text))


def test_hedged_pair() -> None:
    rows = [("1", None, "A", "تأخر القطار ساعتين بسبب الثلج."), ("2", "1", "B", "More or less: The train was two hours late because of the snow.")]
    pair = pairs(make_thread(rows))[0]
    assert pair.translation_text == "The train was two hours late because of the snow."
    assert "introduced as a translation" in pair.evidence
    assert "uncertain" in pair.flags
