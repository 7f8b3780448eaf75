"""Issue 14 (bilingual/pairing/evidence.py DIALECT_SENSES): Egyptian words whose senses the word table learned from Modern
Standard Arabic homographs or a few sentences (زي "uniform", اقدر "appreciate", كتير "catch", ساعات "clock") counted as
uncovered against an honest translation; with their dialect senses listed, a third person's or the same comment's
translation is paired, and unrelated English on the same topic still is not."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs

_TRANSLATIONS = [
    ("ساعات بحس إن محدش فاهمني زي ما أنا عايز", "Sometimes I feel like nobody understands me the way I want."),
    ("أول ما وصلت البيت نمت على طول", "As soon as I got home I went straight to sleep."),
]


def _third_person(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "C", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


def _same_comment(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", f"{arabic}\n\n{english}"), ("2", None, "B", "nice")]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), _TRANSLATIONS)
def test_a_dialect_translation_is_paired(arabic, english):
    assert _third_person(arabic, english) == [english]
    assert _same_comment(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("ساعات بحس إن محدش فاهمني زي ما أنا عايز", "I want to understand how people feel."),
    ("زي ما قلتلك، الامتحان كان صعب جدا", "The exam is next week, I haven't studied."),
    ("الراجل ده عنده فلوس كتير أوي", "Money can't buy happiness."),
])
def test_english_on_the_same_topic_is_not(arabic, english):
    assert _third_person(arabic, english) == [None]
    assert _same_comment(arabic, english) == [None]


def test_listed_senses_cover_and_a_word_the_table_half_knows_is_held_to_nothing():
    assert evidence.coverage(("زي ما قلتلك",), ("Like I told you",)) > 0  # زي: "like", not the table's "uniform"
    # فلوس: the table is not sure of it, so English without "money" is not charged for it, and English with it covers it
    assert evidence.coverage(("فلوس",), ("The weather is nice.",)) == 0
    assert evidence.coverage(("فلوس",), ("He has money.",)) > 0
    assert evidence.coverage(("خلاص",), ("That's it.",)) == evidence.coverage(("خلاص",), ("The end.",)) == 0  # a discourse word


def test_a_verb_with_egyptian_clitics_covers_by_the_verb_the_table_knows():
    """هتتكلم (ه future + تتكلم), بيقول (ب present + يقول), ماعملتش (ma-...-sh around عملت): the table knows the verb
    without its clitics; English that says it covers the word, English that does not is not charged for it."""
    assert _same_comment("هتتكلم معاه امتى؟", "When will you talk to him?") == ["When will you talk to him?"]
    assert _same_comment("هتتكلم معاه امتى؟", "He talks too much.") == [None]
    assert evidence.coverage(("هو بيقول كده",), ("He says so.",)) > 0
    assert evidence.coverage(("هو بيقول كده",), ("The weather is nice.",)) == 0


def test_a_common_word_with_wrong_table_senses_is_left_to_the_anchors():
    """حاجة ("thing", the table: "didn", "need") and خالص ("at all", the table: "look", "tired") are common words the anchors
    count; coverage no longer charges a translation that says "everything" for missing "didn"."""
    arabic = "كل حاجة هتبقى تمام إن شاء الله"
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "A", "Everything will be fine, God willing.")]
    assert [p.translation_text for p in pairs(make_thread(rows))] == ["Everything will be fine, God willing."]
    rows[2] = ("3", "2", "A", "Things are getting worse.")
    assert [p.translation_text for p in pairs(make_thread(rows))] == [None]
    assert evidence.coverage(("حاجة",), ("The weather is nice.",)) == 0
