"""Round 21 of the pairing development set (bench/pairing_blind21.py), what only this round does: its gold spans
are exactly the translation put there (leads, handles, notes, emoji, signatures and sign-offs out; a translation
split over two posts read as one; a partial one its first sentence). The checks every round passes are in
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
import pairing_blind21  # noqa: E402


def test_no_gold_span_has_space_or_a_mark_around_it() -> None:
    for thread in pairing_blind21.ROUND.build(_blind.made_up_sources(60), tuned=2, held_out=1):
        for item in thread["items"]:  # type: ignore[attr-defined]
            for span in (item["expected"], *item["continued"]) if item["expected"] else ():
                text = _blind.sliced(thread, span)
                assert text == text.strip() and text[0].isalnum(), (thread["id"], text)


def test_the_gold_check_sees_a_lead() -> None:
    sources = _blind.made_up_sources(60)
    threads = pairing_blind21.ROUND.build(sources, tuned=1, held_out=0)
    led = next(r for r in threads if r["shape"] == "reddit: OP's attempt under the Arabic")
    item = led["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start - 3, end]
    with pytest.raises(AssertionError, match="gold span is not the translation"):
        pairing_blind21.check_gold([led], sources)


def test_a_negative_holding_its_translation_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    neg = next(r for r in pairing_blind21.ROUND.build(sources, tuned=1, held_out=0) if r["kind"] == "neg")
    english = _blind.passages(sources)[_blind.flat(_blind.sliced(neg, neg["items"][0]["arabic"]))]  # type: ignore[index]
    neg["comments"].append(["cx", None, "someone", " ".join(english)])  # type: ignore[attr-defined]
    with pytest.raises(AssertionError, match="negative holds the translation"):
        pairing_blind21.check_gold([neg], sources)


def test_split_partial_and_untranslated_items_are_there() -> None:
    threads = pairing_blind21.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated post beside a translated one
    assert any(len(r["items"]) == 2 and all(i["expected"] for i in r["items"]) for r in threads)  # type: ignore[arg-type]


def test_the_bank_check_catches_a_shared_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    banks = dict(pairing_blind21.BANKS)
    banks["extra"] = ("Here is what it says:", "Well, here is what it says: roughly")
    monkeypatch.setattr(pairing_blind21, "BANKS", banks)
    with pytest.raises(AssertionError, match="half is in the"):
        pairing_blind21.check_banks()
