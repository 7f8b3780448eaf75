"""Round 19 of the pairing development set (bench/pairing_blind19.py): built deterministically, every
gold span is exactly the translation put there (leads, quotation marks, timestamps, references,
labels and sign-offs out; a careless lower-case copy compared without case and punctuation), and no
phrase words both halves.

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
import pairing_blind19  # noqa: E402
import pairing_devset  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind19.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind19.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind19.SHAPES) and len(pairing_blind19.SHAPES) >= 25
    assert {r["shape"] for r in one} == set(pairing_blind19.SHAPES)


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    _blind.check_gold(pairing_blind19.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60), pairing_blind19.same)


def test_the_gold_check_sees_a_lead_left_in() -> None:
    assert pairing_blind19.same("fake sentence number 3 here", ["Fake sentence number 3 here."])
    assert not pairing_blind19.same("he said fake sentence number 3 here", ["Fake sentence number 3 here."])
    assert not pairing_blind19.same("Fake sentence number 3 here. ", ["Fake sentence number 3 here."])


def test_a_partial_translation_is_marked_partial() -> None:
    threads = pairing_blind19.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    partial = [item for r in threads for item in r["items"] if item.get("partial")]  # type: ignore[attr-defined]
    assert partial and all(item["expected"] for item in partial)


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind19.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind19.build(_blind.made_up_sources(60), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind19.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind19.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind19.build(sources, tuned=1, held_out=1)
    _blind.check_gold(one, sources, pairing_blind19.same)
    assert len(pairing_blind19.build(sources)) >= 300
