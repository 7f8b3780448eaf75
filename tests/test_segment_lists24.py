"""Issue 14, thirty-eighth round (bilingual/segment/core.py): each item of an Arabic list is a passage of its own,
its bullet or number outside it, where two consecutive lines open with one; lines without bullets stay one passage."""

from __future__ import annotations

import pytest

from bilingual.segment import list_lines, segment

WHERE = "أين تسكن الآن؟"
COFFEE = "أنا أحب القهوة كثيرا"


def arabic(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text) if s.kind == "arabic"]


@pytest.mark.parametrize("first, second", [
    ("- ", "- "), ("* ", "* "), ("• ", "• "), ("· ", "· "), ("– ", "– "),
    ("1. ", "2. "), ("1) ", "2) "), ("(1) ", "(2) "), ("١. ", "٢. "), ("1- ", "2- "),
])
def test_each_item_of_a_list_is_a_passage_without_its_bullet(first, second):
    assert arabic(f"{first}{WHERE}\n{second}{COFFEE}.\n") == [WHERE, COFFEE]


def test_a_line_before_the_list_is_a_passage_of_its_own():
    assert arabic(f"قائمة:\n- {WHERE}\n- {COFFEE}") == ["قائمة", WHERE, COFFEE]


def test_an_item_keeps_its_wrapped_line_and_its_latin_insertion():
    text = f"1. {WHERE}\nمتى؟\n2. {COFFEE} Netflix جدا\n3. لا"
    assert arabic(text) == [f"{WHERE}\nمتى؟", f"{COFFEE} Netflix جدا", "لا"]
    (span,) = [s for s in segment(text) if s.kind == "arabic" and "Netflix" in text[s.start : s.end]]
    assert [text[a:b] for a, b in span.insertions] == ["Netflix"]


@pytest.mark.parametrize("text", [
    f"{WHERE}\n{COFFEE}.",  # a poem, a prayer: lines without bullets
    f"- {WHERE}\n{COFFEE}.",  # one bulleted line is no list
    f"x - {WHERE}\n- {COFFEE}",  # a dash inside the first line is no bullet
])
def test_lines_that_are_no_list_stay_one_passage(text):
    assert len(arabic(text)) == 1


def test_a_bullet_without_an_arabic_word_opens_no_passage():
    assert arabic(f"- {WHERE}\n- ؟\n- {COFFEE}") == [WHERE, COFFEE]


def test_list_lines_gives_each_line_and_its_bullet_end():
    text = "Intro\n- one\n2) two"
    assert list_lines(text, 0, len(text)) == [(0, None), (6, 8), (12, 15)]
