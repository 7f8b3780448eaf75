"""Round 17 of the pairing development set (bench/pairing_blind17.py): built deterministically, every
gold span is exactly the translation put there (leads, quotation marks, references, notes, signatures,
timestamps and sign-offs out), and no phrase words both halves.

Read, not scored (the default test run stays fast): the builder runs on a small made-up set of pairs,
and on ../shared/data where it is present.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import pairing_blind17  # noqa: E402
import pairing_devset  # noqa: E402


def _fake_sources() -> dict[str, list[tuple[str, str]]]:
    """Two small data sets whose English says which pair it translates."""
    return {
        name: [(f"هذه جملة عربية رقم {k} هنا.", f"Fake sentence number {k} here.") for k in range(base, base + 60)]
        for name, base in (("One", 0), ("Two", 100))
    }


def _slice(record: dict[str, object], span: list[object]) -> str:
    texts = {row[0]: row[3] for row in record["comments"]}  # type: ignore[attr-defined]
    cid, start, end = span
    return str(texts[cid])[int(start) : int(end)]  # type: ignore[call-overload]


def _flat(text: str) -> str:
    """Text with every run of white space one space (a poem's lines are joined by line breaks)."""
    return " ".join(text.split())


def _translations(sources: dict[str, list[tuple[str, str]]]) -> dict[str, list[str]]:
    """Each passage the set can post (one pair's Arabic or two consecutive pairs' of a part, on one
    line or two), with its English sentences."""
    out: dict[str, list[str]] = {}
    for pairs in (pool for halves in pairing_blind17.pools(sources).values() for pool in halves.values()):
        for n in (1, 2):
            for k in range(len(pairs) - n + 1):
                chosen = pairs[k : k + n]
                out[_flat(" ".join(a for a, _ in chosen))] = [e.strip() for _, e in chosen]
    return out


def _check(records: list[dict[str, object]], sources: dict[str, list[tuple[str, str]]]) -> None:
    """Every item's Arabic is a posted passage; a positive's span is its whole translation (the first
    sentence on a partial one) and nothing else; a negative has no span."""
    english = _translations(sources)
    for record in records:
        items = record["items"]  # type: ignore[attr-defined]
        assert items, record["id"]
        for item in items:
            arabic = _flat(_slice(record, item["arabic"]))
            assert arabic in english, record["id"]
            if item["expected"] is None:
                continue
            assert record["kind"] == "pos", record["id"]
            want = english[arabic][:1] if item.get("partial") else english[arabic]
            gold = _slice(record, item["expected"])
            assert gold == gold.strip() and _flat(gold) == _flat(" ".join(want)), record["id"]
        if record["kind"] == "pos":
            assert any(item["expected"] for item in items), record["id"]


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind17.build(_fake_sources(), tuned=1, held_out=1)
    assert one == pairing_blind17.build(_fake_sources(), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind17.SHAPES) and len(pairing_blind17.SHAPES) >= 25


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    _check(pairing_blind17.build(_fake_sources(), tuned=2, held_out=1), _fake_sources())


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind17.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind17.build(_fake_sources(), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind17.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind17.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind17.build(sources, tuned=1, held_out=1)
    _check(one, sources)
    assert len(pairing_blind17.build(sources)) >= 300
