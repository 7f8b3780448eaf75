"""Issue 14 (round 28's translations that keep words of the original): an English translation may keep a word or two of the
Arabic inside its sentences, an Arabizi word left untranslated ("I will call you bokra in the morning."), one glossed in
brackets ("with 5ali (my uncle) yesterday"), an Arabic-script name or place ("He lives in عمان with his family.", "أحمد
bought a new car"). The segmenter finds such a word as a passage of its own; the English around it is still one block, so
the translation's span runs over it (bilingual/pairing/find._inserted, _Index.pieces). The word's own search still sees
the English cut at it ("يا حبيبي, which means my dear"), a word of Arabizi that has no English sentence around it
("Alf mabrook!") or a phrase of three words ("Saw تزيد الحمى ليلًا on a mug") cuts the English as before, and English
that only mentions the word is no translation. A "=" just inside a bracket glosses the word before it ("akhoya (= brother)"):
it ends no lead (bilingual/pairing/edges._MARK)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.edges import extra_lead
from bilingual.pairing.find import _inserted

KEPT = [
    ("ذهبت إلى السوق مع خالي أمس.", "I went to the market with 5ali (my uncle) yesterday."),
    ("أخي يعمل في دبي مهندسا.", "My brother works in دبي as an engineer."),
    ("قالت إن الأكل طيب جدا وتريد المزيد.", "She said the food was tayeb awi and she wants more."),
    ("سأتصل بك غدا في الصباح.", "I will call you bokra in the morning."),
    ("يعيش في عمان مع عائلته.", "He lives in عمان with his family."),
    ("بصراحة كنت تعبان جدا بعد الرحلة.", "Honestly I was very ta3ban after the trip."),
    ("زرنا جدتي في القاهرة يوم الجمعة.", "On Friday we visited my teta in القاهرة."),
    ("لا أعرف متى سيصل القطار.", "I really don't 3aref when the train will arrive."),
    ("اشترى أحمد سيارة جديدة الأسبوع الماضي.", "أحمد bought a new car last week."),
]


@pytest.mark.parametrize(("arabic", "english"), KEPT)
def test_a_translation_runs_over_a_word_it_keeps(arabic: str, english: str) -> None:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "A", english)]
    pair = pairs(make_thread(rows))[0]
    assert pair.translation_text == english


@pytest.mark.parametrize(("arabic", "english"), [KEPT[2], KEPT[4], KEPT[7]])
def test_in_the_same_comment_too(arabic: str, english: str) -> None:
    pair = pairs(make_thread([("1", None, "A", f"{arabic}\n{english}")]))[0]
    assert pair.translation_text == english


@pytest.mark.parametrize("reply", [
    "My cousin lives in دبي too, such a nice city.",
    "I was in دبي last summer, loved it.",
    "Sorry, the only word I know in there is مهندسا haha.",
])
def test_english_that_only_keeps_the_word_is_no_translation(reply: str) -> None:
    rows = [("1", None, "A", KEPT[1][0]), ("2", "1", "B", reply)]
    assert all(p.translation is None for p in pairs(make_thread(rows)))


def test_the_words_own_gloss_still_pairs() -> None:
    (pair,) = pairs(make_thread([("1", None, "A", "In our house we say يا حبيبي, which means my dear.")]))
    assert pair.translation_text == "my dear."
    rows = [("1", None, "A", "what does 3ashan mean?"), ("2", "1", "B", "it means because")]
    assert pairs(make_thread(rows))[0].translation_text == "because"


def _at(text: str, word: str) -> bool:
    start = text.index(word)
    return _inserted(text, start, start + len(word))


@pytest.mark.parametrize(("text", "word"), [
    ("I will call you bokra in the morning.", "bokra"),
    ("I forgot my keys at the maktab (office) again.", "maktab"),
    ("On Friday we visited my teta in القاهرة.", "القاهرة"),
    ('"Fine," سلمى said and hung up.', "سلمى"),
    ("سلمى and نور went to the beach.", "سلمى and نور"),
])
def test_words_kept_inside_english(text: str, word: str) -> None:
    assert _at(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Alf mabrook!", "mabrook"),  # no English sentence around it
    ("Saw تزيد الحمى ليلًا on a mug, which translates to the fever rises at night", "تزيد الحمى ليلًا"),  # three words
    ("شكرا means thank you in Arabic.", "شكرا"),  # glossed after it
    ("Names first: the girl ليلى is Layla in English.", "ليلى"),  # glossed after it
    ("Translation: بيت كبير", "بيت كبير"),  # after a label, ending its line
    ("شكرا thank you so much everyone", "شكرا"),  # the English after it glosses it
])
def test_no_kept_word_without_its_shape(text: str, word: str) -> None:
    assert not _at(text, word)


@pytest.mark.parametrize("english", [
    "For me he is neither a akhoya (= brother) nor an acquaintance.",
    "My sitto (= grandmother) bakes bread every Friday.",
    "We took the 3arabeya (= car) to the coast.",
])
def test_a_gloss_mark_inside_brackets_ends_no_lead(english: str) -> None:
    assert extra_lead(english, 0, len(english), "جدتي تخبز الخبز كل جمعة") == 0


def test_a_mark_after_a_lead_still_ends_it() -> None:
    english = "my attempt = My grandmother bakes bread every Friday."
    assert english[extra_lead(english, 0, len(english), "جدتي تخبز الخبز كل جمعة") :] == "My grandmother bakes bread every Friday."
