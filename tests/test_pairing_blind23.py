"""Round 23 of the pairing development set (bench/pairing_blind23.py): built deterministically, every shape
present, every gold span exactly the translation put there (leads, quotes, notes, signatures and sign-offs out;
a translation over three comments read as one; a partial one is one of the two sentences), and no phrase words
both halves.

Read, not scored (the default test run stays fast): the builder runs on a small made-up set of pairs, and on
../shared/data where it is present.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind23  # noqa: E402
import pairing_devset  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind23.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind23.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind23.SHAPES) and len(pairing_blind23.SHAPES) >= 30
    assert {r["shape"] for r in one} == set(pairing_blind23.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind23.SHAPES.values()]
    assert kinds.count("neg") * 4 >= len(kinds) and kinds.count("pos") * 2 >= len(kinds)


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    sources = _blind.made_up_sources(60)
    pairing_blind23.check_gold(pairing_blind23.build(sources, tuned=2, held_out=2), sources)


def test_three_part_translations_partials_and_untranslated_passages_are_there() -> None:
    threads = pairing_blind23.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(len(item["continued"]) == 2 for item in items)
    partial = [item for item in items if item.get("partial")]
    assert partial and all(item["expected"] for item in partial)
    assert any(item["expected"] is None for item in items)  # the passage left untranslated beside a translated one


def test_a_stretched_or_cut_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind23.build(sources, tuned=1, held_out=0) if r["shape"] == "airbnb-host")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end + 3]
    with pytest.raises(AssertionError, match="gold span"):
        pairing_blind23.check_gold([thread], sources)
    item["expected"] = [cid, start + 2, end]
    with pytest.raises(AssertionError, match="gold span"):
        pairing_blind23.check_gold([thread], sources)


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind23.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind23.build(_blind.made_up_sources(60), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind23.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind23.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind23.build(sources, tuned=1, held_out=1)
    pairing_blind23.check_gold(one, sources)
    assert len(pairing_blind23.build(sources)) >= 300
