"""Issue 14, a translation three replies down: under the Arabic, "Someone here must know." calls on a reader who knows
what it says, as a request does, but was not taken for one, so the translation below it had no request above it and an
Egyptian one fell just under the bar. A short comment that only calls on someone who knows, saying where or how surely
("Someone here must know.", "anyone here know?", "Surely somebody knows"), is now a request (cues._calls_knower)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import is_request, pairs


@pytest.mark.parametrize("text", [
    "Someone here must know.",
    "Surely somebody here knows",
    "anyone here know?",
    "Someone out there will know this 🙏",
    "Someone who speaks Arabic must know.",
])
def test_calls_on_knower(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize("text", [
    "Anyone know?",
    "Anyone know the song at 2:31?",
    "Somebody knows.",
    "Someone here must know the way to the station, I am lost.",
])
def test_no_call(text: str) -> None:
    assert not is_request(text)


def test_translation_below_call_is_after_request() -> None:
    rows = [
        ("1", None, "A", "تأخر القطار ساعتين بسبب الثلج."),
        ("2", "1", "B", "Someone here must know."),
        ("3", "2", "C", "Are you going this year?"),
        ("4", "3", "D", "The train was two hours late because of the snow."),
    ]
    pair = pairs(make_thread(rows))[0]
    assert pair.translation_text == "The train was two hours late because of the snow."
    assert "after a request in 2" in pair.reason


def test_a_call_on_a_knower_in_capitals_is_a_request_too() -> None:
    """The pattern ignores case; the cheap check before it once did not ("SOMEONE HERE MUST KNOW" was no request)."""
    from bilingual.pairing.cues import _calls_knower

    assert _calls_knower("SOMEONE HERE MUST KNOW") and not _calls_knower("ANYONE KNOW?")
