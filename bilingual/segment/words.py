"""The word lists the Arabizi detector (and the transliterator) read, each loaded once, on first use.

* ``bilingual/data/arabizi.txt``: Arabizi and Finglish words, strong and weak (written for the project).
* ``bilingual/data/segment_latin_zipf.txt``: how frequent English and French words are (wordfreq's
  Zipf scale), for the words whose frequency decides anything here: English from Zipf 3.0 (from 2.0
  with an English derivational ending), French from Zipf 4.2; one ``word zipf`` line per word, sorted.
  Selected from wordfreq by ``scripts/build_wordlists.py``, written by ``scripts/build_segment_words.py``;
  reading it costs under a millisecond, importing wordfreq and building its frequency dictionaries about
  half a second, so wordfreq is never imported at run time.
* ``bilingual/data/translit_common_fa.txt``: very common Finglish words (the transliterator's list of their
  Persian spellings), whose Latin column the Finglish detector reads too (:func:`finglish_common`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Final

from ..collector import reloadable

__all__ = [
    "ENGLISH_MIN_ZIPF", "ENGLISH_SUFFIX", "ENGLISH_SUFFIX_MIN_ZIPF", "FRENCH_MIN_ZIPF", "english_zipf", "french_zipf",
    "finglish_common", "french_zipf_unaccented", "sections",
]

ENGLISH_MIN_ZIPF: Final = 3.0
"""English words from this Zipf value on are listed (rarer ones read as 0)."""
ENGLISH_SUFFIX_MIN_ZIPF: Final = 2.0
"""English words with a derivational ending (:data:`ENGLISH_SUFFIX`) are listed from this Zipf value on."""
FRENCH_MIN_ZIPF: Final = 4.2
"""French words from this Zipf value on are listed."""
ENGLISH_SUFFIX: Final = re.compile(
    r"(?:ified|ation|ations|ness|ments?|able|ible|ically|i[sz]ed|i[sz]ing|ously|ship|less|ism|ists?|ing|ed|ly)$"
)
"""English derivational and inflectional endings: a word that has one and is not rare in English is English."""

LATIN_WORDS_FILE: Final = "data/segment_latin_zipf.txt"


def english_zipf(word: str) -> float:
    """How common a lower-case, letters-only ``word`` is in English (wordfreq's Zipf scale; 0 when not listed)."""
    return _latin()[0].get(word)


def french_zipf(word: str) -> float:
    """How common a lower-case, letters-only ``word`` is in French (wordfreq's Zipf scale; 0 when not listed)."""
    return _latin()[1].get(word)


def french_zipf_unaccented(word: str) -> float:
    """:func:`french_zipf` of a lower-case word, or, for an ASCII word the list does not hold, of the accented
    French word it spells without its accents (``carriere`` carrière 4.91, ``algerie`` algérie 4.72): comments
    write French without accents, and the shipped list holds the accented forms only."""
    zipf = french_zipf(word)
    if zipf or not word.isascii():
        return zipf
    return _unaccented_french().get(word, 0.0)


def _fold(word: str) -> str:
    """``word`` without its accents (its combining marks once decomposed)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@functools.cache
def _unaccented_french() -> dict[str, float]:
    """The accented words of the French section by their unaccented ASCII spelling (the most common word of each
    spelling), built on first use from the section's lines that hold a byte beyond ASCII (about 1,000 of its 4,700).
    A spelling the section lists itself (``la``: là) is looked up as listed (:func:`french_zipf_unaccented`)."""
    french = _latin()[1]
    section = french.data[french.start : french.end]
    found: dict[str, float] = {}
    for line in _NON_ASCII_LINE.findall(section):
        word, zipf = line.decode("utf-8").split()
        if (bare := _fold(word)).isascii():
            found[bare] = max(found.get(bare, 0.0), float(zipf))
    return found


_NON_ASCII_LINE = re.compile(rb"^[^\n]*[\x80-\xff][^\n]*$", re.MULTILINE)


TABLE_AFTER: Final = 256
"""Distinct words looked up in a section's text before the section is parsed into a table: a command
on one small file asks for a few dozen words (seed 000: 30), and parsing the whole list (43,000 words,
about 10 ms) costs more than that many binary searches (about 10 us each)."""


class ZipfSection:
    """One section of the shipped list (sorted ``word zipf`` lines, UTF-8): a word's Zipf value found by a
    binary search of the section's bytes, until :data:`TABLE_AFTER` distinct words have been asked for;
    from then on from a table of the whole section. The same values either way. The bytes are never
    decoded for a search (a few of the words, like ``œuvre``, would make the whole text two bytes a
    character), and UTF-8 sorts as the words do."""

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self.data, self.start, self.end = data, start, end  # the section's lines: data[start:end]
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
                lines = self.data[self.start : self.end].decode("utf-8").split("\n")[:-1]
                self._table = {word: float(zipf) for word, zipf in map(str.split, lines)}
        return value

    def _search(self, word: str) -> float:
        """The value on the line that lists ``word``, by binary search over the section's bytes: ``lo`` and
        ``hi`` stay at line starts, and each step reads the line around the middle."""
        if not word or " " in word or "\n" in word:
            return 0.0
        key = word.encode("utf-8", "surrogatepass")
        data, lo, hi = self.data, self.start, self.end
        while lo < hi:
            line = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            space = data.index(b" ", line)
            listed = data[line:space]
            if listed == key:
                return float(data[space + 1 : data.index(b"\n", space)])
            if listed < key:
                lo = data.index(b"\n", space) + 1
            else:
                hi = line
        return 0.0


@reloadable
def _latin() -> tuple[ZipfSection, ZipfSection]:
    """The English and French sections of the shipped list, unparsed: each searched as asked for."""
    return latin_sections(resources.files("bilingual").joinpath(LATIN_WORDS_FILE).read_bytes())


def latin_sections(data: bytes) -> tuple[ZipfSection, ZipfSection]:
    """The ``[en]`` and ``[fr]`` sections of the list ``data`` (UTF-8), each up to the next header or the end.

    Headers are found by name (a search for a line break and a bracket would stop at each of the
    list's 43,000 line breaks)."""
    data = data if data.endswith(b"\n") else data + b"\n"
    lines = b"\n" + data  # every line, the first included, after a line break: offsets in it are one on
    headers = sorted((lines.index(b"\n[%s]\n" % name.encode()), name) for name in ("en", "fr"))  # "[" in data
    sections = {}
    for (at, name), (after, _) in zip(headers, [*headers[1:], (len(data), "")]):
        sections[name] = ZipfSection(data, at + len(name) + 3, after)
    return sections["en"], sections["fr"]


@functools.cache
def sections() -> dict[str, frozenset[str]]:
    """The sections of ``bilingual/data/arabizi.txt``: ``strong``, ``weak``, ``finglish``, ``finglish-weak``,
    ``finglish-common-english`` and ``weak-common-english``, lower case."""
    found: dict[str, set[str]] = {
        "strong": set(), "weak": set(), "finglish": set(), "finglish-weak": set(), "finglish-common-english": set(),
        "weak-common-english": set(),
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


FINGLISH_COMMON_FILE: Final = "data/translit_common_fa.txt"


@functools.cache
def finglish_common() -> frozenset[str]:
    """The Latin words of ``bilingual/data/translit_common_fa.txt``: very common Finglish (pronouns, prepositions,
    the commonest verbs and adverbs), written for the transliterator's spellings; its first column, lower case."""
    lines = resources.files("bilingual").joinpath(FINGLISH_COMMON_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(line.split(None, 1)[0].lower() for line in lines if line.strip() and not line.startswith("#"))
