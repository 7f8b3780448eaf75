"""Issue 14 (round 27's split fan translations; bilingual/pairing/edges._part_lead): a short lead that ends in the mark of
which part of a split translation follows ("fan translation incoming [1/2] Layla had ...", "ok translating, bear with me
(1/2) May I ...") is no part of the translation, whatever its words: the mark says the translation starts after it. Not
before lower case ("(1/2) cup": a quantity), not after a lead of more than a few words, and not where the Arabic gives the
lead's words."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead, part_lead

COLD = ("كان الجو باردا جدا أمس.", "The weather was very cold yesterday.")


def _start(text: str, arabic: str) -> str:
    return text[extra_lead(text, 0, len(text), arabic) :]


@pytest.mark.parametrize("lead", [
    "translation coming up (1/2) ", "here goes nothing [1/3] ", "my attempt (1 of 2) ", "quick tl for you guys (1/2) ",
    "alright, translating now [1/2] ", "the top line first (1/2) ", "sorry for the wait [1/2] ",
])
def test_a_lead_before_a_part_mark_is_left_out(lead: str) -> None:
    arabic, english = COLD
    assert _start(lead + english, arabic) == english


@pytest.mark.parametrize("english", [
    "Mix the flour (1/2) cup and wait until the weather is cold.",  # a quantity: lower case after it
    "this is a very long remark that goes on and on for many words (1/2) The weather was very cold yesterday.",
    "Cold weather yesterday [1/2] It was very cold.",  # the Arabic gives the words before the mark
])
def test_no_lead_where_the_mark_is_no_part_mark_or_the_words_are_the_translations(english: str) -> None:
    assert _start(english, COLD[0]) == english


def test_a_split_fan_translation_starts_after_its_lead() -> None:
    arabic = "كان الجو باردا جدا أمس. ذهبنا إلى السوق مع أمي."
    first, second = "The weather was very cold yesterday.", "We went to the market with my mother."
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say"), ("3", "2", "C", f"ok translating, one sec (1/2) {first}"),
            ("4", "3", "C", f"{second} (2/2)")]
    (pair,) = pairs(make_thread(rows))
    assert pair.translation_text == first


def test_the_first_part_leaves_its_lead_where_the_second_is_the_translation_chosen() -> None:
    """Where the evidence picks the second part, the first is a part carried along (``continued``): its lead goes too."""
    arabic = "يا له من يوم. ذهبنا إلى السوق مع أمي يوم الجمعة واشترينا خضروات وفواكه كثيرة وقضينا اليوم كله هناك."
    first = "What a day."
    second = "We went to the market with my mother on Friday, bought a lot of vegetables and fruit and spent the whole day there."
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say"), ("3", "2", "C", f"fan translation incoming (1/2) {first}"),
            ("4", "3", "C", f"{second} (2/2)")]
    (pair,) = pairs(make_thread(rows))
    assert (pair.translation_text, pair.continued_text) == (second, (first,))


def test_part_lead_without_the_arabic() -> None:
    text = "ok translating, bear with me (1/2) It was amazing, do you know its story?"
    assert text[part_lead(text, 0, len(text)) :] == "It was amazing, do you know its story?"
    assert part_lead("Mix the flour (1/2) cup and stir.", 0, 33) == 0
