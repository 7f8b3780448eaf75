"""Arabic letters in their joined forms for a terminal (arabic-reshaper), one cell per logical letter.

Terminals draw one presentation form per cell. arabic-reshaper joins the letters; the lam-alef
ligature (mandatory in Arabic) takes one character for two letters, so each word holding one is
padded at its end (ICU's fixed-length shaping), and every word keeps its width. :func:`shape` is
the public function; :func:`shape_aligned` and :func:`shaped_source` keep one character per logical
character so line ranges and index maps found on the logical text hold on the shaped text.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from ..text.script import LETTERS, MARKS, PF_MAP, SHAPED_FORMS, SMALL_LETTERS, TATWEEL, ZWNJ, char_class
from .wrap import display_width

__all__ = ["PAD", "shape", "shape_aligned", "shaped_source"]

#: Stands in for a lam-alef ligature's padding (at the end of its word) while reordering: bidi class
#: AL like the letters around it (so no level changes), a presentation form treated as already shaped
#: (so it is never in text we shape), never produced by arabic-reshaper. It becomes a space in the output.
PAD = "\ufe73"
_ZWJ = "\u200d"
# Arabic letters in presentation forms (and the pad): text holding any is already shaped and is
# never shaped again.
PRESENTATION = re.compile(char_class(SHAPED_FORMS | {PAD}))
# What arabic-reshaper may change: letters (presentation forms included), marks, small letters, tatweel.
_SHAPEABLE = char_class(LETTERS | MARKS | SMALL_LETTERS | set(PF_MAP) | {TATWEEL})
# From the first to the last of them: the stretch that goes through arabic-reshaper.
_STRETCH = re.compile(f"{_SHAPEABLE}(?:.*{_SHAPEABLE})?", re.DOTALL)
# One character of an Arabic word, shaped or not: a letter, mark, small letter, tatweel, ZWNJ, ZWJ.
_WORD_CHAR = re.compile(char_class(LETTERS | MARKS | SMALL_LETTERS | set(PF_MAP) | {TATWEEL, ZWNJ, _ZWJ}))
# The ligatures kept when shaping for a terminal: lam-alef is mandatory in Arabic; the others
# (word and sentence ligatures such as ALLAH) draw one wide glyph in a cell meant for one letter.
_LAM_ALEF_LIGATURES = (
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
)


class _Settings:
    """A frozen copy of an arabic-reshaper configuration section, answering ``getboolean``/``get``.

    arabic-reshaper queries its ConfigParser section on every call, and those lookups cost more
    than shaping a short line; the copy answers the same values without that cost.
    """

    def __init__(self, section: Any) -> None:
        self._raw = {key: section.get(key) for key in section}
        self._bool: dict[str, bool] = {}
        for key in section:
            try:
                self._bool[key] = section.getboolean(key)
            except ValueError:
                pass

    def getboolean(self, key: str) -> bool:
        """The boolean value of ``key`` (keys are case-insensitive, as in ConfigParser)."""
        return self._bool[key.lower()]

    def get(self, key: str, fallback: Any = None) -> Any:
        """The raw value of ``key``."""
        return self._raw.get(key.lower(), fallback)


def _ligatures() -> list[tuple[str, tuple[str, tuple[str, ...]]]]:
    """arabic-reshaper's ligature table: ``(name, (match, forms))`` (imported when first needed)."""
    from arabic_reshaper.ligatures import LIGATURES  # type: ignore[import-untyped]

    return list(LIGATURES)


@lru_cache(maxsize=1)
def _terminal_config() -> tuple[tuple[str, str], ...]:
    """arabic-reshaper settings for a terminal: harakat and tatweel kept, lam-alef the only ligatures."""
    config = {name: str(name in _LAM_ALEF_LIGATURES) for name, _ in _ligatures()}
    config.update(
        delete_harakat="False", shift_harakat_position="False", delete_tatweel="False", support_zwj="True",
        use_unshaped_instead_of_isolated="False", support_ligatures="True",
    )
    return tuple(sorted(config.items()))


@lru_cache(maxsize=16)
def _reshaper(config: tuple[tuple[str, str], ...]) -> Any:
    """An ``ArabicReshaper`` for these settings (over arabic-reshaper's defaults), built once."""
    from arabic_reshaper import ArabicReshaper

    reshaper = ArabicReshaper(configuration=dict(config))
    reshaper.configuration = _Settings(reshaper.configuration)
    return reshaper


def _reshape(reshaper: Any, text: str) -> str:
    """``reshaper.reshape(text)``; ``text`` unchanged where arabic-reshaper fails on it.

    arabic-reshaper 3.1 raises IndexError on a ZWJ before a lam-alef pair (it places the ligature
    by indices that dropping the ZWJ has shifted); such text is shown unshaped, not lost.
    """
    try:
        out = reshaper.reshape(text)
    except IndexError:
        return text
    assert isinstance(out, str)
    return out


@lru_cache(maxsize=1)
def ligature_letters() -> dict[str, str]:
    """Each ligature arabic-reshaper can produce -> the text it replaces.

    That is the ligature's NFKC decomposition, or, for the few without one (U+FDFD BISMILLAH),
    arabic-reshaper's own literal match.
    """
    out: dict[str, str] = {}
    for _, (match, forms) in _ligatures():
        for form in filter(None, forms):
            letters = unicodedata.normalize("NFKC", form)
            if letters == form and re.escape(match) == match.replace(" ", "\\ "):
                letters = match
            out.setdefault(form, letters)
    return out


@lru_cache(maxsize=1)
def _ligature_re() -> re.Pattern[str]:
    """A ligature and the rest of its word, where its padding goes."""
    return re.compile(f"{char_class(ligature_letters())}{_WORD_CHAR.pattern}*")


def shape(text: str, *, pad: bool = True, config: Mapping[str, Any] | None = None) -> str:
    """Arabic letters in their joined forms (arabic-reshaper), in logical order.

    ``config`` overrides arabic-reshaper's default settings; ``None`` uses the terminal settings
    (harakat and tatweel kept, lam-alef the only ligatures). With ``pad``, each word holding a
    ligature ends with as many spaces as the ligature saved cells, so every word keeps one cell per
    logical letter (ICU's fixed-length shaping; at the word's end, since a space inside the word
    would split it). Text already holding presentation forms is returned unchanged.
    """
    if not isinstance(text, str):
        raise TypeError(f"shape() needs a str, not {type(text).__name__}")
    if PRESENTATION.search(text):
        return text
    key = _terminal_config() if config is None else tuple(sorted((k, str(v)) for k, v in config.items()))
    shaped = _reshape(_reshaper(key), text)
    if not pad:
        return shaped
    letters = ligature_letters()

    def padded(m: re.Match[str]) -> str:
        word = m.group()  # one space per cell each ligature of the word saved (لآلآ holds two)
        return word + " " * sum(display_width(letters[c]) - display_width(c) for c in word if c in letters)

    return _ligature_re().sub(padded, shaped)


def shape_aligned(text: str) -> str:
    """``text`` shaped for a terminal with one character per logical character, lam-alef padding as :data:`PAD`.

    Each word keeps its length (a ligature saves one character, its padding ends the word), so line
    ranges found on the logical text cut the shaped text at the same words. Only the stretch from
    the first to the last Arabic letter or mark goes through arabic-reshaper (nothing joins outside
    it). Text arabic-reshaper does not shape letter for letter (ZWJ inside a ligature) is left unshaped.
    """
    span = _STRETCH.search(text)
    if span is None:
        return text
    a, b = span.span()
    return text[:a] + _shape_stretch(text[a:b]) + text[b:]


#: A stretch longer than this many characters is shaped piece by piece, cut at spaces (nothing joins
#: across a space): arabic-reshaper holds about 140 bytes per character while it works, so a 3.3 MB
#: paragraph in `show --bidi visual` peaked at several hundred MB.
PIECE = 1 << 15


def _pieces(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the pieces of ``text`` to shape one at a time: about :data:`PIECE`
    characters each, every cut just before a space (one piece when there is no space to cut at)."""
    out, start = [], 0
    while len(text) - start > PIECE:
        cut = text.rfind(" ", start + 1, start + PIECE)
        if cut < 0:
            cut = text.find(" ", start + PIECE)
        if cut < 0:
            break
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _shape_stretch(text: str) -> str:
    """:func:`shape_aligned` on a stretch that starts and ends with Arabic characters."""
    return "".join(_shape_piece(text[a:b]) for a, b in _pieces(text))


def _shape_piece(text: str) -> str:
    """:func:`_shape_stretch` on one of its pieces."""
    out = _reshape(_reshaper(_terminal_config()), text)
    if len(out) == len(text):  # no ZWJ dropped and no ligature formed: aligned as it is
        return out
    if _ZWJ not in text:
        out = _ligature_re().sub(_pad_word, out)
        if len(out) == len(text):
            return out
    aligned = _stretch_source(text)
    return text if aligned is None else aligned[0]


def _pad_word(m: re.Match[str]) -> str:
    """A word holding ligatures, followed by one :data:`PAD` per letter they saved."""
    word = m.group()
    letters = ligature_letters()
    return word + PAD * sum(len(letters[c]) - 1 for c in word if c in letters)


def shaped_source(text: str) -> tuple[str, Sequence[int]] | None:
    """:func:`shape_aligned`'s text built letter by letter, with the logical index of each position.

    ``None`` when arabic-reshaper's output does not match ``text`` letter for letter. The indices are
    an ``array`` (8 bytes each, not a list's 36: a line's map keeps them for the whole paragraph).
    """
    span = _STRETCH.search(text)
    if span is None:
        return text, array("l", range(len(text)))
    a, b = span.span()
    shaped, src = [text[:a]], array("l", range(a))
    for start, end in _pieces(text[a:b]):
        piece = _stretch_source(text[a + start: a + end])
        if piece is None:
            return None
        shaped.append(piece[0])
        src.extend(a + start + i for i in piece[1])
    src.extend(range(b, len(text)))
    shaped.append(text[b:])
    return "".join(shaped), src


def _stretch_source(text: str) -> tuple[str, list[int]] | None:
    """:func:`shaped_source` on one stretch of :func:`shape_aligned`."""
    reshaper = _reshaper(_terminal_config())
    out = _reshape(reshaper, text)
    from arabic_reshaper.arabic_reshaper import HARAKAT_RE  # type: ignore[import-untyped]

    ligatures = ligature_letters()
    forms = reshaper.letters
    res: list[str] = []
    src: list[int] = []
    absorbed: list[str] = []  # letters of the last ligature still to come in the input
    pads: list[int] = []  # their logical indices, padded at the end of the word
    j = 0
    for i, ch in enumerate(text):
        harakah = HARAKAT_RE.match(ch) is not None
        if absorbed and not harakah:
            if ch != absorbed.pop(0):
                return None
            pads.append(i)
            continue
        if pads and not _WORD_CHAR.match(ch):
            res.extend(PAD * len(pads))
            src.extend(pads)
            pads = []
        if ch == _ZWJ:  # arabic-reshaper drops it once the letters around it are joined
            res.append(ch)
            src.append(i)
            continue
        if j >= len(out):
            return None
        o = out[j]
        j += 1
        if o in ligatures:
            if ch != ligatures[o][0]:
                return None
            absorbed = list(ligatures[o][1:])
        elif o != ch and o not in forms.get(ch, ()):
            return None
        res.append(o)
        src.append(i)
    if absorbed or j != len(out):
        return None
    res.extend(PAD * len(pads))
    src.extend(pads)
    return "".join(res), src
