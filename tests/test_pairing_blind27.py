"""Round 27 of the pairing development set (bench/pairing_blind27.py), what only this round does: its gold spans
are exactly the translation put there (leads, quote marks, code fences, glosses, notes and sign-offs out; a
translator's bracketed insertion in; a translation split over two comments read as one). The checks every round
passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any


BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind27  # noqa: E402


def test_the_gold_check_reads_insertions_spellings_and_merged_sentences() -> None:
    want = ["The colour of the centre is grey."]
    assert pairing_blind27.same("The color of the center is gray.", want)
    assert pairing_blind27.same("The colour [sic] of the centre is grey.", want)
    assert pairing_blind27.same("The car is red, and it is fast.", ["The car is red.", "It is fast."])
    assert not pairing_blind27.same("Translation: The colour of the centre is grey.", want)
    assert not pairing_blind27.same("The colour of the centre is grey. ", want)
    assert pairing_blind27.with_insert("Then he left.", "[the owner]", random.Random(0)) == "Then he [the owner] left."


def test_line_by_line_split_partial_and_untranslated_items() -> None:
    threads = pairing_blind27.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the re-enactor's untranslated first banner
    line: Any = next(r for r in threads if r["shape"] == "discogs line by line")
    assert len(line["items"]) == 2 and {i["expected"][0] for i in line["items"]} == {"1"}
