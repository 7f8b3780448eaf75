"""Issue 14: a line of verse typed with its two halves set apart ("صدر *** عجز", "صدر / عجز") and answered half by half,
each half's English on its own line, pairs half by half: before, the whole line took both English lines, so the first
half's translation ran on into the second's."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual import pipeline
from bilingual.pairing import pairs

_FIRST = "البحر واسع والسماء صافية"
_SECOND = "والقلب يشتاق إلى البيت"
_FIRST_EN = "The sea is wide and the sky is clear"
_SECOND_EN = "And the heart longs for home"


def _spans(rows: list[tuple[str, str | None, str, str]]) -> list[str | None]:
    """The translations found for the passages of comment "1", in order."""
    return [p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]


@pytest.mark.parametrize(
    ("mark", "reply"),
    [
        ("***", f"Line by line:\n{_FIRST_EN}\n{_SECOND_EN}"),  # a forum reply with a lead
        ("/", f"{_FIRST_EN}\n\n{_SECOND_EN}"),  # a Facebook comment, a blank line between the halves
        ("ـــــ", f"Half by half:\n\n{_FIRST_EN}.\n{_SECOND_EN}."),  # tatweel between the halves, each line a sentence
        ("//", f"{_FIRST_EN}\n{_SECOND_EN}"),
    ],
)
def test_a_verse_answered_half_by_half_pairs_half_by_half(mark: str, reply: str) -> None:
    """Each half of the line gets the English line that translates it."""
    rows = [("1", None, "A", f"My grandfather's favourite lines:\n\n{_FIRST} {mark} {_SECOND}"), ("2", "1", "B", reply)]
    first, second = _spans(rows)
    assert first is not None and first.startswith(_FIRST_EN) and _SECOND_EN not in first
    assert second is not None and second.startswith(_SECOND_EN)


def test_a_verse_answered_on_one_line_stays_one_passage() -> None:
    """English on one line (the whole verse's translation) does not cut the line: it is one passage, paired whole."""
    english = f"{_FIRST_EN}, {_SECOND_EN.lower()}."
    rows = [("1", None, "A", f"{_FIRST} *** {_SECOND}"), ("2", "1", "B", english)]
    assert _spans(rows) == [english]


def test_the_pipeline_cuts_a_verse_into_its_halves_as_pairs_does() -> None:
    """One pipeline: the report's passages are pairing's. The pipeline handed a one-line verse over whole (no sentence
    mark inside it), so its report paired both English lines with the whole line where :func:`pairs` paired each half."""
    thread = make_thread([("1", None, "A", f"My grandfather's favourite lines:\n\n{_FIRST} *** {_SECOND}"),
                          ("2", "1", "B", f"Line by line:\n{_FIRST_EN}\n{_SECOND_EN}")])
    ran = pipeline.run(thread, pipeline.Settings(mt=False)).pairs
    assert [(p.passage, p.translation_text) for p in ran] == [(p.passage, p.translation_text) for p in pairs(thread)]
    assert len(ran) == 2
