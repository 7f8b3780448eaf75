"""Round 26 of the pairing development set (bench/pairing_blind26.py), what only this round does: its gold spans
are exactly the translation put there (leads, handles, emoji, hedges, notes and sign-offs out; a translation
split over two replies read as one; an unreadable word left as '... [illegible] ...'). The checks every round
passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind26  # noqa: E402


def test_the_gold_check_reads_an_illegible_word_and_sees_a_lead() -> None:
    want = ["Are you sure because it is late."]
    assert pairing_blind26.same("Are you sure because it is late.", want)
    assert pairing_blind26.same("Are you ... [illegible] ... because it is late.", want)
    assert not pairing_blind26.same("Are ... [illegible] ... late.", want)
    assert not pairing_blind26.same("she says Are you sure because it is late.", want)
    assert not pairing_blind26.same("Are you sure because it is late. ", want)


def test_split_partial_and_untranslated_items_are_there() -> None:
    threads = pairing_blind26.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated comment beside a translated one
