"""Round 29 of the pairing development set (bench/pairing_blind29.py), what only this round does: its gold spans
are exactly the translation put there (leads, hedging notes outside it, handles, emoji and sign-offs out; a
line-by-line translation one span from its first English line to its last; a split one read part by part; a
partial one marked). The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind29  # noqa: E402


def test_the_gold_check_reads_hedges_case_and_spelling_and_sees_a_lead() -> None:
    want = ["The neighbors organized a party at the center."]
    assert pairing_blind29.same("The neighbours organised a party at the centre.", want)
    assert pairing_blind29.same("the neighbors organized a party at the center", want)
    assert pairing_blind29.same("The neighbors (I think) organized a party at the center.", want)
    assert pairing_blind29.same("The neighbors organized [not sure about this word] a party at the center.", want)
    assert not pairing_blind29.same("it says the neighbors organized a party at the center", want)
    assert not pairing_blind29.same("The neighbors organized a party at the center. ", want)
    assert not pairing_blind29.same("The neighbors organized a party at the center, etc", want)
    assert pairing_blind29.british('He said "the color is gray."') == "He said 'the colour is grey.'"


def test_a_hedge_goes_inside_and_a_transliteration_has_no_arabic_letters() -> None:
    rng = random.Random(3)
    hedged = pairing_blind29._hedged("We went to the market yesterday.", "(I think)", rng)
    assert "(I think)" in hedged and not hedged.startswith("(") and hedged.endswith("yesterday.")
    for chat in (False, True):
        latin = pairing_blind29.transliterated("ذهبت إلى السوق أمس، حقاً؟", chat)
        assert latin and not pairing_blind29._ARABIC.search(latin)


def test_line_by_line_and_split_and_partial_golds() -> None:
    threads = pairing_blind29.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    by_shape = {r["shape"]: r for r in threads if r["source"] == "One"}
    lines = by_shape["quoted line by line (subtitle QC)"]
    gold = _blind.sliced(lines, lines["items"][0]["expected"])  # type: ignore[index]
    assert "\n> " in gold and not gold.startswith(">")  # one span from the first English line to the last
    split = by_shape["split over two comments (prayer app)"]["items"][0]  # type: ignore[index]
    assert split["continued"] and split["continued"][0][0] != split["expected"][0]
    partial = by_shape["first sentence only (alumni)"]["items"][0]  # type: ignore[index]
    assert partial.get("partial") and partial["expected"]
    two = by_shape["one lot of two (charity auction)"]["items"]  # type: ignore[index]
    assert [item["expected"] is None for item in two] == [False, True]


def test_a_wrong_gold_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind29.ROUND.build(sources, tuned=1, held_out=0) if r["shape"] == "EDIT after (tutoring)")
    cid, start, end = thread["items"][0]["expected"]  # type: ignore[index]
    thread["items"][0]["expected"] = [cid, start, end + 6]  # type: ignore[index]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind29.check_gold([thread], sources)
