"""Issue 14, round 32's tuned half (bilingual/pairing/cues.py _credited: _KIN_CREDIT, _TRANSLATION_TAGS,
_DICTIONARY_LINK): what follows the English may say it is a translation: a relative credited ("(my dad's translation, he
grew up in Aleppo)", "(translated by my wife)"), hashtags closing its line ("#translation"), a dictionary's link in the
paragraph under it ("https://www.almaany.com/... is handy for single words btw"). The credit is no part of the span."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked


def _paired(rows: list[tuple[str, str | None, str | None, str]], comment: str, english: str) -> None:
    found = pairs(make_thread(rows))
    assert found[0].translation is not None and found[0].translation.comment == comment
    assert found[0].translation_text == english


@pytest.mark.parametrize("credit", ["(my dad's translation, he grew up in Aleppo)", "(translated by my wife)", "- translation courtesy of my cousin"])
def test_a_relative_credited_after_the_english_marks_it(credit):
    english = "This is the what .. they consider this disobedience but for me it's laziness."
    arabic = "فيعني دي اكتر حاجة يعني .. فدي اللي هي بالنسبالهم عدم سمع كلام بس يعني هي بالنسبالي أنا كسل"
    _paired([("1", None, "A", "Plaque at the hide in the wetlands:\n" + arabic), ("2", "1", "B", f"Asked at home: “{english}” {credit}")], "2", english)


@pytest.mark.parametrize("credit", [" (my mum translated it)", " - translated by my brother"])
def test_a_credit_run_on_without_a_stop_is_cut_and_marks_the_english(credit):
    english = "No absolutely not, or maybe it used to be so"
    _paired([("1", None, "A", "Seen this?\nلأ خالص يعني أو يعني كان زمان بقى"), ("2", "1", "B", english + credit)], "2", english)


@pytest.mark.parametrize("tags", ["#translation", "#TranslationThread", "#arabic #tl"])
def test_a_closing_translation_hashtag_marks_the_english(tags):
    english = "They let me work with them on a task."
    text = f"@Frank_H @Elif {english} {tags}"
    assert marked(text, text.index("They"), text.index(english) + len(english))


def test_another_closing_hashtag_is_no_mark():
    text = "@Frank_H @Elif They let me work with them on a task. #blessed #cairo"
    assert not marked(text, text.index("They"), text.index(" #"))


def test_a_dictionary_link_below_the_english_marks_it():
    english = "I usually watch something while having breakfast"
    text = f"{english}\n\nhttps://www.almaany.com/en/dict/ar-en/ is handy for single words btw"
    assert marked(text, 0, len(english))
    assert not marked(f"{english}\n\nhttps://example.com/predictions.html is fun", 0, len(english))
