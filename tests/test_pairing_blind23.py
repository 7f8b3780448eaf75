"""Round 23 of the pairing development set (bench/pairing_blind23.py), what only this round does: its gold spans
are exactly the translation put there (leads, quotes, notes, signatures and sign-offs out; a translation over
three comments read as one; a partial one is one of the two sentences). The checks every round passes are in
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
import pairing_blind23  # noqa: E402


def test_three_part_translations_partials_and_untranslated_passages_are_there() -> None:
    threads = pairing_blind23.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(len(item["continued"]) == 2 for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the passage left untranslated beside a translated one


def test_a_stretched_or_cut_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind23.ROUND.build(sources, tuned=1, held_out=0) if r["shape"] == "airbnb-host")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end + 3]
    with pytest.raises(AssertionError, match="gold span"):
        pairing_blind23.check_gold([thread], sources)
    item["expected"] = [cid, start + 2, end]
    with pytest.raises(AssertionError, match="gold span"):
        pairing_blind23.check_gold([thread], sources)
