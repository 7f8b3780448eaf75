"""bilingual: find, normalize, display, translate and compare the Arabic inside English comment threads.

The public API, as plain functions and classes::

    from bilingual import read, iter_threads, run, Settings, load_machine, build_report
    from bilingual import normalize, segment, transliterate, translate, find_pairs, align

:func:`run` is the one pipeline (read -> segment -> normalize -> translate -> pair -> align); its
:class:`Result` holds a :class:`Doc` per comment text with every layer (``docs/ARCHITECTURE.md``),
pickles whole, and is what :func:`build_report` makes a report of; :func:`load_machine` loads the
model once (a :class:`Machine`) for ``run(..., machine=...)`` over many threads.
The stage functions are the same ones the pipeline calls. Everything heavy is imported on first
use, so ``import bilingual`` and the command line start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The stage packages named like their function stay light, so the functions are bound here at
# import: ``bilingual.normalize`` is the function, ``bilingual.normalize.Normalized`` etc. come
# from the package (``from bilingual.normalize import Normalized``).
from .align import align
from .normalize import normalize
from .segment import segment

if TYPE_CHECKING:
    from .doc import Doc, MachineSentence, ModelInfo, PassageLayers
    from .errors import BilingualError, InputError, ModelError, ModelMissingError
    from .mt.pipeline import translate
    from .normalize import Normalized
    from .pairing import Pair, find_pairs
    from .pipeline import Machine, Result, Settings, load_machine, run
    from .report import build as build_report
    from .spans import Location, Passage, Span
    from .threads import iter_threads, read
    from .threads.model import Comment, Thread
    from .translit import Transliteration, transliterate

_LAZY: dict[str, tuple[str, str]] = {
    "read": ("bilingual.threads", "read"),
    "iter_threads": ("bilingual.threads", "iter_threads"),
    "Thread": ("bilingual.threads.model", "Thread"),
    "Comment": ("bilingual.threads.model", "Comment"),
    "run": ("bilingual.pipeline", "run"),
    "Settings": ("bilingual.pipeline", "Settings"),
    "Result": ("bilingual.pipeline", "Result"),
    "load_machine": ("bilingual.pipeline", "load_machine"),
    "Machine": ("bilingual.pipeline", "Machine"),
    "Doc": ("bilingual.doc", "Doc"),
    "PassageLayers": ("bilingual.doc", "PassageLayers"),
    "MachineSentence": ("bilingual.doc", "MachineSentence"),
    "ModelInfo": ("bilingual.doc", "ModelInfo"),
    "Span": ("bilingual.spans", "Span"),
    "Location": ("bilingual.spans", "Location"),
    "Passage": ("bilingual.spans", "Passage"),
    "Normalized": ("bilingual.normalize", "Normalized"),
    "transliterate": ("bilingual.translit", "transliterate"),
    "Transliteration": ("bilingual.translit", "Transliteration"),
    "translate": ("bilingual.mt.pipeline", "translate"),
    "find_pairs": ("bilingual.pairing", "find_pairs"),
    "Pair": ("bilingual.pairing", "Pair"),
    "build_report": ("bilingual.report", "build"),
    "BilingualError": ("bilingual.errors", "BilingualError"),
    "InputError": ("bilingual.errors", "InputError"),
    "ModelError": ("bilingual.errors", "ModelError"),
    "ModelMissingError": ("bilingual.errors", "ModelMissingError"),
}

__all__ = [
    "__version__", "align", "normalize", "segment",
    "read", "iter_threads", "Thread", "Comment", "run", "Settings", "Result", "load_machine", "Machine", "Doc",
    "PassageLayers", "MachineSentence", "ModelInfo", "Span", "Location", "Passage", "Normalized",
    "transliterate", "Transliteration", "translate", "find_pairs", "Pair", "build_report", "BilingualError",
    "InputError", "ModelError", "ModelMissingError",
]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'bilingual' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
