"""Round 38 of the pairing development set (bench/pairing_blind38.py): built deterministically, every
shape present, every gold span exactly the translation put there, and no phrase words both halves.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind38  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind38.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind38.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind38.SHAPES) and len(pairing_blind38.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind38.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind38.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind38.check_gold(pairing_blind38.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


def test_the_interleaved_comment_gives_each_arabic_sentence_its_own_english() -> None:
    threads = pairing_blind38.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    interleaved = [t for t in threads if t["shape"] == "Disqus interleaved sentence by sentence"]
    assert interleaved
    for t in interleaved:
        items = t["items"]
        assert len(items) == 2  # type: ignore[arg-type]
        golds = [_blind.sliced(t, item["expected"]) for item in items]  # type: ignore[union-attr]
        assert golds[0] != golds[1] and all(golds)


def test_the_gold_check_sees_a_lead() -> None:
    want = ["Come back tomorrow, please."]
    assert pairing_blind38.same(want[0], want)
    assert not pairing_blind38.same("Translation: " + want[0], want)
    assert not pairing_blind38.same("", [""])


def test_no_wording_is_in_both_halves() -> None:
    pairing_blind38.check_banks()
