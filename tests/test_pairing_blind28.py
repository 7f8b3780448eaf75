"""Round 28 of the pairing development set (bench/pairing_blind28.py), what only this round does: its gold spans
are exactly the translation put there (leads, labels, handles, emoji, notes and sign-offs out; a translation
over two numbered replies read as one; a partial one marked). The checks every round passes are in
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
import pairing_blind28  # noqa: E402


def test_no_gold_span_has_space_or_a_mark_around_it() -> None:
    for thread in pairing_blind28.ROUND.build(_blind.made_up_sources(60), tuned=2, held_out=1):
        for item in thread["items"]:  # type: ignore[attr-defined]
            if item["expected"] is not None:
                text = _blind.sliced(thread, item["expected"])
                assert text == text.strip() and not text.startswith(("[", "(", "*", "_", "@", "\u201c", '"'))


def test_ten_shapes_or_more_are_negative() -> None:
    assert [kind for _, _, kind in pairing_blind28.SHAPES.values()].count("neg") >= 10


def test_the_gold_check_reads_points_digits_and_dialect_and_sees_a_lead() -> None:
    want = ["He came home at 10.", "Nobody saw him."]
    assert pairing_blind28.same("He came home at 10.\n2) Nobody saw him.", want)
    assert pairing_blind28.same("He came home at ١٠. Nobody saw him.", want)
    assert pairing_blind28.same("He came el beit at 10. Nobody saw him.", want)
    assert pairing_blind28.same("He came el beit (home) at 10. Nobody saw him.", want)
    assert pairing_blind28.same("توم came home at 10. Nobody saw him.", ["Tom came home at 10.", "Nobody saw him."])
    assert pairing_blind28.keep_names("Tom came.", "جاء توم.") == "توم came."
    assert not pairing_blind28.same("Roughly: He came home at 10. Nobody saw him.", want)
    assert not pairing_blind28.same("He came home at 10. Nobody saw him. ", want)
    assert not pairing_blind28.same("He came home at 10.", want)
    assert pairing_blind28.dialect("I went home late.", "tuned", glossed=False) == "I went el beit late."
    assert pairing_blind28.dialect("I went home.", "held-out", glossed=True) in {
        "I went " + form.format(d="el beit", e="home") + "." for form in pairing_blind28.GLOSS[1::2]
    }


def test_split_partial_and_untranslated_items_are_written() -> None:
    threads = pairing_blind28.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the passage whose "translation:" is of another one
    negatives = [r for r in threads if r["kind"] == "neg"]
    assert negatives and all(item["expected"] is None for r in negatives for item in r["items"])  # type: ignore[attr-defined]


def test_a_wrong_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind28.ROUND.build(sources, tuned=1, held_out=0) if r["kind"] == "pos")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end - 2]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind28.check_gold([thread], sources)
