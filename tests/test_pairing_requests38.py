"""Issue 14: a request for a translation written as a bare call ("translation anyone?", "Translation, anyone?",
"meaning anyone?") or as a need ("i need the meaning of 2:04 asap", "can you give me the meaning of this") is a request,
so a third person's answer under it is paired; sentences that only talk about a translation are none."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import is_request


@pytest.mark.parametrize(
    "text",
    ["0:11 translation anyone?", "Translation, anyone?", "meaning anyone?", "english anybody??", "english someone please",
     "i need the meaning of 2:04 asap", "We need a translation of this one", "can you give me the meaning of this"],
)
def test_a_call_or_a_need_for_the_meaning_is_a_request(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    ["Translation anyone can read is better", "I need a translation job", "We need the translation of the law to be accurate",
     "The translation someone posted is wrong"],
)
def test_talk_about_a_translation_is_no_request(text: str) -> None:
    assert not is_request(text)


def test_a_third_person_answers_a_timestamp_call() -> None:
    """Before, the answer scored 0.84, under the bar, without the request's support."""
    rows = [
        ("1", None, "A", "0:11 ما الذي جاء بك إلى هنا باكراً هكذا؟ 😭😭"),
        ("2", "1", "B", "0:11 translation anyone?"),
        ("3", "2", "C", "@B What made you come here so early?"),
    ]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    assert pair.translation_text == "What made you come here so early?"
