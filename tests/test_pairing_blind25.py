"""Round 25 of the pairing development set (bench/pairing_blind25.py), what only this round does: its gold spans
are exactly the translation put there (leads, handles, hashtags, emoji, notes and sign-offs out; a translation
split over two posts read as one; the translator's habits, a typo, bracketed insertions, the other side's
spelling, clauses turned round, compared by name). The checks every round passes are in
tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind25  # noqa: E402


def test_the_gold_check_knows_the_habits_and_sees_a_lead() -> None:
    want = ["The color of the house is gray, and my father organized it."]
    same = pairing_blind25.same
    assert same(want[0], want)
    assert same("The color of [the] house [is] gray, and my father organized it.", want)
    assert same("The colour of the house is grey, and my father organised it.", want)
    assert same("And my father organized it, the color of the house is gray.", want)
    assert same("the color of the house is gray, and my father organized it", want)
    assert same(pairing_blind25.typo(want[0]), want) and pairing_blind25.typo(want[0]) != want[0]
    assert not same("Roughly: " + want[0], want)
    assert not same(want[0] + " ", want)
    assert not same("The color of the house is gray.", want)


def test_a_split_translation_is_one_item_continued_and_a_partial_one_is_marked() -> None:
    threads = pairing_blind25.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated dashcam line beside a translated one


def test_a_lead_in_the_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    threads = pairing_blind25.ROUND.build(sources, tuned=1, held_out=0)
    thread = next(r for r in threads if r["shape"] == "mosque newsletter: translation inside an answer")
    item = thread["items"][0]  # type: ignore[index]
    item["expected"] = [item["expected"][0], item["expected"][1] - 5, item["expected"][2]]
    with pytest.raises(AssertionError, match="gold span"):
        pairing_blind25.check_gold([thread], sources)
