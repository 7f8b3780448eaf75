"""The length model, defined once: how long the English translation of an Arabic text is.

Lengths count the characters that carry length (no spaces, diacritics or format controls). Two
uses: the aligner's :class:`LengthSimilarity` compares each link's log length ratio with its
document's own ratio (the Gale-Church idea); :func:`length_evidence` judges a lone pair against the
absolute statistics below (pairing: is this English long enough to translate that passage?).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from .similarity import BlockScorer, LinkScorer, PreparedSource, PreparedTarget, SidedSimilarity

__all__ = [
    "LENGTH_EVIDENCE_MAX",
    "LENGTH_OUTLIER_SHARE",
    "LOG_RATIO_MEAN",
    "LOG_RATIO_SD",
    "LOG_RATIO_SD_UNRELATED",
    "LengthSimilarity",
    "length_evidence",
    "text_length",
]

# Length of a translation against the Arabic (non-space characters, log ratio English/Arabic),
# measured on ../shared/data: mean 0.21 sd 0.23 (Tatoeba), 0.11 / 0.17 (TICO-19), 0.28 / 0.25
# (ArzEn-ST); unrelated pairs spread with sd 0.6-1.2.
#: Mean of ``log(English length / Arabic length)`` over real translations.
LOG_RATIO_MEAN = 0.2
#: Its standard deviation over real translations.
LOG_RATIO_SD = 0.3
#: Its standard deviation between unrelated texts.
LOG_RATIO_SD_UNRELATED = 1.0
#: Share of real translations with an odd length (caps the penalty near -3.5 nats).
LENGTH_OUTLIER_SHARE = 0.03
#: The most evidence (nats) a length ratio can give, reached at the mean ratio.
LENGTH_EVIDENCE_MAX = math.log(LOG_RATIO_SD_UNRELATED / LOG_RATIO_SD)

_NOT_LENGTH = regex.compile(r"[\s\p{Mn}\p{Cf}]+")


def text_length(text: str) -> int:
    """Characters that carry length: no spaces, no diacritics, no format controls. (Printable ASCII,
    most English segments, has nothing of these but spaces: counted without the pattern, the same number.)"""
    if text.isascii() and text.isprintable():
        return len(text) - text.count(" ")
    return len(_NOT_LENGTH.sub("", text))


# The constants of the two hypotheses' log densities (:func:`length_evidence`), worked out once.
_LOG_SD, _LOG_SD_UNRELATED, _SHARE_RELATED = math.log(LOG_RATIO_SD), math.log(LOG_RATIO_SD_UNRELATED), 1 - LENGTH_OUTLIER_SHARE


def length_evidence(source_chars: int, target_chars: int) -> float:
    """Log-likelihood ratio (nats) of "translation" against "unrelated" from the two lengths alone
    (:func:`text_length` of the Arabic and of the English), by the absolute statistics above: the log density of
    ``N(0, sd^2)`` at the log ratio for each, less the constant both share, written out (pairing ranks its candidates
    by it, 75,000 calls on the bench thread: a call for each density was a third of its time)."""
    x = math.log((target_chars + 2) / (source_chars + 2)) - LOG_RATIO_MEAN
    unrelated = -0.5 * (x / LOG_RATIO_SD_UNRELATED) ** 2 - _LOG_SD_UNRELATED
    related = math.log(_SHARE_RELATED * math.exp(-0.5 * (x / LOG_RATIO_SD) ** 2 - _LOG_SD) + LENGTH_OUTLIER_SHARE * math.exp(unrelated))
    return related - unrelated


#: ``log(sqrt(2 * pi))``, the normal density's constant, written as the float both the numpy and the plain path subtract.
_HALF_LOG_2PI = 0.9189385332046727


def _log_normal_pdf(x: Any, sigma: Any) -> Any:
    """Log density of ``N(0, sigma^2)`` at ``x`` (floats or numpy arrays)."""
    import numpy as np

    return -0.5 * (x / sigma) ** 2 - np.log(sigma) - _HALF_LOG_2PI


def _lengths(side: PreparedSource | PreparedTarget) -> list[int]:
    """The length of each segment of a side."""
    return [text_length(t) for t in side.segments]


@dataclass(frozen=True)
class LengthSimilarity(SidedSimilarity):
    """Length ratio of translations: log(target/source length) is close to the document's ratio.

    Translated pairs: ``N(0, sigma0^2 + spread/len)``; unrelated pairs: ``N(0, sigma_random^2)``
    (Gale & Church model length differences the same way, in characters). Relative to the
    document, so it needs no language pair's ratio; tuned on bench/bench_align.py's dev slice.
    """

    sigma0: float = 0.21
    spread: float = 0.375
    sigma_random: float = LOG_RATIO_SD_UNRELATED
    outlier: float = 0.015

    def scorer(self, source: PreparedSource, target: PreparedTarget) -> LinkScorer:
        """Lengths of segments and of pairs of neighbours, and the document's target/source ratio."""
        return _LengthScorer(self, source.feature(_lengths), target.feature(_lengths))


class _LengthScorer(BlockScorer):
    def __init__(self, model: LengthSimilarity, source: list[int], target: list[int]) -> None:
        self.model = model
        self.source, self.target = source, target
        total_s, total_t = sum(source), sum(target)
        self.mu = math.log((total_t + 1) / (total_s + 1)) if total_s and total_t else 0.0

    @cached_property
    def src(self) -> dict[int, Any]:
        import numpy as np

        return {k: _window_sums(np.array(self.source, dtype=float), k) for k in (1, 2)}

    @cached_property
    def tgt(self) -> dict[int, Any]:
        import numpy as np

        return {k: _window_sums(np.array(self.target, dtype=float), k) for k in (1, 2)}

    def block(self, ds: int, dt: int, rows: range, cols: range) -> Any:
        import numpy as np

        m = self.model
        ls = self.src[ds][rows.start : rows.stop, None]
        lt = self.tgt[dt][None, cols.start : cols.stop]
        x = np.log((lt + 2) / (ls + 2)) - self.mu
        sigma = np.sqrt(m.sigma0**2 + m.spread / (0.5 * (ls + lt) + 1))
        aligned = np.logaddexp(
            math.log(1 - m.outlier) + _log_normal_pdf(x, sigma),
            math.log(m.outlier) + _log_normal_pdf(x, m.sigma_random),
        )
        return aligned - _log_normal_pdf(x, m.sigma_random)

    def rows(self, ds: int, dt: int, rows: range, cols: range) -> list[list[float]]:
        """:meth:`block` in plain Python, for the few links pairing aligns (numpy is 11.7 MiB it need not load):
        each cell the same operations in the same order as numpy's elementwise ones. The floats are numpy's
        where its float64 ``log``, ``exp`` and ``log1p`` are the C library's, as :mod:`math`'s; on a CPU with
        AVX-512 numpy computes them with its own vector code, a few units in the last place apart (at most
        3e-15 here), so the two can differ by that much."""
        m = self.model
        ls_all = _plain_window_sums(self.source, ds)[rows.start : rows.stop]
        lt_all = _plain_window_sums(self.target, dt)[cols.start : cols.stop]
        mu, sigma0_sq, spread = self.mu, m.sigma0**2, m.spread
        log_kept, log_outlier, random = math.log(1 - m.outlier), math.log(m.outlier), m.sigma_random
        log_random = math.log(random)
        out = []
        for ls in ls_all:
            row = []
            for lt in lt_all:
                x = math.log((lt + 2) / (ls + 2)) - mu
                sigma = math.sqrt(sigma0_sq + spread / (0.5 * (ls + lt) + 1))
                t = x / sigma
                a = log_kept + (-0.5 * (t * t) - math.log(sigma) - _HALF_LOG_2PI)
                t = x / random
                unrelated = -0.5 * (t * t) - log_random - _HALF_LOG_2PI
                b = log_outlier + unrelated
                row.append(_logaddexp(a, b) - unrelated)
            out.append(row)
        return out


def _logaddexp(x: float, y: float) -> float:
    """numpy's ``logaddexp`` of two floats (``npy_logaddexp``), step for step."""
    if x == y:
        return x + _LOGE2
    tmp = x - y
    if tmp > 0:
        return x + math.log1p(math.exp(-tmp))
    if tmp <= 0:
        return y + math.log1p(math.exp(tmp))
    return tmp


#: numpy's ``NPY_LOGE2``.
_LOGE2 = 0.693147180559945309417232121458176568


def _plain_window_sums(values: list[int], k: int) -> list[float]:
    """:func:`_window_sums` without numpy: the sums of ints are exact either way (below 2**53)."""
    return [float(sum(values[i : i + k])) for i in range(len(values) - k + 1)]


def _window_sums(values: Any, k: int) -> Any:
    """Sums of ``k`` consecutive values (``len(values) - k + 1`` of them, none if too few)."""
    import numpy as np

    if len(values) < k:
        return np.zeros(0)
    cum = np.concatenate(([0.0], np.cumsum(values)))
    return cum[k:] - cum[:-k]
