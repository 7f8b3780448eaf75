"""How candidate links are scored: each side of a document is prepared once, a scorer compares two
prepared sides.

A :class:`PreparedSource` (the Arabic segments and their machine translation) and a
:class:`PreparedTarget` (the English segments) keep what each similarity computes from their side
alone (lengths, anchors), keyed by the function that computes it: an Arabic passage aligned with
many English candidates, or scored by several similarities (pairing's decision and the aligner's
default), is analysed once. :func:`prepare_source` and :func:`prepare_target` also remember the
last sides they prepared, so plain calls of :func:`~bilingual.align.align` with the same Arabic
reuse it.

Also here: chrF against machine output (the Bleualign idea) and its calibration, defined once.
"""

from __future__ import annotations

import weakref
from abc import ABC, abstractmethod
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Protocol, Self, Sequence, TypeVar, runtime_checkable

from ..compare.metrics import chrf_metric

__all__ = [
    "CHRF_UNRELATED",
    "BlockScorer",
    "ChrfSimilarity",
    "Combined",
    "LinkScorer",
    "PreparedSource",
    "PreparedTarget",
    "SidedSimilarity",
    "Similarity",
    "as_block",
    "chrf_metric",
    "link_scorer",
    "prepare_source",
    "prepare_target",
]

T = TypeVar("T")

#: Scores linking ``source[i0:i1]`` with ``target[j0:j1]`` (both non-empty): a log-likelihood ratio.
LinkScorer = Callable[[int, int, int, int], float]


class BlockScorer(ABC):
    """A :data:`LinkScorer` that also scores a rectangle of candidate links at once (with numpy):
    the dynamic program asks for blocks; a plain scorer is asked cell by cell instead."""

    @abstractmethod
    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        """Array ``[len(rows), len(cols)]``: scores of ``source[i:i+ds]`` with ``target[j:j+dt]``."""

    def rows(self, ds: int, dt: int, rows: range, cols: range) -> list[list[float]]:
        """:meth:`block` as a list of rows of Python floats (the same values); scorers of small
        blocks give them without numpy, which costs more than the sums on a few links."""
        return self.block(ds, dt, rows, cols).tolist()  # type: ignore[no-any-return]

    def __call__(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The score of one link, as a plain :data:`LinkScorer`."""
        return float(self.rows(i1 - i0, j1 - j0, range(i0, i0 + 1), range(j0, j0 + 1))[0][0])


class _CellWise(BlockScorer):
    """Blocks of a plain scorer, one call per cell."""

    def __init__(self, scorer: LinkScorer) -> None:
        self.scorer = scorer

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        import numpy as np

        return np.array([[self.scorer(i, i + ds, j, j + dt) for j in cols] for i in rows], dtype=float).reshape(len(rows), len(cols))

    def rows(self, ds: int, dt: int, rows: range, cols: range) -> list[list[float]]:
        return [[float(self.scorer(i, i + ds, j, j + dt)) for j in cols] for i in rows]


def as_block(scorer: LinkScorer) -> BlockScorer:
    """The scorer itself when it scores blocks, else a block scorer that asks it cell by cell."""
    return scorer if isinstance(scorer, BlockScorer) else _CellWise(scorer)


_MISSING = object()  # no feature computed yet (a feature may be None)

#: Arabic sides whose features are kept at once: the oldest analysed lets its features go (they are
#: computed again if it is scored again). A thread of 100,000 comments whose 16,000 passages seldom
#: repeat kept about 30 kB of anchors and word sums for each until pairing ended (500 MB). Pairing
#: scores a passage against all its candidates in a row, then the next passage, so the few last serve:
#: on the 20,000-comment distinct thread 32 analysed 6,576 sides where 512 analysed 6,124 (the same
#: CPU), and held 7.7 MB less at the peak (512 kept about 15 MB of them through pairing).
MAX_ANALYSED_SOURCES = 32
_analysed: deque[weakref.ref[PreparedSource]] = deque()

#: English sides whose features are kept at once, the same way. Pairing keeps the candidates' English
#: prepared (:data:`bilingual.pairing.find.MAX_PREPARED`, 1,024 blocks) and their analyses with them,
#: about 12 kB a block (words, anchors, word sums of each segment: 11 MB on the 20,000-comment distinct
#: thread, alive at pairing's peak, the end of its searches); the blocks tried lately serve the next passages.
MAX_ANALYSED_TARGETS = 256
_analysed_targets: deque[weakref.ref[PreparedTarget]] = deque()


class _Prepared:
    """Segments of one side and what similarities computed from them, each computed once."""

    __slots__ = ("segments", "_features", "__weakref__")

    def __init__(self, segments: tuple[str, ...]) -> None:
        self.segments = segments
        self._features: dict[Callable[..., object], object] = {}

    def feature(self, compute: Callable[[Self], T]) -> T:
        """``compute(self)``, computed on the first request and kept: ``compute`` must depend on
        this side alone (a module-level function, so that every similarity shares it)."""
        value = self._features.get(compute, _MISSING)
        if value is _MISSING:  # (a look-up, not a caught KeyError: a new English block computes several)
            if not self._features:
                _analysing(self)
            value = self._features[compute] = compute(self)
        return value  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.segments)


def _analysing(side: _Prepared) -> None:
    """Count ``side`` among the sides of its kind analysed, letting the oldest one's features go past
    :data:`MAX_ANALYSED_SOURCES` or :data:`MAX_ANALYSED_TARGETS` (computed again if it is scored again)."""
    if isinstance(side, PreparedSource):
        kept: deque[Any] = _analysed
        bound = MAX_ANALYSED_SOURCES
    else:
        kept, bound = _analysed_targets, MAX_ANALYSED_TARGETS
    kept.append(weakref.ref(side))
    while len(kept) > bound:
        old = kept.popleft()()
        if old is not None:
            old._features.clear()


class PreparedSource(_Prepared):
    """The source (Arabic) side of an alignment: its segments and, when there is one, the machine
    translation of each. Made by :func:`prepare_source`; reuse it to align one passage with many targets."""

    __slots__ = ("mt", "read")

    def __init__(self, segments: tuple[str, ...], mt: tuple[str, ...] | None, read: bool = False) -> None:
        super().__init__(segments)
        self.mt = mt
        self.read = read  # the segments are a reading of Arabizi (Latin letters), whose words may be misread


class PreparedTarget(_Prepared):
    """The target (English) side of an alignment. Made by :func:`prepare_target`."""

    __slots__ = ()


def prepare_source(segments: Sequence[str], mt: Sequence[str] | None = None) -> PreparedSource:
    """The source side ready to be scored against any number of targets, ``mt`` being one machine
    translation per segment. The last 256 sources prepared are remembered, so preparing the same
    Arabic again returns the same object and nothing is recomputed."""
    if mt is not None and len(mt) != len(segments):
        raise ValueError(f"{len(mt)} machine translations for {len(segments)} source segments")
    return _source(tuple(segments), None if mt is None else tuple(mt))


def prepare_target(segments: Sequence[str]) -> PreparedTarget:
    """The target side ready to be scored against any number of sources (the last 256 remembered)."""
    return _target(tuple(segments))


@lru_cache(maxsize=256)
def _source(segments: tuple[str, ...], mt: tuple[str, ...] | None) -> PreparedSource:
    return PreparedSource(segments, mt)


@lru_cache(maxsize=256)
def _target(segments: tuple[str, ...]) -> PreparedTarget:
    return PreparedTarget(segments)


class Similarity(Protocol):
    """A way to score candidate links, given both sides at once: the plug-in interface (a plain
    function of segment indices is enough for :meth:`prepare` to return)."""

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Precompute what is needed and return the scorer of candidate links for this document."""
        ...


@runtime_checkable
class SidedSimilarity(Protocol):
    """A similarity whose sides are prepared separately: :meth:`scorer` compares a prepared source
    with a prepared target, reading what each side has already computed. Subclasses get
    :meth:`prepare` (both sides at once) for free, so they are :class:`Similarity` too."""

    def scorer(self, source: PreparedSource, target: PreparedTarget) -> LinkScorer:
        """The scorer of candidate links between two prepared sides."""
        ...

    def prepare(self, source: Sequence[str], target: Sequence[str], mt: Sequence[str] | None) -> LinkScorer:
        """Prepare both sides (or reuse them when they were prepared before) and return their scorer."""
        return self.scorer(prepare_source(source, mt), prepare_target(target))


def link_scorer(similarity: Similarity, source: PreparedSource, target: PreparedTarget) -> LinkScorer:
    """The similarity's scorer between two prepared sides; a plain :class:`Similarity` is given the
    segments (and prepares them its own way)."""
    # A method lookup, not ``isinstance`` on the runtime-checkable protocol: that check walks the
    # protocol's attributes on every call and cost 2 s of a 10,000-comment report.
    sided = getattr(similarity, "scorer", None)
    if sided is not None:
        return sided(source, target)  # type: ignore[no-any-return]
    return similarity.prepare(source.segments, target.segments, source.mt)


# chrF calibration. chrF (sacrebleu's chrF2, one sentence against one reference) between machine
# output and English that does not translate it: mean 16 / 10 / 13, 99th percentile 27 / 23 / 27
# (random sentence pairs of TICO-19, Tatoeba, ArzEn-ST in ../shared/data); published MT reaches
# about 50-67 against real translations.
#: chrF up to which machine output and a human text are no more alike than unrelated sentences.
CHRF_UNRELATED = 28.0


@dataclass(frozen=True)
class ChrfSimilarity(SidedSimilarity):
    """chrF between the machine translation of the source group and the target group.

    The Bleualign idea: MT output and the human translation share character n-grams when they
    translate the same text. The score is ``weight * (chrF - baseline) / 100`` nats: chrF counts
    for a link above what unrelated sentences reach (:data:`CHRF_UNRELATED`), against it below.
    """

    weight: float = 12.0
    baseline: float = CHRF_UNRELATED

    def scorer(self, source: PreparedSource, target: PreparedTarget) -> LinkScorer:
        """Needs a source prepared with its machine translation."""
        mt = source.mt
        if mt is None:
            raise ValueError("ChrfSimilarity needs machine translations of the source segments")
        chrf = chrf_metric()
        segments = target.segments

        def score(i0: int, i1: int, j0: int, j1: int) -> float:
            hyp = " ".join(mt[i0:i1])
            ref = " ".join(segments[j0:j1])
            return self.weight * (float(chrf.sentence_score(hyp, [ref]).score) - self.baseline) / 100.0

        return score


@dataclass(frozen=True)
class Combined(SidedSimilarity):
    """The sum of several similarities' log-likelihood ratios."""

    parts: tuple[Similarity, ...]

    def scorer(self, source: PreparedSource, target: PreparedTarget) -> LinkScorer:
        """Every part's scorer over the same prepared sides; the result adds their scores."""
        return _Sum([as_block(link_scorer(p, source, target)) for p in self.parts])


class _Sum(BlockScorer):
    def __init__(self, parts: list[BlockScorer]) -> None:
        self.parts = parts

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        total = self.parts[0].block(ds, dt, rows, cols)
        for part in self.parts[1:]:
            total = total + part.block(ds, dt, rows, cols)
        return total

    def rows(self, ds: int, dt: int, rows: range, cols: range) -> list[list[float]]:
        total = self.parts[0].rows(ds, dt, rows, cols)
        for part in self.parts[1:]:
            total = [[x + y for x, y in zip(a, b)] for a, b in zip(total, part.rows(ds, dt, rows, cols))]
        return total
