"""Issue 14 (bilingual/pairing/evidence.py ``_verb_sibling``): the word table was learned from few Egyptian sentences
and keeps each inflection of a verb apart, so an Egyptian verb in a person it never met (رجعنا "we went back", نفتح
"we open"), or wrapped in the negation, a dative pronoun or the future (مارجعلناش "he didn't give us back",
هيفتحولنا "they will open for us"), said nothing for an honest translation. The same verb in a person the table knows
(يرجع, فتح) now lends its senses, held to what they cover: a translation that says them is paired, and unrelated
English under the same Arabic still is not."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


def test_a_reply_translating_verbs_in_persons_the_table_lacks_is_paired():
    arabic = "احنا رجعنا من السفر ومش هنفتح المحل بكره"
    english = "We came back from the trip and we will not open the shop tomorrow."
    assert _reply(arabic, english) == [english]


@pytest.mark.parametrize("english", ["The weather was great at the beach yesterday.", "I bought a new phone last week."])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("احنا رجعنا من السفر ومش هنفتح المحل بكره", english) == [None]


@pytest.mark.parametrize(("arabic", "english"), [
    ("رجعنا", "We went back."), ("نفتح", "We open it."), ("مارجعلناش", "He didn't give it back to us."),
    ("هيفتحولنا", "They will open it for us."), ("رجعتلها", "I went back to her."), ("مافتحناش", "We didn't open it."),
])
def test_a_verb_is_covered_by_its_siblings_sense(arabic, english):
    assert evidence.coverage((arabic,), (english,)) > 0


def test_an_uncovered_sibling_charges_nothing():
    assert evidence.coverage(("رجعنا",), ("The weather is nice.",)) == 0
