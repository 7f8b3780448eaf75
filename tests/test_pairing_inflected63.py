"""Issue 14 (bilingual/pairing/evidence.py base_form): a translation writes the tense its sentence needs, and the table
learned one form of a word as the Arabic's sense ("rain" for المطر, "studied" for درست, "played" for لعبنا): an English
word in regular -ed, -ied or -ing covers the sense its verb's form does, the table's senses taken to the same form. Only
such suffixes are undone and only to a word the table's English knows, so different words stay apart ("her" is no
form of "here", "evening" none of "even")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs

INFLECTED = [  # (Arabic, English in the table's form of a word, the same English in another form of it)
    ("تأخرنا على المدرسة بسبب المطر الغزير", "We were late for school because of the heavy rain.", "We were late for school because it rained heavily."),
    ("درست الطب في جامعة القاهرة", "I studied medicine at Cairo University", "I'm studying medicine at Cairo University"),
    ("لعبنا كرة القدم في الحديقة امبارح", "we played football in the park yesterday", "we were playing football in the park yesterday"),
    ("نجح في الامتحان بعد تعب كبير", "He succeeded in the exam after a lot of effort", "He'll succeed in the exam after a lot of effort"),
    ("صلى في الجامع الكبير", "He prayed at the big mosque", "He was praying at the big mosque"),
    ("ساعدني في الشغل النهارده", "He helped me at work today", "He was helping me at work today"),
    ("اشترى عربية جديدة الشهر اللي فات", "he bought a new car last month", "he's buying a new car, since last month"),
]


@pytest.mark.parametrize(("arabic", "table_form", "other_form"), INFLECTED)
def test_another_form_of_a_sense_covers_the_word(arabic: str, table_form: str, other_form: str) -> None:
    assert evidence.explained((arabic,), (other_form,)) == evidence.explained((arabic,), (table_form,))


def test_an_inflected_translation_pairs() -> None:
    found = pairs(make_thread([("1", None, "A", "what does this mean?\nساعدني في الشغل النهارده"), ("2", "1", "B", "He was helping me at work today")]))
    assert found[0].translation is not None and found[0].translation.comment == "2"


@pytest.mark.parametrize(("word", "verb"), [
    ("believed", "believe"), ("believing", "believe"), ("studied", "study"), ("planned", "plan"), ("rained", "rain"),
    ("stopped", "stop"), ("making", "make"), ("agreed", "agree"), ("watched", "watch"), ("stepped", "step"),
])
def test_regular_forms_are_taken_to_their_verb(word: str, verb: str) -> None:
    assert evidence.base_form(word) == evidence.base_form(verb) == verb


@pytest.mark.parametrize("word", ["here", "her", "evening", "seed", "stared", "thing", "being", "morning", "rude"])
def test_words_that_are_no_regular_form_stay_apart(word: str) -> None:
    """A bare -e is not stripped ("here" stays apart from "her"), a stem is taken only where the form is regular
    ("stared" is no "star", "seed" no "see") and a noun in -ing is no verb's form."""
    assert evidence.base_form(word) == word


@pytest.mark.parametrize(("arabic", "english"), [
    ("أبقى عارف إن هو فعلا بيشتغل.", "You know they refer to her as rude, I don't know."),
    ("ابقى هنا شوية", "Tell her I said hi."),
    ("حتى لو اتأخرت", "See you this evening"),
])
def test_a_near_miss_covers_nothing(arabic: str, english: str) -> None:
    assert evidence.explained((arabic,), (english,))[0] == 0


def test_unrelated_english_with_a_near_form_stays_unpaired() -> None:
    found = pairs(make_thread([("1", None, "A", "ابقى هنا شوية.\n\nأبقى عارف إن هو فعلا بيشتغل."), ("2", "1", "B", "You know they refer to her as ((rude))  I don't know.")]))
    assert all(p.translation is None for p in found)
