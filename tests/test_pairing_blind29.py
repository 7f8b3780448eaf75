"""Round 29 of the pairing development set (bench/pairing_blind29.py): built deterministically, every
shape present, every gold span exactly the translation put there (leads, hedging notes outside it,
handles, emoji and sign-offs out; a line-by-line translation one span from its first English line to
its last; a split one read part by part; a partial one marked), and no phrase wording both halves.

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
import pairing_blind29  # noqa: E402
import pairing_devset  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind29.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind29.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind29.SHAPES) and len(pairing_blind29.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind29.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind29.SHAPES.values()]
    assert 0.6 <= kinds.count("pos") / len(kinds) <= 0.72


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind29.check_gold(pairing_blind29.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


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
    threads = pairing_blind29.build(_blind.made_up_sources(60), tuned=1, held_out=0)
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
    thread = next(r for r in pairing_blind29.build(sources, tuned=1, held_out=0) if r["shape"] == "EDIT after (tutoring)")
    cid, start, end = thread["items"][0]["expected"]  # type: ignore[index]
    thread["items"][0]["expected"] = [cid, start, end + 6]  # type: ignore[index]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind29.check_gold([thread], sources)


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind29.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind29.build(_blind.made_up_sources(60), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind29.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind29.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind29.build(sources, tuned=1, held_out=1)
    pairing_blind29.check_gold(one, sources)
    assert len(pairing_blind29.build(sources)) >= 300
