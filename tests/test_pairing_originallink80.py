"""Issue 14, round 32's tuned half (bilingual/pairing/cues.py _LINK_LINE, _original_linked, _TAG_ONLY): a line that
only links the original ("(original: https://twitter.com/...)", "Source tweet: https://x.com/...") marks the English under
it as the original's translation, and is no part of it; a quote's closing tag after the last words of the Arabic it quotes
("2020.[/quote]") is no English of the writer's either."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces, marked


def _paired(rows: list[tuple[str, str | None, str | None, str]], comment: str, english: str) -> None:
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and found[0].translation.comment == comment
    assert found[0].translation_text == english


@pytest.mark.parametrize("link", ["(original: https://twitter.com/Yasmin_B/status/906852712904472938)", "Source tweet: https://x.com/Salma_R/status/381337538209921712"])
def test_a_link_to_the_original_above_marks_the_english_and_stays_out(link):
    english = "I was upset that I didn't get the grades required for joining Ain Shams university in high school."
    arabic = "و اضايقت ان انا ماجبتش مجموع عين شمس فى ثانوية عامة"
    text = f"{link}\n\n{english}"
    assert introduces(text, 0, len(link)) and marked(text, len(link) + 2, len(text))
    _paired([("1", None, "A", "This is going around today:\n" + arabic), ("2", "1", "B", text)], "2", english)


def test_a_link_named_otherwise_marks_nothing():
    text = "Full video: https://youtu.be/abc123\n\nThey let me work with them on a task."
    assert not marked(text, text.index("They"), len(text))


def test_a_quote_tag_closing_the_quoted_arabic_is_no_english():
    text = "[quote]في 23 فبراير 2020.[/quote]\n\nSouth Korea declared the highest level of alert on 23 February 2020."
    assert introduces(text, text.index("2020.["), text.index("\n"))
