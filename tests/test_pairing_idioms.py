"""Issue 14 (missed tuned translations, bilingual/align/words.py): "all" and "one" in English idioms are no quantifier
or number. "at all" and "no one" strengthen a negation (مش فاهم خالص "I don't understand at all", محدش "no one");
"first of all", "after all", "above all", "all right", "all of a sudden" are discourse words, "one another" is بعض.
Counted as the common words "all" and "one", they charged a translation whose Arabic has no كل or واحد. So "what"
after "this is", "that's" heads a free relative (اللي), no question."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import english_concepts
from bilingual.pairing import pairs


@pytest.mark.parametrize(("english", "concepts"), [
    ("No, I can't draw at all.", {"neg"}),
    ("No one asked about me", {"neg"}),
    ("First of all, after all, above all: all right!", set()),
    ("All of a sudden the lights went out", set()),
    ("All people know it", {"all", "people", "know"}),  # the quantifier stays
    ("one of them, all of them", {"one", "all"}),
    ("Allah knows", {"know"}),  # no "all" in "Allah"
    ("They hate one another", set()),
    ("He talks as if he knows", {"if", "know"}),  # "as if" stays charged (seed 000)
    ("This is what I try to do", {"this", "thus"}),  # a free relative, no question
    ("That's what it was, which was what we wanted", {"thus", "want"}),
    ("What is it? Here's what it says:", {"what"}),  # a question, and a lead announcing a translation
])
def test_idioms_are_no_quantifier(english, concepts):
    assert english_concepts(english, loose=True) == concepts


def _translations(arabic: str, english: str) -> list[str]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows)) if p.translation_text]


def test_a_translation_saying_at_all_pairs():
    english = "No, I don't understand what's happening at all."
    assert _translations("لأ مش فاهم خالص اللي بيحصل", english) == [english]


@pytest.mark.parametrize("english", ["Not at all, thanks for asking!", "All right, see you at the game then."])
def test_a_reply_with_the_idiom_alone_stays_unpaired(english):
    assert _translations("لأ مش فاهم خالص اللي بيحصل", english) == []
