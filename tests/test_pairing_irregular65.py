"""Issue 14 (bilingual/pairing/evidence.py base_form, irregular verbs): a translation writes the tense its sentence
needs, and the table learned one form of an irregular verb as the Arabic's sense ("wrote" for كتبت, "sold" for باع,
"lost" for فقدت): "written", "sells", "lose" cover it as "wrote" does, both sides taken to the verb. Forms that are as
often another word stay apart ("saw" the tool, "left" the side, "a bit", "born"). An adverb in -ly covers what its
adjective does ("easily" سهل's "easy"), short words in -ly and a few others ("daily", "friendly") staying apart."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs

IRREGULAR = [  # (Arabic, English in the table's form of the verb, the same English in another form of it)
    ("كتبت رسالة طويلة لأمها", "She wrote a long letter to her mother", "She has written a long letter to her mother"),
    ("باع بيته عشان يسدد الديون", "He sold his house to pay the debts", "He is selling his house to pay off the debts"),
    ("فقدت مفاتيحي في السوق", "I lost my keys at the market", "I always lose my keys at the market"),
    ("اعتقدت انك مسافر", "I thought you were travelling", "I think you're travelling"),
    ("جاء متأخر كالعادة", "He came late as usual", "He comes late as usual"),
    ("قال انه مش جاي", "He said he's not coming", "He says he's not coming"),
    ("ارسلت الملف امبارح", "I sent the file yesterday", "I'll send the file, yesterday"),
]


@pytest.mark.parametrize(("arabic", "table_form", "other_form"), IRREGULAR)
def test_another_form_of_an_irregular_verb_covers_the_word(arabic: str, table_form: str, other_form: str) -> None:
    assert evidence.explained((arabic,), (other_form,)) == evidence.explained((arabic,), (table_form,))


def test_an_irregular_form_pairs() -> None:
    found = pairs(make_thread([("1", None, "A", "ايه معنى دي؟\nفقدت مفاتيحي في السوق"), ("2", "1", "B", "I always lose my keys at the market")]))
    assert found[0].translation is not None and found[0].translation.comment == "2"


@pytest.mark.parametrize(("word", "verb"), [
    ("written", "write"), ("wrote", "write"), ("sold", "sell"), ("thought", "think"), ("taken", "take"), ("took", "take"),
    ("driven", "drive"), ("understood", "understand"), ("felt", "feel"), ("found", "find"), ("told", "tell"),
])
def test_irregular_forms_are_taken_to_their_verb(word: str, verb: str) -> None:
    assert evidence.base_form(word) == evidence.base_form(verb) == verb


@pytest.mark.parametrize("word", ["saw", "left", "bit", "born", "lay", "wound", "rose", "ground"])
def test_forms_that_are_as_often_another_word_stay_apart(word: str) -> None:
    assert evidence.base_form(word) == word


def test_leaving_is_no_left_side() -> None:
    """يسار's sense "left" (the side) is not taken to "leave": English that leaves something covers nothing of it."""
    assert evidence.explained(("على اليسار",), ("Please leave it here",))[0] == 0


ADVERBS = [  # (Arabic, English in the table's form of the word, the same English with its adverb or adjective)
    ("الطريق ده سهل", "This road is easy", "This road goes easily"),
    ("سريع جدا في الشغل", "He is very rapid at work", "He works very rapidly"),
    ("اتكلم بوضوح من فضلك", "Please speak clearly", "Please be clear when you speak"),
]


@pytest.mark.parametrize(("arabic", "table_form", "other_form"), ADVERBS)
def test_an_adverb_in_ly_covers_what_its_adjective_does(arabic: str, table_form: str, other_form: str) -> None:
    assert evidence.explained((arabic,), (other_form,)) == evidence.explained((arabic,), (table_form,))


@pytest.mark.parametrize(("word", "adjective"), [("quickly", "quick"), ("easily", "easy"), ("temporarily", "temporary"), ("effectively", "effective")])
def test_adverbs_are_taken_to_their_adjective(word: str, adjective: str) -> None:
    assert evidence.base_form(word) == evidence.base_form(adjective) == adjective


@pytest.mark.parametrize("word", ["daily", "early", "only", "apply", "friendly", "unlikely", "readily", "family"])
def test_words_in_ly_that_are_no_adverb_of_their_stem_stay_apart(word: str) -> None:
    assert evidence.base_form(word) == word
