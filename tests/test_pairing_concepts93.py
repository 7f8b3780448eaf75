"""Issue 14 (bilingual/align/words.py CONCEPTS): the common words the anchors count ("what", "why", "how", "this",
"now", "want") were spelled in Modern Standard Arabic and Egyptian only, so a Maghrebi, Levantine or Gulf sentence
("شنو راك تدير دابا؟", "بغيت نشري هاد الكتاب.") had none of them and its translation's "what", "now", "want" counted
against it as English the Arabic lacks; with the dialects' spellings listed, the translation is paired, and unrelated
English under the same Arabic still is not."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import arabic_concepts
from bilingual.pairing import pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("شنو راك تدير دابا؟", "What are you doing now?"),
    ("بغيت نشري هاد الكتاب.", "I want to buy this book."),
    ("شلون صار هذا؟", "How did this happen?"),
])
def test_a_reply_translating_dialect_common_words_is_paired(arabic, english):
    assert _reply(arabic, english) == [english]


@pytest.mark.parametrize("english", ["I bought a new car last week.", "The weather is nice today."])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("بغيت نشري هاد الكتاب.", english) == [None]


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("شنو", {"what"}), ("علاش", {"why"}), ("كيفاش", {"how"}), ("شلون", {"how"}), ("وقتاش", {"when"}),
    ("هاد", {"this"}), ("دابا", {"now"}), ("هلق", {"now"}), ("بغيت", {"want"}), ("قاع", {"all"}), ("مزيان", {"good"}),
])
def test_dialect_spellings_spell_their_concept(arabic, concepts):
    assert arabic_concepts(arabic) == concepts
