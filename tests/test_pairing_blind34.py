"""Round 34 of the pairing development set (bench/pairing_blind34.py): built deterministically, every
shape present, every gold span exactly the translation put there, and no phrase words both halves.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind34  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind34.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind34.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind34.SHAPES) and len(pairing_blind34.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind34.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind34.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind34.check_gold(pairing_blind34.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


def test_the_gold_check_reads_lower_case_and_british_spelling_and_sees_a_lead() -> None:
    want = ["My favorite color is gray."]
    assert pairing_blind34.same("My favourite colour is grey.", want)
    assert pairing_blind34.same("my favorite color is gray.", want)
    assert not pairing_blind34.same("Translation: My favorite color is gray.", want)
    assert not pairing_blind34.same("My favorite color is gray. ", want)


def test_no_wording_is_in_both_halves() -> None:
    pairing_blind34.check_banks()
