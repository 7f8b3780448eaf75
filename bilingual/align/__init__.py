"""Monotonic alignment of Arabic segments with their human translation, with pluggable similarity.

A dynamic program (Gale & Church 1993) links ``source`` and ``target`` segments in order with links
of kinds 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 (:mod:`.dp`). Each candidate link is scored by a
similarity as a log-likelihood ratio (nats) "these are translations" against "these are
unrelated", plus a log prior on its kind. Defaults: the length model (:mod:`.length`) plus
cross-lingual anchors (:mod:`.anchors`: numbers, punctuation, sentence ends and line breaks; and
:mod:`.names`: CLDR names of countries, territories, languages and months matched with typos,
transliterated proper names, Latin words kept in the Arabic); with machine output for the source,
chrF between it and the human segment is added (the Bleualign idea, :mod:`.similarity`).

Each side is prepared once (:func:`prepare_source`, :func:`prepare_target`) and scored against any
number of the other. Defaults were tuned on the first half of tatoeba-ara-eng and tico19
(``bench/bench_align.py``).
"""

from __future__ import annotations

from ..text.sentences import clauses as split_segments
from .anchors import ANCHOR_WEIGHTS, AnchorSimilarity
from .dp import KINDS, PRIORS, Link, align, alignment_score, default_similarity, gale_church
from .length import (
    LENGTH_EVIDENCE_MAX,
    LENGTH_OUTLIER_SHARE,
    LOG_RATIO_MEAN,
    LOG_RATIO_SD,
    LOG_RATIO_SD_UNRELATED,
    LengthSimilarity,
    length_evidence,
    text_length,
)
from .similarity import (
    CHRF_UNRELATED,
    BlockScorer,
    ChrfSimilarity,
    Combined,
    LinkScorer,
    PreparedSource,
    PreparedTarget,
    SidedSimilarity,
    Similarity,
    chrf_metric,
    link_scorer,
    prepare_source,
    prepare_target,
)

__all__ = [
    "ANCHOR_WEIGHTS",
    "CHRF_UNRELATED",
    "KINDS",
    "LENGTH_EVIDENCE_MAX",
    "LENGTH_OUTLIER_SHARE",
    "LOG_RATIO_MEAN",
    "LOG_RATIO_SD",
    "LOG_RATIO_SD_UNRELATED",
    "PRIORS",
    "AnchorSimilarity",
    "BlockScorer",
    "ChrfSimilarity",
    "Combined",
    "LengthSimilarity",
    "Link",
    "LinkScorer",
    "PreparedSource",
    "PreparedTarget",
    "SidedSimilarity",
    "Similarity",
    "align",
    "alignment_score",
    "chrf_metric",
    "default_similarity",
    "gale_church",
    "length_evidence",
    "link_scorer",
    "prepare_source",
    "prepare_target",
    "split_segments",
    "text_length",
]
