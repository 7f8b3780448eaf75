"""Issue 14, thirtieth round (bilingual/align/numbers.py, anchors.py): numbers written as words in Arabic and
English are anchors as digits are, and English that speaks of the thread's people ("OP", "u/name") counts
against being the Arabic's translation."""

from __future__ import annotations

import pytest
from test_pairing import only_pair

from bilingual.align.anchors import AnchorSimilarity
from bilingual.align.names import WORD, fold
from bilingual.align.numbers import arabic_numbers, english_numbers


def _arabic(text: str) -> list[int]:
    return arabic_numbers(WORD.findall(fold(text)))


@pytest.mark.parametrize(("text", "values"), [
    ("يبدأ الدوام الدراسي في الثامنة و النصف.", [8, 30]),  # half past eight: a half after an hour is 30 minutes
    ("في الساعة ستة ونص", [6, 30]),
    ("ثلاثة عشر يوما", [13]),  # a unit before عشر is a teen
    ("روحت تلتاشر بلد", [13]),  # Egyptian's teen in one word
    ("خمسة وعشرين", [5, 20]),
    ("نص الكلام مش واضح", []),  # نص with no hour before it is "text"
    ("لقد كنت معلما لعامين.", []),  # a dual says two without a number word
    ("هل بإمكاني مقابلتك يوم الإثنين؟", []),  # Monday
])
def test_arabic_number_words(text: str, values: list[int]) -> None:
    assert _arabic(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("School begins at half past eight.", [30, 8]),
    ("a quarter to 9", [15]),
    ("the worst three years", [3]),
    ("I've been a teacher for two years.", []),  # two: Arabic's dual has no word for it
    ("Someone often says so.", []),
])
def test_english_number_words(text: str, values: list[int]) -> None:
    assert english_numbers(text) == values


def _link(arabic: str, english: str) -> float:
    return AnchorSimilarity().prepare([arabic], [english], None)(0, 1, 0, 1)


def test_a_time_in_words_anchors_the_same_time_in_digits():
    """الثامنة و النصف is 8:30: evidence for the English that says 8:30, against one that says 9:45."""
    arabic = "يبدأ الدوام الدراسي في الثامنة و النصف."
    assert _link(arabic, "School begins at 8:30.") > _link(arabic, "School begins at 9:45.") + 2.0
    assert _link(arabic, "School begins at half past eight.") > _link(arabic, "School begins at nine.") + 2.0


def test_a_number_repeated_in_words_is_charged_once():
    """"100 percent, one hundred percent": one 100, not three, against an Arabic that has none."""
    arabic = "أنا مقتنع بده جدا"
    assert _link(arabic, "I'm convinced 100 percent, one hundred percent.") == pytest.approx(
        _link(arabic, "I'm convinced 100 percent, one percent."))


def test_english_about_the_threads_people_is_no_translation():
    """A joke about the poster ("it says OP owes me 20 bucks") is introduced as a translation but is none:
    "OP" counts as a name the Arabic lacks (round 16's false pair)."""
    p = only_pair([
        ("c1", None, "dave_t", "نزڨيلهوم غدوا كي نولّي."),
        ("c2", "c1", "nomad_bilal", "wait what does that mean"),
        ("c3", "c2", "hamza.b", "it says OP owes me 20 bucks"),
        ("c4", "c3", "Sarah M", "my feed is weird today"),
    ])
    assert p.translation is None


def test_a_number_word_on_one_side_only_is_no_charge():
    """A number word the other side lacks is no evidence against ("a few", a dual, an Arabizi misreading);
    digits on one side only still are."""
    arabic = "أنا مقتنع بده جدا"
    assert _link(arabic, "I'm convinced, three times over.") == pytest.approx(_link(arabic, "I'm convinced, many times over."))
    assert _link(arabic, "I'm convinced, 3 times over.") < _link(arabic, "I'm convinced, many times over.")
