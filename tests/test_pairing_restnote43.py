"""Issue 14 (round 14's tuned half; bilingual/pairing/edges.py rest_closes): a partial translation whose note that the rest
is left out closes its own segment, after an ellipsis, a dash or a sentence's end ("... correctly.... second line no idea")
rather than following it, is a partial translation too: its length says nothing of the whole passage's."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import partial
from bilingual.pairing.edges import rest_closes


def _answer(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "someone translate?"), ("3", "2", "C", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("ده لو انا فاهمة السؤال صح يعنى هى دى هوايتى انا .. أنا بحب أتعلم لغات فأنا جربت أكتر من 15 لغة أصلا بس أنا حبيت اليابانى فانا مركزة عاليابانى وبتعلمه ومتابعة فيه دلوقت",
     "That is if I understood the question correctly.... second line no idea", "That is if I understood the question correctly"),
    ("بصراحة مش عارف اقول ايه بس الماتش امبارح كان تحفة ومحمد صلاح جاب 3 اجوان في 20 دقيقة",
     "Honestly I don't know what to say - can't make out the rest", "Honestly I don't know what to say"),
])
def test_a_rest_note_closing_the_segment_makes_a_partial_translation(arabic, english, wanted):
    assert _answer(arabic, english) == [wanted]


def test_rest_closes():
    assert rest_closes(*_whole("I choose anything and convince you of it ... can't make out the second sentence."))
    assert rest_closes(*_whole("The exam was very hard. last part not sure"))
    assert partial(*_whole("That is if I understood the question correctly.... second line no idea"))
    assert not rest_closes(*_whole("no idea about the rest"))  # no English before the note
    assert not rest_closes(*_whole("I read the second line twice and it is beautiful."))  # no word of not knowing
    assert not rest_closes(*_whole("He went home. I don't know why he never told anyone about the second part of the trip to the sea."))  # too long


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)


def test_a_bracketed_rest_note_is_no_translation_of_its_own():
    # (bilingual/pairing/edges.py enclosed) the Arabic's باقى gives "rest": the note in brackets was taken for the translation
    arabic = "لو انت كنت هادي بتبقى عصبي بس بعد كده اكمل باقى اليوم عادى هشوف هأخر شوية"
    assert _answer(arabic, "If you were calm, you become be nervous. (the rest i dont know)") == ["If you were calm, you become be nervous."]
