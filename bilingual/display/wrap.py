"""Terminal cells and line breaking: what a paragraph looks like on a terminal, before any reordering.

:func:`display_width` counts cells (``wcwidth``); :func:`displayable` turns a paragraph into text a
terminal can show (controls as markers, tabs as spaces, lone surrogates as U+FFFD) with a map back
to its offsets; :func:`wrap` breaks it into lines of a width. All three run in time linear in the
text: a line of 32,000 tabs is measured once, not once per tab.
"""

from __future__ import annotations

import re
from functools import lru_cache

import wcwidth

from ..safe import FLAG_SEQUENCE, MARKED, visible_controls

__all__ = ["PARA_BREAK", "TAB", "display_width", "displayable", "wrap"]

#: Paragraphs end at line breaks; the other paragraph-separator controls (\v, \f, \x1c-\x1e, \x85)
#: are terminal controls that visible_controls turns into markers.
PARA_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
#: Tab stops every this many cells, counted from the start of the paragraph.
TAB = 8
# Break opportunities for wrapping: space separators, except the no-break ones.
_WORD = re.compile("[^ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# What displayable changes: tabs, lone surrogates and what visible_controls marks (a flag's emoji
# sequence first: its tag characters are kept).
_SPECIAL = re.compile(f"\t|[\ud800-\udfff]|{FLAG_SEQUENCE}|{MARKED.pattern}")


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes (``wcwidth``): East Asian wide and emoji 2, combining marks 0.

    Control characters count 0; :func:`bilingual.display.render` shows them as markers before measuring.
    """
    try:
        if text.isascii() and text.isprintable():
            return len(text)
    except AttributeError:  # checked only on failure: this runs once per word laid out
        raise TypeError(f"display_width() needs a str, not {type(text).__name__}") from None
    if max(text) < "\u0900" and not _CONTROL.search(text):  # Latin ... Arabic: one cell a character, marks none
        return len(text) - len(_zero_width_below_0900().findall(text))
    cells = wcwidth.wcswidth(text)
    return cells if cells >= 0 else int(wcwidth.width(text, control_codes="ignore"))


@lru_cache(maxsize=1)
def _zero_width_below_0900() -> re.Pattern[str]:
    """The characters below U+0900 that take no cell (``wcwidth`` 0 or control), as a ``re`` class.

    Below U+0900 no grapheme cluster is wider than its characters, so counting them is exact.
    """
    zero = (chr(c) for c in range(0x900) if wcwidth.wcwidth(chr(c)) <= 0)
    return re.compile("[" + "".join(map(re.escape, zero)) + "]")


def displayable(para: str) -> tuple[str, list[int] | None]:
    """``para`` as it can be shown: controls as markers, tabs as spaces, lone surrogates as U+FFFD.

    Returns the text and, when it differs, the offset in ``para`` of each of its characters plus
    one past the end (``None``: the same text). Each tab reaches the next tab stop; the column is
    carried from piece to piece, so the paragraph is measured once.
    """
    if _SPECIAL.search(para) is None:
        return para, None
    out: list[str] = []
    origin: list[int] = []
    column = 0
    pos = 0
    for m in _SPECIAL.finditer(para):
        i = m.start()
        if i > pos:
            plain = para[pos:i]
            out.append(plain)
            origin.extend(range(pos, i))
            column += display_width(plain)
        ch = m.group()
        if ch == "\t":
            piece = " " * (TAB - column % TAB)
        elif "\ud800" <= ch <= "\udfff":
            piece = "\ufffd"
        else:
            piece = visible_controls(ch)
        out.append(piece)
        if len(ch) > 1:  # a flag's emoji sequence, kept as it is
            origin.extend(range(i, m.end()))
        else:
            origin.extend([i] * len(piece))
        column += display_width(piece)
        pos = m.end()
    out.append(para[pos:])
    origin.extend(range(pos, len(para) + 1))
    return "".join(out), origin


def wrap(s: str, width: int | None) -> list[tuple[int, int]]:
    """Lines of ``s`` as ``(start, end)``: broken at spaces to fit ``width`` cells, words cut only when longer.

    The paragraph's indentation stays on its first line; the spaces at a break belong to no line.
    """
    n = len(s)
    if width is None or (n <= width and (n == 0 or max(s) < "\u1100")) or display_width(s) <= width:
        return [(0, n)]
    lines: list[tuple[int, int]] = []
    start = -1
    col = 0
    prev = 0
    for m in _WORD.finditer(s):
        a, b = m.span()
        w = display_width(m.group())
        if start < 0:
            indent = display_width(s[:a])
            if indent + w <= width:
                start, col, prev = 0, indent + w, b
                continue
            start = a
        else:
            gap = display_width(s[prev:a])
            if col + gap + w <= width:
                col += gap + w
                prev = b
                continue
            lines.append((start, prev))
            start = a
        col, prev = w, b
        if w <= width:
            continue
        col, pos = 0, a  # the word alone is wider than a line: cut it between graphemes
        for cluster in wcwidth.iter_graphemes(s, a, b):
            # A cluster wider than a line (a lone emoji modifier after a letter: 'a🏻' is 3 cells) is cut
            # between its characters.
            for g in (cluster,) if len(cluster) == 1 or display_width(cluster) <= width else cluster:
                gw = display_width(g)
                if col + gw > width and pos > start:
                    lines.append((start, pos))
                    start, col = pos, 0
                col += gw
                pos += len(g)
    if start < 0:
        return [(0, 0)]
    lines.append((start, prev))
    return lines
