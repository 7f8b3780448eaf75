"""Round 36 of the pairing development set (bench/pairing_blind36.py): built deterministically, every
shape present, every gold span exactly the translation put there, and no phrase words both halves.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind36  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind36.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind36.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind36.SHAPES) and len(pairing_blind36.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind36.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind36.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind36.check_gold(pairing_blind36.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


def test_the_partial_and_the_two_item_shapes_are_marked() -> None:
    threads = pairing_blind36.build(_blind.made_up_sources(60), tuned=1, held_out=1)
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


def test_no_wording_is_in_both_halves() -> None:
    pairing_blind36.check_banks()
