"""Issue 14 (round 22's "translated in two comments"; bilingual/pairing/cues.py, parts.py): a translation split over
two comments whose parts are numbered in words ("[1 of 2]", "(2 of 2)", "Part 1 of 2:") is joined as one numbered
"1/2" is, the marks left out of its spans; a share written "1 of 2" in the writer's next comment joins nothing."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "كانت عند سامي ستّ دروس في اليوم الواحد. علي أن أخبر جمال بما سمعته."
FIRST, SECOND = "Sami had six classes within a day.", "I should tell Jamal what I heard."


def _spans(first: str, second: str) -> list[list[str]]:
    rows = [("1", None, "A", ARABIC), ("2", "1", "B", first), ("3", "2", "B", second)]
    texts = dict((cid, text) for cid, _, _, text in rows)
    return [
        sorted(texts[str(t.comment)][t.start : t.end] for t in (p.translation, *p.continued))
        for p in pairs(make_thread(rows)) if p.translation is not None
    ]


@pytest.mark.parametrize(("mark1", "mark2"), [
    ("[1 of 2] ", "[2 of 2] "),
    ("(1 of 2) ", "(2 of 2) "),
    ("Part 1 of 2: ", "Part 2 of 2: "),
    ("for the devs who asked what this says: [1 of 2] ", "(2/2) "),
    ("1 of 2: ", "2 of 2: "),
])
def test_parts_numbered_in_words_are_joined_without_their_marks(mark1, mark2):
    assert _spans(mark1 + FIRST, mark2 + SECOND) == [sorted([FIRST, SECOND])]


def test_a_part_number_in_words_closing_the_first_part():
    assert _spans(FIRST + " (1 of 2)", "(2 of 2) " + SECOND) == [sorted([FIRST, SECOND])]


@pytest.mark.parametrize("later", ["1 of 2 people I asked said the same thing.", "2 of 2 stars from me honestly."])
def test_a_share_in_the_writers_next_comment_is_no_part(later):
    assert _spans(f"{FIRST} {SECOND}", later) == [[f"{FIRST} {SECOND}"]]
