"""Rendering: text -> the lines to print for one terminal mode, each with its map back to the text.

Each paragraph (one per line break) is made displayable and wrapped at word boundaries to a width
in cells (:mod:`.wrap`); then, by mode (:mod:`.terminals`):

* ``visual``: shaped in logical order (:mod:`.shape`, one cell per logical letter), then each line
  reordered with the paragraph's direction (:mod:`.bidi`). Wrapping before reordering keeps a long
  Arabic paragraph reading from the top line down.
* ``kitty``: as ``visual``, then each right-to-left word's letters put back in logical order
  (grapheme by grapheme, marks after their letter), since kitty draws each such word right to left.
* ``isolate``: logical order; each Arabic-script run in FSI..PDI, or a right-to-left paragraph's
  lines in RLI..PDI, for terminals that run the algorithm themselves.
* ``off``: logical order, wrapped.

In every mode bidi and terminal controls written by users are shown as markers, so they cannot
reorder or rewrite the output. Every step is linear in the paragraph's length.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from ..text.script import LETTERS, MARKS, PF_MAP, SMALL_LETTERS, TATWEEL, ZWNJ, arabic_runs, char_class
from .bidi import RTL, paragraph_level, reorder, visual_text
from .shape import PAD, PRESENTATION, shape_aligned, shaped_source
from .terminals import MODES, resolve_mode
from .wrap import PARA_BREAK, displayable, wrap

__all__ = ["FSI", "PDI", "RLI", "Line", "render"]

FSI, RLI, PDI = "\u2068", "\u2067", "\u2069"

# A right-to-left word as kitty sees it: Arabic letters (shaped or not), marks, tatweel, joiners and
# the lam-alef padding; and one grapheme of it (a character with the marks after it).
_KITTY_WORD = re.compile(char_class(LETTERS | MARKS | SMALL_LETTERS | set(PF_MAP) | {TATWEEL, ZWNJ, "\u200d", PAD}) + "+")
_MARK = char_class(MARKS)
_GRAPHEME = re.compile(f"{_MARK}+|.{_MARK}*", re.DOTALL)


class Line(str):
    """One line of :func:`render`: the ``str`` to print, plus where each of its characters comes from.

    A ``str`` subclass, so lines print, join and compare as text. ``start``/``end`` delimit the
    input characters the line shows; ``rtl`` is true for a reordered line of a right-to-left
    paragraph (which a caller may right-align). :attr:`logical` gives, for each character of the
    line, the offset in the input of the character it shows (``-1`` for isolate controls added by
    ``isolate`` mode); :attr:`visual` is the inverse. Both are computed on first use, so rendering
    for display pays nothing for them.
    """

    start: int
    end: int
    rtl: bool
    _mapper: Callable[[], Iterable[int]]
    _logical: tuple[int, ...] | None
    _visual: dict[int, int] | None

    def __new__(
        cls, text: str = "", start: int = 0, end: int = 0, mapper: Callable[[], Iterable[int]] | None = None,
        rtl: bool = False,
    ) -> Line:
        self = super().__new__(cls, text)
        self.start = start
        self.end = end
        self.rtl = rtl
        self._mapper = mapper if mapper is not None else (lambda: range(start, start + len(text)))
        self._logical = None
        self._visual = None
        return self

    @property
    def logical(self) -> tuple[int, ...]:
        """Visual index -> offset in the input (a lam-alef's padding space maps to its alef)."""
        if self._logical is None:
            self._logical = tuple(self._mapper())
        return self._logical

    @property
    def visual(self) -> dict[int, int]:
        """Offset in the input -> index of the first character of this line that shows it."""
        if self._visual is None:
            visual: dict[int, int] = {}
            for v, offset in enumerate(self.logical):
                if offset >= 0:
                    visual.setdefault(offset, v)
            self._visual = visual
        return self._visual


def render(text: str, width: int | None = None, mode: str = "auto", *, base: int | None = None) -> list[Line]:
    """The visual lines to print for ``text``: one paragraph per line break, each wrapped to ``width`` cells.

    ``mode`` is ``visual`` (reordered and shaped here), ``kitty`` (the same, each right-to-left word's
    letters in logical order), ``isolate`` (logical order, Arabic passages in FSI..PDI), ``off``
    (logical order) or ``auto`` (:func:`bilingual.display.resolve_mode`: ``BILINGUAL_BIDI``, then the
    terminal). ``width=None`` does not wrap. ``base`` forces each paragraph's direction (0: left to
    right, 1: right to left; ``None``: from its first strong letter): a label such as ``12. علي`` in a
    left-to-right listing is 0, so its number stays on the left.
    """
    if base not in (None, 0, 1) or isinstance(base, bool):
        raise ValueError(f"render() base must be 0 (left to right), 1 (right to left) or None (from the text), not {base!r}")
    if not isinstance(text, str):
        raise TypeError(f"render() needs a str, not {type(text).__name__}")
    if width is not None and (not isinstance(width, int) or isinstance(width, bool)):
        raise TypeError(f"render() width must be a number of cells (int) or None, not {type(width).__name__}")
    if mode != "auto" and mode not in MODES:
        raise ValueError(f"render() mode must be one of auto, {', '.join(MODES)}; not {mode!r}")
    mode = resolve_mode(mode)
    if width is not None and width < 1:
        raise ValueError(f"render() width must be at least 1 cell, not {width}")
    lines: list[Line] = []
    pos = 0
    for m in PARA_BREAK.finditer(text):
        lines.extend(_render_paragraph(text[pos : m.start()], pos, width, mode, base))
        pos = m.end()
    lines.extend(_render_paragraph(text[pos:], pos, width, mode, base))
    return lines


def _render_paragraph(para: str, offset: int, width: int | None, mode: str, forced: int | None = None) -> list[Line]:
    """The lines of one paragraph starting at ``offset`` in the rendered text (``forced``: its direction)."""
    disp, origin = displayable(para)

    def to_text(d: int) -> int:
        return offset + (origin[d] if origin is not None else d)

    def bounds(a: int, b: int) -> tuple[int, int]:
        return to_text(a), (to_text(b - 1) + 1 if b > a else to_text(a))

    ranges = wrap(disp, width)
    if mode == "off" or (forced != 1 and not RTL.search(disp)):
        return [Line(disp[a:b], *bounds(a, b), _mapper(to_text, range(a, b))) for a, b in ranges]
    base = paragraph_level(disp) if forced is None else forced
    if mode == "isolate" and base:  # a right-to-left paragraph: each whole line in RLI..PDI
        return [Line(RLI + disp[a:b] + PDI, *bounds(a, b), _mapper(to_text, [-1, *range(a, b), -1])) for a, b in ranges]
    if mode == "isolate":
        return _isolate_passages(disp, ranges, bounds, to_text)
    shaped = disp if PRESENTATION.search(disp) else shape_aligned(disp)
    padded = PAD in shaped
    source = _lazy_source(disp, shaped)
    out = []
    for a, b in ranges:
        seg, seg_source, first, line_text = shaped[a:b], source, a, to_text
        # A long word cut inside a ligature's word: shape the piece alone. A line from the first
        # position to the end, or from a word's start to a word's end, shows only its own letters
        # (each word keeps its length, its padding at its end), so the source map (a second shaping
        # pass, half the time of a long paragraph) is worked out only for a word cut between lines.
        if padded and not _whole_words(disp, a, b) and not _inside(source(), a, b):
            seg = shape_aligned(disp[a:b])
            seg_source, first = _lazy_source(disp[a:b], seg), 0
            line_text = functools.partial(lambda start, d: to_text(start + d), a)
        order: Sequence[int] | None = None
        words: str | None = None  # the reordered text, before kitty's words were put back
        if base == 0 and not RTL.search(seg):
            visual, order = seg, range(b - a)
        else:
            visual = visual_text(seg, base)
            if mode == "kitty":
                words, visual = visual, _KITTY_WORD.sub(_logical_word, visual)
        if padded:
            visual = visual.replace(PAD, " ")
        mapper = _visual_mapper(seg, base, order, words, first, seg_source, line_text)
        out.append(Line(visual, *bounds(a, b), mapper, rtl=bool(base)))
    return out


def _whole_words(disp: str, a: int, b: int) -> bool:
    """Whether line ``a..b`` of ``disp`` starts and ends at a space or the paragraph's ends (no word cut)."""
    return (a == 0 or disp[a - 1].isspace()) and (b >= len(disp) or disp[b].isspace() or disp[b - 1].isspace())


def _inside(source: Sequence[int] | None, a: int, b: int) -> bool:
    """Whether shaped positions ``a..b`` show only logical characters ``a..b`` (a word's lam-alef
    padding ends the word, so a line cut inside such a word would show a letter of the next line)."""
    return source is None or all(a <= source[k] < b for k in range(a, b))


def _logical_word(word: re.Match[str]) -> str:
    """A right-to-left word of a reordered line with its graphemes in reverse: its letters read in
    logical order from left to right (kitty draws the word right to left again)."""
    return "".join(reversed(_GRAPHEME.findall(word.group())))


def _kitty_order(visual: str) -> list[int]:
    """The positions of ``visual`` in the order :func:`_logical_word` puts them."""
    order = list(range(len(visual)))
    for word in _KITTY_WORD.finditer(visual):
        a, b = word.span()
        graphemes = [g.span() for g in _GRAPHEME.finditer(visual, a, b)]
        order[a:b] = [i for s, e in reversed(graphemes) for i in range(s, e)]
    return order


def _mapper(to_text: Callable[[int], int], indices: Iterable[int]) -> Callable[[], list[int]]:
    return lambda: [to_text(d) if d >= 0 else -1 for d in indices]


def _lazy_source(disp: str, shaped: str) -> Callable[[], Sequence[int] | None]:
    """The logical index of each position of ``shaped`` (``None``: the same), worked out once, when asked."""
    cache: list[Sequence[int] | None] = []

    def source() -> Sequence[int] | None:
        if not cache:
            aligned = shaped_source(disp) if shaped != disp and PAD in shaped else None
            cache.append(aligned[1] if aligned is not None and aligned[0] == shaped else None)
        return cache[0]

    return source


def _visual_mapper(
    seg: str, base: int, order: Sequence[int] | None, words: str | None, a: int,
    source: Callable[[], Sequence[int] | None], to_text: Callable[[int], int],
) -> Callable[[], list[int]]:
    """Visual index -> input offset for a reordered line; the order is computed on first use."""

    def mapping() -> list[int]:
        visual_order = order if order is not None else reorder(seg, base).order
        if words is not None:
            visual_order = [visual_order[v] for v in _kitty_order(words)]
        src = source()
        return [to_text(src[a + k] if src is not None else a + k) for k in visual_order]

    return mapping


def _isolate_passages(
    disp: str, ranges: list[tuple[int, int]], bounds: Callable[[int, int], tuple[int, int]], to_text: Callable[[int], int]
) -> list[Line]:
    """Lines of a left-to-right paragraph for a bidi terminal: each Arabic-script run part in FSI..PDI."""
    passages = list(arabic_runs(disp))
    out = []
    k = 0
    for a, b in ranges:
        pieces: list[str] = []
        indices: list[int] = []
        pos = a
        while k < len(passages) and passages[k][1] <= a:
            k += 1
        j = k
        while j < len(passages) and passages[j][0] < b:
            s, e = max(passages[j][0], a), min(passages[j][1], b)
            if s < e:
                pieces += [disp[pos:s], FSI, disp[s:e], PDI]
                indices += [*range(pos, s), -1, *range(s, e), -1]
                pos = e
            j += 1
        pieces.append(disp[pos:b])
        indices += range(pos, b)
        out.append(Line("".join(pieces), *bounds(a, b), _mapper(to_text, indices)))
    return out
