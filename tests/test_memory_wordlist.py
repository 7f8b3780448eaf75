"""The repetition fold's word list (57,000 Arabic words and their frequencies) held compactly (issue 20: at most 10x the
input; a report that folds one repeated letter loaded it, 6.5 MiB as a dict of strings, and 3-5 MiB more for each
folding of it): one string of the words, their offsets and buckets in arrays, looked up by binary search."""

from __future__ import annotations

import pytest

import tracemalloc
import zlib
from importlib import resources

from bilingual.normalize import engine, normalize
from bilingual.normalize.folds import WORDS_FILE, WordList, arabic_frequencies


def _as_read_before() -> dict[str, float]:
    text = zlib.decompress(resources.files("bilingual").joinpath(WORDS_FILE).read_bytes()).decode("utf-8")
    out: dict[str, float] = {}
    for i, line in enumerate(text.split("\n")):
        if line:
            out.update(dict.fromkeys(line.split("\t"), 10 ** (-i / 100)))
    return out


def test_the_word_list_is_held_compactly() -> None:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        words = arabic_frequencies.__wrapped__()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(words) > 50_000
    assert held < 2.5 * 2**20, held  # 6.5 MiB as a dict


@pytest.mark.slow  # a check of the shipped data against its source, over every entry
def test_the_word_list_reads_as_the_dict_did() -> None:
    words, before = arabic_frequencies(), _as_read_before()
    assert isinstance(words, WordList)
    assert list(words) == list(before) and words == before  # the same words, order and floats
    for word in list(before)[::97]:
        assert words[word] == before[word] and word in words
        for other in (word + "ا", word[:-1], "ا" + word):
            assert words.get(other, 0.0) == before.get(other, 0.0)
    assert words.get("", 0.0) == before.get("", 0.0) and words.get(3, None) is None and 3 not in words  # type: ignore[call-overload]


@pytest.mark.slow  # a check of the shipped data against its source, over every entry
def test_a_folded_list_is_the_dict_it_was() -> None:
    normalize("كثيررر", profile="search", track_offsets=False)
    words = arabic_frequencies()
    search = engine.resolve("search").settings
    key = tuple(s for s in search if s[0] != "repetition")
    folded = engine.resolve_normalizer("none", key).text("\n".join(words)).split("\n")
    frequency = _as_read_before()  # the file read as a dict: 57,000 dict lookups, not binary searches (0.4 s)
    expected: dict[str, float] = {}
    for k, word in zip(folded, words):
        f = frequency[word]
        if expected.get(k, 0.0) < f:
            expected[k] = f
    got = engine._folded_lexicon(key)
    assert isinstance(got, WordList) and list(got.items()) == list(expected.items())
