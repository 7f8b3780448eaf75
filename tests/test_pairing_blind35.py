"""Round 35 of the pairing development set (bench/pairing_blind35.py), what only this round does: its gold spans
are exactly the translation put there. The checks every round passes are in tests/test_pairing_blind_rounds.py.

Read, not scored: the builder runs on a small made-up set of pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import pairing_blind35  # noqa: E402


def test_the_gold_check_reads_a_phone_users_typing_and_sees_a_lead() -> None:
    want = ["Dr. Smith said: \"Come back tomorrow, please!\""]
    assert pairing_blind35.same("dr smith said come back tomorrow please", want)
    assert pairing_blind35.same(want[0], want)
    assert not pairing_blind35.same("TL;DR: " + want[0], want)
    assert not pairing_blind35.same(want[0] + " ", want)


def test_the_romanization_keeps_no_arabic_letter() -> None:
    text = pairing_blind35.romanized("هذه جملة عربية، أليس كذلك؟")
    assert text and not any("\u0600" <= ch <= "\u06ff" for ch in text) and text.endswith("?")
