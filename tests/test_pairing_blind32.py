"""Round 32 of the pairing development set (bench/pairing_blind32.py), what only this round does: its gold spans
are exactly the translation put there (table cells, code fences, BBCode and markdown quotes, subtitle cues,
timestamps, emphasis marks, curly quotes, links, handles and hashtags out; a lower-case unpunctuated, an HTML-
escaped and a typo'd translation read as the translation). The checks every round passes are in
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
import pairing_blind32  # noqa: E402


def test_the_gold_check_reads_lower_case_escaped_and_typo_forms_and_sees_a_lead() -> None:
    want = ["Don't touch the well-known \"blue\" box."]
    assert pairing_blind32.same("dont touch the well known blue box", want)
    assert pairing_blind32.same("Don&#39;t touch the well-known &quot;blue&quot; box.", want)
    assert pairing_blind32.same("Don't tuoch the well-known \"blue\" box.", want)
    assert not pairing_blind32.same("English: Don't touch the well-known \"blue\" box.", want)
    assert not pairing_blind32.same("Don't touch the well-known \"blue\" box. ", want)
    assert pairing_blind32.romanized("شكرا، سامي؟") == "shkra, samy?"


def test_a_wrong_gold_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind32.ROUND.build(sources, tuned=1, held_out=0) if r["kind"] == "pos")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end - 2]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind32.ROUND.check_gold([thread], sources)


def test_negatives_hold_no_span() -> None:
    threads = pairing_blind32.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    assert all(item["expected"] is None for r in threads if r["kind"] == "neg" for item in r["items"])  # type: ignore[attr-defined]
    assert all(item["expected"] for r in threads if r["kind"] == "pos" for item in r["items"])  # type: ignore[attr-defined]
