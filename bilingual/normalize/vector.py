"""The vector path: long texts folded with numpy, one look-up per character.

The text becomes an array of code units (UTF-16 when it has no character past U+FFFF, else
UTF-32, so an index is always a position in the ``str``); one table look-up gives what each
character becomes: itself, its fold (one character), a deletion, or a sentinel saying the line
needs the general path (a control, a presentation form, a mark to compose...) or a language check
(a letter of Persian, Urdu, Kurdish or Pashto). The folded text is the array without its deleted
characters, decoded; runs of three equal letters (the repetition fold) come from comparing the
array with itself shifted by one. The engine (:mod:`.engine`) decides which lines take the general
path and assembles the text, as it does for the charmap path; both give the same text (a test).

Used for long texts only (:data:`VECTOR_MIN`), and only when numpy is already loaded or the text is
long enough to pay for loading it (:func:`worth`): a numpy call costs microseconds whatever its
size, and importing numpy about 0.1 s.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any

from ..text.script import ALEF_MAKSURA, LETTERS, YEH

__all__ = ["VECTOR_MIN", "VectorTable", "worth"]

#: Texts from this many characters on take the vector path when numpy is loaded (below it, the
#: fixed cost of a dozen numpy calls outweighs what they save over the charmap path).
VECTOR_MIN = 8_192
#: ... and from this many on even when it is not: loading numpy costs about 0.1 s of CPU, what the
#: vector path saves over the charmap path on 30-40 million characters (2.4-3.3 ns a character,
#: measured on FLORES and Tatoeba + TICO-19, docs/BENCHMARKS.md "Normalization").
VECTOR_IMPORT_MIN = 32_000_000

# Sentinels: noncharacters, so never a fold's result (input U+FDD0..U+FDEF takes the general path,
# which puts them back as they were).
DEL, COMPLEX, MAYBE, WIDE = 0xFDD0, 0xFDD1, 0xFDD2, 0xFDD3


def worth(n: int) -> bool:
    """Whether a text of ``n`` characters should take the vector path."""
    return n >= VECTOR_MIN and ("numpy" in sys.modules or n >= VECTOR_IMPORT_MIN)


class VectorTable:
    """The look-up table of one setting of the folds.

    ``plain``: character -> what it becomes ('' when deleted), for the characters folded one at a
    time without context; ``needs``: characters whose line needs the general path; ``maybe``:
    characters whose line needs it unless its runs are Arabic; ``inside``: the ``maksura=inside``
    fold is on (ى and ي count as one letter when looking for runs). Every other character stays.
    """

    def __init__(self, plain: Mapping[str, str], needs: Iterable[str], maybe: Iterable[str], inside: bool) -> None:
        import numpy as np

        self.np = np
        lut = np.arange(0x10000, dtype=np.uint16)
        for c, r in plain.items():
            lut[ord(c)] = ord(r) if r else DEL
        self.astral: dict[int, int] = {}  # characters past U+FFFF that are not kept as they are
        for chars, kind in ((maybe, MAYBE), (needs, COMPLEX)):
            for c in chars:
                if ord(c) > 0xFFFF:
                    self.astral[ord(c)] = kind
                else:
                    lut[ord(c)] = kind
        lut[DEL:0xFDF0] = COMPLEX
        lut[0xD800:0xE000] = WIDE  # surrogates: only in UTF-32 arrays (lone surrogates of the str)
        lut[0xFFFF] = WIDE  # where UTF-32 arrays put every character past U+FFFF
        self.lut = lut
        letter = np.zeros(0x10000, dtype=bool)
        letter[[ord(c) for c in LETTERS if ord(c) <= 0xFFFF]] = True
        self.letter = letter
        self.inside = inside

    def look_up(self, text: str) -> tuple[Any, Any, bool]:
        """The code units of ``text``, what each becomes (sentinels included) and whether the
        arrays are UTF-32 (``wide``): both as long as the ``str``."""
        np = self.np
        raw: bytes | None
        try:
            raw = text.encode("utf-16-le")
        except UnicodeEncodeError:  # a lone surrogate
            raw = None
        if raw is not None and len(raw) == 2 * len(text):
            units = np.frombuffer(raw, dtype=np.uint16)
            return units, self.lut.take(units, mode="wrap"), False  # "wrap": no bounds checks, twice as fast
        units = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return units, self.lut.take(np.minimum(units, 0xFFFF), mode="wrap"), True

    def specials(self, units: Any, res: Any, wide: bool) -> tuple[Any, list[int], list[int]]:
        """Resolve the sentinels but DEL: characters kept as they are go back into ``res`` (which
        becomes UTF-32 when ``wide``); the positions needing the general path and those needing a
        language check are returned."""
        np = self.np
        found = np.flatnonzero((res - np.uint16(COMPLEX)) <= np.uint16(WIDE - COMPLEX))
        if wide:
            res = res.astype(np.uint32)
        if not found.size:
            return res, [], []
        kinds = res[found]
        back = found[kinds == WIDE]
        complex_ = found[kinds == COMPLEX]
        maybe = found[kinds == MAYBE]
        if back.size:
            res[back] = units[back]
            if self.astral:
                astral = back[np.isin(units[back], list(self.astral))]
                for pos in astral.tolist():
                    if self.astral[int(units[pos])] == COMPLEX:
                        complex_ = np.append(complex_, pos)
                    else:
                        maybe = np.append(maybe, pos)
                complex_.sort()
                maybe.sort()
        if maybe.size:
            res[maybe] = units[maybe]
        return res, complex_.tolist(), maybe.tolist()

    def lines(self, text: str, units: Any, *positions: list[int]) -> list[list[tuple[int, int]]]:
        """For each list of ``positions`` (sorted), the distinct lines ``(start, end)`` holding them:
        found with ``str.find`` when there are few, else from the array's line breaks (one pass)."""
        if sum(map(len, positions)) <= 4096:
            return [_lines_of(text, at) for at in positions]
        np = self.np
        breaks = np.flatnonzero(units == 10)
        out: list[list[tuple[int, int]]] = []
        for at in positions:
            k = np.unique(np.searchsorted(breaks, at))
            starts = np.concatenate(([-1], breaks))[k] + 1
            ends = np.concatenate((breaks, [len(units)]))[k]
            out.append(list(zip(starts.tolist(), ends.tolist())))
        return out

    def plain(self, res: Any, a: int, b: int, wide: bool, track: bool,
              runs: bool) -> tuple[str, tuple[list[int], list[int]] | None, list[tuple[int, int]]]:
        """Characters ``[a, b)`` folded: the text, where characters were deleted (original starts
        and ends, when ``track``) and, when ``runs``, stretches of the text that hold every run of
        three or more of one letter (before the ``maksura=inside`` fold, which the engine applies)."""
        np = self.np
        seg = res[a:b]
        keep = seg != DEL
        out = seg[keep]
        text = str(out.data, "utf-32-le", "surrogatepass") if wide else str(out.data, "utf-16-le")
        deleted = None
        if track:
            at = np.flatnonzero(~keep) + a
            deleted = (at.tolist(), (at + 1).tolist())
        found: list[tuple[int, int]] = []
        if runs and out.size >= 3:
            if self.inside:
                out = out.copy()
                out[out == ord(ALEF_MAKSURA)] = ord(YEH)
            same = out[1:] == out[:-1]
            three = np.flatnonzero(same[1:] & same[:-1])
            if three.size:
                values = out[three]
                letter = self.letter[np.minimum(values, 0xFFFF)]
                if wide:
                    for i in np.flatnonzero(values > 0xFFFF).tolist():
                        letter[i] = chr(int(values[i])) in LETTERS
                starts = three[letter].tolist()
                for i in starts:
                    if found and found[-1][1] >= i + 2:
                        found[-1] = (found[-1][0], i + 3)
                    else:
                        found.append((i, i + 3))
        return text, deleted, found


def _lines_of(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The distinct lines ``(start, end)`` holding ``positions`` (sorted)."""
    out: list[tuple[int, int]] = []
    end = -1
    for p in positions:
        if p <= end:
            continue
        end = text.find("\n", p)
        if end < 0:
            end = len(text)
        out.append((text.rfind("\n", 0, p) + 1, end))
    return out
