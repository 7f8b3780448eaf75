"""Round 20 of the pairing development set (bench/pairing_blind20.py), what only this round does: its gold spans
are exactly the translation put there (leads, handles, hashtags, emoji, notes and sign-offs out; a translation
split over two posts read as one; ALL CAPS and text-speak compared as words). The checks every round passes are
in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind20  # noqa: E402


def test_the_gold_check_reads_caps_and_text_speak_and_sees_a_lead() -> None:
    want = ["Are you sure because it is late."]
    assert pairing_blind20.same("ARE YOU SURE BECAUSE IT IS LATE.", want)
    assert pairing_blind20.same(pairing_blind20.text_speak(want[0]), want)
    assert pairing_blind20.text_speak(want[0]) == "r u sure bc it is late"
    assert not pairing_blind20.same("it means are you sure because it is late", want)
    assert not pairing_blind20.same("Are you sure because it is late. ", want)


def test_a_split_translation_is_one_item_continued_and_a_partial_one_is_marked() -> None:
    threads = pairing_blind20.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated forward beside a translated one
