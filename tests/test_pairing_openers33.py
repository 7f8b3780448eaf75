"""Issue 14 (round 16's tuned half; bilingual/pairing/edges.py): chat openers in lower case that start with a chat
word ("ok so", "lol so", "k so") before a capital other than "I" are no part of the translation, even where the
Arabic has a word the table gives for one of them (خالص gives "so")."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

AT_ALL = "هما مش بيحبوني خالص عشان دخلت هندسة."
AT_ALL_EN = "They don't like me at all because I chose engineering."


def _translations(arabic: str, english: str) -> list[str | None]:
    rows = [("1", None, "A", arabic), ("2", "1", "B", "can someone translate"), ("3", "2", "A", english)]
    return [p.translation_text for p in pairs(make_thread(rows))]


@pytest.mark.parametrize("openers", ["ok so", "lol so", "haha so", "k so"])
def test_chat_openers_before_a_capital_are_no_part_of_the_translation(openers):
    assert _translations(AT_ALL, f"{openers} {AT_ALL_EN}") == [AT_ALL_EN]


@pytest.mark.parametrize("english", [
    "ok so they don't like me at all because I chose engineering.",  # no capital restarts it
    "So They don't like me at all because I chose engineering.",  # no chat word first
])
def test_openers_without_a_restart_or_a_chat_word_stay(english):
    assert _translations(AT_ALL, english) == [english]


def test_openers_before_i_stay():
    """"I" is capitalised anywhere: "ok so I ..." may be the translation's own."""
    english = "ok so I don't think I will travel at all."
    assert _translations("أنا مش بفكر أسافر خالص.", english) == [english]
