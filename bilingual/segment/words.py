"""The word lists the Arabizi detector (and the transliterator) read, each loaded once, on first use.

* ``bilingual/data/arabizi.txt``: Arabizi and Finglish words, strong and weak (written for the project).
* ``bilingual/data/arabizi_latin_words.txt.gz``: how frequent English and French words are (wordfreq's
  Zipf scale), for the words whose frequency decides anything here: English from Zipf 3.0 (from 2.0
  with an English derivational ending), French from Zipf 4.2. Built from wordfreq by
  ``scripts/build_wordlists.py``; reading it costs a few milliseconds, importing wordfreq and building
  its frequency dictionaries about half a second, so wordfreq is never imported at run time.
"""

from __future__ import annotations

import functools
import gzip
import itertools
from importlib import resources
from typing import Final

import regex

__all__ = [
    "ENGLISH_MIN_ZIPF", "ENGLISH_SUFFIX", "ENGLISH_SUFFIX_MIN_ZIPF", "FRENCH_MIN_ZIPF", "english_zipf", "french_zipf",
    "sections",
]

ENGLISH_MIN_ZIPF: Final = 3.0
"""English words from this Zipf value on are listed (rarer ones read as 0)."""
ENGLISH_SUFFIX_MIN_ZIPF: Final = 2.0
"""English words with a derivational ending (:data:`ENGLISH_SUFFIX`) are listed from this Zipf value on."""
FRENCH_MIN_ZIPF: Final = 4.2
"""French words from this Zipf value on are listed."""
ENGLISH_SUFFIX: Final = regex.compile(
    r"(?:ified|ation|ations|ness|ments?|able|ible|ically|i[sz]ed|i[sz]ing|ously|ship|less|ism|ists?|ing|ed|ly)$"
)
"""English derivational and inflectional endings: a word that has one and is not rare in English is English."""

LATIN_WORDS_FILE: Final = "data/arabizi_latin_words.txt.gz"


def english_zipf(word: str) -> float:
    """How common a lower-case, letters-only ``word`` is in English (wordfreq's Zipf scale; 0 when not listed)."""
    return _latin()[0].get(word, 0.0)


def french_zipf(word: str) -> float:
    """How common a lower-case, letters-only ``word`` is in French (wordfreq's Zipf scale; 0 when not listed)."""
    return _latin()[1].get(word, 0.0)


@functools.cache
def _latin() -> tuple[dict[str, float], dict[str, float]]:
    parsed = read_zipf_sections(gzip.decompress(resources.files("bilingual").joinpath(LATIN_WORDS_FILE).read_bytes()))
    return parsed["en"], parsed["fr"]


def read_zipf_sections(data: bytes) -> dict[str, dict[str, float]]:
    """``{section: {word: zipf}}`` from the ``[section]`` / ``zipf word word ...`` format of the shipped lists.

    Each line is one Zipf value, so a section is built with one C-level update per line.
    """
    out: dict[str, dict[str, float]] = {}
    current: dict[str, float] | None = None
    for line in data.decode("utf-8").split("\n"):
        if not line or line[0] == "#":
            continue
        if line[0] == "[":
            current = out.setdefault(line[1:-1], {})
            continue
        if current is None:
            raise ValueError("word list: a line before the first [section]")
        zipf, _, words = line.partition(" ")
        current.update(zip(words.split(" "), itertools.repeat(float(zipf))))
    return out


@functools.cache
def sections() -> dict[str, frozenset[str]]:
    """The sections of ``bilingual/data/arabizi.txt``: ``strong``, ``weak``, ``finglish``, ``finglish-weak``
    and ``weak-common-english``, lower case."""
    found: dict[str, set[str]] = {
        "strong": set(), "weak": set(), "finglish": set(), "finglish-weak": set(), "weak-common-english": set(),
    }
    current: set[str] | None = None
    data = resources.files("bilingual").joinpath("data/arabizi.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found[line[1:-1]]
        elif current is not None:
            current.add(line.lower())
    return {name: frozenset(words) for name, words in found.items()}
