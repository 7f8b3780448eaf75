"""The repetition fold's word list, folded like the text (issue 20, mem30): the same words and frequencies, held as
compactly as the list itself (:class:`~bilingual.normalize.folds.WordList`; mem30 had it keyed by the list's own
strings, 3 MiB less than equal copies; mem33 holds no string a word)."""

from __future__ import annotations

import gc

import pytest

from test_memory_wordlist import _as_read_before

from bilingual import normalize
from bilingual.normalize import engine
from bilingual.normalize.folds import WordList, arabic_frequencies


def test_the_folded_lists_are_held_as_compactly_as_the_word_list() -> None:
    """(Keyed by the word list's own strings before: now no list holds a string a word.)"""
    words = arabic_frequencies()
    assert normalize("المدرسسسسة", profile="search", track_offsets=False).text == "المدرسه"
    folded = [lexicon for lexicon in (engine._folded_lexicon(settings) for settings in _settings()) if lexicon is not words]
    assert folded, "the search profile's folds change some words"
    assert all(isinstance(lexicon, WordList) for lexicon in folded)


@pytest.mark.slow  # a check of the shipped data against its source, over every entry
def test_the_folded_list_is_unchanged() -> None:
    """The same keys and frequencies as folding every word and keeping the most frequent spelling of each."""
    words = arabic_frequencies()
    keys = list(words)
    frequency = _as_read_before()  # the file read as a dict: a dict lookup a word, not a binary search
    frequencies = [frequency[word] for word in keys]  # looked up once, not once per settings
    for settings in _settings():
        folded = engine.resolve_normalizer("none", settings).text("\n".join(keys)).split("\n")
        expected: dict[str, float] = {}
        for key, frequency in zip(folded, frequencies):
            expected[key] = max(expected.get(key, 0.0), frequency)
        assert dict(engine._folded_lexicon(settings)) == expected


def _settings() -> list[engine.Settings]:
    """The settings the fold's word lists were made for so far (the search profile's at least)."""
    normalize("كثيررر", profile="search", track_offsets=False)
    made = [tuple(s for s in n.settings if s[0] != "repetition") for n in _normalizers() if getattr(n, "_lexicon", None) is not None]
    assert made
    return made


def _normalizers() -> list[engine.Normalizer]:
    """The normalizers made in this process."""
    return [o for o in gc.get_objects() if isinstance(o, engine.Normalizer)]
