"""Offline Arabic->English translation on CTranslate2 + SentencePiece (Argos Translate packages,
OPUS-MT conversions), with sentence spans, n-best scores, a persistent cache and output flags.

``translate`` and the model helpers load lazily, so ``import bilingual.mt`` (and
the model registry) stays cheap; ctranslate2 and sentencepiece load on first translation.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Hypothesis", "Translation", "default_model", "load_model", "translate"]

_LAZY: dict[str, tuple[str, str]] = {
    "translate": ("bilingual.mt.pipeline", "translate"),
    "Translation": ("bilingual.mt.pipeline", "Translation"),
    "Hypothesis": ("bilingual.mt.engine", "Hypothesis"),
    "load_model": ("bilingual.mt.models", "load_model"),
    "default_model": ("bilingual.mt.models", "default_model"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'bilingual.mt' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), attr)


def __dir__() -> list[str]:
    return sorted(__all__)
