"""Issue 14, round 32's tuned half: an Arabic sentence that ends in a number ("... في 23 فبراير 2020.") is cut by the
segmenter before the number, so "2020." opened the English after it ("2020.[/quote] As of ...", "1948.\\nMy grandfather
..."). A number between the passage and its own closing punctuation is now the passage's, as that punctuation is."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("سافرت إلى القاهرة في عام 2019.", "I travelled to Cairo in 2019."),
        ("وصل القطار إلى المحطة في الساعة 7.", "The train reached the station at 7."),
    ],
)
def test_a_number_closing_the_arabic_is_no_part_of_the_translation_under_it(arabic: str, english: str) -> None:
    pair = pairs(make_thread([("1", None, "A", f"{arabic}\n{english}")]))[0]
    assert pair.translation_text == english


def test_a_quoted_sentence_ending_in_a_number_leaves_the_translation_whole() -> None:
    arabic = "اعتبارًا من 22 فبراير، أبلغ 1,261 شخصًا أو حوالي 13% من بين 9,336 من أتباع الكنيسة عن أعراض. وأعلنت كوريا الجنوبية أعلى مستويات التأهُّب في 23 فبراير 2020."
    english = (
        "As of 22 February, among 9,336 followers of the church, 1,261 or about 13% reported symptoms.South Korea declared the "
        "highest level of alert on 23 February 2020."
    )
    rows = [("1", None, "A", f"Copied from the notice:\n{arabic}"), ("2", "1", "B", f"[quote=A]{arabic}[/quote]\n\n{english}")]
    assert pairs(make_thread(rows))[0].translation_text == english
