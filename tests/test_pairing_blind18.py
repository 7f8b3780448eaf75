"""Round 18 of the pairing development set (bench/pairing_blind18.py), what only this round does: its gold spans
are exactly the translation put there (leads, quotation, bold and code marks, transliterations, glosses,
references and sign-offs out). The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind18  # noqa: E402


def test_a_partial_translation_is_marked_partial() -> None:
    threads = pairing_blind18.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    partial = [item for r in threads for item in r["items"] if item.get("partial")]  # type: ignore[attr-defined]
    assert partial and all(item["expected"] for item in partial)
