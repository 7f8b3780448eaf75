"""Round 19 of the pairing development set (bench/pairing_blind19.py), what only this round does: its gold spans
are exactly the translation put there (leads, quotation marks, timestamps, references, labels and sign-offs out;
a careless lower-case copy compared without case and punctuation). The checks every round passes are in
tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind19  # noqa: E402


def test_the_gold_check_sees_a_lead_left_in() -> None:
    assert pairing_blind19.same("fake sentence number 3 here", ["Fake sentence number 3 here."])
    assert not pairing_blind19.same("he said fake sentence number 3 here", ["Fake sentence number 3 here."])
    assert not pairing_blind19.same("Fake sentence number 3 here. ", ["Fake sentence number 3 here."])


def test_a_partial_translation_is_marked_partial() -> None:
    threads = pairing_blind19.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    partial = [item for r in threads for item in r["items"] if item.get("partial")]  # type: ignore[attr-defined]
    assert partial and all(item["expected"] for item in partial)
