"""What pairing keeps while it works on a thread whose passages seldom repeat (issue 20's memory goal):
the join of copied passages answers as comparing every pair would, and the Arabic sides' analyses are
let go past a bound, with the same alignments when they are computed again."""

from __future__ import annotations

import importlib
import itertools
import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.align import align
from bilingual.align.similarity import PreparedSource, prepare_target
from bilingual.pairing.copies import copy_groups

similarity = importlib.import_module("bilingual.align.similarity")  # the package's ``similarity`` names a function

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _grams(text: str) -> set[str]:
    key = regex.sub(r"[^\p{L}\p{N}]|\u0640", "", text)
    if len(key) <= 4:
        return {key} if key else set()
    return {key[k : k + 4] for k in range(len(key) - 3)}


def _copied(a: set[str], b: set[str]) -> bool:
    """copies.py's rule, pair by pair: 80 % of the smaller side's 4-grams in the other, of the larger's below 8."""
    small, large = sorted((a, b), key=len)
    return len(a & b) >= 0.8 * (len(small) if len(small) >= 8 else len(large))


def _brute_groups(texts: list[str]) -> list[list[int] | None]:
    grams = [_grams(t) for t in texts]
    out: list[list[int] | None] = []
    for i, gi in enumerate(grams):
        if not gi:
            out.append(None)
            continue
        # copies of a text are found through the texts with its own n-grams (identical ones) and their joins
        same = [j for j, gj in enumerate(grams) if gj == gi]
        out.append(sorted({k for j in same for k, gk in enumerate(grams) if gk and (gk == gi or _copied(gi, gk))}))
    return out


words = st.text(alphabet=LETTERS, min_size=1, max_size=7)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.lists(words, min_size=0, max_size=9), min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_copy_groups_match_every_pair_compared(sentences: list[list[str]], rng: random.Random) -> None:
    """The prefix-filtered join with numbered n-grams finds exactly the pairs the rule gives: texts
    made of shared words, parts of each other, the same with other spacing, and texts without letters."""
    texts = [" ".join(s) for s in sentences]
    texts += [t[: len(t) * 3 // 4] for t in texts[:3]] + ["  ".join(sentences[0]) + " ؟", "؟!"]
    rng.shuffle(texts)
    assert copy_groups(texts) == _brute_groups(texts)


def test_short_texts_that_share_most_of_the_larger_ones_n_grams_are_copies() -> None:
    """Two short passages (fewer than 8 n-grams) sharing 4 of their 5: the rule makes them copies, and the join
    probed too few of their n-grams to meet (Hypothesis found it in one run in many)."""
    texts = ["اااابا ا ا", "اااابا ا ب", "اااابا ", "اااابا  ا  ا ؟", "؟!"]
    assert copy_groups(texts) == _brute_groups(texts) == [[0, 1, 3], [0, 1, 3], [2], [0, 1, 3], None]


def test_arabic_sides_let_their_analyses_go_past_the_bound_and_align_the_same() -> None:
    """Sides analysed beyond MAX_ANALYSED_SOURCES keep no features (a thread of 16,000 distinct passages
    held 500 MB of them); one whose features went aligns as it did."""
    bound = similarity.MAX_ANALYSED_SOURCES
    target = prepare_target(["God protect Egypt and Sudan.", "How old are you, Sami?"])
    rng = random.Random(3)
    sources = [
        PreparedSource(tuple(" ".join(rng.choice(["سامي", "مصر", "السودان", "الله", "يحمي", "كم", "عمرك"]) for _ in range(5)) for _ in range(2)), None)
        for _ in range(bound + 40)
    ]
    first = [(link.src, link.tgt, link.score) for link in align(sources[0], target)]
    assert sources[0]._features
    for source in sources[1:]:
        align(source, target)
    kept = [s for s in sources if s._features]
    assert len(kept) == bound and kept == sources[-bound:]
    assert [(link.src, link.tgt, link.score) for link in align(sources[0], target)] == first
    assert sources[0]._features  # analysed again, and counted again
    assert sum(1 for s in sources if s._features) == bound


def test_no_side_is_kept_alive_by_the_bound() -> None:
    """The bound's queue holds weak references: a side dropped by its user is freed with its analyses."""
    import gc
    import weakref

    source = PreparedSource(("اللهم احفظ مصر",), None)
    align(source, ["God protect Egypt."])
    gone = weakref.ref(source)
    del source
    gc.collect()
    assert gone() is None


def test_identical_texts_share_one_list_of_copies() -> None:
    texts = ["اللهم احفظ مصر", "اللهم احفظ مصر!", "كلام آخر تماما هنا", "اللهم  احفظ مصر"]
    groups = copy_groups(texts)
    assert groups[0] == [0, 1, 3] and groups[0] is groups[1] is groups[3]
    assert groups[2] == [2]
    assert list(itertools.chain.from_iterable(g for g in groups if g)) == [0, 1, 3, 0, 1, 3, 2, 0, 1, 3]
