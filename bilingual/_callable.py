"""Let a module be called like its main function, so ``bilingual.normalize(text)`` and
``bilingual.normalize.unbake(...)`` both work (the module and the function share a name)."""

from __future__ import annotations

import sys
import types


def make_callable(module_name: str, func_name: str) -> None:
    """Give module ``module_name`` a ``__call__`` that forwards to its function ``func_name``."""

    class _CallableModule(types.ModuleType):
        def __call__(self, *args: object, **kwargs: object) -> object:
            return getattr(self, func_name)(*args, **kwargs)

    sys.modules[module_name].__class__ = _CallableModule
