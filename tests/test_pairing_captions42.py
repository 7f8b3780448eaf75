"""Issue 14, round 42's tuned half: how ordinary posts set their English beside or under the Arabic. A caption's mark
between the two on one line ("::", "//", "→", "|") sets it off as a spaced dash does; a language label alone on the
line over the English ("(EN)") is no word of it."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in, marked

ARABIC = "الفئران حيوانات خجولة."


@pytest.mark.parametrize("mark", ["::", "//", "→", "|", "=>"])
def test_a_captions_mark_after_the_arabic_introduces_the_english(mark: str) -> None:
    text = f"{ARABIC} {mark} Mice are shy animals. 🤍"
    start = text.index(mark)
    assert marked(text, start, len(text))
    assert text[lead_in(text, start, len(text)) :].startswith("Mice")


def test_the_mark_after_english_words_introduces_nothing() -> None:
    text = "my notes :: Mice are shy animals."
    assert not marked(text, text.index("::"), len(text))


def test_a_short_caption_beside_a_double_colon_is_paired() -> None:
    rows = [("1", None, "nour.clicks", "تقدري تحكِّيلي دهري. :: Could you scratch my back?"), ("2", "1", "b", "so cute 😍")]
    assert pairs(make_thread(rows))[0].translation_text == "Could you scratch my back?"


def test_a_language_label_alone_over_lower_case_english_is_left_out() -> None:
    text = "📌 Notice\n\n(AR)\nأشعر بصداع خفيف منذ الصباح\n\n(EN)\ni've had a slight headache since the morning"
    start = text.index("(EN)")
    assert text[lead_in(text, start, len(text)) :].startswith("i've")
