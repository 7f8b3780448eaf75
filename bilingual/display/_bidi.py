"""The one adapter to python-bidi: nothing else in bilingual imports it.

Only python-bidi's public API is used: ``get_display(text, base_dir=..., debug=...)`` and
``get_base_level(text)``. The resolved levels and bidi classes that :mod:`.bidi` needs come from
``get_display(..., debug=True)``, documented as returning "the Unicode levels as seen by the
algorithm": since python-bidi 0.5 (the Rust ``unicode-bidi`` engine) that is the engine's
``BidiInfo`` in Rust's ``{:#?}`` form, listing a class and a level per UTF-8 byte. That form is not
a promise, so it is checked: the version at import (the pure-Python engine of python-bidi < 0.5
prints its debug output to stderr instead), and every parse against the text's length. A release
that changes the form raises :class:`BidiEngineError` saying what to install, never a wrong order.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from itertools import accumulate

import bidi
from bidi import get_base_level, get_display

__all__ = ["BidiEngineError", "ENGINE_VERSION", "levels_and_classes", "paragraph_level", "visual"]

#: The first python-bidi with the Rust engine, whose debug output :func:`levels_and_classes` reads.
MIN_VERSION = (0, 5, 0)


class BidiEngineError(RuntimeError):
    """python-bidi is too old, or its debug output has a form this adapter does not know."""


def _installed_version() -> tuple[int, ...]:
    """python-bidi's version: its ``VERSION_TUPLE``, else the installed distribution's metadata."""
    tuple_version = getattr(bidi, "VERSION_TUPLE", None)
    if isinstance(tuple_version, tuple):
        return tuple(int(x) for x in tuple_version[:3])
    try:
        text = version("python-bidi")
    except PackageNotFoundError:
        return (0,)
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


#: python-bidi's version, as a tuple.
ENGINE_VERSION = _installed_version()
if ENGINE_VERSION < MIN_VERSION:
    raise BidiEngineError(
        f"python-bidi {'.'.join(map(str, ENGINE_VERSION))} is installed; bilingual needs python-bidi >= 0.5 "
        "(its Rust engine): pip install 'python-bidi>=0.6'"
    )

# Where the classes and levels lists are in the debug form; the text field comes first with its
# newlines and quotes escaped, so these markers cannot occur inside it.
_CLASSES_OPEN = "\n    original_classes: [\n"
_LEVELS_OPEN = "\n    ],\n    levels: [\n"
_LEVELS_CLOSE = "\n    ],\n    paragraphs: ["
_LEVEL_NOISE = str.maketrans("", "", "Level()\n ")  # "Level(\n  2,\n )," -> "2,,"
_CLASSES = frozenset(
    "L R AL EN ES ET AN CS NSM BN B S WS ON LRE LRO RLE RLO PDF LRI RLI FSI PDI".split()
)


def _unknown_form(what: str) -> BidiEngineError:
    return BidiEngineError(
        f"python-bidi {'.'.join(map(str, ENGINE_VERSION))}: its debug output ({what}) is not in the form "
        "bilingual reads (python-bidi 0.5 to 0.6); install python-bidi 0.6: pip install 'python-bidi>=0.6,<0.7'"
    )


def visual(text: str, base: int) -> str:
    """``text`` in visual order by python-bidi, paragraph level ``base`` (0 left-to-right, 1 right-to-left)."""
    out = get_display(text, base_dir="R" if base else "L")
    assert isinstance(out, str)
    return out


def paragraph_level(text: str) -> int:
    """The paragraph level of ``text`` by rules P2-P3: 1 when its first strong character is right-to-left.

    0 for empty text (python-bidi refuses it).
    """
    return get_base_level(text) if text else 0


def levels_and_classes(text: str, base: int | None) -> tuple[list[int], list[str]]:
    """Embedding levels (before rule L1) and bidi classes of each character of ``text``.

    ``base`` forces the paragraph level (``None``: rules P2-P3). The debug form lists them per
    UTF-8 byte; each character's are those of its first byte. Raises :class:`BidiEngineError`
    when the form is not the one known (a new python-bidi).
    """
    info = get_display(text, base_dir=None if base is None else "LR"[base], debug=True)
    if not isinstance(info, str):
        raise _unknown_form("not a string")
    c0 = info.find(_CLASSES_OPEN)
    c1 = info.find(_LEVELS_OPEN, c0 + 1)
    l1 = info.find(_LEVELS_CLOSE, c1 + 1)
    if min(c0, c1, l1) < 0:
        raise _unknown_form("no classes or levels list")
    classes = info[c0 + len(_CLASSES_OPEN) : c1].replace(",", " ").split()
    raw = info[c1 + len(_LEVELS_OPEN) : l1].translate(_LEVEL_NOISE).split(",,")
    size = len(text.encode("utf-8", "surrogatepass"))
    if raw and raw[-1] == "":
        raw.pop()
    if len(classes) != size or len(raw) != size:
        raise _unknown_form(f"{len(classes)} classes and {len(raw)} levels for {size} bytes")
    try:
        levels = [int(x) for x in raw]
    except ValueError:
        raise _unknown_form("a level that is not a number") from None
    if not _CLASSES.issuperset(classes):
        raise _unknown_form(f"unknown classes {sorted(set(classes) - _CLASSES)}")
    if text.isascii():
        return levels, classes
    starts = list(accumulate((len(c.encode("utf-8", "surrogatepass")) for c in text[:-1]), initial=0))
    return [levels[b] for b in starts], [classes[b] for b in starts]
