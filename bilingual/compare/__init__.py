"""Compare machine output with a commenter's translation: metrics (sacrebleu chrF and TER, with
their signatures), word diffs, and the flags a passage carries."""

from __future__ import annotations

from .diffs import DiffOp, WordDiff, tokens, word_diff
from .flags import (
    ARABIZI, DIALECT, DIALECT_CUES, DUPLICATE, FINGLISH, FLAG_LABELS, FLAG_MEANINGS, LOW_AGREEMENT, LOW_AGREEMENT_CHRF, NO_TRANSLATION,
    SUSPICIOUS_MT, Flag, dialect_cues, passage_flags,
)
from .metrics import CorpusScore, PairScore, chrf_metric, corpus_score, score_pair, signatures, ter_metric

__all__ = [
    "ARABIZI", "DIALECT", "DIALECT_CUES", "DUPLICATE", "FINGLISH", "FLAG_LABELS", "FLAG_MEANINGS", "LOW_AGREEMENT", "LOW_AGREEMENT_CHRF",
    "NO_TRANSLATION", "SUSPICIOUS_MT", "CorpusScore", "DiffOp", "Flag", "PairScore", "WordDiff", "chrf_metric", "corpus_score",
    "dialect_cues", "passage_flags", "score_pair", "signatures", "ter_metric", "tokens", "word_diff",
]
