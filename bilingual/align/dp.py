"""The monotonic dynamic program: links of kinds 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 in order, each
scored by a similarity's log-likelihood ratio plus a log prior on its kind (Gale & Church 1993);
the Gale-Church length-only aligner as a baseline; and the overall score of an alignment.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from .anchors import AnchorSimilarity
from .length import LengthSimilarity, text_length
from .similarity import (
    ChrfSimilarity,
    Combined,
    LinkScorer,
    PreparedSource,
    PreparedTarget,
    Similarity,
    as_block,
    link_scorer,
    prepare_source,
    prepare_target,
)

__all__ = ["KINDS", "PRIORS", "Link", "align", "alignment_score", "default_similarity", "gale_church"]

#: Link kinds as ``(number of source segments, number of target segments)``.
KINDS: dict[str, tuple[int, int]] = {"1-1": (1, 1), "1-0": (1, 0), "0-1": (0, 1), "2-1": (2, 1), "1-2": (1, 2), "2-2": (2, 2)}

#: Log priors of link kinds for the default aligner.
PRIORS: dict[str, float] = {"1-1": math.log(0.85), "1-0": math.log(0.02), "0-1": math.log(0.02),
                            "2-1": math.log(0.05), "1-2": math.log(0.05), "2-2": math.log(0.0025)}


@dataclass(frozen=True, slots=True)
class Link:
    """Source segments ``src`` translated by target segments ``tgt`` (indices, consecutive).

    ``score`` is in [0, 1]: how sure the aligner is that the two sides translate each other
    (0 for a segment left without counterpart).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"1-2"``, ``"2-1"``, ``"2-2"``, ``"1-0"`` or ``"0-1"``."""
        return f"{len(self.src)}-{len(self.tgt)}"

    def to_dict(self) -> dict[str, object]:
        """JSON form: ``{"src": [...], "tgt": [...], "score": ...}``."""
        return {"src": list(self.src), "tgt": list(self.tgt), "score": round(self.score, 4)}


_Path = list[tuple[int, int, int, int, float]]


def _band(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """For each source position ``i`` (0..n), the range of target positions the search may visit."""
    out = []
    for i in range(n + 1):
        centre = i * m / n if n else 0
        out.append((max(0, int(centre) - width), min(m, int(math.ceil(centre)) + width)))
    return out


_ROWS_PER_BLOCK = 128
#: Tables of up to this many cells are scored in plain Python (:meth:`~.similarity.BlockScorer.rows`, the same floats;
#: the length model's within a few units in the last place on AVX-512, where numpy's log and exp are its own):
#: pairing aligns a passage of a few clauses with a few of English, and need not load numpy (11.7 MiB) for it.
_PLAIN_CELLS = 256


def _dp(n: int, m: int, scorer: LinkScorer, priors: dict[str, float], band: int | None) -> _Path:
    """Best monotonic path: list of ``(i0, i1, j0, j1, link score)`` covering both sides.

    Link scores are computed in blocks of rows (all the band's columns at once); null links score 0.
    """
    blocks = as_block(scorer)
    width = band + abs(n - m) if band is not None else max(n, m)
    ranges = _band(n, m, width)
    neg = -math.inf
    best: list[dict[int, float]] = [dict() for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int, float]]] = [dict() for _ in range(n + 1)]
    best[0][0] = 0.0
    for r0 in range(0, n + 1, _ROWS_PER_BLOCK):
        r1 = min(n + 1, r0 + _ROWS_PER_BLOCK)
        c0, c1 = min(ranges[i][0] for i in range(r0, r1)), max(ranges[i][1] for i in range(r0, r1)) + 1
        moves: list[tuple[int, int, float, list[list[float]] | None]] = []
        for kind, (ds, dt) in KINDS.items():
            table = None
            if ds and dt:
                # table[i - r0][j - c0] scores the link that ends at (i, j).
                rows, cols = range(max(r0 - ds, 0), r1 - ds), range(max(c0 - dt, 0), c1 - dt)
                if (r1 - r0) * (c1 - c0) <= _PLAIN_CELLS:  # pairing's few links: the same floats without numpy
                    table = [[neg] * (c1 - c0) for _ in range(r1 - r0)]
                    if len(rows) > 0 and len(cols) > 0:
                        skip = cols.start + dt - c0
                        for cells, scores in zip(table[rows.start + ds - r0 :], blocks.rows(ds, dt, rows, cols)):
                            cells[skip:] = scores
                else:
                    import numpy as np

                    full = np.full((r1 - r0, c1 - c0), neg)
                    if len(rows) > 0 and len(cols) > 0:
                        full[rows.start + ds - r0 :, cols.start + dt - c0 :] = blocks.block(ds, dt, rows, cols)
                    table = full.tolist()
            moves.append((ds, dt, priors[kind], table))
        for i in range(r0, r1):
            lo, hi = ranges[i]
            row = best[i]
            row_back = back[i]
            for j in range(lo, hi + 1):
                top, arg = neg, None
                for ds, dt, prior, table in moves:
                    if ds > i or dt > j:
                        continue
                    prev = best[i - ds].get(j - dt)
                    if prev is None:
                        continue
                    gain = table[i - r0][j - c0] if table is not None else 0.0
                    total = prev + prior + gain
                    if total > top:
                        top, arg = total, (i - ds, j - dt, gain)
                if arg is not None:
                    row[j] = top
                    row_back[j] = arg
    path = []
    i, j = n, m
    while i or j:
        pi, pj, gain = back[i][j]
        path.append((pi, i, pj, j, gain))
        i, j = pi, pj
    path.reverse()
    return path


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@lru_cache(maxsize=4096)
def indices(start: int, end: int) -> tuple[int, ...]:
    """``tuple(range(start, end))``, one tuple for every link with these segments: a big thread's
    pairs held 300,000 of them (15 MB), nearly all of one or two segments near the start."""
    return tuple(range(start, end))


def _links(path: _Path, calibrate: Callable[[float], float]) -> list[Link]:
    return [
        Link(indices(i0, i1), indices(j0, j1), calibrate(gain) if i1 > i0 and j1 > j0 else 0.0)
        for i0, i1, j0, j1, gain in path
    ]


def default_similarity(mt: bool) -> Combined:
    """Length + anchors, plus chrF against the machine translation when there is one."""
    parts: tuple[Similarity, ...] = (LengthSimilarity(), AnchorSimilarity())
    return Combined(parts + (ChrfSimilarity(),) if mt else parts)


def align(
    source_segments: Sequence[str] | PreparedSource,
    target_segments: Sequence[str] | PreparedTarget,
    mt_segments: Sequence[str] | None = None,
    similarity: Similarity | None = None,
    *,
    band: int | None = 30,
) -> list[Link]:
    """Monotonic links between source (Arabic) and target (English) segments covering each segment once.

    ``mt_segments`` (one machine translation per source segment) adds chrF evidence. Either side may
    come prepared (:func:`~bilingual.align.prepare_source`, with its machine translation, and
    :func:`~bilingual.align.prepare_target`), so that one passage aligned with many candidates is
    analysed once. ``band`` limits the search to that many positions off the diagonal (beyond the
    length difference); ``None`` searches all.
    """
    if isinstance(source_segments, PreparedSource):
        if mt_segments is not None:
            raise ValueError("a prepared source carries its machine translation: pass it to prepare_source")
        source = source_segments
    else:
        source = prepare_source(source_segments, mt_segments)
    target = target_segments if isinstance(target_segments, PreparedTarget) else prepare_target(target_segments)
    sim = similarity if similarity is not None else default_similarity(source.mt is not None)
    path = _dp(len(source), len(target), link_scorer(sim, source, target), PRIORS, band)
    return _links(path, _sigmoid)


# Gale & Church (1993): priors and variance from their paper; c from the document's length ratio.
_GC_PRIORS = {"1-1": math.log(0.89), "1-0": math.log(0.0099 / 2), "0-1": math.log(0.0099 / 2),
              "2-1": math.log(0.089 / 2), "1-2": math.log(0.089 / 2), "2-2": math.log(0.011)}


def _norm_sf(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def _cumulative(values: Sequence[int]) -> list[int]:
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def gale_church(source_segments: Sequence[str], target_segments: Sequence[str], *, band: int | None = 30) -> list[Link]:
    """The Gale-Church (1993) length-only aligner, as a baseline: ``delta = (lt - c*ls) / sqrt(ls*s2)``
    with ``s2 = 6.8`` and ``c`` the document's character ratio; score ``2 * P(Z > |delta|)``."""
    src_cum = _cumulative([text_length(s) for s in source_segments])
    tgt_cum = _cumulative([text_length(t) for t in target_segments])
    c = (tgt_cum[-1] / src_cum[-1]) if src_cum[-1] and tgt_cum[-1] else 1.0

    def scorer(i0: int, i1: int, j0: int, j1: int) -> float:
        ls, lt = src_cum[i1] - src_cum[i0], tgt_cum[j1] - tgt_cum[j0]
        mean = (ls + lt / c) / 2
        delta = (lt - c * ls) / math.sqrt(max(mean, 1) * 6.8)
        return math.log(max(2 * _norm_sf(abs(delta)), 1e-300))

    path = _dp(len(source_segments), len(target_segments), scorer, _GC_PRIORS, band)
    return _links(path, math.exp)


def alignment_score(links: Sequence[Link], source_segments: Sequence[str], target_segments: Sequence[str]) -> float:
    """How well two texts translate each other overall: link scores weighted by the characters they
    cover on both sides (unmatched segments count as 0), in [0, 1]."""
    src = [text_length(s) for s in source_segments]
    tgt = [text_length(t) for t in target_segments]
    total = sum(src) + sum(tgt)
    if not total:
        return 0.0
    covered = sum(link.score * (sum(src[i] for i in link.src) + sum(tgt[j] for j in link.tgt)) for link in links)
    return covered / total
