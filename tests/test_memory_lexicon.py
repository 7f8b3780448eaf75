"""The repetition fold's word list, folded like the text, keys a word the fold leaves as it is by the word list's
own string (issue 20, mem30): not by an equal copy split out of the fold's output (3 MiB held by every process that
folds a repeated letter, the report's pairing among them)."""

from __future__ import annotations

import gc

from bilingual import normalize
from bilingual.normalize import engine
from bilingual.normalize.folds import arabic_frequencies


def test_unfolded_words_share_the_word_lists_strings() -> None:
    words = arabic_frequencies()
    own = {word: word for word in words}
    assert normalize("المدرسسسسة", profile="search", track_offsets=False).text == "المدرسه"
    folded = [lexicon for lexicon in (engine._folded_lexicon(settings) for settings in _settings()) if lexicon is not words]
    assert folded, "the search profile's folds change some words"
    for lexicon in folded:
        kept = [key for key in lexicon if key in own]
        assert len(kept) > len(lexicon) // 2
        shared = sum(own[key] is key for key in kept)
        assert shared >= 0.9 * len(kept), f"{len(kept) - shared} of {len(kept)} unfolded words held twice"


def test_the_folded_list_is_unchanged() -> None:
    """The same keys and frequencies as folding every word and keeping the most frequent spelling of each."""
    words = arabic_frequencies()
    for settings in _settings():
        keys = list(words)
        folded = engine.resolve_normalizer("none", settings).text("\n".join(keys)).split("\n")
        expected: dict[str, float] = {}
        for key, word in zip(folded, keys):
            expected[key] = max(expected.get(key, 0.0), words[word])
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
