"""Issue 14, round 26's tuned misses: leads a reader writes before a translation and notes after it that pairing did not
read. "Bottom one is <English>" beside two Arabic comments; a note in its own paragraph under the English saying the rest
could not be read (the English translates a part); "my grandma says something like <English>"; a video's
timestamp before "he's saying"; "First quote: <English>" after a remark on the same line."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import Pair, pairs
from bilingual.pairing.cues import lead_in, opens

SHOP = "المحل مغلق يوم الجمعة."
SHOP_EN = "The shop is closed on Friday."
TRAIN = "وصل القطار متأخرًا بساعتين بسبب الثلج."
TRAIN_EN = "The train arrived two hours late because of the snow."
MARKET = "ذهبنا إلى السوق في الصباح. ثم عدنا إلى البيت وطبخنا الغداء معًا."
MARKET_EN = "We went to the market in the morning."


def _pair(rows: list[tuple[str, str | None, str, str]], comment: str) -> Pair:
    """The pair of the passage in ``comment``."""
    return next(p for p in pairs(make_thread(rows)) if p.passage.location.comment == comment)


@pytest.mark.parametrize("lead", ["Bottom one is ", "The second one is "])
def test_an_ordinal_one_is_before_a_translation_beside_two_arabic_comments(lead: str) -> None:
    rows = [
        ("1", None, "A", "Two people left Arabic comments on my photo, can anyone translate?"),
        ("2", "1", "B", TRAIN),
        ("3", "1", "C", SHOP),
        ("4", "1", "D", f"{lead}{SHOP_EN}\n(no idea about the other one)"),
    ]
    assert _pair(rows, "3").translation_text == SHOP_EN


@pytest.mark.parametrize("note", [
    "(I couldn't read the last part of the note, sorry, the second sentence is missing)",
    "^ only the first line, the rest of the card got wet and I can't make it out",
])
def test_a_note_below_the_english_that_the_rest_is_not_read_makes_it_partial(note: str) -> None:
    rows = [("1", None, "A", f"The shelter sent me this card, what does it say?\n{MARKET}"), ("2", "1", "B", f"{MARKET_EN}\n\n{note}")]
    found = _pair(rows, "1")
    assert found.translation_text == MARKET_EN
    assert "partial" in found.flags


@pytest.mark.parametrize(("text", "translation"), [
    ("ok so my grandma says something like I mean I remember it better than Alexandria. I'm pretty sure", "I mean I remember"),
    ("my grandmother's version would be roughly The train was late again. I think?", "The train was late"),
    ("My dad says Close the door behind you.", "Close the door"),
])
def test_a_relative_reported_before_the_translation_is_a_lead(text: str, translation: str) -> None:
    assert text[lead_in(text, 0, len(text)):].startswith(translation)
    assert opens(text, 0, len(text))


def test_a_relative_reporting_the_writers_own_words_is_no_lead() -> None:
    text = "My dad says I am late again."
    assert lead_in(text, 0, len(text)) == 0


@pytest.mark.parametrize("text", ['at 12:40 he\'s saying "The train was late again." (the audio is quiet there)',
                                  "around 3:05, she's saying The train was late again."])
def test_a_timestamp_before_hes_saying_is_part_of_the_lead(text: str) -> None:
    assert text[lead_in(text, 0, len(text)):].lstrip('"').startswith("The train")
    assert opens(text, 0, len(text))


def test_a_quote_named_by_its_place_after_a_remark_on_its_line() -> None:
    text = "Lovely street. First quote: The shop is closed on Friday."
    start = text.index("First")
    assert text[lead_in(text, start, len(text)):].startswith("The shop")
    assert opens(text, start, len(text))


def test_a_verdict_on_one_of_two_answers_is_no_lead() -> None:
    text = "The second one is Right, the first is a guess."
    assert lead_in(text, 0, len(text)) == 0
