"""Cheap tests pairing makes before a pattern of :mod:`bilingual.pairing.cues` runs (the deep
chain's 50,000 passages each ask them): they never skip a match the pattern would find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.pairing import cues

PLACE = "اللهم بلّغنا"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Here's the original", "original", "Original text", "source", "age", ":", "=", " ", "\n",
                                 "*", "_", "(", "[", "\t", "word", "؟", ".", "：", "Translation"]), max_size=12))
def test_original_before_looks_for_its_colon_first(parts: list[str]) -> None:
    """:func:`~bilingual.pairing.cues.original_before` returns what its pattern alone finds."""
    text = "".join(parts)
    start = len(text)
    text += PLACE
    line = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0)) + 1
    head = cues._ORIGINAL_BEFORE.search(text, max(line, start - 60), start)
    expected = head is not None and cues._ORIGINAL.fullmatch(head.group("label").strip()) is not None
    assert cues.original_before(text, start) == expected


def test_original_before_still_finds_the_original() -> None:
    """The pre-check lets the labels through: with a colon or an equals sign, not without."""
    assert cues.original_before(f"Here's the original: {PLACE}", 21)
    assert cues.original_before(f"original = {PLACE}", 11)
    assert not cues.original_before(f"Here's the original {PLACE}", 20)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["It lies there", ".", " ", "\t", "(", ")", "[", "]", "cont", "Cont", "CONT", "inued", "'d", "1/2", "2/2",
                                 "3 / 3", "cont.", "to be continued", "continued below", "more in the reply", "more", "d", "t", "\n", ",",
                                 "/", "x" * 30]), max_size=10))
def test_a_part_mark_is_looked_for_where_one_can_end(parts: list[str]) -> None:
    """:func:`~bilingual.pairing.cues._without_part_mark` (its last character and hint looked at
    first) ends where its pattern alone ends the segment."""
    text = "".join(parts)
    end = len(text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    mark = cues._PART_TAIL.search(text, 0, end)
    expected = mark.start() if mark is not None and cues._LATIN.search(text, 0, mark.start()) else end
    assert cues._without_part_mark(text, 0, len(text)) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["It lies there", "(", "[", " ", "\t", "cont", "CONT", ".)", ")", ":", "Part", " 2", "The rest", "the ",
                                 "rest", "Second half", "second", " half", "1/2", "2 / 2", "]", "of it", "x"]), max_size=8))
def test_a_part_mark_is_looked_for_where_one_can_start(parts: list[str]) -> None:
    """:func:`~bilingual.pairing.cues.lead_in` tries the part-mark pattern only after a prefix every
    match has (:data:`~bilingual.pairing.cues._PART_FIRST`): the prefix test never skips a match."""
    text = "".join(parts)
    for pos in range(len(text)):
        if cues._PART_LEAD.match(text, pos) is not None:
            assert text[pos : pos + 5].lower().startswith(cues._PART_FIRST)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["It lies there", "(", "[", " ", "\n", "cont", "CONT", ".", ")", ":", "Part", " 2", "The rest", "rest",
                                 "Second half", "1/2", "2 / 2", "]", "...", "…", "more in the reply", "continued below", "to be",
                                 " continued", "x" * 50]), max_size=10))
def test_a_comment_that_may_be_a_part_is_found_by_its_hints(parts: list[str]) -> None:
    """:func:`~bilingual.pairing.parts.may_be_part` (plain substring tests) holds for every text that
    :func:`~bilingual.pairing.cues.continues` or :func:`~bilingual.pairing.cues.continues_from` says is a part."""
    from bilingual.pairing.parts import may_be_part

    text = "".join(parts)
    if cues.continues(text) or cues.continues_from(text):
        assert may_be_part(text)
