"""Issue 14 (bilingual/align/words.py :func:`arabic_concepts`): two Modern Standard Arabic words spelled as others.
لِمَ "why" is spelled as the negation لم, so a question opening with it ("لم تأخرت اليوم؟") counted as a negation and its
translation ("Why were you late today?") was charged for a "why" the Arabic lacked and a "not" the English lacked:
opening a question, لم is "why", elsewhere still the negation. The concept "if" was spelled اذا and لو only, so the
conditional إنْ before a form of كان ("إن كنت مخطئا، فاعترف.") had none and its translation's "If you are wrong" counted
against it: إن before كان, كانت, كنت, كنا ... is "if"; the emphatic إنّ (before a noun or a pronoun) and Egyptian's "that"
(ان) are not. Unrelated English under either stays unpaired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import arabic_concepts
from bilingual.pairing import pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("لم نتوقف هنا؟", "Why stop here?"),
    ("لمَ ابتسمت؟", "Why did you smile?"),
    ("إن كنت مخطئا، فاعترف. إن كنت محقّا، فاصمت.", "If you are wrong, admit it. If you are right, be quiet."),
    ("إن كان الطقس جميلا غدا، سنخرج.", "If the weather is nice tomorrow, we will go out."),
])
def test_a_reply_translating_a_why_question_or_a_condition_is_paired(arabic, english):
    assert _reply(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("لم ابتسمت؟", "I had pasta for dinner."),
    ("لم ابتسمت؟", "I bought a new car last week."),
    ("إن كنت متعبا، نم قليلا.", "The meeting starts at noon."),
    ("إن كنت متعبا، نم قليلا.", "If you like pizza, try this place."),
])
def test_unrelated_english_under_them_is_not(arabic, english):
    assert _reply(arabic, english) == [None]


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("لم تأخرت؟", {"why"}),
    ("ولم تركت عملك؟", {"why"}),
    ("هل أنت بخير؟ لم لا تأكل؟", {"why", "neg"}),
    ("لم يذهب إلى المدرسة.", {"neg", "school"}),  # a statement: the negation
    ("قال إنه لم يأكل؟", {"neg"}),  # not the first word of the question
    ("لم يأت أحد. لماذا؟", {"neg", "why"}),  # the question is another sentence
    ("إن كنت مخطئا", {"if"}),
    ("وإن كانت صعبة", {"if"}),
    ("إنْ كنا نعرف", {"if", "know"}),
    ("إنَّ الله غفور", set()),  # the emphatic إنّ
    ("إنكم كنتم هنا", set()),
    ("قال ان كان هناك", set()),  # Egyptian's "that"
])
def test_lam_opening_a_question_asks_why_and_in_before_kana_is_if(arabic, concepts):
    assert arabic_concepts(arabic) == concepts
