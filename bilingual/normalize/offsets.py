"""The result of normalization: :class:`Normalized` (text, changes, summary) and its exact
two-way offset map between the normalized and the original text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate, repeat
from operator import add, itemgetter
from operator import index as as_index
from typing import NamedTuple

from .config import FOLDS, resolve_settings

__all__ = ["Change", "Normalized"]


class Change(NamedTuple):
    """One fold applied at one place: ``[start, end)`` in the original text, and what that fold saw
    there (``before``) and wrote (``after``). When several folds apply at the same place (ﻷ: first
    ``presentation_forms`` ﻷ -> لأ, then ``alef`` لأ -> لا), each has its own record, in fold order."""

    fold: str
    start: int
    end: int
    before: str
    after: str


#: What the folds do at one place: (final text, ((fold, before, after), ...), length change).
Chain = tuple[str, tuple[tuple[str, str, str], ...], int]
#: A place the folds changed: original [start, end) and what the folds did there.
Site = tuple[int, int, Chain]
#: The places that changed length before repetition: original starts, ends, and length changes.
Places = tuple[list[int], list[int], list[int]]
#: A squeeze of the repetition fold: ``(start, end, replacement)`` in the folded text.
Squeeze = tuple[int, int, str]
#: The offset map: original start/end and normalized start/end of each atom (identity in between).
Index = tuple[list[int], list[int], list[int], list[int]]


#: The squeezes of a result with none: one empty tuple shared by them all (a list each was 56 bytes).
NO_SQUEEZES: tuple[Squeeze, ...] = ()
#: The places of a tracked result where nothing moved, shared (read only: no list of it is ever extended).
NO_PLACES: Places = ([], [], [])


class Normalized:
    """The result of normalization: ``text``, ``changes``, ``summary``, and the offset map.

    The map and the change records are built on first use from what the engine recorded.
    """

    __slots__ = ("original", "text", "profile", "_settings", "_places", "_squeezes", "_folded", "_index",
                 "_explain", "_sites", "_squeeze_changes")

    def __init__(self, original: str, text: str, profile: str, settings: dict[str, object], places: Places | None,
                 squeezes: Sequence[Squeeze], folded: str, explain: Callable[[str], list[Site]] | None = None) -> None:
        self.original = original
        self.text = text
        self.profile = profile
        self._settings = settings  # the folds that were on, with their modes: the normalizer's, shared (see ``settings``)
        self._places = places  # None: not tracked
        self._squeezes = squeezes  # the repetition fold's edits, in the coordinates of ``_folded``
        self._folded = folded  # the text after every fold but repetition
        self._explain = explain  # original text -> every place a fold changed (for ``changes``)
        self._index: Index | None = None
        self._sites: list[Site] | None = None
        self._squeeze_changes: Sequence[Change] = ()  # made with the map when there are squeezes

    def __str__(self) -> str:
        return self.text

    @property
    def settings(self) -> dict[str, object]:
        """The folds that were on, with their modes: a copy of the normalizer's dict, which its results share
        (one a result was 270 bytes, 2.1 MB of the 100,000-comment distinct thread's 8,281 normalized passages)."""
        return dict(self._settings)

    @settings.setter
    def settings(self, value: dict[str, object]) -> None:
        self._settings = value

    def __repr__(self) -> str:
        """The text, the profile, and the folds switched away from the profile's settings."""
        base = dict(resolve_settings(self.profile, {}))
        toggles = "".join(f", {name}={self._settings.get(name, False)!r}" for name in FOLDS
                          if self._settings.get(name, False) != base.get(name, False))
        return f"Normalized({self.text!r}, profile={self.profile!r}{toggles})"

    @property
    def tracked(self) -> bool:
        """Whether changes and offsets were recorded (``track_offsets=True``)."""
        return self._places is not None

    def _tracked_places(self) -> Places:
        if self._places is None:
            raise ValueError("changes and offsets were not tracked; call normalize(..., track_offsets=True)")
        return self._places

    def _all_sites(self) -> list[Site]:
        """Every place a fold changed (worked out on first use: the offset map does not need them)."""
        self._tracked_places()
        if self._sites is None:
            self._sites = self._explain(self.original) if self._explain is not None else []
        return self._sites

    @property
    def changes(self) -> list[Change]:
        """Every change, ordered by position in the original text, then by fold order."""
        out = [Change(fold, s, e, before, after) for s, e, (_, steps, _) in self._all_sites()
               for fold, before, after in steps]
        if self._squeezes:
            self._map()
            # A stable sort by start keeps fold order at each place: repetition is the last fold.
            out = sorted([*out, *self._squeeze_changes], key=itemgetter(1))
        return out

    @property
    def summary(self) -> dict[str, int]:
        """How many changes each fold made, in fold order (folds that changed nothing are left out)."""
        counts = Counter(step[0] for _, _, (_, steps, _) in self._all_sites() for step in steps)
        counts["repetition"] += len(self._squeezes)
        return {name: counts[name] for name in FOLDS if counts[name]}

    def _map(self) -> Index:
        """The offset map as four sorted lists (original start/end, normalized start/end of each atom)."""
        if self._index is None:
            os_, oe, delta = self._tracked_places()
            # How far the places so far moved the text: normalized = original + shift.
            shift = list(accumulate(delta, initial=0))
            index = (os_, oe, list(map(add, os_, shift)), list(map(add, oe, shift[1:])))
            if self._squeezes:
                index, self._squeeze_changes = _compose_squeezes(index, self._squeezes, self._folded)
            self._index = index
        return self._index

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest original span that produced normalized ``[start, end)``.

        Exact for every fold: a character written by an expansion (لا from ﻻ) maps to the whole
        ligature, a squeezed letter to its whole repetition. Deleted characters belong to the
        character before them, so a word's span includes its trailing diacritics.
        """
        start, end = _check(start, end, len(self.text), "to_original")
        os_, oe, ns, ne = self._map()
        s = _orig_start(start, os_, oe, ns, ne)
        return (s, s) if start == end else (s, max(s, _orig_end(end, os_, oe, ns, ne)))

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The normalized span that original ``[start, end)`` became (widened to whole changes); an empty
        span stays empty (inside a change: at its start), as with :meth:`to_original`."""
        start, end = _check(start, end, len(self.original), "to_normalized")
        os_, oe, ns, ne = self._map()
        s = _norm_pos(start, os_, oe, ns, ne, True)
        return (s, s) if start == end else (s, _norm_pos(end, os_, oe, ns, ne, False))


def places_of(sites: list[Site]) -> Places:
    """The places among ``sites`` that change the offsets: those whose length changes, and those
    rewriting several characters (a reordered pair of marks maps to itself as a whole)."""
    kept = [s for s in sites if s[2][2] or s[1] - s[0] > 1]
    return [s[0] for s in kept], [s[1] for s in kept], [s[2][2] for s in kept]


def _check(start: int, end: int, length: int, method: str) -> tuple[int, int]:
    """``(start, end)`` as ints (numpy's too), or a one-line error naming ``Normalized.<method>()``: offsets
    are positions in the ``str`` (a float, a bool or a string was taken as one before, or failed on a comparison)."""
    if type(start) is not int or type(end) is not int:
        try:
            if isinstance(start, bool) or isinstance(end, bool):
                raise TypeError
            start, end = as_index(start), as_index(end)
        except TypeError:
            raise TypeError(f"Normalized.{method}(): offsets must be ints, not {type(start).__name__} and "
                            f"{type(end).__name__}") from None
    if not 0 <= start <= end <= length:
        raise ValueError(f"Normalized.{method}(): bad span [{start}, {end}) for a text of length {length}")
    return start, end


def _orig_start(p: int, os_: list[int], oe: list[int], ns: list[int], ne: list[int]) -> int:
    k = bisect_right(ns, p) - 1  # last atom starting at or before p
    if k >= 0 and ns[k] <= p < ne[k]:
        return os_[k]
    j = bisect_right(ne, p) - 1  # last atom ending at or before p
    return p if j < 0 else oe[j] + (p - ne[j])


def _orig_end(q: int, os_: list[int], oe: list[int], ns: list[int], ne: list[int]) -> int:
    k = bisect_left(ns, q) - 1  # last atom starting before q
    if k >= 0 and ns[k] < q <= ne[k]:
        return oe[k]
    j = bisect_right(ne, q) - 1
    return q if j < 0 else oe[j] + (q - ne[j])


def _norm_pos(x: int, os_: list[int], oe: list[int], ns: list[int], ne: list[int], start: bool) -> int:
    k = bisect_right(os_, x) - 1 if start else bisect_left(os_, x) - 1
    if k >= 0 and (os_[k] <= x < oe[k] if start else os_[k] < x <= oe[k]):
        return ns[k] if start else ne[k]
    j = bisect_right(oe, x) - 1
    return x if j < 0 else ne[j] + (x - oe[j])


def _compose_squeezes(index: Index, squeezes: Sequence[Squeeze], folded: str) -> tuple[Index, list[Change]]:
    """Compose the repetition fold's edits of the folded text into the pass-one map.

    An edit that cuts through an expansion (لللﻻ: the lam of لا) is widened to take it whole.
    Returns the final map and the repetition change records (in original coordinates)."""
    os_, oe, ns, ne = index
    out: Index = ([], [], [], [])
    changes = []
    shift = 0  # normalized - folded, after the edits passed so far
    i = 0
    for ys, ye, repl in squeezes:
        k = bisect_right(ns, ys) - 1
        if k >= 0 and ns[k] < ys < ne[k]:
            repl, ys = folded[ns[k]:ys] + repl, ns[k]
        k = bisect_left(ns, ye) - 1
        if k >= 0 and ns[k] < ye < ne[k]:
            repl, ye = repl + folded[ye:ne[k]], ne[k]
        xs, xe = _orig_start(ys, os_, oe, ns, ne), _orig_end(ye, os_, oe, ns, ne)
        changes.append(Change("repetition", xs, xe, folded[ys:ye], repl))
        j = max(i, bisect_right(oe, xs))  # atoms [i, j) come before the edit, [j, k) inside it
        k = max(j, bisect_left(os_, xe))
        _extend(out, index, i, j, shift)
        for column, value in zip(out, (xs, xe, ys + shift, ys + shift + len(repl))):
            column.append(value)
        shift += len(repl) - (ye - ys)
        i = k
    _extend(out, index, i, len(os_), shift)
    return out, changes


def _extend(out: Index, index: Index, i: int, j: int, shift: int) -> None:
    """Append atoms ``[i, j)`` of ``index`` to ``out``, their normalized offsets moved by ``shift``."""
    out[0].extend(index[0][i:j])
    out[1].extend(index[1][i:j])
    out[2].extend(map(add, index[2][i:j], repeat(shift)))
    out[3].extend(map(add, index[3][i:j], repeat(shift)))
