"""Three ways to the same text: the general path (each fold over the Arabic-script runs, recording
every change it makes: what ``.changes`` explains), the charmap path (short texts) and the vector
path (long texts, numpy). Whatever the text, profile or toggle, they agree on the text, and the two
fast paths on the offset map."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy  # noqa: F401  (the vector path runs only in a process that has loaded numpy)
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilingual.normalize import FOLDS, PROFILES, Normalized, Normalizer, resolve, vector
from bilingual.normalize.folds import apply_edits, runs, squeezes

from conftest import SHARED_DATA
from test_normalize import PROPERTY, SPECIAL, check_offsets

# Beyond test_normalize's characters: lone surrogates, characters past U+FFFF (an Arabic
# mathematical letter, astral Arabic marks), noncharacters the vector path uses as sentinels,
# U+FFFF (where it puts characters past U+FFFF), letters repeated (the repetition fold).
EDGES = "\ud800\udfff\U0001ee00\U00010efd\U00010ec5\uffff\ufdd0\ufdd1\ufdd3\ufdef\u00ad"
# Repeats of characters outside the charmap path's table too (Persian letters, a joiner), and of
# digits and dots, which its search for letter runs passes over.
REPEATS = ["ههههه", "جمييييل", "ىىىى", "يىي", "---", "ممم", "اللللله", "\U0001ee00" * 4, "پپپپ", "ۆۆۆ",
           "پـپـپ", "\u200d\u200d\u200d", "٠٠٠٠", "2000", "...", "\0\0\0"]
any_char = st.one_of(st.sampled_from(SPECIAL + EDGES), st.characters())
line = st.lists(st.one_of(st.text(any_char, max_size=12), st.sampled_from(REPEATS)), max_size=5).map("".join)
text_lines = st.lists(line, min_size=1, max_size=5).map("\n".join)
MODES = [(name, mode) for name, fold in FOLDS.items() for mode in fold.modes]
normalizers = st.one_of(
    st.sampled_from(list(PROFILES)).map(resolve),
    st.tuples(st.sampled_from(["mt", "search", "none"]), st.sampled_from(MODES)).map(
        lambda p: resolve(p[0], **{p[1][0]: p[1][1]})),
    st.tuples(st.sampled_from(["display", "mt", "search"]), st.sampled_from(list(FOLDS))).map(
        lambda p: resolve(p[0], **{p[1]: False})),
)


@contextmanager
def fast_path(kind: str) -> Iterator[None]:
    """Force the charmap or the vector path whatever the length of the text."""
    old = vector.VECTOR_MIN
    vector.VECTOR_MIN = 0 if kind == "vector" else 1 << 62
    try:
        yield
    finally:
        vector.VECTOR_MIN = old


def explained(normalizer: Normalizer, text: str) -> str:
    """The text of the general path: each fold after the other, each change recorded (the
    ``.changes`` of a result), then the repetition fold."""
    folded = normalizer._general.sites(text)[0]
    assert normalizer._general.fold(text) == folded
    if normalizer._repetition:
        edits = squeezes(folded, list(runs(folded)), normalizer._words())
        folded = apply_edits(folded, edits) if edits else folded
    return folded


def check_paths(normalizer: Normalizer, text: str) -> None:
    """Charmap, vector and general paths give the same text; the fast paths the same offset map."""
    with fast_path("charmap"):
        short, tracked = normalizer.text(text), normalizer(text)
    with fast_path("vector"):
        long, tracked_long = normalizer.text(text), normalizer(text)
    assert short == long == tracked.text == tracked_long.text
    assert short == explained(normalizer, text)
    if any("\ufdd0" <= c <= "\ufdef" for c in text):
        # The vector path's sentinels: such a text takes the general path, which may keep a run of deletions as one
        # place where the charmap keeps one per character; every offset must still map alike.
        assert_maps_agree(tracked, tracked_long, len(text))
    else:
        assert tracked._places == tracked_long._places
    assert tracked.changes == tracked_long.changes


def assert_maps_agree(a: Normalized, b: Normalized, length: int) -> None:
    """``a`` and ``b`` map every offset, as a start, an end and an empty span, to the same place both ways."""
    n = len(a.text)
    for i in range(n + 1):
        assert (a.to_original(i, i), a.to_original(0, i), a.to_original(i, n)) == (
            b.to_original(i, i), b.to_original(0, i), b.to_original(i, n)), i
    for i in range(length + 1):
        assert (a.to_normalized(i, i), a.to_normalized(0, i), a.to_normalized(i, length)) == (
            b.to_normalized(i, i), b.to_normalized(0, i), b.to_normalized(i, length)), i


@PROPERTY
@given(text_lines, normalizers)
def test_fast_paths_give_the_explained_text(text: str, normalizer: Normalizer) -> None:
    check_paths(normalizer, text)


@PROPERTY
@given(text_lines)
def test_vector_path_offsets(text: str) -> None:
    with fast_path("vector"):
        for profile in ("mt", "search"):
            check_offsets(text, resolve(profile)(text))


@pytest.mark.parametrize("text", [
    "",
    "plain ASCII\nonly",
    "\ud800 lone surrogates \udfff قرأ",  # UTF-32 arrays, surrogates kept as they were
    "😀 إخاء\n👍🏽 مورىتانيا على",  # characters past U+FFFF: UTF-32 arrays
    "قرأ\U00010efd الطالب\nإلى",  # an astral Arabic mark: its line takes the general path
    "\uffff إخاء \ufdd0\ufdd1\ufdd3",  # the vector path's sentinels typed in the text
    "این کتاب‌ها.\nإخاء مورىتانيا\nڨال ڤيلاج أنا",  # Persian line, Arabic, Maghrebi loan letters
    "جمييييل\nههههههه\nيىىى ب",
    "ڨال پپپپ ۆۆۆ ب\nجميييل 2000 ... ٠٠٠٠\n\u200d\u200d\u200dببب",  # letter runs among other repeats
    "\u200fقال\u200f ﻻ ﷲ\nقَرَأَ الطَّالِبُ ٣٤٥ ، ؟",
])
def test_fast_paths_on_edges(text: str) -> None:
    for profile in PROFILES:
        check_paths(resolve(profile), text)
        check_paths(resolve(profile, hamza="hamza", maksura="inside"), text)


def assert_paths_agree(profiles: tuple[str, ...], text: str) -> None:
    """The character-map and vector paths give the same text and the same offset map for each profile."""
    for profile in profiles:
        normalizer = resolve(profile)
        with fast_path("charmap"):
            short, tracked = normalizer.text(text), normalizer(text)
        with fast_path("vector"):
            long, tracked_long = normalizer.text(text), normalizer(text)
        assert short == long == tracked.text == tracked_long.text
        assert tracked._places == tracked_long._places


def test_vector_path_on_real_text() -> None:
    paths = [SHARED_DATA / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara",
             SHARED_DATA / "mt" / "tico19" / "tico19-test.ar"]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/data is not present")
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    assert_paths_agree(("display", "mt", "search"), text)


@pytest.mark.slow
def test_vector_path_many_special_lines() -> None:
    """Thousands of lines needing the general path or a language check: their lines are found from
    the array's line breaks rather than one ``str.find`` each."""
    text = "این کتاب‌ها را می‌خواهم\nإخاء مورىتانيا\n\u200fقال ﻻ ڤيلاج\n😀 ههههه\n" * 700  # > 4,096 positions
    assert_paths_agree(("mt", "search"), text)


def test_ascii_untouched_by_every_fold() -> None:
    """ASCII text is returned at once: no fold may change an ASCII character, alone or in context."""
    ascii_ = "".join(map(chr, range(128)))
    for fold in FOLDS.values():
        for fn in fold.modes.values():
            assert fn(ascii_) == ascii_, fold.name
    for profile in PROFILES:
        normalizer = resolve(profile)
        assert normalizer._general.sites(ascii_ * 3)[0] == ascii_ * 3
        assert normalizer.text(ascii_) is ascii_


def test_vector_path_is_chosen_by_length_and_numpy() -> None:
    assert vector.worth(vector.VECTOR_MIN) and not vector.worth(vector.VECTOR_MIN - 1)
    assert vector.VECTOR_IMPORT_MIN > vector.VECTOR_MIN


@pytest.mark.parametrize("profile", PROFILES)
def test_plain_starts_found_in_one_pass_as_one_by_one(profile: str) -> None:
    """The characters a fold changes alone, found with every fold run once over all of them (start-up),
    are those running the folds on each character alone finds, for every profile and every fold mode."""
    settings = [{}] + [{name: mode} for name, fold in FOLDS.items() for mode in fold.modes]
    for toggles in settings:
        normalizer = resolve(profile, **toggles)
        for variant in (normalizer._general.arabic, normalizer._general.other):
            chars = set().union(*(fold.chars for fold in FOLDS.values()))
            assert variant.changed(chars) == {c for c in chars if variant.chain_of(c, False)[1]}, toggles


def test_a_sentinel_in_the_text_keeps_the_map_of_the_fast_path() -> None:
    # Found by Hypothesis: with U+FDD0 in the text the vector path falls back to the general one, which keeps the
    # two deleted marks as one place; the offsets must map as the charmap's two places do.
    normalizer = resolve("mt", presentation_forms=True)
    for text in ("\u064b\u06d6\ufdd0", "a\u064b\u06d6b\ufdd0c \u064b\u06d6"):
        check_paths(normalizer, text)
