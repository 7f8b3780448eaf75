"""Issue 14, round 42's tuned half: how ordinary posts set their English beside or under the Arabic. A caption's mark
between the two on one line ("::", "//", "→", "|") sets it off as a spaced dash does, but marks it as weakly as brackets
(a caption may set any words beside its Arabic); a language label alone on the line over the English ("(EN)") is no
word of it; a greeting before the handle a reply opens with ("hey u/sam") is part of the address; a note dismissing the
rest ("the rest is just me ranting") says the English gives a part, as one not knowing the rest does."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import lead_in, marked
from bilingual.pairing.edges import rest_left

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


@pytest.mark.parametrize("mark", ["::", "//", "→", "|", "~"])
def test_a_captions_mark_is_as_weak_as_brackets_beside_unrelated_english(mark: str) -> None:
    rows = [("1", None, "nour.clicks", f"{ARABIC} {mark} Sunset from the rooftop, no filter 🌅"), ("2", "1", "b", "❤️")]
    assert pairs(make_thread(rows))[0].translation_text is None


def test_a_language_label_alone_over_lower_case_english_is_left_out() -> None:
    text = "📌 Notice\n\n(AR)\nأشعر بصداع خفيف منذ الصباح\n\n(EN)\ni've had a slight headache since the morning"
    start = text.index("(EN)")
    assert text[lead_in(text, start, len(text)) :].startswith("i've")


@pytest.mark.parametrize("greeting", ["hey u/noor_k ", "hi @noor_k, ", "thanks @noor_k "])
def test_a_greeting_before_the_handle_is_part_of_the_address(greeting: str) -> None:
    text = f"{greeting}As soon as she comes, we will begin."
    assert text[lead_in(text, 0, len(text)) :].startswith("As soon")


def test_a_greeting_before_no_handle_is_kept() -> None:
    text = "hey guys As soon as she comes"
    assert lead_in(text, 0, len(text)) == 0


@pytest.mark.parametrize("note", ["\n\nthe rest is just me ranting", " rest is filler lol", "\n\nthe rest of it is boring"])
def test_a_note_dismissing_the_rest_says_the_english_gives_a_part(note: str) -> None:
    text = f"the main thing: they also had a mild fever{note}"
    assert rest_left(text, text.index("fever") + len("fever"))


def test_a_remark_without_a_part_named_is_no_such_note() -> None:
    text = "they also had a mild fever\n\nsorry for ranting"
    assert not rest_left(text, text.index("fever") + len("fever"))
