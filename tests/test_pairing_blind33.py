"""Round 33 of the pairing development set (bench/pairing_blind33.py): built deterministically, every
shape present, every gold span exactly the translation put there (chat-log prefixes, mail headers,
quoted lines and signatures, forward headers, glosses, credential lines, talk-page signatures,
translator's notes and footers out; an aside between the sentences in; a voice-typed translation
read as the translation), and no phrase words both halves.

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
import pairing_blind33  # noqa: E402
import pairing_devset  # noqa: E402


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind33.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind33.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind33.SHAPES) and len(pairing_blind33.SHAPES) >= 32
    assert {r["shape"] for r in one} == set(pairing_blind33.SHAPES)
    kinds = [kind for _, _, kind in pairing_blind33.SHAPES.values()]
    assert 0.55 <= kinds.count("pos") / len(kinds) <= 0.75


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    pairing_blind33.check_gold(pairing_blind33.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60))


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
    thread = next(r for r in pairing_blind33.build(sources, tuned=1, held_out=0) if r["kind"] == "pos")
    item = thread["items"][0]  # type: ignore[index]
    cid, start, end = item["expected"]
    item["expected"] = [cid, start, end - 2]
    with pytest.raises(AssertionError, match="not the translation"):
        pairing_blind33.check_gold([thread], sources)


def test_negatives_hold_no_span() -> None:
    threads = pairing_blind33.build(_blind.made_up_sources(60), tuned=1, held_out=0)
    assert all(item["expected"] is None for r in threads if r["kind"] == "neg" for item in r["items"])  # type: ignore[attr-defined]
    assert all(item["expected"] for r in threads if r["kind"] == "pos" for item in r["items"])  # type: ignore[attr-defined]


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind33.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind33.build(_blind.made_up_sources(60), tuned=3, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p.strip() for bank in pairing_blind33.BANKS.values() for p in bank[1::2] if len(p.strip()) >= 12}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind33.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind33.build(sources, tuned=1, held_out=1)
    pairing_blind33.check_gold(one, sources)
    assert len(pairing_blind33.build(sources)) >= 300
