"""Un-baking: text that was shaped and reordered for a renderer that could not do it itself (PDFs,
old forums, OCR of screenshots) goes back to logical order and base letters."""

from __future__ import annotations

import re
import unicodedata

from ..text.script import MARKS as _MARKS
from ..text.script import PF_MAP as _PF_MAP
from ..text.script import PF_MARKS as _PF_MARKS
from .folds import PF_RE as _PF_RE
from .folds import fold_presentation_forms

__all__ = ["looks_baked", "unbake"]

_FORM_RE = re.compile(r"(INITIAL|MEDIAL|FINAL|ISOLATED) FORM")


def _joining(c: str) -> tuple[bool, bool] | None:
    """For a presentation-form letter: (joins the letter before it, joins the letter after it), in logical order."""
    m = _FORM_RE.search(unicodedata.name(c, ""))
    if m is None or all(ch in _MARKS for ch in _PF_MAP.get(c, "")):
        return None
    form = m.group(1)
    return form in ("MEDIAL", "FINAL"), form in ("INITIAL", "MEDIAL")


_JOINING = {c: j for c in _PF_MAP if (j := _joining(c)) is not None}


def _order_votes(line: str) -> tuple[int, int]:
    """How many joins of presentation forms agree with reading left-to-right, and right-to-left.

    Each pair of neighbouring forms votes for the reading in which the two agree on joining; each
    word edge votes for the reading in which the form there joins nothing outside the word (read
    left-to-right, a word cannot start with a final form: ﺎﻣ is ما reversed).
    """
    logical = visual = 0
    prev = None
    for c in line + " ":
        if c in _MARKS or c in _PF_MARKS:
            continue
        cur = _JOINING.get(c)
        if prev is not None and cur is not None:
            logical += prev[1] == cur[0]
            visual += cur[1] == prev[0]
        elif cur is not None:  # a word starts
            logical += not cur[0]
            visual += not cur[1]
        elif prev is not None:  # a word ended
            logical += not prev[1]
            visual += not prev[0]
        prev = cur
    return logical, visual


def looks_baked(text: str) -> bool:
    """True when ``text`` holds presentation forms stored in visual (reversed) order.

    When the joins cannot tell (words of letters that never join: إذا), a line that starts with
    a full stop or question mark and does not end with one is taken to be reversed.
    """
    if not isinstance(text, str):
        raise TypeError(f"looks_baked() needs a str, not {type(text).__name__}")
    logical, visual = _order_votes(text)
    return visual > logical or (visual == logical > 0 and _plausibility(text) < 0)


_STRONG = {"L": "L", "R": "R", "AL": "R"}
_ENDS = ".!?؟،,:;"


def _base_direction(visual: str) -> str:
    """The paragraph direction a renderer most likely used: a left-to-right paragraph starts (on the
    left) with a left-to-right letter, a right-to-left one ends with a right-to-left letter."""
    strong = [d for c in visual if (d := _STRONG.get(unicodedata.bidirectional(c)))]
    if not strong:
        return "R"
    if strong[0] == "R":
        return "R"
    if strong[-1] == "L":
        return "L"
    return "R" if strong.count("R") >= strong.count("L") else "L"


def _plausibility(line: str) -> int:
    text = line.strip()
    return (text[-1:] in _ENDS) - (text[:1] in _ENDS) if text else 0


def _logical_order(line: str, base_dir: str) -> str:
    """Undo the bidi reordering of one baked line (python-bidi's reordering applied again)."""
    from bidi import get_display

    if base_dir != "auto":
        return str(get_display(line, base_dir=base_dir))
    # Keep the candidates that bake back to exactly this line, then prefer one that ends a
    # sentence rather than starts with its full stop; else the likeliest paragraph direction.
    candidates = [c for d in ("R", "L") if get_display(c := get_display(line, base_dir=d)) == line]
    if candidates:
        return str(max(candidates, key=_plausibility))
    return str(get_display(line, base_dir=_base_direction(line)))


def unbake(text: str, base_dir: str = "auto") -> str:
    """Restore text that was shaped and reordered for display (PDFs, old forums, OCR of screenshots):
    each line holding presentation forms in visual order goes back to logical order (python-bidi),
    and every presentation form becomes its base letters. Other lines come back unchanged.

    ``base_dir`` (``"R"``, ``"L"``) forces the paragraph direction the text was rendered with; by
    default the direction whose rendering reproduces the line is chosen.
    """
    if not isinstance(text, str):
        raise TypeError(f"unbake() needs a str, not {type(text).__name__}")
    if base_dir not in ("auto", "R", "L"):
        raise ValueError(f"unbake() base_dir must be 'auto', 'R' or 'L', not {base_dir!r}")
    if not _PF_RE.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _PF_RE.search(line):
            if looks_baked(line):
                line = _logical_order(line, base_dir)
            lines[i] = fold_presentation_forms(line)
    return "\n".join(lines)
