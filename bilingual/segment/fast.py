"""The segmenter's block pattern in stdlib ``re``, for texts with no character beyond the BMP.

``re`` tests a character against a 64 K bitmap about four times as fast as ``regex`` tests a Unicode
property, and the block pattern walks every character of the Arabic text. Each class is read off
``regex`` itself over the whole BMP (lone surrogates included), so the two patterns match alike.
``re`` keeps only the last capture of a group, so the first Latin insertion of a block is captured
apart, and those between the first and the last are found again with the insertion word's pattern. Building the classes and compiling costs 30-50 ms, paid once
per process and only after enough text (:data:`AFTER_CHARS`), so a command on one small file never pays it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

AFTER_CHARS = 1 << 19
"""Characters a process segments (this text included) before it compiles the ``re`` patterns: about
where the time they save, some 60 ns a character, pays for compiling them."""
_seen = 0

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def bmp_class(regex_class: str) -> str:
    """The ``re`` class matching exactly the BMP characters that ``regex_class`` (a ``regex`` class) matches."""
    parts = []
    for m in regex.finditer(f"{regex_class}+", "".join(map(chr, range(0x10000)))):
        first, last = m.start(), m.end() - 1
        parts.append(f"\\u{first:04x}" if first == last else f"\\u{first:04x}-\\u{last:04x}")
    return "[" + "".join(parts) + "]"


def same(regex_class: str) -> str:
    """``regex_class`` as it is: the classes of the ``regex`` pattern."""
    return regex_class


def block_pattern(cls: Callable[[str], str], first_apart: bool = False) -> str:
    """The block pattern (see :mod:`.core`) with each ``regex`` class written as ``cls`` gives it: the
    identity for ``regex``, :func:`bmp_class` for ``re``.

    ``first_apart``: ``core (?:GAP|WORD)*+`` written ``core GAP*+ (?:WORD (?:GAP|WORD)*+)?`` with the first
    insertion captured as ``first`` (group 1; ``ins``, group 2, is then the last of two or more): the same
    matches, as the loop tries the gap first at every step either way, and the insertions of a block with
    one Latin word (most) are known without a search."""
    core = cls(r"[\p{scx=Arab}]") + cls(r"[\p{scx=Arab}\p{M}\u200c\u200d]") + "*+"
    same_line_gap = cls(r"[^\p{L}\p{scx=Arab}\n\r\v\f\x85\u2028\u2029.!?]") + "*+"
    gap = cls(r"[^\p{L}\p{scx=Arab}]") + "++" + core
    word = insertion_word(cls)
    inserted = f"{same_line_gap}(?P<ins>{word}){same_line_gap}{core}"
    if not first_apart:
        return f"{core}(?:{gap}|{inserted})*+"
    first = f"{same_line_gap}(?P<first>{word}){same_line_gap}{core}"
    return f"{core}(?:{gap})*+(?:{first}(?:{gap}|{inserted})*+)?"


def insertion_word(cls: Callable[[str], str]) -> str:
    """One Latin word inside a block, with the marks and digits attached to it."""
    return cls(r"[\p{Latin}]") + cls(r"[\p{Latin}\p{M}]") + "*+" + cls(r"[\p{M}\p{N}]") + "*+"


@functools.cache
def patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The block pattern (its first insertion apart) and the insertion word's, in ``re``, compiled on first use."""
    return re.compile(block_pattern(bmp_class, first_apart=True)), re.compile(insertion_word(bmp_class))


def patterns_for(text: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """:func:`patterns`, for a text they see as ``regex`` does (no character beyond the BMP), once the
    process has segmented :data:`AFTER_CHARS` characters; ``None`` otherwise."""
    global _seen
    if _seen < AFTER_CHARS:
        _seen += len(text)
        if _seen < AFTER_CHARS:
            return None
    return patterns() if _ASTRAL.search(text) is None else None
