"""Issue 14 (round 23's "zoom-two-lines", a translation continued in the writer's next post with no mark;
bilingual/pairing/find._with_rest): the writer's next comment right after a translation that is short for the Arabic is
the rest of it when it shows evidence of its own and the two together come nearer a translation's length; a follow-up
after a whole translation, chatter or another sentence's English after a partial one are no rest of it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

ARABIC = "كانت عند سامي ستّ دروس في اليوم الواحد. علي أن أخبر جمال بما سمعته."
FIRST, SECOND = "Sami had six classes within a day.", "I should tell Jamal what I heard."


def _layout(name: str, first: str, second: str) -> list[tuple[str, str | None, str, str]]:
    """A reply and the writer's reply to it; a flat chat; the passage's author's own two later comments."""
    if name == "chain":
        return [("1", None, "A", ARABIC), ("2", "1", "B", first), ("3", "2", "B", second)]
    writer = "B" if name == "flat" else "A"
    return [("1", None, "A", ARABIC), ("2", None, "C", "can everyone see my screen?"), ("3", None, writer, first), ("4", None, writer, second)]


def _spans(rows: list[tuple[str, str | None, str, str]]) -> list[list[str]]:
    texts = {cid: text for cid, _, _, text in rows}
    return [
        sorted(texts[str(t.comment)][t.start : t.end] for t in (p.translation, *p.continued))
        for p in pairs(make_thread(rows)) if p.translation is not None
    ]


@pytest.mark.parametrize("layout", ["chain", "flat", "own"])
@pytest.mark.parametrize("lead", ["", "for the non-Arabic folks: ", "it says: "])
def test_the_writers_next_comment_is_the_rest_of_a_translation(layout, lead):
    assert _spans(_layout(layout, lead + FIRST, SECOND)) == [sorted([FIRST, SECOND])]


@pytest.mark.parametrize("layout", ["chain", "flat", "own"])
@pytest.mark.parametrize("later", ["Can I have a private opinion?", "lol my cat just walked across the keyboard"])
def test_other_english_after_a_partial_translation_is_no_rest_of_it(layout, later):
    assert _spans(_layout(layout, FIRST, later)) == [[FIRST]]


@pytest.mark.parametrize("layout", ["chain", "flat", "own"])
def test_a_follow_up_after_a_whole_translation_is_no_rest_of_it(layout):
    """The follow-up shares the Arabic's name (Sami), but the translation before it is whole: together they are too long."""
    rows = _layout(layout, f"{FIRST} {SECOND}", "Sami is my cousin btw, he still has six classes a day.")
    assert _spans(rows) == [[f"{FIRST} {SECOND}"]]
