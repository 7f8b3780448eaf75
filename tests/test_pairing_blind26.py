"""Round 26 of the pairing development set (bench/pairing_blind26.py): built deterministically, every
shape present, every gold span exactly the translation put there (leads, handles, emoji, hedges,
notes and sign-offs out; a translation split over two replies read as one; an unreadable word left
as '... [illegible] ...'), and no phrase words both halves.

Read, not scored (the default test run stays fast): the builder runs on a small made-up set of pairs,
and on ../shared/data where it is present.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind26  # noqa: E402
import pairing_devset  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind26.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind26.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind26.SHAPES) and len(pairing_blind26.SHAPES) >= 30
    assert {r["shape"] for r in one} == set(pairing_blind26.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind26.SHAPES.values()]
    assert 0.25 <= kinds.count("neg") / len(kinds) <= 0.4


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    sources = _blind.made_up_sources(60)
    pairing_blind26.check_gold(pairing_blind26.build(sources, tuned=2, held_out=2), sources)


def test_the_gold_check_reads_an_illegible_word_and_sees_a_lead() -> None:
    want = ["Are you sure because it is late."]
    assert pairing_blind26.same("Are you sure because it is late.", want)
    assert pairing_blind26.same("Are you ... [illegible] ... because it is late.", want)
    assert not pairing_blind26.same("Are ... [illegible] ... late.", want)
    assert not pairing_blind26.same("she says Are you sure because it is late.", want)
    assert not pairing_blind26.same("Are you sure because it is late. ", want)


def test_split_partial_and_untranslated_items_are_there() -> None:
    threads = pairing_blind26.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["continued"] for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the untranslated comment beside a translated one


def test_a_wrong_split_part_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind26.build(sources, tuned=1, held_out=0) if r["kind"] == "pos" and r["items"][0]["continued"])  # type: ignore[index]
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["continued"][0]
    item["continued"] = [[cid, start, end - 2]]
    with pytest.raises(AssertionError, match="split gold span"):
        pairing_blind26.check_gold([thread], sources)


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind26.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind26.build(_blind.made_up_sources(60), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind26.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind26.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind26.build(sources, tuned=1, held_out=1)
    pairing_blind26.check_gold(one, sources)
    assert len(pairing_blind26.build(sources)) >= 300
