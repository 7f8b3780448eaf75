"""Flags on machine translations: loops, copied source, implausible length, empty, truncated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.mt.flags import (
    COPY,
    EMPTY,
    LENGTH_RATIO,
    REPETITION,
    TRUNCATED,
    flags,
    is_copy,
    is_repetitive,
)

PRAYER = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
GOOD = "O God, bring us the democracy of Saudi Arabia and the prosperity of Somalia"


def test_a_plausible_translation_has_no_flag() -> None:
    assert flags(PRAYER, GOOD) == []


def test_word_and_phrase_loops_are_repetition() -> None:
    assert REPETITION in flags(PRAYER, "anti anti anti anti anti anti anti anti anti anti")
    assert REPETITION in flags(PRAYER, "O God bring us and bring us and bring us and bring us peace")
    assert REPETITION in flags(PRAYER, "weUweUweUweUweU saidraniAngel")
    assert not is_repetitive("he said that that was fine")  # two in a row is English


def test_copied_source_and_arabic_output_are_copy() -> None:
    assert COPY in flags(PRAYER, PRAYER)
    assert COPY in flags(PRAYER, "O God بلّغنا ديمقراطية السعودية")
    assert not is_copy(PRAYER, GOOD + " (al-Saud)")


def test_implausible_lengths_are_flagged_only_for_long_enough_sources() -> None:
    assert LENGTH_RATIO in flags(PRAYER, "God")
    assert LENGTH_RATIO in flags(PRAYER, " ".join([GOOD] * 4))
    assert LENGTH_RATIO not in flags("نعم", "Yes, of course, my friend")


def test_empty_and_truncated() -> None:
    assert flags(PRAYER, "") == [EMPTY]
    assert flags("…", "") == []
    assert TRUNCATED in flags(PRAYER, GOOD, length=256, max_length=256)
    assert TRUNCATED not in flags(PRAYER, GOOD, length=20, max_length=256)


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.sampled_from(["the", "peace", "of", "God", "Somalia", "and"]), min_size=1, max_size=4), st.integers(3, 8))
def test_any_phrase_repeated_three_times_is_repetition(phrase: list[str], copies: int) -> None:
    assert REPETITION in flags(PRAYER, "Then " + " ".join(phrase * copies) + " ends")


@settings(max_examples=examples(80), deadline=None)
@given(st.text(max_size=80), st.text(max_size=200))
def test_flags_are_known_names_in_a_fixed_order(source: str, output: str) -> None:
    found = flags(source, output)
    order = [REPETITION, COPY, LENGTH_RATIO, TRUNCATED]
    assert found == [EMPTY] or [f for f in order if f in found] == found
