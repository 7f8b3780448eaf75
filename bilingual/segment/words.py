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
    return _latin()[0].get(word)


def french_zipf(word: str) -> float:
    """How common a lower-case, letters-only ``word`` is in French (wordfreq's Zipf scale; 0 when not listed)."""
    return _latin()[1].get(word)


TABLE_AFTER: Final = 256
"""Distinct words looked up in a section's text before the section is parsed into a table: a command
on one small file asks for a few dozen words (seed 000: 30), and parsing the whole list (43,000 words,
about 14 ms) costs more than that many searches (about 0.1 ms each)."""


class ZipfSection:
    """One section of the shipped list (``zipf word word ...`` lines): a word's Zipf value found by a
    search of the section's text, until :data:`TABLE_AFTER` distinct words have been asked for; from
    then on from a table of the whole section (:func:`read_zipf_sections`). The same values either way."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end  # the section's lines: text[start:end]
        self._found: dict[str, float] = {}
        self._table: dict[str, float] | None = None

    def get(self, word: str) -> float:
        """The Zipf value of ``word`` (0 when the section does not list it)."""
        if self._table is not None:
            return self._table.get(word, 0.0)
        value = self._found.get(word)
        if value is None:
            value = self._found[word] = self._search(word)
            if len(self._found) >= TABLE_AFTER:
                self._table = read_zipf_sections(("[s]\n" + self._text[self._start : self._end]).encode("utf-8"))["s"]
        return value

    def _search(self, word: str) -> float:
        """The value on the line that lists ``word``: words are separated by one space and end a line
        with a line break, and the first field of a line is its value."""
        if not word or " " in word or "\n" in word:
            return 0.0
        text, start, end = self._text, self._start, self._end
        pos = text.find(f" {word} ", start, end)
        if pos < 0:
            pos = text.find(f" {word}\n", start, end)
            if pos < 0:
                return 0.0
        line = text.rfind("\n", start, pos) + 1 or start
        return float(text[line : text.index(" ", line)])


@functools.cache
def _latin() -> tuple[ZipfSection, ZipfSection]:
    """The English and French sections of the shipped list, unparsed: each found in the text as asked for."""
    data = gzip.decompress(resources.files("bilingual").joinpath(LATIN_WORDS_FILE).read_bytes()).decode("utf-8")
    return latin_sections(data)


def latin_sections(text: str) -> tuple[ZipfSection, ZipfSection]:
    """The ``[en]`` and ``[fr]`` sections of the list ``text``."""
    text = text if text.endswith("\n") else text + "\n"
    sections = {}
    for name in ("en", "fr"):
        start = text.index(f"[{name}]\n") + len(name) + 3
        end = text.find("\n[", start - 1)
        sections[name] = ZipfSection(text, start, len(text) if end < 0 else end + 1)
    return sections["en"], sections["fr"]


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
