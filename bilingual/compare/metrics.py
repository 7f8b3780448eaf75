"""chrF and TER from sacrebleu, so that every figure matches what everyone else reports, each with
sacrebleu's signature string. There is deliberately no sentence-level BLEU: on short comment
segments it is 0 for "Thanks bro" against "Thank you brother" and says nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["CorpusScore", "PairScore", "corpus_score", "score_pair", "signatures"]


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
def _chrf() -> Any:
    from sacrebleu.metrics.chrf import CHRF

    return CHRF()


@functools.cache
def _ter() -> Any:
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
        "chrF2": str(CHRFSignature({**vars(_chrf()), "num_refs": 1})),
        "TER": str(TERSignature({**vars(_ter()), "num_refs": 1})),
    }


def score_pair(machine: str, human: str) -> PairScore:
    """Sentence-level chrF and TER of ``machine`` against the single reference ``human``."""
    return PairScore(
        _chrf().sentence_score(machine, [human]).score,
        _ter().sentence_score(machine, [human]).score,
    )


def corpus_score(machine: Sequence[str], human: Sequence[str]) -> CorpusScore:
    """Corpus chrF and TER over aligned lists (one reference each); ``None`` scores when empty."""
    if len(machine) != len(human):
        raise ValueError(f"{len(machine)} machine segments against {len(human)} human segments")
    if not machine:
        return CorpusScore(None, None, 0)
    refs = [list(human)]
    return CorpusScore(
        _chrf().corpus_score(list(machine), refs).score,
        _ter().corpus_score(list(machine), refs).score,
        len(machine),
    )


