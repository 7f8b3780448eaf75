"""Issue 14, round 25 (bilingual/pairing/find.py LineLabels, lists.py): Arabic lines without bullets ("what do these
mean?\\n<line>\\n<line>") answered by an English list of exactly as many items ("- ...\\n- ...", "1) ...\\n2) ...")
are cut into their lines and paired as one list, each line then given the English item of its place; before, the
lines were one passage and took the whole list."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.find import _list_runs

MARKET = ["ذهبت إلى السوق أمس.", "اشتريت تفاحا وبرتقالا."]
MARKET_EN = ["I went to the market yesterday.", "I bought apples and oranges."]
HOT = ["الجو حار جدا اليوم", "سأبقى في البيت", "لا أريد الخروج"]
HOT_EN = ["The weather is very hot today", "I will stay at home", "I don't want to go out"]


def _texts(rows: list[tuple[str, str | None, str, str]]) -> list[tuple[str, str | None]]:
    """Each passage's text and its translation's."""
    return [(p.passage.text, p.translation_text) for p in pairs(make_thread(rows))]


@pytest.mark.parametrize(("bullets", "lead"), [(["1) ", "2) "], ""), (["- ", "- "], "Sure:\n"), (["• ", "• "], "Translation:\n"),
                                               (["1. ", "2. "], "here you go\n")])
def test_an_english_list_answering_arabic_lines_gives_each_line_its_item(bullets, lead):
    english = lead + "\n".join(b + line for b, line in zip(bullets, MARKET_EN))
    rows = [("1", None, "A", "what do these say? from my textbook\n" + "\n".join(MARKET)), ("2", "1", "B", english)]
    assert _texts(rows) == [(MARKET[0], MARKET_EN[0]), (MARKET[1].rstrip("."), MARKET_EN[1])]


def test_three_lines_and_a_list_in_the_same_comment():
    text = "my grandma wrote this:\n" + "\n".join(HOT) + "\n\nmy attempt:\n" + "\n".join("* " + line for line in HOT_EN)
    assert [english for _, english in _texts([("1", None, "A", text)])] == HOT_EN


def test_a_list_of_other_length_or_not_translating_leaves_the_lines_one_passage():
    arabic = "\n".join(HOT)
    two = "Sure:\n- " + HOT_EN[0] + ", " + HOT_EN[1].lower() + "\n- " + HOT_EN[2]
    assert [text for text, _ in _texts([("1", None, "A", arabic), ("2", "1", "B", two)])] == [arabic]
    remarks = "A few thoughts:\n- the font looks great\n- maybe use gold ink instead"
    assert [english for _, english in _texts([("1", None, "A", "\n".join(MARKET)), ("2", "1", "B", remarks)])] == [None, None]


def test_a_lead_line_and_a_closing_line_are_no_items():
    english = "Sure\n- " + "\n- ".join(MARKET_EN) + "\nGood luck with the course!"
    rows = [("1", None, "A", "Course sentences with missing translations:\n" + "\n".join(MARKET)), ("2", "1", "B", english)]
    assert [english for _, english in _texts(rows)] == MARKET_EN


def test_list_runs_are_one_bullet_or_numbered_on():
    assert list(_list_runs("Sure:\n- a b\n- c d\nGood luck")) == [2]
    assert list(_list_runs("1. a\n2. b\n1. c\n2. d\n3. e")) == [2, 3]
    assert list(_list_runs("- a\n* b")) == [] and list(_list_runs("1. a\n3. b")) == []
