"""Issue 14 (bilingual/pairing/evidence.py DIALECT_SENSES, third list): the next everyday Egyptian words the word table
does not know (تختار "choose", المفروض "supposed", الترم "term") or knows by a wrong row only (يمكن "can", لازم "to
have") said nothing for an honest translation; with their senses listed, a translation that says them is paired,
and unrelated English under the same Arabic still is not."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


def _answer(arabic: str, english: str) -> list[str | None]:
    """The passage's author answering a request for a translation under it."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "What does this mean?"), ("3", "2", "A", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


def test_a_reply_translating_listed_words_is_paired():
    assert _reply("لازم تختار بين الاتنين", "You must choose between the two.") == ["You must choose between the two."]


@pytest.mark.parametrize(("arabic", "english"), [
    ("المفروض تختار الكلية اللي بتحبها", "You are supposed to choose the college you love."),
    ("يمكن اسافر الترم الجاي", "Maybe I will travel next term."),
])
def test_the_authors_answer_saying_listed_words_is_paired(arabic, english):
    assert _answer(arabic, english) == [english]


@pytest.mark.parametrize("english", ["The weather was great at the beach yesterday.", "I bought a new phone last week."])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("لازم تختار بين الاتنين", english) == [None]
    assert _answer("يمكن اسافر الترم الجاي", english) == [None]


@pytest.mark.parametrize(("arabic", "english"), [
    ("تختار", "Choose one."), ("المفروض", "You're supposed to."), ("يمكن", "Maybe."), ("الترم", "This term."),
    ("متوتر", "I'm nervous."), ("قريت", "I read it."), ("بتاخد", "She takes it."), ("خلفيتك", "Your background."),
])
def test_a_listed_word_is_covered_by_its_sense(arabic, english):
    assert evidence.coverage((arabic,), (english,)) > 0


def test_a_listed_word_the_table_does_not_know_charges_nothing_uncovered():
    assert evidence.coverage(("متوتر",), ("The weather is nice.",)) == 0
