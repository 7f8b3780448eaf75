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
    sequence of one-character segments (:func:`split_segments` cuts a text into segments). Every
    argument is checked here, so a wrong one is a one-line error naming ``align()`` (it failed deep in
    the similarity before)."""
    from .dp import align as _align
    from .similarity import PreparedSource, PreparedTarget

    if not isinstance(source_segments, PreparedSource):
        _check_segments("source_segments", source_segments, " (or prepare_source's)")
    if not isinstance(target_segments, PreparedTarget):
        _check_segments("target_segments", target_segments, " (or prepare_target's)")
    if mt_segments is not None:
        _check_segments("mt_segments", mt_segments, "")
    if mt_segments is not None and not isinstance(source_segments, PreparedSource) and len(mt_segments) != len(source_segments):
        raise ValueError(f"align() mt_segments: {len(mt_segments)} machine translations for {len(source_segments)} "
                         "source segments (one per source segment)")
    if similarity is not None and not callable(getattr(similarity, "prepare", None)):
        raise TypeError("align() similarity must be a Similarity (with a prepare method, e.g. "
                        f"bilingual.align.ChrfSimilarity()) or None, not {type(similarity).__name__}")
    if band is not None and type(band) is not int:
        raise TypeError(f"align() band must be a number of positions, 0 or more, or None (search all), not {band!r}")
    if band is not None and band < 0:
        raise ValueError(f"align() band must be a number of positions, 0 or more, or None (search all), not {band!r}")
    return _align(source_segments, target_segments, mt_segments, similarity, band=band)


def _check_segments(what: str, value: object, or_prepared: str) -> None:
    """Refuse ``value`` as ``align()``'s ``what`` unless it is a sequence of ``str``: a ``str`` (it would
    be aligned letter by letter), anything else, or an item that is not a ``str``."""
    if isinstance(value, str):
        raise TypeError(f"align() {what} must be a sequence of segments, not a str; split the text first (split_segments)")
    if not isinstance(value, Sequence):
        raise TypeError(f"align() {what} must be a list or tuple of str{or_prepared}, not {type(value).__name__}")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise TypeError(f"align() {what}[{i}] must be a str, not {type(item).__name__}")


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
