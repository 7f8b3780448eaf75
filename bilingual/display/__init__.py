"""Arabic that reads right in a terminal: wrap first, then reorder each line, then shape.

Most terminals draw characters left to right in the order they arrive, unjoined; some reorder by
themselves, and kitty reverses each right-to-left word. :func:`render` lays text out for the mode a
terminal needs (:func:`resolve_mode`, :mod:`.terminals`) and returns :class:`Line` objects: ``str``
subclasses (they print and compare as the visual text) that also carry the map between their
characters and offsets in the input. :func:`reorder` is the bidi algorithm on one line with its
levels and order, for the index maps and the conformance tests.

The package, by job: :mod:`._bidi` (the only module that touches python-bidi), :mod:`.bidi`
(reordering, levels, mirroring), :mod:`.shape` (arabic-reshaper, lam-alef padding), :mod:`.wrap`
(cells, tabs, line breaking), :mod:`.render` (:func:`render`, :class:`Line`) and
:mod:`.terminals` (terminal detection, modes, VTE's own bidi switched off around reordered output).
"""

from __future__ import annotations

from ._bidi import BidiEngineError
from .bidi import Reordering, mirror_pairs, reorder
from .render import FSI, PDI, RLI, Line, render
from .shape import shape
from .terminals import MODES, TERMINALS, output_mode, own_bidi_off, resolve_mode, terminal_mode, terminal_width
from .wrap import display_width

__all__ = [
    "FSI", "MODES", "PDI", "RLI", "TERMINALS", "BidiEngineError", "Line", "Reordering", "display_width",
    "mirror_pairs", "output_mode", "own_bidi_off", "render", "reorder", "resolve_mode", "shape", "terminal_mode",
    "terminal_width",
]
