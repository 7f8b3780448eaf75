"""The ``regex`` module for the pairing modules, with a ``compile`` that compiles a pattern the first time it is used.

Importing :mod:`bilingual.pairing` compiled some 300 patterns (about 0.9 s of CPU), in every process that pairs and
in every test worker, though a thread uses about half of them. The modules that define patterns import this module
as ``regex``: ``regex.compile(...)`` gives a :class:`Lazy`, which keeps the pattern's text and flags and compiles the
pattern when an attribute other than ``pattern`` is first read. Then it puts the compiled pattern's bound methods
and attributes on itself and stops being lazy (its class becomes :class:`Compiled`, which has no ``__getattr__``), and
the name the defining module gave it (``_WORD``) becomes the compiled pattern itself, so ``_WORD.search(text)`` costs
what it costs today (through the lazy object, held in a tuple or imported by another module, a call costs ~0.1 µs
more). It equals its compiled pattern, but is not always it: which pattern a match came from is
``m.re == _PATTERN``, never ``m.re is _PATTERN``. A pattern that does not compile
fails on its first use, not at import: the tests compile every pattern the modules made (:func:`made`). Everything
else is ``regex``'s own."""

from __future__ import annotations

import sys
import weakref
from typing import Any, cast

import regex
from regex import (
    ASCII as ASCII,
    BESTMATCH as BESTMATCH,
    DEBUG as DEBUG,
    DEFAULT_VERSION as DEFAULT_VERSION,
    DOTALL as DOTALL,
    ENHANCEMATCH as ENHANCEMATCH,
    FULLCASE as FULLCASE,
    IGNORECASE as IGNORECASE,
    LOCALE as LOCALE,
    MULTILINE as MULTILINE,
    POSIX as POSIX,
    REVERSE as REVERSE,
    TEMPLATE as TEMPLATE,
    UNICODE as UNICODE,
    VERBOSE as VERBOSE,
    VERSION0 as VERSION0,
    VERSION1 as VERSION1,
    WORD as WORD,
    A as A,
    B as B,
    D as D,
    E as E,
    F as F,
    I as I,
    L as L,
    M as M,
    Match as Match,
    P as P,
    Pattern as Pattern,
    R as R,
    RegexFlag as RegexFlag,
    S as S,
    T as T,
    U as U,
    V0 as V0,
    V1 as V1,
    W as W,
    X as X,
    error as error,
    escape as escape,
    findall as findall,
    finditer as finditer,
    fullmatch as fullmatch,
    match as match,
    purge as purge,
    search as search,
    split as split,
    splititer as splititer,
    sub as sub,
    subf as subf,
    subfn as subfn,
    subn as subn,
)

__all__ = ["Compiled", "Lazy", "compile", "made"]

_MADE: weakref.WeakValueDictionary[int, Compiled] = weakref.WeakValueDictionary()  # by id: hashing one compiles it


class Compiled:
    """A pattern that :func:`compile` gave, once compiled: the compiled pattern's methods (bound to it) and
    attributes are this object's own, and ``compiled`` is the compiled pattern."""

    pattern: str
    compiled: Pattern[str]

    _flags: int
    _kwargs: dict[str, Any]

    def __reduce__(self) -> tuple[Any, ...]:
        return _compile, (self.pattern, self._flags, self._kwargs)

    def __copy__(self) -> Compiled:
        return self  # as a compiled pattern's copy is itself

    def __deepcopy__(self, memo: dict[int, Any]) -> Compiled:
        return self

    def __eq__(self, other: object) -> bool:
        # As the compiled patterns compare: a match's ``m.re == _SIGN_OFF`` (never ``is``: ``m.re`` is the compiled one).
        if isinstance(other, Compiled):
            other = other.compiled
        return bool(self.compiled == other)

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return repr(self.compiled)


class Lazy(Compiled):
    """A pattern that :func:`compile` gave, not used yet: its text and flags."""

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any], home: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs
        self._home = home

    def __getattr__(self, name: str) -> Any:
        # Read only for what the object does not have: any attribute of the compiled pattern but ``pattern``.
        if name.startswith("__"):
            raise AttributeError(name)  # probes for optional protocols
        self.compile()
        return getattr(self, name)

    def compile(self) -> Pattern[str]:
        """Compile the pattern and become a :class:`Compiled` (errors as ``regex.compile``'s)."""
        compiled = regex.compile(self.pattern, self._flags, **self._kwargs)
        state = self.__dict__
        for name in dir(compiled):
            if not name.startswith("_"):
                state[name] = getattr(compiled, name)
        state["compiled"] = compiled
        self.__class__ = Compiled  # type: ignore[assignment]  # the same layout, without __getattr__
        home = state.pop("_home")
        for name, value in list(home.items()):
            if value is self:
                home[name] = compiled  # the module's own name for it is the compiled pattern from now on
        return compiled

    def __repr__(self) -> str:
        return f"regex.compile({self.pattern!r}, {self._flags!r}) (not compiled yet)"


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> Pattern[str]:
    """What ``regex.compile(pattern, flags, **kwargs)`` gives, compiled on first use (:class:`Lazy`)."""
    lazy = Lazy(pattern, flags, kwargs, sys._getframe(1).f_globals)
    _MADE[id(lazy)] = lazy
    return cast("Pattern[str]", lazy)


def _compile(pattern: str, flags: int, kwargs: dict[str, Any]) -> Pattern[str]:
    return compile(pattern, flags, **kwargs)  # what unpickling a pattern calls


def made() -> list[Compiled]:
    """The patterns :func:`compile` gave that are still alive, compiled or not (a used one that only its module's
    name held is gone: the name is its compiled pattern)."""
    return list(_MADE.values())
