"""The hand-written part of transliteration: which Latin spellings may stand for which Arabic letters.

Each table lists, for a Latin *unit* (a letter, a digit used as a letter, or a digraph such as
``sh`` or ``3'``), every Arabic-script string people write it for, most usual first. Nothing here
is a word list: the tables only say what is *possible*; how likely each reading is, in each
position of a word, is learned from development data by :mod:`bilingual.translit.train` and
shipped as character statistics. The small functions at the end prepare a Latin word, each
change explained, so that every step of a reading can be shown to a user.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["AR", "FA", "LANGS", "MAX_UNIT", "REGIONS", "prepare", "units_for"]

AR: Final = "ar-Latn"
FA: Final = "fa-Latn"
#: The romanizations :func:`bilingual.translit.transliterate` reads.
LANGS: Final = (AR, FA)
#: Digit conventions that differ between regions: ``9`` is ق in the Maghreb, ص in the Levant and Gulf.
REGIONS: Final = ("levant", "maghreb")

_EMPTY = "_"  # in the tables below: the unit is written with no letter (a short vowel, a hyphen)

# Arabizi (ar-Latn). Digits: 2 ء, 3 ع, 3' غ, 4 ذ (ش in Egypt: me4 = مش), 5 خ, 6 ط, 6' ظ, 7 ح,
# 7' خ, 8 ق (غ in some Gulf spellings), 9 ص / ق (region), 9' ض.
_AR_TABLE: Final[dict[str, str]] = {
    "a": "ا _ ع ة ى أ ه ي",
    "aa": "ا عا آ ع اا",
    "an": "ان ا",  # a final -an is often the tanween of an adverb (shukran, jiddan): شكرا
    "ai": "ي اي ا عي",
    "ay": "ي اي",
    "aw": "و او",
    "e": "_ ي ه ة ا ع إ أ",
    "ee": "ي يي",
    "ei": "ي اي",
    "i": "ي _ إ ا ع ى",
    "ii": "ي",
    "o": "و _ ا ع أ ه وا",
    "oo": "و وو",
    "ou": "و _ او",
    "u": "و _ ا ه وا",
    "y": "ي ى _",
    "w": "و",
    "b": "ب",
    "p": "ب پ",
    "t": "ت ط ة",
    "th": "ث ذ ت ظ ته",
    "dh": "ذ ض ظ ده",
    "j": "ج",
    "dj": "ج",
    "g": "ج ق ڨ غ ك",
    "gh": "غ ق",
    "h": "ه ح _ ة",
    "kh": "خ كه",
    "d": "د ض",
    "r": "ر",
    "z": "ز ظ ذ",
    "s": "س ص ث",
    "sh": "ش سه",
    "ch": "ش تش",
    "$": "ش",
    "f": "ف",
    "v": "ف ڤ",
    "q": "ق ك",
    "k": "ك ق",
    "c": "ك س ش",
    "x": "كس خ",
    "l": "ل ال",
    "m": "م",
    "n": "ن",
    "2": "ء أ ئ ؤ إ ا ق",
    "3": "ع",
    "3'": "غ",
    "4": "ذ ش",
    "5": "خ",
    "6": "ط",
    "6'": "ظ",
    "7": "ح",
    "7'": "خ",
    "8": "ق غ",
    "9": "ص ق",
    "9'": "ض",
    "'": "_ ء ع",
    "-": "_",
}

# Romanized Persian (fa-Latn): the same sounds, Persian letters (پ چ ژ گ ک ی), and the
# spellings of Finglish (aa for آ/ا, oo for و, gh for ق/غ, zh for ژ, v for و, e for a final ه).
_FA_TABLE: Final[dict[str, str]] = {
    "a": "ا _ ع ه آ",
    "aa": "ا آ عا",
    "ai": "ای ی",
    "ay": "ای ی",
    "e": "_ ه ا ی ع",
    "ee": "ی",
    "ei": "ی ای",
    "i": "ی _ ای",
    "ii": "ی",
    "o": "_ و ا ع",
    "oo": "و",
    "ou": "و",
    "u": "و",
    "y": "ی",
    "w": "و",
    "v": "و",
    "b": "ب",
    "p": "پ",
    "t": "ت ط",
    "th": "ت ث",
    "j": "ج",
    "ch": "چ",
    "h": "ه ح _",
    "kh": "خ",
    "d": "د",
    "z": "ز ذ ض ظ",
    "zh": "ژ",
    "r": "ر",
    "s": "س ص ث",
    "sh": "ش",
    "gh": "ق غ",
    "q": "ق غ",
    "f": "ف",
    "k": "ک",
    "c": "ک س",
    "g": "گ",
    "l": "ل",
    "m": "م",
    "n": "ن",
    "x": "کس خ",
    "'": "_ ع ء",
    "2": "ء",
    "3": "ع",
    "5": "خ",
    "7": "ح",
    "-": "_",
}

_CONSONANTS: Final = "bdfjklmnqrstvwxyzcgph"


def _expand(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The table as tuples, with doubled consonants (``bb``: a shadda, written once) added."""
    out = {unit: tuple("" if o == _EMPTY else o for o in options.split()) for unit, options in table.items()}
    for letter in _CONSONANTS:
        if letter in out and letter * 2 not in out:
            single = out[letter]
            out[letter * 2] = single + tuple(o + o for o in single[:1] if o)
    return out


_TABLES: Final = {AR: _expand(_AR_TABLE), FA: _expand(_FA_TABLE)}
#: The longest unit, in characters.
MAX_UNIT: Final = max(len(u) for table in _TABLES.values() for u in table)


def units_for(lang: str) -> dict[str, tuple[str, ...]]:
    """Latin unit -> the Arabic-script strings it may stand for, for ``lang`` (``ar-Latn``, ``fa-Latn``)."""
    try:
        return _TABLES[lang]
    except KeyError:
        raise ValueError(f"unknown romanization {lang!r}; expected one of {', '.join(LANGS)}") from None


# ---------------------------------------------------------------------------------------------
# Preparing a Latin word: small pure functions, each change explained.

_ACCENTS: Final = str.maketrans({c: unicodedata.normalize("NFD", c)[0] for c in "àâäáãåèéêëìíîïòóôöõùúûüÿýçñāēīōū"})
_APOSTROPHES: Final = str.maketrans(dict.fromkeys("’‘`´ʼʻ′", "'"))


def fold_case(word: str) -> tuple[str, str | None]:
    """Lower case: Arabizi has no capitals (``Ya`` and ``ya`` are one word)."""
    low = word.lower()
    return (low, "lower case") if low != word else (word, None)


def fold_accents(word: str) -> tuple[str, str | None]:
    """French-style accents dropped (``é`` is read as ``e``): they mark vowels, never letters."""
    out = word.translate(_ACCENTS)
    return (out, "accents dropped") if out != word else (word, None)


def fold_apostrophes(word: str) -> tuple[str, str | None]:
    """Typographic apostrophes and primes read as ``'`` (``3’`` is ``3'``, a غ)."""
    out = word.translate(_APOSTROPHES)
    return (out, "apostrophe") if out != word else (word, None)


_TRIPLE: Final = re.compile(r"(.)\1\1", re.DOTALL)


def squeeze_elongation(word: str) -> tuple[str, str | None]:
    """A letter typed three or more times is read as two (``bravooooo``, ``hhhh``): elongation, not spelling."""
    if _TRIPLE.search(word) is None:  # most words: nothing to squeeze (one search, not a loop over the letters)
        return word, None
    out: list[str] = []
    for c in word:
        if len(out) >= 2 and out[-1] == c and out[-2] == c:
            continue
        out.append(c)
    squeezed = "".join(out)
    return (squeezed, "elongation squeezed") if squeezed != word else (word, None)


_STEPS: Final = (fold_case, fold_accents, fold_apostrophes)


def prepare(word: str) -> tuple[str, list[int], list[str]]:
    """The word as the tables read it, the source index of each of its characters, and the changes made.

    Case, accent and apostrophe folds keep one character per character; the elongation squeeze
    drops repeats, so the index list says where each kept character came from.
    """
    notes: list[str] = []
    if word.isascii() and "`" not in word:  # most words: only case to fold (no accent, no typographic apostrophe)
        low = word.lower()
        if low != word:
            notes.append("lower case")
            word = low
        if _TRIPLE.search(word) is None:
            return word, list(range(len(word))), notes
    else:
        for step in _STEPS:
            word, note = step(word)
            if note:
                notes.append(note)
    squeezed, note = squeeze_elongation(word)
    if note is None:
        return word, list(range(len(word))), notes
    notes.append(note)
    index: list[int] = []
    for i, c in enumerate(word):
        if len(index) >= 2 and word[index[-1]] == c and word[index[-2]] == c:
            continue
        index.append(i)
    return squeezed, index, notes
