"""Find the Arabic passages, Arabizi and romanized Persian inside English text, with exact
character offsets (:mod:`.core`). The package stays light (``bilingual`` binds :func:`segment` at
import); the segmenter loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..spans import Span
    from .core import arabic_passages, list_lines, load_arabizi_words, passages, script_language

__all__ = ["arabic_passages", "list_lines", "load_arabizi_words", "passages", "script_language", "segment"]


def segment(text: str) -> list[Span]:
    """Cut ``text`` into spans that tile it: ``arabic`` passages (with their language), ``arabizi``
    runs (``ar-Latn`` Arabizi, ``fa-Latn`` Finglish), ``latin`` and ``other``."""
    if not isinstance(text, str):
        raise TypeError(f"segment() needs a str, not {type(text).__name__}")
    from .core import segment as _segment

    return _segment(text)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'bilingual.segment' has no attribute {name!r}")
    value = getattr(importlib.import_module(".core", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
