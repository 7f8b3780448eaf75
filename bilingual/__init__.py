"""bilingual: find, normalize, display, translate and compare the Arabic inside English comment threads.

The stages run one way: ``threads`` (readers) -> ``segment`` -> ``normalize`` -> ``mt`` (translate)
-> ``pairing``/``align`` -> ``compare`` -> ``report``. Everything is imported lazily so that
``import bilingual`` and the command line start fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Public names -> (module, attribute). Modules named like their main function (segment,
# normalize, align) are callable themselves, so ``bilingual.segment(text)`` works either way.
_LAZY: dict[str, tuple[str, str | None]] = {
    "threads": ("bilingual.threads", None),
    "read": ("bilingual.threads", "read"),
    "Thread": ("bilingual.threads.model", "Thread"),
    "Comment": ("bilingual.threads.model", "Comment"),
    "Span": ("bilingual.spans", "Span"),
    "Location": ("bilingual.spans", "Location"),
    "Passage": ("bilingual.spans", "Passage"),
    "segment": ("bilingual.segment", None),
    "normalize": ("bilingual.normalize", None),
    "display": ("bilingual.display", None),
    "align": ("bilingual.align", None),
    "translate": ("bilingual.mt", "translate"),
    "pairs": ("bilingual.pairing", "pairs"),
    "BilingualError": ("bilingual.errors", "BilingualError"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'bilingual' has no attribute {name!r}") from None
    mod = importlib.import_module(module)
    return mod if attr is None else getattr(mod, attr)


def __dir__() -> list[str]:
    return sorted(__all__)
