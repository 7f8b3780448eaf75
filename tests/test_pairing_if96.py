"""Issue 14 (bilingual/align/words.py :func:`arabic_concepts`): the concept "if" was spelled اذا and لو only, so Modern
Standard Arabic's conditional إنْ before a form of كان ("إن كنت مخطئا، فاعترف.") had none, and its translation's "If
you are wrong" counted against it as English the Arabic lacks. إن before كان, كانت, كنت, كنا ... is "if"; the emphatic
إنّ (before a noun or a pronoun) and Egyptian's "that" (ان) are not, and unrelated English stays unpaired."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.align.words import arabic_concepts
from bilingual.pairing import pairs


def _reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("إن كنت مخطئا، فاعترف. إن كنت محقّا، فاصمت.", "If you are wrong, admit it. If you are right, be quiet."),
    ("إن كان الطقس جميلا غدا، سنخرج.", "If the weather is nice tomorrow, we will go out."),
])
def test_a_reply_translating_a_condition_is_paired(arabic, english):
    assert _reply(arabic, english) == [english]


@pytest.mark.parametrize("english", ["The meeting starts at noon.", "If you like pizza, try this place."])
def test_unrelated_english_under_it_is_not(english):
    assert _reply("إن كنت متعبا، نم قليلا.", english) == [None]


@pytest.mark.parametrize(("arabic", "concepts"), [
    ("إن كنت مخطئا", {"if"}),
    ("وإن كانت صعبة", {"if"}),
    ("إنْ كنا نعرف", {"if", "know"}),
    ("إنَّ الله غفور", set()),  # the emphatic إنّ
    ("إنكم كنتم هنا", set()),
    ("قال ان كان هناك", set()),  # Egyptian's "that"
])
def test_in_before_kana_is_if(arabic, concepts):
    assert arabic_concepts(arabic) == concepts
