"""Round 34 of the pairing development set (bench/pairing_blind34.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import pairing_blind34  # noqa: E402


def test_the_gold_check_reads_lower_case_and_british_spelling_and_sees_a_lead() -> None:
    want = ["My favorite color is gray."]
    assert pairing_blind34.same("My favourite colour is grey.", want)
    assert pairing_blind34.same("my favorite color is gray.", want)
    assert not pairing_blind34.same("Translation: My favorite color is gray.", want)
    assert not pairing_blind34.same("My favorite color is gray. ", want)
