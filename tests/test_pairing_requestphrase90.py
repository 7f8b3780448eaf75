"""Issue 14, round 35's tuned half: a request that names what it asks about in a few words ("what does the writing on the
lid mean?", "What do the words on this sign say?") is a request as "what does this mean?" is; up to five words may stand
between the verb and "mean" or "say"."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import is_request


@pytest.mark.parametrize("text", ["Question: what does the writing on the lid mean?", "What do the words on this sign say?",
                                  "what does the text on the box say"])
def test_a_request_naming_the_text_in_a_few_words_is_a_request(text: str) -> None:
    assert is_request(text)


def test_a_question_about_something_else_is_none() -> None:
    assert not is_request("What does the weather look like in Cairo in May?")


def test_a_reply_under_such_a_question_answers_it() -> None:
    arabic, english = "نسيت مظلتي في القطار.", "i left my umbrella on the train"
    rows = [("1", None, "A", f"Question: what does the writing on the lid mean?\n{arabic}"), ("2", "1", "B", f"Answer: {english}")]
    assert pairs(make_thread(rows))[0].translation_text == english
