"""Round 30 of the pairing development set (bench/pairing_blind30.py), what only this round does: its gold spans
are exactly the translation put there (leads, notes, handles, emoji and sign-offs out; a gloss in brackets, a
word left in Arabic script or Latin letters and the numbers of a listed translation in; a translation split over
two comments read as its two parts; ALL CAPS, Title Case and American contractions compared as words). The
checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind30  # noqa: E402


def test_no_gold_span_or_part_has_space_around_it() -> None:
    for thread in pairing_blind30.ROUND.build(_blind.made_up_sources(60), tuned=2, held_out=1):
        for item in thread["items"]:  # type: ignore[attr-defined]
            for span in [item["expected"], *item["continued"]] if item["expected"] else []:
                gold = _blind.sliced(thread, span)
                assert gold == gold.strip() and gold


def test_the_gold_check_reads_what_a_commenter_does_to_a_translation() -> None:
    want = ["It is not what I wanted, my friend.", "God knows the colour was wrong."]
    same = pairing_blind30.same
    assert same("IT IS NOT WHAT I WANTED, MY FRIEND. GOD KNOWS THE COLOUR WAS WRONG.", want)
    assert same(pairing_blind30.title_case(" ".join(want)), want)
    assert same(pairing_blind30.americanised(" ".join(want)), want)
    assert pairing_blind30.americanised(" ".join(want)) == "It isn't what I wanted, my friend. God knows the color was wrong."
    assert same("It is not what I wanted, my sahbi.\n2. Allah knows the colour was wrong.", want)
    assert same("It is not what I wanted, my friend. God (i.e. Allah) knows the colour was wrong.", want)
    assert same(pairing_blind30.with_loan(" ".join(want), "arabic"), want)
    assert not same("Gist: It is not what I wanted, my friend. God knows the colour was wrong.", want)
    assert not same("It is not what I wanted, my friend. God knows the colour was wrong. 🌸", want)
    assert not same("It is not what I wanted, my friend.", want)


def test_the_split_shapes_split_their_translation() -> None:
    threads = pairing_blind30.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    split = [r for r in threads if r["kind"] == "pos" and r["items"][0]["continued"]]  # type: ignore[index]
    assert {r["shape"] for r in split} == {"split in parts (1/2, 2)", "split with a nudge between"}


def test_negatives_hold_no_span_and_positives_one() -> None:
    for r in pairing_blind30.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=1):
        spans = [item["expected"] for item in r["items"]]  # type: ignore[attr-defined]
        assert all(s is None for s in spans) if r["kind"] == "neg" else all(s is not None for s in spans)
