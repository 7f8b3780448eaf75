"""Round 37 of the pairing development set (bench/pairing_blind37.py), what only this round does: its gold spans
are exactly the translation put there (up to case: the ALL CAPS shape). The checks every round passes are in
tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind37  # noqa: E402


def test_the_line_by_line_lyrics_have_two_items_and_the_shout_is_in_capitals() -> None:
    threads = pairing_blind37.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    lyrics = [t for t in threads if t["shape"] == "YouTube lyrics line by line, timestamps"]
    assert lyrics and all(len(t["items"]) == 2 for t in lyrics)  # type: ignore[arg-type]
    caps = [t for t in threads if t["shape"] == "ALL CAPS English for a shout"]
    for t in caps:
        gold = _blind.sliced(t, t["items"][0]["expected"])  # type: ignore[index]
        assert gold == gold.upper() and gold != gold.lower()


def test_the_gold_check_sees_a_lead_or_a_mark_but_not_case() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind37.same(want[0], want)
    assert pairing_blind37.same(want[0].upper(), want)
    assert not pairing_blind37.same("> " + want[0], want)
    assert not pairing_blind37.same(want[0] + " ", want)
    assert not pairing_blind37.same("", [""])
