"""Issue 14 (round 25's recipe video, first sentence only; bilingual/pairing/cues._PARTIAL): a lead saying the writer only
caught, got, heard, understood or read the start or the end ("Only caught the start: ...", "only got the beginning - ...")
introduces a partial translation, as "only the start" does: its length says nothing of the whole passage's, and a closing
"Sorry!" after it is one sentence more than the part it translates. The same words inside a translation ("I only read the
beginning of the book.") introduce nothing."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import partial


@pytest.mark.parametrize(
    "lead",
    ["Only caught the start: ", "only got the beginning - ", "I only heard the start, it says ", "Only understood the beginning: ",
     "only read the end: "],
)
def test_a_lead_that_caught_only_a_part_introduces_a_partial_translation(lead):
    english = "The meeting is cancelled until next week."
    text = lead + english
    assert partial(text, len(lead), len(text))


def test_the_same_words_in_a_translation_introduce_nothing():
    text = "I only read the beginning of the book."
    assert not partial(text, 0, len(text))


def test_a_partial_translation_ends_before_the_apology():
    arabic = ('في اليوم نفسه، ذكر تيدروس أن الأمين العام للأمم المتحدة أنطونيو غوتيريس قد وافق على تقديم "إمكانات منظومة الأمم المتحدة'
              ' بكاملها في الاستجابة". كشفت دراسة دنماركية في 2012 أن الإفراط في غسل اليدين يمكن أن يؤدي إلى حالة جلدية من التقشر والحكة'
              ' تُعرف باسم إكزيما اليد أو التهاب جلد اليد، وهو أمر شائع خاصة بين العاملين في مجال الرعاية الصحية.')
    english = ('On the same day, Tedros stated that UN Secretary-General António Guterres had agreed to provide the "power of the entire'
               ' UN system in the response".')
    reply = f"Only caught the start: {english} Sorry!"
    rows = [("1", None, "A", f"Subtitles please! What's said when she lifts the lid?\n{arabic}"), ("2", "1", "B", reply)]
    assert [reply[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None] == [english]
