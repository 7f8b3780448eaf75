"""Round 16 of the pairing development set (bench/pairing_blind16.py): built deterministically, every
gold span is the translation put there (leads, notes and sign-offs out), and no phrase words both halves.

Read, not scored (the default test run stays fast): the builder runs on a small made-up set of pairs,
and on ../shared/data where it is present.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_blind16  # noqa: E402
import pairing_devset  # noqa: E402

_BRACKETS = re.compile(r"[(\[][^)\]]*[)\]]")


def _words(text: str) -> list[str]:
    """A translation's words as the set compares them: glosses in brackets out, case, punctuation
    and the order of letters in a word (typos swap two) ignored."""
    return ["".join(sorted(word)) for word in re.findall(r"[a-z0-9]+", _BRACKETS.sub(" ", text.lower()).replace("'", ""))]


def _same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same words (see :func:`_words`)."""
    return _words(gold) == _words(" ".join(want))


def test_builds_the_same_set_twice_with_every_shape() -> None:
    one = pairing_blind16.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert one == pairing_blind16.build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(one) == 2 * 2 * len(pairing_blind16.SHAPES) and len(pairing_blind16.SHAPES) >= 25


def test_every_gold_span_is_the_translation_and_only_it() -> None:
    _blind.check_gold(pairing_blind16.build(_blind.made_up_sources(60), tuned=2, held_out=1), _blind.made_up_sources(60), _same)


def test_no_phrase_words_both_halves() -> None:
    """check_banks passes, and no held-out phrase (of 12 characters or more) is in a tuned thread."""
    pairing_blind16.check_banks()
    tuned_text = "\n".join(
        str(row[3]) for r in pairing_blind16.build(_blind.made_up_sources(60), tuned=2, held_out=0) for row in r["comments"]  # type: ignore[attr-defined]
    )
    held = {p for bank in pairing_blind16.BANKS.values() for p in bank[1::2] if len(p) >= 12 and "{" not in p and "|" not in p}
    assert not [p for p in held if p in tuned_text]


def test_the_real_set_when_the_data_is_there() -> None:
    sources = pairing_devset.load_sources()
    if not sources:
        pytest.skip("../shared/data is absent")
    one = pairing_blind16.build(sources, tuned=1, held_out=1)
    assert one == pairing_blind16.build(sources, tuned=1, held_out=1)
    _blind.check_gold(one, sources, _same)
