"""Round 22 of the pairing development set (bench/pairing_blind22.py): built deterministically, every
shape present, every gold span exactly the translation put there (leads, notes, handles, tags and
sign-offs out; the translator's own words in brackets and careless typing kept as written; a
translation split over two comments read part by part; a partial one marked), and no phrase words
both halves.

Read, not scored (the default test run stays fast): the builder runs on a small made-up set of pairs,
and on ../shared/data where it is present.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind22  # noqa: E402
import pairing_devset  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind22.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind22.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind22.SHAPES) and len(pairing_blind22.SHAPES) >= 30
    assert {r["shape"] for r in one} == set(pairing_blind22.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind22.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind22.check_gold(pairing_blind22.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


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
    threads = pairing_blind22.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated post beside a translated one
    interleaved = next(r for r in threads if r["shape"] == "Quora answer interleaved line by line")
    first, second = interleaved["items"]  # type: ignore[misc]
    assert first["arabic"][2] < first["expected"][1] < second["arabic"][1] < second["expected"][1]


def test_a_wrong_split_part_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind22.build(sources, tuned=1, held_out=0) if r["kind"] == "pos" and r["items"][0]["continued"])  # type: ignore[index]
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["continued"][0]
    item["continued"] = [[cid, start, end - 2]]
    with pytest.raises(AssertionError, match="split gold span"):
        pairing_blind22.check_gold([thread], sources)


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind22.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind22.build(_blind.made_up_sources(60), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind22.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind22.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind22.build(sources, tuned=1, held_out=1)
    pairing_blind22.check_gold(one, sources)
    assert len(pairing_blind22.build(sources)) >= 300
