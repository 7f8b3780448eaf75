"""The Unicode Bidirectional Algorithm on one line: reordering, resolved levels and mirroring.

python-bidi (through :mod:`._bidi`, the only module that touches it) resolves the embedding levels;
what its fast path leaves out is added here: rule L1 (separators and trailing whitespace take the
paragraph level), L2 (reversal), L3 (combining marks stay after their base), L4 (mirrored glyphs
from ``bilingual/data/bidi_mirroring.txt``), and emoji sequences kept whole. :func:`reorder` gives
the visual text with its order and levels (for index maps and the conformance tests);
:func:`visual_text` gives the same text faster, from python-bidi's reordering plus probes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from . import _bidi

__all__ = ["RTL", "Reordering", "mirror_pairs", "paragraph_level", "reorder", "sites", "visual_text"]

#: Every character whose bidi class can be R, AL or AN (assigned or not: these blocks default to
#: R/AL), plus the controls that open right-to-left text. A line without any is all level 0 in a
#: left-to-right paragraph, so it needs no reordering. (Bidi classes, not scripts: Hebrew is here.)
RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_BIDI_CLASSES_REMOVED_BY_X9 = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
# Rule L1: whitespace and isolate controls (and characters X9 removed among them) before a separator
# or at the line end take the paragraph level.
_L1_SPACES = frozenset({"WS", "FSI", "LRI", "RLI", "PDI"}) | _BIDI_CLASSES_REMOVED_BY_X9
# Characters rule L3 does not treat as the base of the marks after them: controls and separators,
# which are not drawn (the marks then stay where the algorithm put them).
_NOT_BASES = _BIDI_CLASSES_REMOVED_BY_X9 | {"S", "B", "LRI", "RLI", "FSI", "PDI"}
# Probes for visual_text: the variation selectors VS17-VS256 (bidi class NSM, zero width).
_PROBE_BASE = 0xE0100
_PROBE_PAIRS = 120
_PROBE = re.compile("[\U000e0100-\U000e01ef]")
_PROBE_PAIR = re.compile("[\U000e0100-\U000e01ef]{2}")

paragraph_level = _bidi.paragraph_level


class Reordering(NamedTuple):
    """One line after the bidi algorithm: the visual text and how it maps to the logical one."""

    text: str  # visual order, left to right, with rules L3 (marks after base) and L4 (mirroring)
    order: tuple[int, ...]  # order[v]: logical index of the character at visual position v
    levels: tuple[int, ...]  # resolved embedding level of each logical character, after L1
    base: int  # paragraph embedding level: 0 left-to-right, 1 right-to-left


@lru_cache(maxsize=1)
def mirror_pairs() -> dict[str, str]:
    """Bidi_Mirroring_Glyph from ``bilingual/data/bidi_mirroring.txt`` (Unicode 15.0 BidiMirroring.txt)."""
    table = resources.files("bilingual").joinpath("data/bidi_mirroring.txt").read_text(encoding="utf-8")
    pairs: dict[str, str] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split()
            pairs[chr(int(a, 16))] = chr(int(b, 16))
    return pairs


@lru_cache(maxsize=1)
def _mirrored_re() -> re.Pattern[str]:
    """Any character with a mirror glyph (a ``re`` class: far faster than ``regex`` on a set this size)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(mirror_pairs())) + "]")


@lru_cache(maxsize=1)
def _marks_re() -> Any:
    """A run of nonspacing marks (bidi class NSM)."""
    import regex

    return regex.compile(r"\p{Bidi_Class=NSM}+")


@lru_cache(maxsize=1)
def _not_for_get_display() -> Any:
    """What :func:`visual_text` leaves to :func:`reorder`: characters rule X9 removes, paragraph separators."""
    import regex

    return regex.compile(r"[\p{Bidi_Class=BN}\p{Bidi_Class=B}\u202a-\u202e]")


@lru_cache(maxsize=1)
def _emoji_sequence_re() -> Any:
    """An emoji sequence the algorithm would reverse inside a right-to-left run: an emoji with a
    modifier (👍🏽), joined by ZWJ (👨‍👩‍👧), with tags, or a flag (🇸🇾, two regional indicators);
    reversed, it draws as other glyphs (🇾🇸) and wider."""
    import regex

    return regex.compile(
        r"(?:\p{Extended_Pictographic}\ufe0f?|\p{Regional_Indicator})"
        r"[\p{Emoji_Modifier}\u200d\U000e0020-\U000e007f\p{Regional_Indicator}]"
    )


def _keep_emoji_sequences(order: list[int], line: str) -> list[int]:
    """Put each emoji sequence reversed by a right-to-left run back in logical order (as L3 does for marks)."""
    import regex

    cluster = [-1] * len(line)
    for k, m in enumerate(regex.finditer(r"\X", line)):
        if m.end() - m.start() > 1 and _emoji_sequence_re().search(m.group()):
            cluster[m.start() : m.end()] = [k] * (m.end() - m.start())
    out: list[int] = []
    n = len(order)
    v = 0
    while v < n:
        w = v + 1
        if cluster[order[v]] >= 0:
            while w < n and cluster[order[w]] == cluster[order[v]]:
                w += 1
        out.extend(sorted(order[v:w]))
        v = w
    return out


def sites(line: str) -> list[tuple[int, int]]:
    """What rules L3 and L4 act on, as ``(start, end)``: a character with its marks, or a mirrored character."""
    marks = [
        (m.start() - 1, m.end())
        for m in _marks_re().finditer(line)
        if m.start() and unicodedata.bidirectional(line[m.start() - 1]) not in _NOT_BASES
    ]
    mirrored = [(m.start(), m.end()) for m in _mirrored_re().finditer(line)]
    if not mirrored:
        return marks
    bases = {start for start, _ in marks}
    return sorted(marks + [site for site in mirrored if site[0] not in bases])


def _rule_l1(levels: list[int], classes: Sequence[str], para: int) -> list[int]:
    """Separators, and the whitespace before them or at the line end, take the paragraph level.

    Characters removed by rule X9 count as whitespace here (UAX #9, section 5.2).
    """
    trailing = True
    for i in range(len(levels) - 1, -1, -1):
        cls = classes[i]
        if cls == "S" or cls == "B":
            levels[i] = para
            trailing = True
        elif trailing and cls in _L1_SPACES:
            levels[i] = para
        else:
            trailing = False
    return levels


def _rule_l2(levels: Sequence[int]) -> list[int]:
    """Visual order: from the highest level down to the lowest odd one, reverse every run at or above it."""
    n = len(levels)
    order = list(range(n))
    high = max(levels, default=0)
    if high == 0:
        return order
    seen = list(levels)
    for level in range(high, (min(levels) | 1) - 1, -1):
        i = 0
        while i < n:
            if seen[i] < level:
                i += 1
                continue
            j = i + 1
            while j < n and seen[j] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            seen[i:j] = seen[i:j][::-1]
            i = j
    return order


def _rule_l3(order: list[int], levels: Sequence[int], classes: Sequence[str]) -> list[int]:
    """Put combining marks back after their base where a right-to-left run reversed them before it."""
    out: list[int] = []
    n = len(order)
    v = 0
    while v < n:
        i = order[v]
        if classes[i] != "NSM" or not levels[i] & 1:
            out.append(i)
            v += 1
            continue
        w = v + 1  # marks of one base sit in descending logical order, at one level
        while w < n and classes[order[w]] == "NSM" and order[w] == order[w - 1] - 1 and levels[order[w]] == levels[i]:
            w += 1
        if w < n and order[w] == order[w - 1] - 1 and levels[order[w]] == levels[i] and classes[order[w]] not in _NOT_BASES:
            out.append(order[w])
            out.extend(reversed(order[v:w]))
            v = w + 1
        else:
            out.extend(order[v:w])
            v = w
    return out


def reorder(line: str, base: int | None = None, *, marks_after_base: bool = True) -> Reordering:
    """Run the bidi algorithm on one line: levels from python-bidi, then rules L1-L4.

    ``base`` forces the paragraph level (0 or 1; ``None``: rules P2-P3). ``marks_after_base=False``
    leaves out rule L3, as the Unicode conformance files do.
    """
    if not isinstance(line, str):
        raise TypeError(f"reorder() needs a str, not {type(line).__name__}")
    if base not in (None, 0, 1) or isinstance(base, bool):
        raise ValueError(f"reorder() base must be 0 (left to right), 1 (right to left) or None (from the text), not {base!r}")
    if not line:
        return Reordering("", (), (), base or 0)
    levels, classes = _bidi.levels_and_classes(line, base)
    para = _bidi.paragraph_level(line) if base is None else base
    levels = _rule_l1(levels, classes, para)
    order = _rule_l2(levels)
    if marks_after_base and "NSM" in classes:
        order = _rule_l3(order, levels, classes)
    if marks_after_base and _emoji_sequence_re().search(line):
        order = _keep_emoji_sequences(order, line)
    mirrors = mirror_pairs()
    text = "".join(mirrors.get(line[i], line[i]) if levels[i] & 1 else line[i] for i in order)
    return Reordering(text, tuple(order), tuple(levels), para)


def visual_text(line: str, base: int) -> str:
    """``reorder(line, base).text``, from python-bidi's reordering alone (no level list needed).

    Each mark cluster or mirrored character is followed by two probes (unique nonspacing marks,
    which take the level of what precedes them and change no other level): their order in the
    output tells whether the site was reversed, so its marks go back after their base (L3) and a
    mirrored character takes its mirror glyph (L4). Lines the probes cannot serve go through
    :func:`reorder`, and so do lines with characters rule X9 removes (ZWJ, ZWNJ, soft hyphen...:
    python-bidi places them at line ends unlike section 5.2 of UAX #9) or with a paragraph
    separator (python-bidi would start a new paragraph), and so do lines with emoji sequences.
    """
    if _not_for_get_display().search(line) or _emoji_sequence_re().search(line):
        return reorder(line, base).text
    found = sites(line)
    if not found:
        return _bidi.visual(line, base)
    if len(found) > _PROBE_PAIRS or _PROBE.search(line):
        return reorder(line, base).text
    pieces: list[str] = []
    pos = 0
    for n, (start, end) in enumerate(found):
        pieces += [line[pos:end], chr(_PROBE_BASE + 2 * n), chr(_PROBE_BASE + 2 * n + 1)]
        pos = end
    pieces.append(line[pos:])
    shown = _bidi.visual("".join(pieces), base)
    mirrors = mirror_pairs()
    out: list[str] = []
    last = 0
    for m in _PROBE_PAIR.finditer(shown):
        first, second = (ord(c) - _PROBE_BASE for c in m.group())
        a, b = m.span()
        reversed_site = first == second + 1 and not second & 1
        if not reversed_site and (second != first + 1 or first & 1):
            return reorder(line, base).text
        start, end = found[min(first, second) >> 1]
        site = line[start:end]
        if reversed_site:
            if shown[b : b + len(site)] != site[::-1]:
                return reorder(line, base).text
            out += [shown[last:a], mirrors.get(site[0], site[0]), site[1:]]
            last = b + len(site)
        else:
            if shown[a - len(site) : a] != site:
                return reorder(line, base).text
            out.append(shown[last:a])
            last = b
    out.append(shown[last:])
    return "".join(out)
