"""Issue 14: the colons a wiki talk page indents a reply with (": ...", ":: ...") introduce nothing: no text stands
before them, so a reply that only names a name of the Arabic (": Is Layla mentioned in the English-language coverage at
all?") is no translation marked by a colon; an indented translation is still paired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked

SOURCE = "Per the primary source: ''كان سامي لطيفا مع ليلى. من ذلك الرجل الذي يعزف على البيانو؟''"


def _found(arabic: str, reply: str) -> str | None:
    (pair,) = [p for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", reply)])) if p.passage.location.comment == "1"]
    return pair.translation_text


def test_an_indented_question_about_a_name_is_no_translation() -> None:
    """Before, the colon marked it as a translation and it was paired at 0.94."""
    assert _found(SOURCE, ": Is Layla mentioned in the English-language coverage at all?") is None


@pytest.mark.parametrize("reply", [": Is Layla mentioned?", ":: Is Layla mentioned?", " ::: Is Layla mentioned?"])
def test_an_indentation_colon_marks_nothing(reply: str) -> None:
    start = reply.index("Is")
    assert not marked(reply, start, len(reply))
    assert not marked(reply, 0, len(reply))


@pytest.mark.parametrize("reply", [": Translation: Sami was nice to Layla.", ":: In English it says Sami was nice to Layla.", ": Sami was nice to Layla."])
def test_an_indented_translation_is_paired(reply: str) -> None:
    assert _found("Per the primary source: ''كان سامي لطيفا مع ليلى.''", reply) == "Sami was nice to Layla."
