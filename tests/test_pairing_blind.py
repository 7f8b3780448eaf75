"""Round 15 of the pairing development set (bench/pairing_blind.py), what only this round does: its gold spans
are consecutive pairs' English (its set is checked on numbered made-up pairs), its negatives hold none, no
phrase is in both halves and a held-out thread uses held-out pairs only. The checks every round passes are in
tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind  # noqa: E402

_FAKE = re.compile(r"Fake sentence number (\d+) here\.")


def _numbers(text: str) -> list[int]:
    """The pairs a text translates, when it is made of their English sentences and nothing else."""
    assert re.fullmatch(r"Fake sentence number \d+ here\.([ \n]Fake sentence number \d+ here\.)*", text), text
    return [int(n) for n in _FAKE.findall(text)]


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    """A positive's spans (its parts in order) are consecutive English sentences of the pairs of its
    Arabic, without lead, note or signature; a passage nobody translates has no span."""
    for record in pairing_blind.build(_blind.made_up_sources(40), tuned=2, held_out=1):
        for item in record["items"]:  # type: ignore[attr-defined]
            arabic = _blind.sliced(record, item["arabic"])
            assert re.fullmatch(r"هذه جملة عربية رقم \d+ هنا\.( هذه جملة عربية رقم \d+ هنا\.)?", arabic), record["id"]
            if item["expected"] is None:
                continue
            assert record["kind"] == "pos", record["id"]
            got = [n for span in (item["expected"], *item["continued"]) for n in _numbers(_blind.sliced(record, span))]
            said = [int(n) for n in re.findall(r"\d+", arabic)]
            assert got == said[: len(got)] and got, (record["id"], got, said)


def test_negatives_hold_no_translation_of_their_arabic() -> None:
    for record in pairing_blind.build(_blind.made_up_sources(40), tuned=2, held_out=1):
        if record["kind"] != "neg":
            continue
        said = set(re.findall(r"\d+", _blind.sliced(record, record["items"][0]["arabic"])))  # type: ignore[index]
        english = " ".join(str(row[3]) for row in record["comments"])  # type: ignore[attr-defined]
        assert not said & set(_FAKE.findall(english)), record["id"]


def test_no_phrase_words_both_halves() -> None:
    tuned = {p for bank in pairing_blind.BANKS for p in pairing_blind.half(bank, "tuned")}
    held = {p for bank in pairing_blind.BANKS for p in pairing_blind.half(bank, "held-out")}
    assert not tuned & held
    assert all(len(pairing_blind.half(bank, "held-out")) >= 2 for bank in pairing_blind.BANKS)


def test_held_out_threads_use_held_out_pairs_only() -> None:
    sources = _blind.made_up_sources(40)
    pools = _blind.pools(sources)
    for record in pairing_blind.build(sources, tuned=2, held_out=2):
        allowed = {e for _, e in pools[str(record["source"])][str(record["split"])]}
        said = re.findall(r"\d+", _blind.sliced(record, record["items"][0]["arabic"]))  # type: ignore[index]
        assert {f"Fake sentence number {n} here." for n in said} <= allowed, record["id"]
