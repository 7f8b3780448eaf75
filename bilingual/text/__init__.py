"""One definition of each basic notion of text: the Arabic script (:mod:`.script`), the language of an
Arabic-script run (:mod:`.language`), and sentences and clauses (:mod:`.sentences`).

The names are bound on first use, so importing one submodule (the segmenter needs only the script
and the language) does not load the others."""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .language import Language, detect
    from .script import arabic_runs, has_arabic
    from .sentences import clauses, model_inputs, sentences

_HOME = {
    "Language": "language", "detect": "language", "arabic_runs": "script", "has_arabic": "script",
    "clauses": "sentences", "model_inputs": "sentences", "sentences": "sentences",
}

__all__ = ["Language", "arabic_runs", "clauses", "detect", "has_arabic", "model_inputs", "sentences"]


def __getattr__(name: str) -> Any:
    """``Language``, ``detect``...: imported from their submodule when first asked for."""
    try:
        home = _HOME[name]
    except KeyError:
        raise AttributeError(f"module 'bilingual.text' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """This package: ``sentences`` stays the function of that name when the submodule ``sentences``
    is imported (the import system then binds the submodule on its package, under the same name)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "sentences" and isinstance(value, types.ModuleType):
            value = value.sentences
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
