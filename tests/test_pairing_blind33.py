"""Round 33 of the pairing development set (bench/pairing_blind33.py), what only this round does: its gold spans
are exactly the translation put there (chat-log prefixes, mail headers, quoted lines and signatures, forward
headers, glosses, credential lines, talk-page signatures, translator's notes and footers out; an aside between
the sentences in; a voice-typed translation read as the translation). The checks every round passes are in
tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind33  # noqa: E402


def test_the_gold_check_reads_voice_typing_and_an_aside_and_sees_a_lead() -> None:
    want = ["Put it over there by the door.", "Their car is new."]
    assert pairing_blind33.voiced(" ".join(want)) == "Put it over their buy the door There car is knew"
    assert pairing_blind33.same("Put it over their buy the door There car is knew", want)
    assert pairing_blind33.same("Put it over there by the door. (this part is a guess) Their car is new.", want)
    assert not pairing_blind33.same("Put it over there by the door. (my own guess) Their car is new.", want)
    assert not pairing_blind33.same("TL: Put it over there by the door. Their car is new.", want)
    assert not pairing_blind33.same("Put it over there by the door. Their car is new. ", want)


def test_the_helpers() -> None:
    assert pairing_blind33.latin("شكرا يا سامي", "like") == "shkra like ia sami"
    assert pairing_blind33.gloss("أنا في البيت") == ["أنا — I", "في — in"]
    assert pairing_blind33.gloss("شكرا جزيلا لك") == ["شكرا — ?", "جزيلا — ?"]


def test_a_wrong_gold_span_is_caught() -> None:
    sources = _blind.made_up_sources(60)
    thread = next(r for r in pairing_blind33.ROUND.build(sources, tuned=1, held_out=0) if r["kind"] == "pos")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end - 2]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind33.ROUND.check_gold([thread], sources)


def test_negatives_hold_no_span() -> None:
    threads = pairing_blind33.ROUND.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    assert all(item["expected"] is None for r in threads if r["kind"] == "neg" for item in r["items"])  # type: ignore[attr-defined]
    assert all(item["expected"] for r in threads if r["kind"] == "pos" for item in r["items"])  # type: ignore[attr-defined]
