"""Round 35 of the pairing development set (bench/pairing_blind35.py): built deterministically, every
shape present, every gold span exactly the translation put there, and no phrase words both halves.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind35  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind35.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind35.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind35.SHAPES) and len(pairing_blind35.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind35.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind35.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind35.check_gold(pairing_blind35.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


def test_the_gold_check_reads_a_phone_users_typing_and_sees_a_lead() -> None:
    want = ["Dr. Smith said: \"Come back tomorrow, please!\""]
    assert pairing_blind35.same("dr smith said come back tomorrow please", want)
    assert pairing_blind35.same(want[0], want)
    assert not pairing_blind35.same("TL;DR: " + want[0], want)
    assert not pairing_blind35.same(want[0] + " ", want)


def test_the_romanization_keeps_no_arabic_letter() -> None:
    text = pairing_blind35.romanized("هذه جملة عربية، أليس كذلك؟")
    assert text and not any("\u0600" <= ch <= "\u06ff" for ch in text) and text.endswith("?")


def test_no_wording_is_in_both_halves() -> None:
    pairing_blind35.check_banks()
