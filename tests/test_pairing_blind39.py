"""Round 39 of the pairing development set (bench/pairing_blind39.py): built deterministically, every
shape present, every gold span exactly the translation put there, and no phrase words both halves.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind39  # noqa: E402


def _threads() -> list[dict[str, Any]]:
    return pairing_blind39.build(_blind.made_up_sources(60), tuned=1, held_out=1)


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = _threads()
    assert one == _threads()
    assert len(one) == 2 * 2 * len(pairing_blind39.SHAPES) and len(pairing_blind39.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind39.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind39.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind39.check_gold(pairing_blind39.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


def test_the_skipped_rest_is_a_partial_item_whose_gold_stops_before_the_ellipsis() -> None:
    skipped = [t for t in _threads() if t["shape"] == "[...] skipped rest (partial)"]
    assert skipped
    for t in skipped:
        (item,) = t["items"]
        assert item["partial"] is True
        gold = _blind.sliced(t, item["expected"])
        assert "[...]" not in gold and gold.endswith(".")


def test_the_other_passage_negative_translates_an_arabic_line_that_is_not_the_item() -> None:
    for t in _threads():
        if t["shape"] == "neg: reply translates the passage higher up":
            (item,) = t["items"]
            assert item["expected"] is None and item["arabic"][0] == "2"
            assert _blind.sliced(t, item["arabic"]) not in str(t["comments"][0][3])


def test_the_gold_check_sees_a_lead() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind39.same(want[0], want)
    assert not pairing_blind39.same("Matn: " + want[0], want)
    assert not pairing_blind39.same("", [""])


def test_no_wording_is_in_both_halves() -> None:
    pairing_blind39.check_banks()
