"""chrF and TER from sacrebleu, so that every figure matches what everyone else reports, each with
sacrebleu's signature string. There is deliberately no sentence-level BLEU: on short comment
segments it is 0 for "Thanks bro" against "Thank you brother" and says nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["CorpusScore", "PairScore", "chrf_metric", "corpus_score", "score_pair", "signatures", "ter_metric"]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@dataclass(frozen=True, slots=True)
class PairScore:
    """chrF and TER of one machine segment against one human segment (sacrebleu, 0-100)."""

    chrf: float
    ter: float

    def to_dict(self) -> dict[str, float]:
        """JSON form, rounded to two decimals as sacrebleu prints them."""
        return {"chrf": round(self.chrf, 2), "ter": round(self.ter, 2)}


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Corpus-level chrF and TER over ``n`` segment pairs (``None`` when there is none)."""

    chrf: float | None
    ter: float | None
    n: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form, rounded to two decimals."""
        return {"chrf": _round(self.chrf), "ter": _round(self.ter), "pairs": self.n}


@functools.cache
def chrf_metric() -> Any:
    """The one chrF (sacrebleu ``CHRF()``, chrF2 defaults) that the aligner, pairing and the
    comparison of machine and human translations all score with."""
    from sacrebleu.metrics.chrf import CHRF

    return CHRF()


@functools.cache
def ter_metric() -> Any:
    """The one TER (sacrebleu ``TER()`` defaults)."""
    from sacrebleu.metrics.ter import TER

    return TER()


def signatures() -> dict[str, str]:
    """sacrebleu's signature strings for the chrF and TER used here, e.g. ``nrefs:1|case:mixed|...``.

    Built from the metric objects' settings with one reference (every score here has exactly one),
    so they are known before anything is scored: a report with no pair still says what it would use.
    """
    from sacrebleu.metrics.chrf import CHRFSignature
    from sacrebleu.metrics.ter import TERSignature

    return {
        "chrF2": str(CHRFSignature({**vars(chrf_metric()), "num_refs": 1})),
        "TER": str(TERSignature({**vars(ter_metric()), "num_refs": 1})),
    }


def score_pair(machine: str, human: str) -> PairScore:
    """Sentence-level chrF and TER of ``machine`` against the single reference ``human``."""
    return PairScore(
        chrf_metric().sentence_score(machine, [human]).score,
        ter_metric().sentence_score(machine, [human]).score,
    )


def corpus_score(machine: Sequence[str], human: Sequence[str]) -> CorpusScore:
    """Corpus chrF and TER over aligned lists (one reference each); ``None`` scores when empty."""
    if len(machine) != len(human):
        raise ValueError(f"{len(machine)} machine segments against {len(human)} human segments")
    if not machine:
        return CorpusScore(None, None, 0)
    refs = [list(human)]
    return CorpusScore(
        chrf_metric().corpus_score(list(machine), refs).score,
        ter_metric().corpus_score(list(machine), refs).score,
        len(machine),
    )


