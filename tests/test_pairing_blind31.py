"""Round 31 of the pairing development set (bench/pairing_blind31.py), what only this round does: its gold spans
are exactly the translation put there (leads, mod notes, spoiler tags, handles, emoji and sign-offs out; numbers
written as words, a formula kept in Latin letters and a literal-then-natural pair read as the translation). The
checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind31  # noqa: E402


def test_the_gold_check_reads_number_words_formulae_and_a_double_translation_and_sees_a_lead() -> None:
    want = ["I have 3 cats and 21 books."]
    assert pairing_blind31.same("I have three cats and twenty-one books.", want)
    assert pairing_blind31.same("I have 3 cats and 21 books. Inshallah.", want)
    assert pairing_blind31.same("I have 3 cats and 21 books.\nNatural: I have 3 cats and 21 books.", want)
    assert not pairing_blind31.same("Translation: I have 3 cats and 21 books.", want)
    assert not pairing_blind31.same("I have 3 cats and 21 books. ", want)
    assert pairing_blind31.spelled("Room 105 at 7:30, 2.5 km") == "Room one hundred and five at 7:30, 2.5 km"


def test_a_wrong_gold_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind31.ROUND.build(sources, tuned=1, held_out=0) if r["kind"] == "pos")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end - 2]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind31.ROUND.check_gold([thread], sources)


def test_an_untranslated_passage_beside_a_translated_one() -> None:
    threads = pairing_blind31.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    items = [item for r in threads if r["kind"] == "pos" for item in r["items"]]  # type: ignore[attr-defined]
    assert any(item["expected"] is None for item in items)
    assert all(item["expected"] is None for r in threads if r["kind"] == "neg" for item in r["items"])  # type: ignore[attr-defined]
