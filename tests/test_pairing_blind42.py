"""Round 42 of the pairing development set (bench/pairing_blind42.py), what only this round does: its gold spans
are exactly the translation put there (leads, remarks, quote marks and chat prefixes outside it). The checks every
round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind42  # noqa: E402


def test_the_check_refuses_a_lead_a_remark_or_quote_marks_in_the_span() -> None:
    want = ["Fake sentence number 3 here."]
    assert pairing_blind42.same("Fake sentence number 3 here.", want)
    for wrong in ("Translation: Fake sentence number 3 here.", "Fake sentence number 3 here. hope that helps",
                  '"Fake sentence number 3 here."', "*Fake sentence number 3 here.*", " Fake sentence number 3 here.", ""):
        assert not pairing_blind42.same(wrong, want)


def test_casual_typing_is_lower_case_without_a_stop_and_one_swap() -> None:
    rng = random.Random(0)
    typed = pairing_blind42.casual("Tom forgot the umbrella again.", rng, typo=True)
    assert typed == typed.lower() and not typed.endswith(".") and typed != "tom forgot the umbrella again"
    assert pairing_blind42.same(typed, ["Tom forgot the umbrella again."])
    assert pairing_blind42.casual("I need .. if every day.", rng, typo=False) == "i need .. if every day"
    assert not pairing_blind42.same("tom forgto the umberlla again", ["Tom forgot the umbrella again."])
    assert pairing_blind42.lower_first("The cat sat.") == "the cat sat."
    assert pairing_blind42.lower_first("I think so.") == "I think so." and pairing_blind42.lower_first("USA won.") == "USA won."


def test_a_split_translation_is_one_item_with_its_second_part_continued() -> None:
    for name in ("X: split over two replies 1/2 2/2", "Discord: translation in two messages"):
        for t in _blind.of_shape(pairing_blind42.ROUND, name):
            (item,) = t["items"]
            (rest,) = item["continued"]
            assert item["expected"][0] == "3" and rest[0] == "4"
            assert "1/2" not in _blind.sliced(t, item["expected"]) and "2/2" not in _blind.sliced(t, rest)


def test_a_partial_translation_is_marked_and_stops_at_the_first_sentence() -> None:
    for name in ("third person, first sentence only (partial)", "author gives the gist only (partial)"):
        for t in _blind.of_shape(pairing_blind42.ROUND, name):
            (item,) = t["items"]
            assert item["partial"] and _blind.sliced(t, item["expected"]).endswith("here.")


def test_the_quoted_copy_is_not_the_item() -> None:
    for t in _blind.of_shape(pairing_blind42.ROUND, "Reddit: > quoted Arabic then the translation"):
        (item,) = t["items"]
        assert item["arabic"][0] == "1" and item["expected"][0] == "2"
        assert "> " + _blind.sliced(t, item["arabic"]) in _blind.comment_text(t, "2")


def test_the_english_before_the_arabic_and_the_chat_line_spans() -> None:
    for t in _blind.of_shape(pairing_blind42.ROUND, "Facebook: English first, then the Arabic"):
        (item,) = t["items"]
        assert item["expected"][0] == item["arabic"][0] == "1" and item["expected"][2] < item["arabic"][1]
    for t in _blind.of_shape(pairing_blind42.ROUND, "Telegram chat pasted in one comment"):
        (item,) = t["items"]
        text = _blind.comment_text(t, "1")
        assert item["arabic"][2] < item["expected"][1] and text[item["expected"][1] - 1] in " \n"


def test_two_passages_are_two_items_in_one_comment() -> None:
    for t in _blind.of_shape(pairing_blind42.ROUND, "two Arabic comments translated in one"):
        first, second = t["items"]
        assert (first["arabic"][0], second["arabic"][0]) == ("1", "2") and first["expected"][0] == second["expected"][0] == "3"


def test_people_are_distinct_and_negatives_hold_no_span() -> None:
    for t in _blind.sample(pairing_blind42.ROUND):
        if t["kind"] == "neg":
            assert all(item["expected"] is None for item in t["items"])
    for t in _blind.of_shape(pairing_blind42.ROUND, "neg: rebuttal quoting the Arabic") + _blind.of_shape(pairing_blind42.ROUND, "third person, first sentence only (partial)"):
        authors = [row[2] for row in t["comments"]]
        assert len(set(authors)) == len(authors)
