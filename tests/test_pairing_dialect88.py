"""Issue 14 (bilingual/pairing/evidence.py DIALECT_SENSES): everyday Egyptian words the word table never met (حسيت "felt",
اتولدت "was born", موبايل "phone", مثلا "for example") gave an honest translation nothing, so a reply translating them
unasked, beside an unrelated reply, stayed below the bar. With their senses listed they cover the English that says them,
and English that does not is not charged for them."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs


def _unasked_reply(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", english), ("3", "1", "D", "haha so true")]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("حسيت إن في حاجة غلط", "I felt that something was wrong."),
    ("انا اتولدت في القاهرة", "I was born in Cairo."),
])
def test_an_unasked_dialect_translation_is_paired(arabic, english):
    assert _unasked_reply(arabic, english) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("حسيت إن في حاجة غلط", "My phone fell in the water yesterday."),
    ("بحب اتفرج على الماتشات مع صحابي", "I watched the documentary last night."),
    ("قعدت هناك تلات شهور", "The months go by so fast."),
])
def test_english_on_another_matter_is_not(arabic, english):
    assert _unasked_reply(arabic, english) == [None]


def test_listed_senses_cover_and_charge_nothing_when_missing():
    assert evidence.coverage(("انا محتاج موبايل جديد",), ("I need a new phone.",)) > evidence.coverage(("انا محتاج موبايل جديد",), ("I want a new one.",))
    assert evidence.coverage(("حسيت",), ("The weather is nice.",)) == 0
    assert evidence.coverage(("حسيت",), ("I felt it.",)) > 0


@pytest.mark.parametrize(("arabic", "english"), [
    ("فحسيت إن في حاجة غلط", "So I felt something was wrong."),  # ف "so" written on حسيت
    ("احكيلنا عن الروتين بتاعك", "Tell us about your routine."),
    ("عملنا الجروب ده للطلبة", "We made this group for the students."),
])
def test_more_everyday_words_and_the_conjunction_written_on_cover(arabic, english):
    assert evidence.coverage((arabic,), (english,)) > 0
    assert evidence.coverage((arabic,), ("The weather is nice.",)) == 0
