"""Issue 14, round 32's tuned half: a learner asks for candid corrections after their own translation ("Is this right? Be
brutal 😅", "Go easy on me", "Feedback welcome!"); the plea stayed in the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ENGLISH = "You're a grown up and you're sane so you're supposed to finish it."


@pytest.mark.parametrize("plea", ["Did I get it right? Corrections welcome 😬", "Is this right? Be brutal 😅", "Am I close? Go easy on me"])
def test_a_plea_for_corrections_after_a_learners_translation_is_left_out(plea: str) -> None:
    text = f"أنت كبير و عاقل فالمفروض تخلصها\n\nMy attempt at translating:\n{_ENGLISH}\n\n{plea}"
    assert pairs(make_thread([("1", None, "A", text)]))[0].translation_text == _ENGLISH


def test_a_last_sentence_asking_for_kindness_is_the_translations_own() -> None:
    english = "I didn't mean to do that. Be nice to me."
    text = f"لم أقصد أن أفعل ذلك. كن لطيفا معي.\n\nMy attempt:\n{english}"
    assert pairs(make_thread([("1", None, "A", text)]))[0].translation_text == english
