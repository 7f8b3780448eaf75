"""Issue 14 (round 29's tuned spans; bilingual/pairing/edges.py): what closes a translation that is no word of it.

A list left open after it (", etc", "... etc etc", ", and so on", "and the like", "blah blah") is the writer's shrug at
the rest, unless the Arabic leaves its own open (إلخ, وغيرها, Egyptian كده, Arabizi "w kda"): edges._et_cetera.
Hashtags closing the comment, emoji among them or not ("... 🎓 #ClassOf2024"), are the post's tags, unless the Arabic
has tags of its own or spells their names: edges._tagged_off. And an ellipsis after a reporting clause ("The commentator
says ...if you ...") opens the words reported: edges._LEAD."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _span(arabic: str, english: str) -> str | None:
    found = [p.translation_text for p in pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", english)])) if p.translation]
    return found[0] if len(found) == 1 else None


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("كان سامي يعتقد أنّ مجيدا كان تهديدا خطيرا لحياته.", "Sami thought that Majid was a dangerous threat to him, etc",
     "Sami thought that Majid was a dangerous threat to him"),
    ("ذهبنا إلى السوق واشترينا الخبز والجبن.", "we went to the market and bought bread and cheese etc.",
     "we went to the market and bought bread and cheese"),
    ("المدرسة بتاعتي كانت بعيدة عن البيت", "My school was far from the house and so on and so forth", "My school was far from the house"),
    ("المدرسة بتاعتي كانت بعيدة عن البيت", "It says: my school was far away from home, blah blah blah", "my school was far away from home"),
    ("يحب الأطفال اللعب في الحديقة بعد المدرسة.", "Kids love playing in the park after school, and the like.",
     "Kids love playing in the park after school"),
    ("يحب الأطفال اللعب في الحديقة بعد المدرسة.", "Kids love playing in the park after school and whatnot 😅",
     "Kids love playing in the park after school"),
])
def test_a_list_left_open_after_the_translation_is_left_out(arabic, english, wanted):
    assert _span(arabic, english) == wanted


@pytest.mark.parametrize(("arabic", "english"), [
    ("اشترينا الخبز والجبن والزيتون إلخ", "We bought bread, cheese, olives, etc."),
    ("كنا بنروح النادي و نلعب كورة و كده", "We used to go to the club and play football and so on"),
    ("زرنا القلعة والمتحف وغيرها من الأماكن.", "We visited the citadel, the museum and so on."),
    ("akyd y3ny lazm aghyr altry2a 3la 7sb ana bklm min y3ny w kdh",
     "Of course, I should change my way according to who I'm addressing and so on."),
])
def test_the_arabics_own_open_list_keeps_its_translation(arabic, english):
    assert _span(arabic, english) == english


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("بحس أنهم بخلة في كل حاجة في الكون مش فلوس بس", "🎓 I feel like they're stingy in all aspects, not just with money 🎓 #ClassOf2024",
     "I feel like they're stingy in all aspects, not just with money"),
    ("الصبر مفتاح الفرج", "Patience is the key to relief #MondayMotivation", "Patience is the key to relief"),
    ("أنا فخورة جدا بأختي الصغيرة النهارده", "So proud of my little sister today!! #proudsister #graduation2024 🎉",
     "So proud of my little sister today!!"),
])
def test_hashtags_closing_the_comment_are_left_out(arabic, english, wanted):
    assert _span(arabic, english).endswith(wanted)


@pytest.mark.parametrize(("arabic", "english"), [
    ("سافر أحمد إلى القاهرة في عام 2019 مع عائلته. #رمضان_كريم", "Ahmed travelled to Cairo in 2019 with his family. #RamadanKareem"),
    ("أنا بحب القاهرة جدا", "I really love #Cairo"),
])
def test_a_tag_the_arabic_gives_stays(arabic, english):
    assert _span(arabic, english).endswith(english[-20:])


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("إحنا مكناش هنا أصلا", "The caption says …we were never here to begin with", "we were never here to begin with"),
    ("مرحبا بكم في الجولة النهائية", "guy on the mic says ...welcome to the final round", "welcome to the final round"),
    ("لا أحد يستمع إلى الفقراء.", "she wrote ... no one listens to the poor.", "no one listens to the poor."),
    ("سامي قال إنه سيأتي غدا.", "Sami said ...he would come tomorrow.", "Sami said ...he would come tomorrow."),  # the translation's own
    ("إحنا مكناش هنا أصلا", "Last line of the video: …we were never here to begin with", "we were never here to begin with"),
])
def test_an_ellipsis_after_a_reporting_clause_opens_the_words_reported(arabic, english, wanted):
    """edges._LEAD: the words taken up mid-speech ("The commentator says ...if you have any questions ..."), any case; the
    ellipsis no word of them (edges.extra_lead)."""
    assert _span(arabic, english) == wanted


@pytest.mark.parametrize(("arabic", "english", "wanted"), [
    ("سافر أحمد إلى القاهرة. كان ذلك في عام 2019 مع عائلته.", "Ahmed travelled to Cairo in 2019 with his family. Is this from your grandfather's diary?",
     "Ahmed travelled to Cairo in 2019 with his family."),
    ("كان الجو باردا جدا. لم نخرج من البيت.", "It was so cold that we didn't leave the house. Why was it so cold that day?",
     "It was so cold that we didn't leave the house. Why was it so cold that day?"),  # the Arabic's words: no question of the writer's own
])
def test_a_question_to_the_poster_after_the_translation_is_left_out(arabic, english, wanted):
    """edges._asked_after: a closing question the Arabic (punctuated, asking nothing) does not account for, however many sentences it has."""
    got = _span(arabic, english)
    assert got is not None and got in english and got.endswith(wanted[-30:])
