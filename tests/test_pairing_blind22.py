"""Round 22 of the pairing development set (bench/pairing_blind22.py), what only this round does: its gold spans
are exactly the translation put there (leads, notes, handles, tags and sign-offs out; the translator's own words
in brackets and careless typing kept as written; a translation split over two comments read part by part; a
partial one marked). The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind22  # noqa: E402


def test_the_gold_check_reads_notes_and_typos_and_sees_a_lead() -> None:
    want = ["The old man sold his house in the village last winter."]
    rng = random.Random(1)
    assert pairing_blind22.same(pairing_blind22.bracketed(want[0], "[he means the army]", rng), want)
    careless = pairing_blind22.sloppy(want[0], rng)
    assert careless != want[0] and careless == careless.lower() and pairing_blind22.same(careless, want)
    assert not pairing_blind22.same("my try: " + want[0], want)
    assert not pairing_blind22.same(want[0] + " ", want)
    assert not pairing_blind22.same(want[0] + " (not perfect)", want)


def test_split_partial_interleaved_and_untranslated_items_are_there() -> None:
    threads = pairing_blind22.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated post beside a translated one
    interleaved = next(r for r in threads if r["shape"] == "Quora answer interleaved line by line")
    first, second = interleaved["items"]  # type: ignore[misc]
    assert first["arabic"][2] < first["expected"][1] < second["arabic"][1] < second["expected"][1]
