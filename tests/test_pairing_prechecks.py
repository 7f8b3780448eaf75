"""Cheap tests pairing makes before a pattern of :mod:`bilingual.pairing.cues` runs (the deep
chain's 50,000 passages each ask them): they never skip a match the pattern would find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.pairing import cues

PLACE = "اللهم بلّغنا"


@settings(max_examples=examples(150), deadline=None)
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


@settings(max_examples=examples(100), deadline=None)
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


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.sampled_from(["It lies there", "(", "[", " ", "\t", "cont", "CONT", ".)", ")", ":", "Part", " 2", "The rest", "the ",
                                 "rest", "Second half", "second", " half", "1/2", "2 / 2", "]", "of it", "x"]), max_size=8))
def test_a_part_mark_is_looked_for_where_one_can_start(parts: list[str]) -> None:
    """:func:`~bilingual.pairing.cues.lead_in` tries the part-mark pattern only after a prefix every
    match has (:data:`~bilingual.pairing.cues._PART_FIRST`): the prefix test never skips a match."""
    text = "".join(parts)
    for pos in range(len(text)):
        if cues._PART_LEAD.match(text, pos) is not None:
            assert text[pos : pos + 5].lower().startswith(cues._PART_FIRST)


@settings(max_examples=examples(100), deadline=None)
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


def _cue_words() -> list[str]:
    """Every run of letters (and "1st", "2nd", "3rd") in the source of the cues' patterns: the words
    a cue may need, which :func:`~bilingual.pairing.cues._plain` must know."""
    import re

    import regex

    sources = " ".join(v.pattern for v in vars(cues).values() if isinstance(v, (re.Pattern, regex.Pattern)))
    return sorted(set(re.findall(r"[a-z]{2,}|[1-3](?:st|nd|rd)", sources.lower())))


_CUE_VOCABULARY = _cue_words()
_PLAIN_FILLER = ["reply", "hi", "12", "7", "x", "qz", "I", "K", "e", "n", "t", "s", "اللهم", "بلّغنا", "و", " "]


def _same_as_patterns(text: str, without: object) -> None:
    """Every cue answered on a plain ``text`` (:func:`~bilingual.pairing.cues._plain`) is the patterns'
    answer (with ``without`` for :func:`~bilingual.pairing.cues._plain`), for every segment between word edges."""
    edges = sorted({0, len(text), *(k for k in range(1, len(text)) if text[k - 1].isspace() != text[k].isspace())})
    spans = [(a, b) for a in edges for b in edges if a < b]
    calls = [
        lambda a, b: cues.introduces(text, a, b), lambda a, b: cues.tight(text, a, b), lambda a, b: cues.tight(text, a, b, heading=True),
        lambda a, b: cues.marked(text, a, b), lambda a, b: cues.marked(text, a, b, whole=False), lambda a, b: cues.partial(text, a, b),
        lambda a, b: cues.opens(text, a, b), lambda a, b: cues.part_named(text, a, b),
    ]
    fast = [[call(a, b) for a, b in spans] for call in calls]
    plain = cues._plain
    setattr(cues, "_plain", without)
    try:
        cues.lead_in.cache_clear()
        slow = [[call(a, b) for a, b in spans] for call in calls]
    finally:
        setattr(cues, "_plain", plain)
        cues.lead_in.cache_clear()
    assert fast == slow, text


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(_PLAIN_FILLER + _CUE_VOCABULARY[::7]), min_size=1, max_size=6), st.booleans())
def test_a_plain_text_gets_the_patterns_answers(words: list[str], joined: bool) -> None:
    """The cues' answers without the patterns on a text with no cue character or word (a reply chain's
    "reply 12 hi") are the patterns' answers (words run together too: "then" holds "en")."""
    text = ("" if joined else " ").join(words)
    _same_as_patterns(text, lambda _: False)


def test_the_deep_chain_is_plain_and_a_cue_is_not() -> None:
    """The deep chain's replies are plain; a cue's character or word makes a text not plain."""
    assert cues._plain("reply 12 hi") and cues._plain("reply 13 اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال")
    for text in ("reply 12 hi.", "It means hi", "en hi", "hi\nthere", "(hi)", "@sam hi", "hi ie there", "Part 2 hi", "hi 🙏", "sweet one"):
        assert not cues._plain(text), text


# Cues of several words, written without punctuation (as a plain text could hold them).
_CUE_PHRASES = [
    "hope that helps", "I hope this makes sense", "thats how i read it", "if that makes sense", "good luck", "youre welcome", "lol",
    "It means Hello", "this says Hello", "He says Hello", "the OP wrote Hello", "in other words Hello", "which translates to Hello",
    "google translate says Hi", "ie Hello", "en Hello", "tl Hello", "the first part means Hello", "the second half", "bottom one",
    "part two", "Part II", "to be continued", "continued below", "more in the next comment", "the rest of it", "only the end",
    "i dont know sorry", "no idea", "not sure", "dunno", "translation for those asking", "English below", "in english Hello",
    "i think", "roughly", "something like that", "my grandmother used to say it", "it is a prayer", "this is an old proverb", "took me a while to get it",
    "hard to translate", "beautiful isnt it", "cont", "contd", "partial translation", "some of it",
]


@pytest.mark.parametrize("phrase", _CUE_PHRASES)
def test_a_cue_phrase_is_never_taken_for_plain(phrase: str) -> None:
    """A cue phrase of several words, alone and between plain words, gets the patterns' answers."""
    for text in (phrase, f"reply 12 {phrase} hi", f"{phrase} اللهم"):
        _same_as_patterns(text, lambda _: False)


@pytest.mark.slow
def test_every_cue_word_beside_plain_words_gets_the_patterns_answers() -> None:
    """Each word of the cues' patterns, alone, capitalised and between plain words (run together and
    apart), gets the patterns' answers wherever it is plain."""
    for word in _CUE_VOCABULARY:
        for variant in (word, word.capitalize(), word.upper()):
            for text in (variant, f"reply 12 {variant} hi", f"x{variant}", f"{variant}7 اللهم", f"hi {variant}s"):
                _same_as_patterns(text, lambda _: False)
