"""Issue 14 (the tuned halves of rounds 12 and 14; bilingual/pairing/cues.py own_colon): an Arabic sentence with a colon
of its own between words ("... من دراسات السلامة على: ...") is translated with the colon kept, so the words before the
English's colon are the translation's first words, not a lead to cut ("The main symptoms include the following: fever,
..."). A colon more in the English's first line than the Arabic has is still a lead's ("Here you go: ...")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import own_colon


def _answer(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "A", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english"), [
    ("تشمل الأعراض الرئيسية ما يلي: الحمى والسعال الجاف والتعب.", "The main symptoms include the following: fever, dry cough and tiredness."),
    ("يمكن ملاحظة أربعة أنواع من شدة الالتهاب الرئوي الفيروسي: في اليوم نفسه، وافق الأمين العام على تقديم الدعم.",
     "Four types of severity of viral pneumonia can be observed: On the same day, the Secretary-General agreed to provide support."),
])
def test_the_words_before_a_colon_the_arabic_has_are_translation(arabic, english):
    assert _answer(arabic, english) == [english]


def test_a_colon_more_than_the_arabic_has_is_a_lead():
    english = "There are three reasons for the delay: the weather, the traffic and the lack of staff."
    assert _answer("هناك ثلاثة أسباب للتأخير: الطقس والزحام ونقص الموظفين.", "Here you go: " + english) == [english]


def test_own_colon():
    assert own_colon("العمر: ٢٥", "Age: 25")  # a heading, as before
    assert own_colon("هناك ثلاثة أسباب لهذا التأخير الطويل: الطقس والزحام", "There are three reasons for this long delay: the weather and the traffic")
    assert not own_colon("هناك ثلاثة أسباب لهذا التأخير الطويل: الطقس والزحام", "Sure: there are three reasons for this long delay: the weather")
    assert not own_colon("الساعة 12:30 مساء", "Translation: it is 12:30 in the evening")  # a time's colon is no colon between words
    assert not own_colon("لا أعرف", "Translation: I don't know")
