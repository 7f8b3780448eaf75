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

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..text.sentences import clauses as split_segments
    from .anchors import ANCHOR_WEIGHTS, AnchorSimilarity
    from .dp import KINDS, PRIORS, Link, alignment_score, default_similarity, gale_church
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

# The package stays light (``bilingual`` binds :func:`align` at import): every other name loads
# its module on first use.
_LAZY: dict[str, tuple[str, str]] = {
    "ANCHOR_WEIGHTS": (".anchors", "ANCHOR_WEIGHTS"),
    "AnchorSimilarity": (".anchors", "AnchorSimilarity"),
    "BlockScorer": (".similarity", "BlockScorer"),
    "CHRF_UNRELATED": (".similarity", "CHRF_UNRELATED"),
    "ChrfSimilarity": (".similarity", "ChrfSimilarity"),
    "Combined": (".similarity", "Combined"),
    "KINDS": (".dp", "KINDS"),
    "LENGTH_EVIDENCE_MAX": (".length", "LENGTH_EVIDENCE_MAX"),
    "LENGTH_OUTLIER_SHARE": (".length", "LENGTH_OUTLIER_SHARE"),
    "LOG_RATIO_MEAN": (".length", "LOG_RATIO_MEAN"),
    "LOG_RATIO_SD": (".length", "LOG_RATIO_SD"),
    "LOG_RATIO_SD_UNRELATED": (".length", "LOG_RATIO_SD_UNRELATED"),
    "LengthSimilarity": (".length", "LengthSimilarity"),
    "Link": (".dp", "Link"),
    "LinkScorer": (".similarity", "LinkScorer"),
    "PRIORS": (".dp", "PRIORS"),
    "PreparedSource": (".similarity", "PreparedSource"),
    "PreparedTarget": (".similarity", "PreparedTarget"),
    "SidedSimilarity": (".similarity", "SidedSimilarity"),
    "Similarity": (".similarity", "Similarity"),
    "alignment_score": (".dp", "alignment_score"),
    "chrf_metric": (".similarity", "chrf_metric"),
    "default_similarity": (".dp", "default_similarity"),
    "gale_church": (".dp", "gale_church"),
    "length_evidence": (".length", "length_evidence"),
    "link_scorer": (".similarity", "link_scorer"),
    "prepare_source": (".similarity", "prepare_source"),
    "prepare_target": (".similarity", "prepare_target"),
    "split_segments": ("..text.sentences", "clauses"),
    "text_length": (".length", "text_length"),
}

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


def align(
    source_segments: Sequence[str] | PreparedSource,
    target_segments: Sequence[str] | PreparedTarget,
    mt_segments: Sequence[str] | None = None,
    similarity: Similarity | None = None,
    *,
    band: int | None = 30,
) -> list[Link]:
    """Monotonic links between source (Arabic) and target (English) segments covering each segment
    once (see :func:`bilingual.align.dp.align`). A bare ``str`` is refused: it would be aligned as a
    sequence of one-character segments (:func:`split_segments` cuts a text into segments)."""
    from .dp import align as _align

    for what, value in (("source_segments", source_segments), ("target_segments", target_segments), ("mt_segments", mt_segments)):
        if isinstance(value, str):
            raise TypeError(f"align() {what} must be a sequence of segments, not a str; split the text first (split_segments)")

    return _align(source_segments, target_segments, mt_segments, similarity, band=band)


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'bilingual.align' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
