"""Round 24 of the pairing development set (bench/pairing_blind24.py), what only this round does: its gold spans
are exactly the translation put there (leads, transliterations, footnote marks, spoiler tags, markdown, notes,
emoji and handles out; a translation split over two posts read as one; a poem's line breaks read as spaces). The
checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, cast

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind24  # noqa: E402


def test_the_gold_check_reads_line_breaks_and_sees_a_lead() -> None:
    want = ["Are you sure because it is late."]
    assert pairing_blind24.same("Are you sure\nbecause it is\nlate.", want)
    assert not pairing_blind24.same("lit. Are you sure because it is late.", want)
    assert not pairing_blind24.same("Are you sure because it is late. ", want)
    assert not pairing_blind24.same("**Are you sure because it is late.**", want)


def test_a_split_translation_is_one_item_continued_and_a_partial_one_is_marked() -> None:
    threads = pairing_blind24.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated post beside a translated one
    both = [cast(list[dict[str, Any]], r["items"]) for r in threads]
    assert any(len(pair) == 2 and all(i["expected"] for i in pair) for pair in both)  # two passages, both translated


def test_a_gold_span_with_a_lead_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    threads = pairing_blind24.ROUND.build(sources, tuned=1, held_out=0)
    thread = next(r for r in threads if r["kind"] == "pos" and not r["items"][0]["continued"])  # type: ignore[index]
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start - 1, end]
    with pytest.raises(AssertionError, match="gold span is not the translation"):
        pairing_blind24.check_gold([thread], sources)


def test_the_transliteration_is_latin_and_a_negative_has_no_span() -> None:
    assert pairing_blind24.transliterated("يا رب", 2) == "ya rb"
    threads = pairing_blind24.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert all(item["expected"] is None for r in threads if r["kind"] == "neg" for item in r["items"])  # type: ignore[attr-defined]
