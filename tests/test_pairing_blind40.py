"""Round 40 of the pairing development set (bench/pairing_blind40.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind40  # noqa: E402


def test_the_two_register_gold_is_the_formal_line_only() -> None:
    for t in _blind.sample(pairing_blind40.ROUND):
        if t["shape"] == "two registers Formal:/Casual:":
            (item,) = t["items"]
            gold = _blind.sliced(t, item["expected"])
            assert "Casual" not in gold and "\n" not in gold
            assert str(t["comments"][1][3]).index("Formal: " + gold) < str(t["comments"][1][3]).index("Casual: ")


def test_brackets_mark_unsaid_words_and_the_check_takes_them_out() -> None:
    assert pairing_blind40.bracketed("The house is big.") == "The house [is] big."
    assert pairing_blind40.bracketed("I saw the cat.") == "I saw [the] cat."
    assert pairing_blind40.bracketed("Tom left.") == "Tom left."
    assert pairing_blind40.same("The house [is] big.", ["The house is big."])
    assert not pairing_blind40.same("Literal: The house [is] big.", ["The house is big."])


def test_casual_and_arabizi_renderings() -> None:
    assert pairing_blind40.casual("It is not late. I do not know.") == "it isn't late. I don't know"
    assert pairing_blind40.arabizi("كان سامي ينتظر.") == "kan samy yntzr."


def test_the_label_passage_is_the_transcription_in_the_reply() -> None:
    for t in _blind.sample(pairing_blind40.ROUND):
        if t["shape"] == "product label transcribed then translated":
            (item,) = t["items"]
            assert item["arabic"][0] == "2" and item["expected"][0] == "2"
            assert item["arabic"][2] < item["expected"][1]


def test_the_neighbour_negative_translates_another_top_level_comment() -> None:
    for t in _blind.sample(pairing_blind40.ROUND):
        if t["shape"] == "neg: English of the neighbour's Arabic":
            (item,) = t["items"]
            assert item["expected"] is None and item["arabic"][0] == "2"
            assert t["comments"][0][1] is None and t["comments"][1][1] is None
            assert _blind.sliced(t, item["arabic"]) not in str(t["comments"][0][3])


def test_the_gold_check_sees_a_lead() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind40.same(want[0], want)
    assert not pairing_blind40.same("Formal: " + want[0], want)
    assert not pairing_blind40.same("", [""])
