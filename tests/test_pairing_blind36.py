"""Round 36 of the pairing development set (bench/pairing_blind36.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind36  # noqa: E402


def test_the_partial_and_the_two_item_shapes_are_marked() -> None:
    threads = pairing_blind36.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    partial = [t for t in threads if t["shape"] == "partial: first sentence only"]
    assert partial and all(item.get("partial") for t in partial for item in t["items"])  # type: ignore[attr-defined]
    parens = [t for t in threads if t["shape"] == "parentheses after each sentence"]
    assert parens and all(len(t["items"]) == 2 for t in parens)  # type: ignore[arg-type]


def test_the_gold_check_sees_a_lead_or_a_quote_mark() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind36.same(want[0], want)
    assert not pairing_blind36.same("\"" + want[0] + "\"", want)
    assert not pairing_blind36.same("_" + want[0] + "_", want)
    assert not pairing_blind36.same(want[0] + " ", want)
    assert not pairing_blind36.same("", [""])
