"""Round 38 of the pairing development set (bench/pairing_blind38.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind38  # noqa: E402


def test_the_interleaved_comment_gives_each_arabic_sentence_its_own_english() -> None:
    threads = pairing_blind38.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    interleaved = [t for t in threads if t["shape"] == "Disqus interleaved sentence by sentence"]
    assert interleaved
    for t in interleaved:
        items = t["items"]
        assert len(items) == 2  # type: ignore[arg-type]
        golds = [_blind.sliced(t, item["expected"]) for item in items]  # type: ignore[union-attr]
        assert golds[0] != golds[1] and all(golds)


def test_the_gold_check_sees_a_lead() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind38.same(want[0], want)
    assert not pairing_blind38.same("Translation: " + want[0], want)
    assert not pairing_blind38.same("", [""])
