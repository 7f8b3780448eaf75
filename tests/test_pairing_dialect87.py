"""Issue 14 (bilingual/pairing/evidence.py DIALECT_SENSES, second list): common Egyptian words the word table does not
know (تاني "again", جربت "tried", اتضايقت "upset", كسلان "lazy") or knows only by a Modern Standard Arabic homograph (صح
"health", موضوع "subject", دماغ "also") said nothing for an honest translation; with their dialect senses listed, a
reply that translates them is paired, and unrelated English under the same Arabic still is not."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


def test_a_reply_translating_dialect_words_is_paired():
    assert _reply("اشرحلي الموضوع تاني لو سمحت", "Explain the topic to me again please.") == ["Explain the topic to me again please."]


@pytest.mark.parametrize("english", ["The lecture was boring, I left early.", "Can you explain why the match was cancelled?"])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("اشرحلي الموضوع تاني لو سمحت", english) == [None]


@pytest.mark.parametrize(("arabic", "english"), [
    ("تاني", "Do it again."), ("جربت", "I tried."), ("اتضايقت", "I got upset."), ("كسلان", "He is lazy."),
    ("صح", "That's right."), ("الموضوع", "The topic."), ("الدفعة", "My class."),
])
def test_a_listed_word_is_covered_by_its_dialect_sense(arabic, english):
    assert evidence.coverage((arabic,), (english,)) > 0


def test_a_listed_word_the_table_does_not_know_charges_nothing_uncovered():
    assert evidence.coverage(("جربت",), ("The weather is nice.",)) == 0
