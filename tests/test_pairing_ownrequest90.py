"""Issue 14, round 35's tuned half: a post that asks what its own Arabic says ("Text from my cousin, what does it mean?" over
the Arabic, as r/translator and learners' forums are written) is a request for a translation, and someone else's reply right
under it answers that request as a reply under a request comment does; the poster's question is read without the Arabic."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_PAIRS = [("نسيت مظلتي في القطار.", "i left my umbrella on the train"), ("وبعدين روحت نمت على طول", "then i went straight to sleep")]


def _paired(post: str, arabic: str, english: str, by: str = "B") -> str | None:
    """The translation the Arabic under ``post`` is paired with when ``by`` replies ``english``."""
    return pairs(make_thread([("1", None, "A", f"{post}\n\n{arabic}"), ("2", "1", by, english)]))[0].translation_text


@pytest.mark.parametrize(("arabic", "english"), _PAIRS)
def test_a_reply_under_a_post_asking_about_its_arabic_answers_it(arabic: str, english: str) -> None:
    assert _paired("Text from my cousin, what does it mean?", arabic, english) == english


@pytest.mark.parametrize(("arabic", "english"), _PAIRS)
def test_a_post_that_asks_nothing_gives_its_replies_no_such_context(arabic: str, english: str) -> None:
    assert _paired("Text from my cousin.", arabic, english) is None


@pytest.mark.parametrize(("arabic", "english"), _PAIRS)
def test_the_posters_own_reply_is_no_answer_to_their_own_question(arabic: str, english: str) -> None:
    assert _paired("Text from my cousin, what does it mean?", arabic, english, by="A") is None
