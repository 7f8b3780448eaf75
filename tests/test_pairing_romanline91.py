"""Issue 14, round 35's tuned half: a learner's post of the Arabic, a romanization line of the same Arabic, then their
English (r/learn_arabic, language-exchange posts). The segmenter cut the romanization into Arabizi passages with the
words it took for English between them; those passages took the English, and the words between them hid it from the
Arabic. A Latin line right under (or over) an Arabic line that spells the same words is a copy of it: the English is the
Arabic's translation, and the romanization is no part of its span (bilingual/pairing/find.py, _romanization_lines)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.copies import spells
from bilingual.translit import transliterate

# (Arabic, its romanization as a learner types it, the learner's English)
EXAM = ("ماكنتش متوقع إن الامتحان هيبقى صعب كده، بس الحمد لله عديت", "makntsh mtwq' in alamthan hybqa s'b kdh, bs alhmd llh 'dyt",
        "I didn't expect the exam to be that hard, but thank God I passed.")
BEACH = ("أنا عايز أروح البحر الصيف ده مع صحابي لو الشغل سمح", "ana 'ayz arwh albhr alsyf dh m' shaby lw alshghl smh",
         "I want to go to the beach this summer with my friends if work allows.")
REMEMBER = ("ده .. ده يعني اللي انا فاكره دلوقتي، بس طبعا في حاجات تانية كتير", "dh .. dh y'ny ally ana fakrh dlwqty, bs tb'a fy hajat tanya ktyr",
            "That's what I remember right now, but of course there are many other things.")


def _arabic_pair(text: str) -> str | None:
    """The English the Arabic-script passage of a learner's post is paired with (a reply under it says nothing)."""
    rows = [("1", None, "A", text), ("2", "1", "B", "Looks good, only the vowels are a bit off.")]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.kind == "arabic"]
    return pair.translation_text


@pytest.mark.parametrize("sentence", [EXAM, BEACH, REMEMBER])
def test_the_english_under_a_romanization_line_translates_the_arabic_over_it(sentence: tuple[str, str, str]) -> None:
    arabic, romanized, english = sentence
    assert _arabic_pair(f"My attempt, with transliteration and my own translation, please check:\n\n{arabic}\n{romanized}\n{english}") == english


@pytest.mark.parametrize("lead", ["", "Translation: "])
def test_a_romanization_line_before_a_blank_line_and_the_english(lead: str) -> None:
    arabic, romanized, english = REMEMBER
    assert _arabic_pair(f"Homework check please:\n\n{arabic}\n{romanized}\n\n{lead}{english}") == english


def test_a_romanization_line_over_the_arabic_is_a_copy_of_it_too() -> None:
    arabic, romanized, english = BEACH
    assert _arabic_pair(f"Translation first, then the original and how it is read:\n\n{english}\n\n{romanized}\n{arabic}") == english


def test_only_a_line_that_spells_the_arabic_word_for_word_is_its_romanization() -> None:
    """Arabizi under an Arabic line that it does not spell stays a passage of its own (round 19's Arabizi sets)."""
    exam, beach = EXAM[0], BEACH[0]
    assert spells(transliterate(EXAM[1]).text, exam)
    assert not spells(transliterate(BEACH[1]).text, exam)
    assert not spells(transliterate(EXAM[1]).text, beach)
