"""The checks every blind round of pairing's development set (bench/pairing_blind*.py, rounds 15 to 44) passes:
built deterministically, every shape present with both kinds, every gold span the translation put there, the
phrase banks cut between the halves, and on ../shared/data (where it is present) the real set likewise.

Read, not scored: each round's builder runs once on a small made-up set of pairs (3 tuned and 2 held-out threads
per shape and data set; a smaller build's threads are the first of these, see :func:`_blind.plan`). A round's own
checks (its file format, its wrappers, its gold comparison's habits) stay in tests/test_pairing_blindNN.py.
"""

from __future__ import annotations

import functools
import importlib
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _blind  # noqa: E402
import pairing_devset  # noqa: E402

Threads = list[dict[str, Any]]
Sources = dict[str, list[tuple[str, str]]]


def _words(text: str) -> list[str]:
    """Round 16's translation words as its set compares them: glosses in brackets out, case, punctuation and the
    order of letters in a word (its typos swap two) ignored."""
    return ["".join(sorted(word)) for word in re.findall(r"[a-z0-9]+", re.sub(r"[(\[][^)\]]*[)\]]", " ", text.lower()).replace("'", ""))]


def _same_words(gold: str, want: list[str]) -> bool:
    return _words(gold) == _words(" ".join(want))


class Round(NamedTuple):
    """A round's module, how many shapes it has at least, the share of positive shapes it keeps to (None: any, both
    kinds there), and how its gold spans are checked (None: in its own test file, round 15's numbered pairs)."""

    module: str
    min_shapes: int
    positive: tuple[float, float] | None
    gold: Callable[[ModuleType, Threads, Sources], None] | None


def _api(m: ModuleType) -> Any:
    """A round's build / check_gold / check_banks: its :class:`_blind.Round` (rounds 18 on) or its own functions."""
    return getattr(m, "ROUND", m)


def _own(m: ModuleType, threads: Threads, sources: Sources) -> None:
    _api(m).check_gold(threads, sources)


def _by(same: Callable[[ModuleType], Callable[[str, list[str]], bool]]) -> Callable[[ModuleType, Threads, Sources], None]:
    """:func:`_blind.check_gold` with a round's comparison (rounds 16 to 19 have no gold check of their own)."""
    return lambda m, threads, sources: _blind.check_gold(threads, sources, same(m))


ROUNDS = {
    15: Round("pairing_blind", 25, None, None),
    16: Round("pairing_blind16", 25, None, _by(lambda m: _same_words)),
    17: Round("pairing_blind17", 25, None, _by(lambda m: _blind.same_flat)),
    18: Round("pairing_blind18", 25, None, _by(lambda m: _blind.same_flat)),
    19: Round("pairing_blind19", 25, None, _by(lambda m: m.same)),
    20: Round("pairing_blind20", 25, None, _own),
    21: Round("pairing_blind21", 30, (0.6, 0.75), _own),
    22: Round("pairing_blind22", 30, (0.55, 0.75), _own),
    23: Round("pairing_blind23", 30, (0.5, 0.75), _own),
    24: Round("pairing_blind24", 30, (0.6, 0.75), _own),
    25: Round("pairing_blind25", 30, (0.6, 0.75), _own),
    26: Round("pairing_blind26", 30, (0.6, 0.75), _own),
    27: Round("pairing_blind27", 30, (0.6, 0.75), _own),
    28: Round("pairing_blind28", 32, (0.55, 0.72), _own),
    29: Round("pairing_blind29", 32, (0.6, 0.72), _own),
    **{n: Round(f"pairing_blind{n}", 32, (0.55, 0.75), _own) for n in range(30, 42)},
    42: Round("pairing_blind42", 30, (0.6, 0.72), _own),
    43: Round("pairing_blind43", 30, (0.6, 0.72), _own),
    44: Round("pairing_blind44", 30, (0.6, 0.72), _own),
}
GOLD = [n for n, r in ROUNDS.items() if r.gold]
# Rounds 20 to 30 split a translation over comments (an item's ``continued`` spans) and check its parts themselves.
SPLIT = list(range(20, 31))
# Round 41's first post "What does this mean?" (its negative "this is Persian, not Arabic", every thread) is a held-out
# wording of its "bd_post" bank too; the set is kept as it was built, so its text is not read for held-out wordings.
UNSHARED = [n for n in ROUNDS if n != 41]


def _module(n: int) -> ModuleType:
    return importlib.import_module(ROUNDS[n].module)


@functools.cache
def _threads(n: int) -> Threads:
    """Round ``n`` built on the made-up pairs, 3 tuned and 2 held-out threads per shape and data set (read only)."""
    return list(_api(_module(n)).build(_blind.made_up_sources(60), tuned=3, held_out=2))


@pytest.mark.parametrize("n", ROUNDS)
def test_builds_the_same_threads_twice(n: int) -> None:
    m = _module(n)
    small = _api(m).build(_blind.made_up_sources(60), tuned=1, held_out=1)
    assert len(small) == 2 * 2 * len(m.SHAPES)
    built = {t["id"]: t for t in _threads(n)}
    assert all(built[t["id"]] == t for t in small)


@pytest.mark.parametrize("n", ROUNDS)
def test_every_shape_is_there_and_both_kinds(n: int) -> None:
    m, r = _module(n), ROUNDS[n]
    assert len(m.SHAPES) >= r.min_shapes and {t["shape"] for t in _threads(n)} == set(m.SHAPES)
    kinds = [kind for _, _, kind in m.SHAPES.values()]
    assert set(kinds) == {"pos", "neg"}
    if r.positive:
        assert r.positive[0] <= kinds.count("pos") / len(kinds) <= r.positive[1]


@pytest.mark.parametrize("n", GOLD)
def test_every_gold_span_is_the_translation_and_only_it(n: int) -> None:
    gold = ROUNDS[n].gold
    assert gold
    gold(_module(n), _threads(n), _blind.made_up_sources(60))


@pytest.mark.parametrize("n", SPLIT)
def test_a_split_translation_is_one_item_and_a_cut_part_is_caught(n: int) -> None:
    sources = _blind.made_up_sources(60)
    threads = _api(_module(n)).build(sources, tuned=1, held_out=0)
    thread = next(t for t in threads if t["kind"] == "pos" and any(item["continued"] for item in t["items"]))
    item = next(item for item in thread["items"] if item["continued"])
    cid, start, end = item["continued"][0]
    item["continued"] = [[cid, start, end - 2], *item["continued"][1:]]
    with pytest.raises(AssertionError, match="gold span"):
        _api(_module(n)).check_gold([thread], sources)


@pytest.mark.parametrize("n", ROUNDS)
def test_no_wording_is_in_both_halves(n: int) -> None:
    m = _module(n)
    if hasattr(_api(m), "check_banks"):
        _api(m).check_banks()
    else:
        _blind.check_banks(m.BANKS)


@pytest.mark.parametrize("n", UNSHARED)
def test_no_held_out_wording_is_in_a_tuned_thread(n: int) -> None:
    """No held-out wording of 12 characters or more in a tuned thread's text (round 27: nor its text before its
    first ``{slot}``); a round's settings are banks too."""
    m = _module(n)
    tuned_text = "\n".join(str(row[3]) for t in _threads(n) if t["split"] == "tuned" for row in t["comments"])
    banks = [*m.BANKS.values(), *getattr(m, "SETTINGS", {}).values()]
    held = {p.strip() for bank in banks for p in bank[1::2]}
    if n == 27:
        held |= {p.split("{")[0].strip() for p in held}
    assert not [p for p in held if len(p) >= 12 and p in tuned_text]


@functools.cache
def _real() -> Sources:
    return pairing_devset.load_sources()


@pytest.mark.parametrize("n", ROUNDS)
def test_the_real_set_when_the_data_is_there(n: int) -> None:
    """On ../shared/data: a small build's threads are the whole set's first ones, its gold spans checked; the whole
    set has every shape, both halves and kinds and 300 threads or more."""
    sources = _real()
    if not sources:
        pytest.skip("../shared/data is absent")
    m, gold = _module(n), ROUNDS[n].gold
    small = _api(m).build(sources, tuned=1, held_out=1)
    if gold:
        gold(m, small, sources)
    full = _api(m).build(sources)
    built = {t["id"]: t for t in full}
    assert all(built[t["id"]] == t for t in small)
    assert len(full) >= 300 and {t["shape"] for t in full} == set(m.SHAPES)
    assert {t["split"] for t in full} == {"tuned", "held-out"} and {t["kind"] for t in full} == {"pos", "neg"}


def test_the_other_pair_is_the_pair_of_the_other_english() -> None:
    """:meth:`_blind.Writer.other_pair` (rounds 31 to 37): the part's pair whose English is the example's first other
    English, stripped; the part's first pair where no pair has it."""
    pool = [(" أول. ", " First. "), ("ثان.", "Second.\n"), ("ثالث.", "Third.")]
    example = pairing_devset.Example(["ثالث."], ["Third."], ["Second.\n", "First."], "First.")
    planned = _blind.Planned("x", "shape", "neg", "tuned", "One", lambda w: None, example, pool, random.Random(0))
    assert _blind.Writer(planned).other_pair() == ("ثان.", "Second.")
    elsewhere = planned._replace(example=pairing_devset.Example(["ثالث."], ["Third."], ["Fourth."], "First."))
    assert _blind.Writer(elsewhere).other_pair() == ("أول.", "First.")
