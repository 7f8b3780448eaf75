"""Issue 14, round 32's tuned half (bilingual/pairing/cues.py _announced_above): "Translation:" after a word to the asker
on its line ("You're good. Translation:") announces the line under it, and so does a lead over a code fence ("Here's the
English for the string table:" then "```"): the fence's line is markup, the line above it is read."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked

ARABIC = "فمافيش حاجة معينة مش .. مش قادر أقول على حاجة معينة أن هى دى اللى بحب أسمعها يعنى"
ENGLISH = "So there's nothing in specific, I can't .. I can't name a specific genre that I love listening to."


def _paired(rows: list[tuple[str, str | None, str | None, str]], comment: str, english: str) -> None:
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and found[0].translation.comment == comment
    assert found[0].translation_text == english


@pytest.mark.parametrize("fence", ["```", "~~~", "```text"])
def test_a_code_fence_under_a_lead_is_introduced(fence):
    reply = f"Here's the English for the string table:\n\n{fence}\n{ENGLISH}\n{fence[:3]}"
    _paired([("1", None, "A", "The vendor sent this string back, what should the English be?\n\n" + ARABIC), ("2", "1", "B", reply)], "2", ENGLISH)


def test_translation_after_a_word_to_the_asker_on_its_line_announces_the_next():
    text = "You're good. Translation:\n\n**I really wished to join Ain Shams university .. Faculty of Engineering at Ain Shams university, very much.**"
    start = text.index("**")
    assert marked(text, start, len(text))
    rows = [("1", None, "A", "Got this in Cairo years ago, what does it actually say?\nكان نفسي ادخل عين شمس .. هندسة عين شمس جدا"), ("2", "1", "B", text)]
    _paired(rows, "2", text[start + 2 : -2])


def test_a_sentence_of_its_own_before_the_colon_announces_nothing():
    text = "I lived there. Then I moved to the city and\n\nShe came to ask us to help her."
    assert not marked(text, text.index("She"), len(text))
