"""The folds: tiny pure functions with one job each (ftfy's ``fixes.py`` style).

Each works on any text but touches only Arabic-script characters (``remove_controls`` excepted,
which the engine applies inside Arabic runs only). Character data comes from
:mod:`bilingual.text.script`; this module adds only what a single fold is about.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate
from importlib import resources

from ..collector import reloadable
from ..text.script import (
    ALEF, ALEF_MAKSURA, ALEF_VARIANTS, CONTROLS, DIACRITICS, HAMZA, HEH, IN_WORD, LETTERS, MARKS, PF_MAP,
    PF_MARKS, SHADDA, TATWEEL, TEH_MARBUTA, WAW_HAMZA, YEH, YEH_HAMZA, char_class,
)

__all__ = [
    "KEEP_TWO", "WORDS_FILE", "WORD_FREQUENCY", "WordList", "arabic_frequencies", "compose", "digits_to_ascii", "encode_buckets",
    "fold_alef", "fold_presentation_forms", "hamza_to_bare", "hamza_to_carriers", "maksura_everywhere",
    "maksura_inside_words", "punctuation_to_ascii", "remove_controls", "remove_diacritics", "remove_shadda",
    "remove_tatweel", "squeeze_repetition", "teh_marbuta_to_heh",
]

#: Letters squeezed to two rather than one: lam (the article doubles it: الله، الليل) and heh
#: (laughter هه, the pronoun in وجهه).
KEEP_TWO = "\u0644\u0647"
#: A word "is a word" for the repetition fold from this frequency on (wordfreq's Zipf 3: once in a
#: million words); rarer entries are mostly the elongations themselves (جمييل, لاا).
WORD_FREQUENCY = 1e-6
#: Those words inside the ``bilingual`` package, by frequency bucket (``scripts/build_normalize_words.py``).
WORDS_FILE = "data/normalize_words_ar.bin"
ARABIC_DIGITS = {chr(0x660 + i): str(i) for i in range(10)} | {chr(0x6F0 + i): str(i) for i in range(10)}
NUMBER_SIGNS = {"\u066b": ".", "\u066c": ",", "\u066a": "%"}  # ٫ ٬ ٪
PUNCTUATION = {"\u060c": ",", "\u061b": ";", "\u061f": "?"}  # ، ؛ ؟
COMPOSING_MARKS = "\u0653\u0654\u0655"  # madda, hamza above, hamza below


def _bmp(chars: set[str] | frozenset[str]) -> set[str]:
    return {c for c in chars if c <= "\uffff"}


#: Letters that compose with a following madda/hamza mark (ا + ٔ -> أ), presentation forms included.
COMPOSE_BASES = frozenset(
    c for c in LETTERS | set(PF_MAP)
    for m in COMPOSING_MARKS
    if len(unicodedata.normalize("NFC", PF_MAP.get(c, c)[-1:] + m)) == 1
)
# Where canonical composition can change something: a letter and a madda/hamza mark it absorbs
# (ا + ٔ), or two or more marks in a row (NFC sorts them). Presentation forms count as what they
# draw: ﻻ ends with an alef, ﳙ (هٰ) and ﹻ (ـِ) end with a mark.
CLUSTER_START = MARKS | PF_MARKS | {c for c, t in PF_MAP.items() if t[-1] in MARKS}
PF_RE = re.compile(char_class(PF_MAP))
_COMPOSE_RE = re.compile(
    f"{char_class(COMPOSE_BASES)}{char_class(COMPOSING_MARKS)}|{char_class(CLUSTER_START)}{char_class(MARKS | PF_MARKS)}+"
)
CONTROLS_RE = re.compile(char_class(CONTROLS))
_DIACRITICS_RE = re.compile(char_class(_bmp(DIACRITICS)))
_ASTRAL_DIACRITICS = sorted(DIACRITICS - _bmp(DIACRITICS))  # str.replace skips them at no cost in BMP-only text
_DIGITS_RE = re.compile(char_class({**ARABIC_DIGITS, **NUMBER_SIGNS}))
# ى is inside a word when a letter follows it (past marks, tatweel and invisible controls).
MAKSURA_LIKE = {ALEF_MAKSURA} | {c for c, t in PF_MAP.items() if t.rstrip("".join(IN_WORD)).endswith(ALEF_MAKSURA)}
NEXT_IS_LETTER = f"(?={char_class(IN_WORD)}*{char_class(LETTERS)})"
MAKSURA_INSIDE_RE = re.compile(ALEF_MAKSURA + NEXT_IS_LETTER)
NEXT_IS_LETTER_RE = re.compile(NEXT_IS_LETTER)
# Any character three times in a row (``re`` scans for that fastest); runs() keeps Arabic letters.
_TRIPLE_RE = re.compile(r"(.)\1\1", re.DOTALL)
_SAME_RUN_RE = re.compile(r"(.)\1*", re.DOTALL)
#: Words longer than this are never looked up (no lexicon holds them; it keeps the fold linear).
_MAX_WORD = 64


def fold_presentation_forms(text: str) -> str:
    """Presentation forms (U+FB50–FDFF, U+FE70–FEFF) -> the letters they draw; ﻻ -> لا, ﷲ -> الله."""
    return PF_RE.sub(lambda m: PF_MAP[m.group()], text)


def compose(text: str) -> str:
    """Canonical composition (NFC) of Arabic letters and marks: ا + ٔ -> أ, marks in canonical order."""
    if unicodedata.is_normalized("NFC", text):
        return text  # nothing to compose (checked at C speed)
    if "\n" in text:  # only the lines that need it
        return "\n".join(compose(line) for line in text.split("\n"))
    return _COMPOSE_RE.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


def remove_controls(text: str) -> str:
    """Remove invisible controls (:data:`~bilingual.text.script.CONTROLS`): bidi marks and embeddings,
    ZWJ, ZWNJ, joiners."""
    return CONTROLS_RE.sub("", text)


def remove_tatweel(text: str) -> str:
    """Remove tatweel (kashida) ـ, a stretching stroke that is not a letter."""
    return text.replace(TATWEEL, "")


def remove_diacritics(text: str) -> str:
    """Remove harakat, tanween, sukun, dagger alef, Quranic marks and small letters (shadda is its own fold)."""
    text = _DIACRITICS_RE.sub("", text)
    for mark in _ASTRAL_DIACRITICS:
        text = text.replace(mark, "")
    return text


def remove_shadda(text: str) -> str:
    """Remove shadda ّ (the doubling mark)."""
    return text.replace(SHADDA, "")


def hamza_to_carriers(text: str) -> str:
    """Hamza on a carrier -> the bare carrier: ؤ -> و, ئ -> ي (alef forms are the ``alef`` fold's job)."""
    return text.replace(WAW_HAMZA, "\u0648").replace(YEH_HAMZA, YEH)


def hamza_to_bare(text: str) -> str:
    """Every seated hamza -> the bare hamza ء: ؤ ئ أ إ -> ء, and آ -> ءا (hamza plus long a)."""
    for seated in (WAW_HAMZA, YEH_HAMZA, "\u0623", "\u0625"):
        text = text.replace(seated, HAMZA)
    return text.replace("\u0622", HAMZA + ALEF)


def fold_alef(text: str) -> str:
    """Alef with hamza or madda, and alef wasla -> bare alef: أ إ آ ٱ -> ا."""
    for variant in ALEF_VARIANTS:
        text = text.replace(variant, ALEF)
    return text


def maksura_inside_words(text: str) -> str:
    """ى followed by a letter -> ي: inside a word ى is a typo (مورىتانيا -> موريتانيا)."""
    return MAKSURA_INSIDE_RE.sub(YEH, text)


def maksura_everywhere(text: str) -> str:
    """ى -> ي everywhere, word ends included (على -> علي: for matching, not for reading)."""
    return text.replace(ALEF_MAKSURA, YEH)


def teh_marbuta_to_heh(text: str) -> str:
    """Teh marbuta ة -> heh ه (they are often confused at word end)."""
    return text.replace(TEH_MARBUTA, HEH)


def digits_to_ascii(text: str) -> str:
    """Arabic-Indic ٠-٩ and Eastern ۰-۹ digits -> 0-9; the number signs ٫ ٬ ٪ -> . , %."""
    return _DIGITS_RE.sub(lambda m: ARABIC_DIGITS.get(m.group()) or NUMBER_SIGNS[m.group()], text)


def punctuation_to_ascii(text: str) -> str:
    """Arabic comma, semicolon and question mark ، ؛ ؟ -> , ; ?"""
    for arabic, ascii_ in PUNCTUATION.items():
        text = text.replace(arabic, ascii_)
    return text


# ---------------------------------------------------------------------------------------------
# Repetition: squeeze only what cannot be a word.


@reloadable
def arabic_frequencies() -> WordList:
    """wordfreq's Arabic words from :data:`WORD_FREQUENCY` on (57,000 of its 620,000 entries: the
    rarer ones are mostly elongations themselves) with their frequencies, loaded on first use from the
    list shipped in the package (:data:`WORDS_FILE`): wordfreq's ``get_frequency_dict("ar")`` so
    filtered, without importing wordfreq (0.35 s of CPU) or keeping its dictionaries (115 MB)."""
    text = zlib.decompress(resources.files("bilingual").joinpath(WORDS_FILE).read_bytes()).decode("utf-8")
    buckets: dict[str, int] = {}
    for i, line in enumerate(text.split("\n")):  # bucket i: frequency 10 ** (-i / 100), wordfreq's centibels
        if line:
            buckets.update(dict.fromkeys(line.split("\t"), i))
    return WordList(buckets)


class WordList(Mapping[str, float]):
    """Words with their frequency buckets (``word -> 10 ** (-bucket / 100)``, wordfreq's centibels), in the order
    given, held compactly: one string of every word, their offsets and buckets as arrays, and the words' order
    sorted, looked up by binary search (issue 20: 57,000 words held as a dict of strings were 6.5 MiB, now
    about 1.5; the repetition fold looks up a few words a thread, microseconds each)."""

    __slots__ = ("_blob", "_starts", "_buckets", "_sorted")

    def __init__(self, buckets: Mapping[str, int]) -> None:
        words = list(buckets)
        self._blob = "".join(words)
        self._starts = array("I", accumulate(map(len, words), initial=0))
        self._buckets = array("H", buckets.values())
        self._sorted = array("I", sorted(range(len(words)), key=words.__getitem__))

    def _word(self, i: int) -> str:
        return self._blob[self._starts[i] : self._starts[i + 1]]

    def _index(self, word: object) -> int:
        """The position of ``word`` in the list, -1 when it is not there."""
        if not isinstance(word, str):
            return -1
        order, lo, hi = self._sorted, 0, len(self._sorted)
        while lo < hi:
            mid = (lo + hi) // 2
            found = self._word(order[mid])
            if found < word:
                lo = mid + 1
            elif found == word:
                return order[mid]
            else:
                hi = mid
        return -1

    def __getitem__(self, word: str) -> float:
        i = self._index(word)
        if i < 0:
            raise KeyError(word)
        return 10 ** (-self._buckets[i] / 100)  # the float the bucket's line was read as

    def __contains__(self, word: object) -> bool:
        return self._index(word) >= 0

    def __iter__(self) -> Iterator[str]:
        return map(self._word, range(len(self._buckets)))

    def __len__(self) -> int:
        return len(self._buckets)

    def buckets(self) -> array[int]:
        """Each word's bucket, in the list's order."""
        return self._buckets


def encode_buckets(buckets: list[list[str]]) -> bytes:
    """The bytes of :data:`WORDS_FILE`: line ``i`` holds bucket ``i``'s words, tab-separated, zlib-compressed."""
    return zlib.compress("\n".join("\t".join(words) for words in buckets).encode("utf-8"), 9)


def runs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of one Arabic letter written three times or more in a row."""
    end = len(text) if end is None else end
    m = _TRIPLE_RE.search(text, start, end)
    while m is not None:
        same = _SAME_RUN_RE.match(text, m.start(), end)
        run_end = same.end() if same else m.end()
        if m.group(1) in LETTERS:
            yield m.start(), run_end
        m = _TRIPLE_RE.search(text, run_end, end)


def _word(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The letters of the word before and after ``[start, end)``, or ``None`` for an overlong word."""
    a = start
    while a > 0 and text[a - 1] in LETTERS:
        a -= 1
        if start - a > _MAX_WORD:
            return None
    b = end
    while b < len(text) and text[b] in LETTERS:
        b += 1
        if b - end > _MAX_WORD:
            return None
    return text[a:start], text[end:b]


def squeezed(text: str, start: int, end: int, lexicon: Mapping[str, float] | None) -> str | None:
    """What the run ``text[start:end]`` (one letter, three times or more) becomes, ``None`` to keep it.

    Four or more of a letter cannot be a word: it becomes one letter (lam and heh: two, as in الله
    and laughter هه), or two when the word with two is a word (همممم -> همم "hmm", never هم "they").
    Three can be a word (تتتبع, مممثل): squeezed only when the word as written is unknown to the
    lexicon and exactly one of the one-letter and two-letter words is a word (كثيررر -> كثير).
    """
    letter, n = text[start], end - start
    if letter in KEEP_TWO and n >= 4:
        return letter * 2
    lexicon = arabic_frequencies() if lexicon is None else lexicon
    around = _word(text, start, end)
    if around is None:
        return (letter * 2 if letter in KEEP_TWO else letter) if n >= 4 else None
    before, after = around
    two = lexicon.get(before + letter * 2 + after, 0.0) >= WORD_FREQUENCY
    if n >= 4:
        return letter * 2 if two else letter
    if lexicon.get(before + letter * 3 + after, 0.0) > 0:
        return None
    one = letter not in KEEP_TWO and lexicon.get(before + letter + after, 0.0) >= WORD_FREQUENCY
    if one == two:
        return None
    return letter if one else letter * 2


def squeezes(text: str, found: Iterable[tuple[int, int]], lexicon: Mapping[str, float] | None) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each run in ``found`` that :func:`squeezed` squeezes."""
    out = []
    for start, end in found:
        replacement = squeezed(text, start, end, lexicon)
        if replacement is not None:
            out.append((start, end, replacement))
    return out


def apply_edits(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` (sorted, not overlapping) applied."""
    pieces: list[str] = []
    last = 0
    for start, end, replacement in edits:
        pieces += (text[last:start], replacement)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def squeeze_repetition(text: str) -> str:
    """Letters repeated past any word -> once (جمييييل -> جميل); lam and heh -> twice (ههههه -> هه).

    Only runs that cannot be a word are squeezed (:func:`squeezed`): تتتبع and مممثل stay, همممم
    becomes همم. wordfreq's Arabic word list decides, loaded only when a run of three is met.
    """
    edits = squeezes(text, runs(text), None)
    return apply_edits(text, edits) if edits else text
