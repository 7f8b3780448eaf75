"""Issue 14, false pairs on negatives: a name the English shares with the Arabic that the thread writes elsewhere too
("Who is Sami?", "Sami again lol") is the thread's topic, not a sign of a translation; English about the topic shares
it whatever it says. Such a name keeps half its match; a true translation, which says more of the Arabic than the
name, keeps its pair."""

from __future__ import annotations

import itertools

import pytest

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.evidence import shared_anchors


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    """Whether the passage of comment 1 is paired."""
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


SENTENCES = [
    ("كان سامي يعلم أنّ ليلى كانت تبحث عنه.", "Sami", "Sami knew that Layla was looking for him."),
    ("سافر أحمد إلى القاهرة في عام 2019 مع عائلته.", "Ahmed", "Ahmed travelled to Cairo in 2019 with his family."),
    ("اتصلت مريم بأختها من دبي.", "Mariam", "Mariam called her sister from Dubai."),
    ("قرأ توم الكتاب في ليلة واحدة.", "Tom", "Tom read the book in one night."),
    ("فاز محمد صلاح بالجائزة للمرة الثالثة.", "Salah", "Mohamed Salah won the award for the third time."),
]
MENTIONS = ["Who is {N}?", "{N} again lol", "I love {N}'s posts", "is this about {N}??", "{N} fans assemble"]
UNRELATED = ["{N} should have waited.", "{N} is my cousin actually.", "{N} posted this last week too.", "That's what {N} always says.",
             "{N} has a new video out."]


def _author_answer(arabic: str, mention: str, english: str) -> list[tuple[str, str | None, str, str]]:
    """The author's answer to a request that names the topic ("Who is Sami? what does it say?")."""
    return [("1", None, "A", arabic), ("2", "1", "B", f"{mention} what does it say?"), ("3", "2", "A", english)]


def _third_person(arabic: str, mention: str, english: str) -> list[tuple[str, str | None, str, str]]:
    """Someone else's answer to a request, the topic named in another comment of the thread."""
    return [("1", None, "A", arabic), ("2", "1", "B", "translation please?"), ("3", None, "D", mention), ("4", "2", "C", english)]


def test_shared_anchors_are_the_names_and_numbers_of_both():
    """The English's names an Arabic word spells, and the numbers of both (Arabic-Indic digits too)."""
    assert shared_anchors(("كان سامي يعلم أنّ ليلى كانت تبحث عنه.",), ("Sami should have waited for Layla.",)) == (("sami", "layla"), ())
    assert shared_anchors(("وصل ٣ أشخاص عام 2019.",), ("In 2019, 3 people and Ahmed came.",)) == ((), ("2019", "3"))


@pytest.mark.slow  # (a whole process or set: the slow run keeps it)
def test_unrelated_english_about_the_threads_topic_is_no_translation():
    """"Sami should have waited." under "Who is Sami? what does it say?": the author's answer shares the passage's name only,
    and the thread names it elsewhere (before, 60 of 125 such answers were paired, 5 of 125 third persons' answers)."""
    author = sum(_paired(_author_answer(ar, m.format(N=n), o.format(N=n))) for (ar, n, _), m, o in itertools.product(SENTENCES, MENTIONS, UNRELATED))
    third = sum(_paired(_third_person(ar, m.format(N=n), o.format(N=n))) for (ar, n, _), m, o in itertools.product(SENTENCES, MENTIONS, UNRELATED))
    print(f"author's answers paired: {author} of 125, third persons': {third} of 125")
    assert author <= 25 and third == 0


def test_a_translation_keeps_its_pair_when_the_thread_names_its_topic():
    """The right translation, its name written elsewhere in the thread ("Who is Sami?", thanks quoting the name), keeps its pair."""
    for (ar, n, tr), m in itertools.product(SENTENCES, MENTIONS):
        assert _paired(_author_answer(ar, m.format(N=n), tr))
        assert _paired(_third_person(ar, m.format(N=n), tr))
    ar, n, tr = SENTENCES[0]
    assert _paired([("1", None, "A", ar), ("2", "1", "B", "english?"), ("3", "2", "A", tr), ("4", "3", "B", "Ah so Sami knew, thanks!")])
    assert _paired([("1", None, "A", "توم يحب الفن الحديث."), ("2", "1", "B", "Tom is my cousin btw, what does it say"), ("3", "2", "A", "Tom loves modern art.")])
