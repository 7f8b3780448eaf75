"""Round 39 of the pairing development set (bench/pairing_blind39.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind39  # noqa: E402


def test_the_skipped_rest_is_a_partial_item_whose_gold_stops_before_the_ellipsis() -> None:
    skipped = [t for t in _blind.sample(pairing_blind39.ROUND) if t["shape"] == "[...] skipped rest (partial)"]
    assert skipped
    for t in skipped:
        (item,) = t["items"]
        assert item["partial"] is True
        gold = _blind.sliced(t, item["expected"])
        assert "[...]" not in gold and gold.endswith(".")


def test_the_other_passage_negative_translates_an_arabic_line_that_is_not_the_item() -> None:
    for t in _blind.sample(pairing_blind39.ROUND):
        if t["shape"] == "neg: reply translates the passage higher up":
            (item,) = t["items"]
            assert item["expected"] is None and item["arabic"][0] == "2"
            assert _blind.sliced(t, item["arabic"]) not in str(t["comments"][0][3])


def test_the_gold_check_sees_a_lead() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind39.same(want[0], want)
    assert not pairing_blind39.same("Matn: " + want[0], want)
    assert not pairing_blind39.same("", [""])
