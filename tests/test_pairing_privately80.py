"""Issue 14, round 32's tuned half (bilingual/pairing/cues.py _given_privately, _GOES_AS): a lead saying the answer went
by DM too and is posted here ("DM'd you, but here for everyone:", "Replied in chat as well, but:") says a meaning
follows, as "it's actually:" does when a second reader corrects the first."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked


def _paired(rows: list[tuple[str, str | None, str | None, str]], comment: str, english: str) -> None:
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and found[0].translation.comment == comment
    assert found[0].translation_text == english


@pytest.mark.parametrize("lead", ["DM'd you, but here for everyone:", "Sent you a PM, posting it here too:", "Replied in chat as well, but:",
                                  "Sent you a message but posting here too:"])
def test_an_answer_sent_privately_too_is_introduced(lead):
    english = "I usually watch something while having breakfast"
    text = f"{lead} {english}"
    assert marked(text, 0, len(text))
    _paired([("1", None, "A", "Written on the back of the old club trophy:\nغالبا و انا بفطر ببقى بتفرج على حاجة"), ("2", "1", "B", text)], "2", english)


def test_a_private_message_alone_says_nothing():
    assert not marked("I sent you a DM about the meetup: it starts at six", 0, 51)


def test_its_actually_says_a_meaning():
    text = "Respectfully, it's actually: This is the what .. they consider this disobedience but for me it's laziness."
    assert marked(text, 0, len(text))
