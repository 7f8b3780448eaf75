"""The Arabic script, defined once: its letters, marks, presentation forms and invisible controls.

Everything is derived from Unicode data (``unicodedata`` and ``regex``'s Script_Extensions) except
the handful of letters that tell the languages written in it apart. Every stage (segment,
normalize, display, flags, align, compare) asks this module what "Arabic" is.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

import regex

__all__ = [
    "ALEF", "ALEF_MAKSURA", "ALEF_VARIANTS", "ARABIC_LETTER", "ARABIC_SCRIPT", "BASE_LETTERS", "CONTROLS",
    "DIACRITICS", "HAMZA", "HEH", "IN_WORD", "LETTERS", "MARKS", "PF_MAP", "PF_MARKS", "PF_SKIPPABLE", "SHADDA",
    "SHAPED_FORMS", "SMALL_LETTERS", "TATWEEL", "TEH_MARBUTA", "WAW_HAMZA", "YEH", "YEH_HAMZA", "ZWNJ",
    "arabic_letter_count", "arabic_runs", "char_class", "has_arabic", "is_arabic_letter",
]

TATWEEL = "\u0640"
SHADDA = "\u0651"
ALEF = "\u0627"
ALEF_VARIANTS = "\u0623\u0625\u0622\u0671"  # أ إ آ ٱ
ALEF_MAKSURA = "\u0649"
YEH = "\u064a"
TEH_MARBUTA = "\u0629"
HEH = "\u0647"
HAMZA = "\u0621"
WAW_HAMZA = "\u0624"
YEH_HAMZA = "\u0626"
ZWNJ = "\u200c"

#: Invisible formatting characters: bidi marks, embeddings, overrides and isolates (LRM RLM ALM,
#: LRE..RLO, LRI..PDI), ZWJ, ZWNJ (part of Persian, Urdu and Kurdish spelling inside words), word
#: joiners (U+2060, U+FEFF) and the soft hyphen. ZWSP (U+200B) is not among them: it marks a word
#: boundary, and deleting it would glue two words together.
CONTROLS = (
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u200d\u200c\u2060\ufeff\u00ad"
)

#: A ``regex`` character-class body for the Arabic script (Script_Extensions, so shared
#: punctuation such as ``،`` and ``؟`` counts too).
ARABIC_SCRIPT = r"\p{scx=Arab}"

# CAMeL Tools' two fixes to NFKC: NFKC spells the rial sign with a Persian yeh and leaves the
# basmala ligature alone; in Arabic text both should be Arabic letters.
LIGATURE_FIXES = {
    "\ufdfc": "\u0631\u064a\u0627\u0644",
    "\ufdfd": "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645",
}


def char_class(chars: Iterable[str]) -> str:
    """A ``re`` character class matching exactly ``chars``, as ranges (``re`` tests those fastest)."""
    points = sorted({ord(c) for c in chars})
    parts = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = re.escape(chr(points[i])), re.escape(chr(points[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


#: Where the Arabic script's letters and marks are: the Arabic blocks (Arabic, Supplement, Extended-A/B/C,
#: Presentation Forms-A/B, Rumi numerals, Mathematical Alphabetic Symbols), the Coptic epact numbers (their
#: thousands mark is shared with Arabic), with room for later Unicode versions. A test checks that scanning
#: only these finds what a scan of planes 0 and 1 finds.
ARABIC_BLOCKS = ((0x0600, 0x0900), (0xFB50, 0xFF00), (0x102E0, 0x10300), (0x10E60, 0x10F00), (0x1EC70, 0x1EF00))


def arabic_chars_by_category(blocks: Iterable[tuple[int, int]] = ARABIC_BLOCKS) -> dict[str, list[str]]:
    """Letters (``L``), modifier letters (``Lm``) and combining marks (``Mn``) with Arabic in their
    Script_Extensions, found in ``blocks`` (``[start, end)`` code point ranges): scanning the Arabic
    blocks only, not two planes, saves about 10 ms at import."""
    every = "".join(map(chr, itertools.chain.from_iterable(itertools.starmap(range, blocks))))
    chars = "".join(regex.findall(r"\p{scx=Arab}", every))
    return {cat: regex.findall(rf"\p{{{cat}}}", chars) for cat in ("L", "Lm", "Mn")}  # chars: Arabic script only


_BY_CATEGORY = arabic_chars_by_category()


def _presentation_map() -> dict[str, str]:
    """Presentation form -> the letters it draws (NFKC), with isolated harakat forms kept as bare
    marks (NFKC would put a space in front, inside a word) and CAMeL Tools' two ligature fixes."""
    out = {}
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        c = chr(cp)
        target = LIGATURE_FIXES.get(c) or unicodedata.normalize("NFKC", c)
        if target == c:
            continue
        if target[0] == " " and len(target) > 1 and all(unicodedata.category(m) == "Mn" for m in target[1:]):
            target = target[1:]
        out[c] = target
    return out


#: Presentation form -> the letters (or marks) it draws.
PF_MAP = _presentation_map()
#: Arabic combining marks (harakat, Quranic marks...).
MARKS = frozenset(_BY_CATEGORY["Mn"])
#: Small letters (superscript alef, small waw...), tatweel excluded.
SMALL_LETTERS = frozenset(_BY_CATEGORY["Lm"]) - {TATWEEL}
#: What the ``diacritics`` fold removes: marks and small letters, shadda excepted.
DIACRITICS = (MARKS | SMALL_LETTERS) - {SHADDA}
#: Presentation forms that draw only marks (isolated harakat, shadda ligatures).
PF_MARKS = frozenset(c for c, t in PF_MAP.items() if MARKS.issuperset(t))
#: Presentation forms that draw only marks or tatweel.
PF_SKIPPABLE = frozenset(c for c, t in PF_MAP.items() if MARKS.issuperset(t.replace(TATWEEL, "")))
#: Arabic-script base letters (no small letters, tatweel or presentation forms).
BASE_LETTERS = frozenset(_BY_CATEGORY["L"]) - SMALL_LETTERS - {TATWEEL} - set(PF_MAP)
#: Letters, and the presentation forms that draw a letter first (ﻻ, ﷲ, the rial sign ﷼).
LETTERS = BASE_LETTERS | {c for c, t in PF_MAP.items() if t[0] in BASE_LETTERS}
#: What may sit between two letters of one word: marks, tatweel, small letters, invisible controls.
IN_WORD = MARKS | SMALL_LETTERS | {TATWEEL} | set(CONTROLS) | PF_SKIPPABLE

#: Presentation forms a shaper writes for letters: a letter in its contextual form or a ligature of a
#: few letters (lam-alef). The word ligatures (U+FDF0..U+FDFD: ﷲ, ﷺ, the rial sign) are left out:
#: people type them as symbols inside ordinary, unshaped text.
SHAPED_FORMS = frozenset(c for c in LETTERS - BASE_LETTERS if not "\ufdf0" <= c <= "\ufdfd")


@functools.cache
def _letter_re() -> re.Pattern[str]:
    """One Arabic-script letter (``re``: a class of ~1,000 letters, compiled on first use for a millisecond)."""
    return re.compile(char_class(LETTERS))


# A run: Arabic-script characters, joined by spaces, punctuation, digits, marks and invisible
# controls, with the controls that touch its ends. Newlines, letters of other scripts and symbols
# (emoji: their ZWJ sequences must survive) end it.
_A = r"[\p{scx=Arab}--\p{Cf}]"
_C = char_class(CONTROLS)
_N = r"[\p{Zs}\t\p{P}\p{Nd}\p{M}\p{Cf}\p{Sm}\p{Sc}\p{Sk}]"
_CONTROL_SET = frozenset(CONTROLS)

# The patterns below are compiled on first use: the segmenter (``bilingual segment``) needs none of them.


@functools.cache
def _run_re() -> regex.Pattern[str]:
    """A run, as :func:`arabic_runs` finds them."""
    return regex.compile(rf"(?V1){_C}*+{_A}(?:{_N}*+{_A})*+{_C}*+")


@functools.cache
def _arabic_char_re() -> regex.Pattern[str]:
    """One Arabic-script character that is no invisible control."""
    return regex.compile(rf"(?V1){_A}")


@functools.cache
def _arabic_letter() -> regex.Pattern[str]:
    """One Arabic-script letter (``regex``): the module's ``ARABIC_LETTER``."""
    return regex.compile(r"(?V1)[\p{scx=Arab}&&\p{L}]")


def __getattr__(name: str) -> regex.Pattern[str]:
    """``ARABIC_LETTER``, one Arabic-script letter (``regex``), compiled when first asked for."""
    if name == "ARABIC_LETTER":
        return _arabic_letter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "ARABIC_LETTER"})


def arabic_runs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each Arabic-script run of ``text[start:end]``: one line's stretch of
    Arabic-script characters joined by spaces, punctuation, digits and marks."""
    # What ``_run_re().finditer`` finds, in linear time: a run starts at the controls just before
    # its first Arabic character (trying every position of 16,000 controls was quadratic).
    end = len(text) if end is None else end
    pos = start
    search_char, match_run = _arabic_char_re().search, _run_re().match
    while (first := search_char(text, pos, end)) is not None:
        a = first.start()
        while a > pos and text[a - 1] in _CONTROL_SET:
            a -= 1
        run = match_run(text, a, end)
        if run is None:  # cannot happen: controls, then an Arabic character
            return
        yield run.span()
        pos = run.end()


def is_arabic_letter(char: str) -> bool:
    """True for an Arabic-script letter (presentation forms that draw one included)."""
    return char in LETTERS


def has_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic-script letter."""
    return _letter_re().search(text) is not None


def arabic_letter_count(text: str) -> int:
    """How many Arabic-script letters ``text`` holds."""
    return len(_letter_re().findall(text))
