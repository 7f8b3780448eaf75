"""The segmenter's patterns in stdlib ``re``, on the BMP (a character beyond it is scanned as a stand-in).

``re`` tests a character against a 64 K bitmap about four times as fast as ``regex`` tests a Unicode
property, and the block pattern walks every character of the Arabic text; ``re`` also costs a fraction of
``regex``'s time per call, which the gap patterns pay once per gap. Each class is read off ``regex``
itself over the whole BMP (lone surrogates included), so the two engines match alike. ``re`` keeps only
the last capture of a group, so the first Latin insertion of a block is captured apart, and those between
the first and the last are found again with the insertion word's pattern. Building the classes and
compiling costs about 0.15 s of CPU on the shared 2-core machine (load 11; most of it compiling the block
pattern's 13,600 characters; 0.19 s when the classes were written with ``\\uXXXX`` escapes), paid once per
process and only after enough text (:data:`AFTER_CHARS`), so a command on one small file never pays it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

import regex

AFTER_CHARS = 1 << 19
"""Characters a process segments (this text included) before it compiles the ``re`` patterns. They save
2-130 ns a character (English comment threads to dense code-switched lines; 40 on the bench's mixed text),
so compiling them is earned back after 1.2 M characters of code-switched lines, 3.7 M of the mixed text
(measured 2026-12-03 00:20 under load 5); this threshold predates the gap patterns and the classes written
as characters (the compile a quarter cheaper since) and was not retuned."""
_seen = 0

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def bmp_class(regex_class: str) -> str:
    """The ``re`` class matching exactly the BMP characters that ``regex_class`` (a ``regex`` class) matches.

    Each character is written as itself (those special in a class, or doubled in a set operation that ``re``
    warns of, behind a backslash): ``re`` parses a ``\\uXXXX`` escape in Python, several steps a character,
    which made compiling the patterns of :func:`patterns` take nearly twice as long."""
    parts = []
    for m in regex.finditer(f"{regex_class}+", _bmp()):
        first, last = m.group()[0], m.group()[-1]
        parts.append(first.translate(_CLASS_ESCAPES) if first == last
                     else f"{first.translate(_CLASS_ESCAPES)}-{last.translate(_CLASS_ESCAPES)}")
    return "[" + "".join(parts) + "]"


# Characters written behind a backslash inside an ``re`` class: those with a meaning there, and those that
# ``re`` reads as a possible set operation when doubled (it warns of ``&&``, ``||``, ``~~``, ``--``, ``[``).
_CLASS_ESCAPES = str.maketrans({c: "\\" + c for c in "\\]^-[&|~"})


@functools.cache
def _bmp() -> str:
    """Every BMP character, in order: what :func:`bmp_class` reads a class off."""
    return "".join(map(chr, range(0x10000)))


def same(regex_class: str) -> str:
    """``regex_class`` as it is: the classes of the ``regex`` pattern."""
    return regex_class


# The classes of the patterns, as ``regex`` writes them.
_ARABIC = r"[\p{scx=Arab}]"
_IN_CORE = r"[\p{scx=Arab}\p{M}\u200c\u200d]"
_SAME_LINE_GAP = r"[^\p{L}\p{scx=Arab}\n\r\v\f\x85\u2028\u2029.!?]"
_GAP = r"[^\p{L}\p{scx=Arab}]"
_GAP_ON_A_LINE = r"[^\p{L}\p{scx=Arab}\n\u2029]"
_SPACE_BUT_LINE_BREAK = r"[^\S\n]"
_LATIN = r"[\p{Latin}]"
_LATIN_OR_MARK = r"[\p{Latin}\p{M}]"
_MARK_OR_NUMBER = r"[\p{M}\p{N}]"
_NOT_LETTER = r"[^\p{L}]"
_NOT_LETTER_OR_LINE_BREAK = r"[^\p{L}\n]"
_OTHER_LETTER = r"[^\P{L}\p{Latin}]"
_NOT_SPACE = r"[^\s]"
_NOT_SPACE_OR_LATIN = r"[^\s\p{Latin}]"
CLASSES = (
    _ARABIC, _IN_CORE, _SAME_LINE_GAP, _GAP, _GAP_ON_A_LINE, _SPACE_BUT_LINE_BREAK, _LATIN, _LATIN_OR_MARK,
    _MARK_OR_NUMBER, _NOT_LETTER, _NOT_LETTER_OR_LINE_BREAK, _OTHER_LETTER, _NOT_SPACE, _NOT_SPACE_OR_LATIN,
)
# BMP characters of different classes (a symbol, a Greek letter, a Latin letter, an Arabic letter, an
# Arabic mark, a mark of no script, digits, an Arabic-Indic digit, a Roman numeral, an Arabic symbol):
# stand-ins for the characters beyond the BMP, each in the same classes as the character it stands for.
_STAND_INS = "\u00a6\u03a9a\u0628\u064e\u0300" "1\u0660\u2160\u0606"


def block_pattern(cls: Callable[[str], str], first_apart: bool = False, strict: bool = False, space_first: bool = False) -> str:
    """The block pattern (see :mod:`.core`) with each ``regex`` class written as ``cls`` gives it: the
    identity for ``regex``, :func:`bmp_class` for ``re``.

    ``strict``: cores with no blank line between them (a line break followed by another with only spaces
    between; U+2029 is a paragraph break by itself): the blocks the loose pattern's blocks are cut into
    where they hold a blank line, found in one scan.

    ``first_apart``: ``core (?:GAP|WORD)*+`` written ``core GAP*+ (?:WORD (?:GAP|WORD)*+)?`` with the first
    insertion captured as ``first`` (group 1; ``ins``, group 2, is then the last of two or more): the same
    matches, as the loop tries the gap first at every step either way, and the insertions of a block with
    one Latin word (most) are known without a search.

    ``space_first``: each step of the loops tries one space followed by a core before the general gap: the
    same matches (the gap's first run of characters stops at an Arabic one, so it takes that space alone),
    and most steps inside Arabic text are that, which ``re`` then takes without setting up the gap's loop
    over line breaks (the scan of Arabic-heavy text 8-12 % faster, for about 4 % more compiling)."""
    core = cls(_ARABIC) + cls(_IN_CORE) + "*+"
    same_line_gap = cls(_SAME_LINE_GAP) + "*+"
    if strict:
        on_a_line = cls(_GAP_ON_A_LINE) + "*+"
        gap = f"{on_a_line}(?:\\n(?!{cls(_SPACE_BUT_LINE_BREAK)}*+\\n){on_a_line})*+{core}"
    else:
        gap = cls(_GAP) + "++" + core
    if space_first:
        gap = f" {core}|{gap}"
    word = insertion_word(cls)
    inserted = f"{same_line_gap}(?P<ins>{word}){same_line_gap}{core}"
    if not first_apart:
        return f"{core}(?:{gap}|{inserted})*+"
    first = f"{same_line_gap}(?P<first>{word}){same_line_gap}{core}"
    return f"{core}(?:{gap})*+(?:{first}(?:{gap}|{inserted})*+)?"


def insertion_word(cls: Callable[[str], str]) -> str:
    """One Latin word inside a block, with the marks and digits attached to it."""
    return cls(_LATIN) + cls(_LATIN_OR_MARK) + "*+" + cls(_MARK_OR_NUMBER) + "*+"


def insertion_run(cls: Callable[[str], str]) -> str:
    """A Latin run kept inside a passage: from a Latin letter to the last Latin letter (plus marks and
    digits attached to it) on the same line."""
    latin = cls(_LATIN)
    return f"{latin}(?:{cls(_NOT_LETTER_OR_LINE_BREAK)}*+{latin})*+{cls(_MARK_OR_NUMBER)}*+"


def continuation(cls: Callable[[str], str]) -> str:
    """A gap across lines that continues a passage: a paragraph that opens with an ellipsis continues the
    sentence of the one before (``……. وحضارة``)."""
    space = cls(_SPACE_BUT_LINE_BREAK) + "*+"
    return f"{space}(?:\\n{space})+(?:…|\\.\\.)[….]*+{space}"


def gap_stop(cls: Callable[[str], str]) -> str:
    """What ends a passage inside a gap on one line: a letter of a third script or a line break."""
    return cls(_OTHER_LETTER) + "|[\\r\\v\\f\\x85\\u2028]"


def latin_chunk(cls: Callable[[str], str]) -> str:
    """A whitespace-separated chunk holding a Latin letter: one word of an insertion."""
    return cls(_NOT_SPACE_OR_LATIN) + "*+" + cls(_LATIN) + cls(_NOT_SPACE) + "*+"


def english_sentence(cls: Callable[[str], str]) -> str:
    """Latin words that both follow and precede a sentence end (not an ellipsis): an English sentence."""
    return (
        f"(?<![.…])[.!?؟۔](?![.…]){cls(_NOT_LETTER)}*?{cls(_LATIN)}[^.!?؟۔]*?(?<![.…])[.!?](?![.…])"
        f"(?!{cls(_NOT_SPACE)})"
    )


class Patterns(NamedTuple):
    """The patterns of the passage loop in ``re``: the strict block pattern (its first insertion apart, a
    space and a core tried first at each step), the insertion word's, and those of the gaps between blocks (:mod:`.core`)."""

    block: re.Pattern[str]
    word: re.Pattern[str]
    insertion: re.Pattern[str]
    continuation: re.Pattern[str]
    gap_stop: re.Pattern[str]
    latin_chunk: re.Pattern[str]
    english_sentence: re.Pattern[str]


@functools.cache
def patterns() -> Patterns:
    """:class:`Patterns`, compiled on first use."""
    cls = functools.cache(bmp_class)
    return Patterns(
        *map(re.compile, (block_pattern(cls, first_apart=True, strict=True, space_first=True), insertion_word(cls), insertion_run(cls),
                          continuation(cls), gap_stop(cls), latin_chunk(cls), english_sentence(cls)))
    )


def patterns_for(text: str) -> tuple[str, Patterns] | None:
    """The text to scan and :func:`patterns`, once the process has segmented :data:`AFTER_CHARS`
    characters; ``None`` otherwise, or for a text with a character beyond the BMP that no stand-in
    matches as it does. The text to scan is ``text`` with each character beyond the BMP (an emoji) replaced
    by its :func:`stand_in`: one code point for one, so offsets stay put."""
    global _seen
    if _seen < AFTER_CHARS:
        _seen += len(text)
        if _seen < AFTER_CHARS:
            return None
    if not has_astral(text):
        return text, patterns()
    stand_ins: dict[str, str] = {}
    for char in set(_ASTRAL.findall(text)):
        if (found := stand_in(char)) is None:
            return None
        stand_ins[char] = found
    return _ASTRAL.sub(lambda m: stand_ins[m.group()], text), patterns()


def has_astral(text: str) -> bool:
    """Whether ``text`` holds a character beyond the BMP: UTF-16 (lone surrogates passed) then takes more
    than two bytes a character. A copy at memory speed, several times as fast as a search for one."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


@functools.lru_cache(maxsize=1 << 12)
def stand_in(char: str) -> str | None:
    """A BMP character that every class of the patterns holds exactly when it holds ``char``, if one of
    :data:`_STAND_INS` is."""
    wanted = _memberships(char)
    return next((c for c in _STAND_INS if _memberships(c) == wanted), None)


def _memberships(char: str) -> tuple[bool, ...]:
    """Which classes of the patterns (``regex``'s) hold ``char``."""
    return tuple(regex.fullmatch(cls, char) is not None for cls in CLASSES)
