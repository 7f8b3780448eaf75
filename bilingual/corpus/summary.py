"""Corpus figures: each shard's, computed on its worker and kept in its marker, then summed into
``summary.json`` in shard order (so the summary is the same whatever the number of workers).

Corpus chrF and TER are not averages of thread scores: each shard keeps sacrebleu's sufficient
statistics of its (machine, commenter) segment pairs (character n-gram counts for chrF, edits and
reference length for TER), which add up; the corpus score is computed once from the sums, exactly
as :func:`bilingual.compare.corpus_score` would over all the pairs at once, without holding them.
The pairs counted are those of the thread report's summary: each aligned row with both a machine
and a commenter's text, copies of an earlier passage left out.

A platform's thread id found again (the same thread in two inputs: a Reddit thread in two monthly dumps,
a story in an Algolia export and an items dump) is kept as a second thread, under its own name (its
shard and position), and said: an errors.jsonl entry of kind ``repeated`` naming both inputs, and
``repeated_threads`` in summary.json (:meth:`Totals.add`). The ids of the formats of one's own files
(JSONL, CSV, plain text...) and of WordPress (a site's post numbers) name a thread only within their
file, so they are not compared.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..threads import PLATFORMS

if TYPE_CHECKING:
    from ..pipeline import Result, Settings
    from ..report.model import Report

#: ISO 15924 script of each passage kind: Arabic script, or Latin letters (Arabizi, Finglish).
SCRIPTS = {"arabic": "Arab", "arabizi": "Latn"}
#: Counters a shard and the corpus keep, in the order summary.json shows them.
COUNTS = ("threads", "comments", "threads_with_passages", "passages", "machine_translated", "paired", "duplicates", "model_sentences")
#: The tallies by key (language, script, passage flag, reader flag on comments).
TALLIES = ("by_language", "by_script", "flags", "comment_flags")
#: The counters summary.json gives for each input and each format.
PER_INPUT = ("threads", "comments", "passages", "paired")
#: The formats whose thread ids name the same thread in any file (a repeat is the same thread).
GLOBAL_IDS = (*PLATFORMS, "disqus")


@functools.cache
def _metrics() -> tuple[Any, Any]:
    """chrF and TER with the settings of :mod:`bilingual.compare` (sacrebleu's defaults, one reference)."""
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    return CHRF(), TER()


def pair_statistics(machine: Sequence[str], human: Sequence[str]) -> dict[str, list[float]]:
    """Summed sufficient statistics of chrF and TER over aligned (machine, commenter) segments."""
    out: dict[str, list[float]] = {"chrF": [], "TER": []}
    for name, metric in zip(out, _metrics()):
        for segment in metric._extract_corpus_statistics(list(machine), [list(human)]) if machine else []:
            out[name] = add_statistics(out[name], segment)
    return out


def add_statistics(total: list[float], more: Sequence[float]) -> list[float]:
    """Element-wise sum (an empty list is zero)."""
    if not total:
        return list(more)
    if not more:
        return total
    return [a + b for a, b in zip(total, more, strict=True)]


def corpus_scores(statistics: dict[str, list[float]], pairs: int) -> dict[str, Any]:
    """chrF and TER (0-100, two decimals, ``None`` without pairs) from summed statistics."""
    from ..compare import CorpusScore

    chrf, ter = _metrics()
    if not pairs:
        return CorpusScore(None, None, 0).to_dict()
    return CorpusScore(
        chrf._compute_score_from_stats(statistics["chrF"]).score, ter._compute_score_from_stats(statistics["TER"]).score, pairs,
    ).to_dict()


def _tally(into: dict[str, int], key: str, n: int = 1) -> None:
    into[key] = into.get(key, 0) + n


@dataclass(slots=True)
class ShardFigures:
    """The figures of one shard, built on its worker thread by thread: counts, the index's row of
    each thread, the chrF/TER statistics of its pairs and the threads that failed."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    tallies: dict[str, dict[str, int]] = field(default_factory=lambda: {k: {} for k in TALLIES})
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    machine: list[str] = field(default_factory=list)
    human: list[str] = field(default_factory=list)
    format: str | None = None

    def add(self, report: Report, result: Result, ordinal: int, link: str | None) -> None:
        """Count a thread that went through: its report and pipeline result."""
        thread, s = result.thread, report.summary
        self.format = self.format or report.format  # a shard is one input's: one format
        c = self.counts
        c["threads"] += 1
        c["comments"] += s.comments
        c["threads_with_passages"] += 1 if s.passages else 0
        c["passages"] += s.passages
        c["machine_translated"] += s.translated
        c["paired"] += s.paired
        c["duplicates"] += s.duplicates
        c["model_sentences"] += sum(1 for p in result.passages for m in p.machine if not m.cached)
        langs: dict[str, int] = {}
        for entry in report.passages:
            _tally(langs, entry.lang or "und")
            _tally(self.tallies["by_script"], SCRIPTS.get(entry.kind, entry.kind))
            if entry.duplicate_of is None:
                for row in entry.rows:
                    if row.machine and row.human:
                        self.machine.append(row.machine)
                        self.human.append(row.human)
        for lang, n in langs.items():
            _tally(self.tallies["by_language"], lang, n)
        for code, n in s.flagged.items():
            _tally(self.tallies["flags"], code, n)
        for comment in thread.comments:
            for flag in comment.flags:
                _tally(self.tallies["comment_flags"], flag)
        dates = sorted(c.created for c in thread.comments if c.created)
        self.rows.append({
            "ordinal": ordinal, "id": thread.id, "title": thread.title, "comments": s.comments,
            "passages": s.passages, "translated": s.translated, "paired": s.paired,
            "flags": dict(s.flagged), "languages": sorted(langs), "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None, "report": link,
        })

    def error(self, source: str, ordinal: int, thread_id: str | None, reason: str) -> None:
        """Record a thread that failed, with a one-line reason (an errors.jsonl entry, with its place in its input)."""
        from .shards import error_entry

        self.errors.append({**error_entry("thread", source, reason, thread=thread_id), "ordinal": ordinal})

    def to_dict(self) -> dict[str, Any]:
        """The marker's figures (JSON)."""
        return {
            **self.counts, **self.tallies, "format": self.format, "pairs": len(self.machine),
            "statistics": pair_statistics(self.machine, self.human), "rows": self.rows, "errors": self.errors,
        }


@dataclass(slots=True)
class Totals:
    """The corpus figures: shard markers added up, in shard order."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    tallies: dict[str, dict[str, int]] = field(default_factory=lambda: {k: {} for k in TALLIES})
    statistics: dict[str, list[float]] = field(default_factory=lambda: {"chrF": [], "TER": []})
    pairs: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    model: dict[str, Any] | None = None
    shards: int = 0
    inputs: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The input of each thread id seen, by a 64-bit digest of (format, id): about 80 bytes a thread.
    seen: dict[int, str] = field(default_factory=dict)
    #: The errors.jsonl entries of the threads whose id was seen before.
    repeated: list[dict[str, Any]] = field(default_factory=list)

    @property
    def threads(self) -> int:
        """Threads processed."""
        return self.counts["threads"]

    @property
    def comments(self) -> int:
        """Comments in the threads processed."""
        return self.counts["comments"]

    def add(self, marker: dict[str, Any]) -> None:
        """Add one shard's marker."""
        self.shards += 1
        for key in COUNTS:
            self.counts[key] += int(marker[key])
        for key in TALLIES:
            for name, n in marker[key].items():
                _tally(self.tallies[key], name, int(n))
        for metric in ("chrF", "TER"):
            self.statistics[metric] = add_statistics(self.statistics[metric], marker["statistics"][metric])
        self.pairs += int(marker["pairs"])
        self.errors.extend(marker["errors"])
        of_input = self.inputs.setdefault(marker["source"], {"format": None, **dict.fromkeys(PER_INPUT, 0)})
        of_input["format"] = of_input["format"] or marker.get("format")  # a marker of before 2026-12-05 has none
        for key in PER_INPUT:
            of_input[key] += int(marker[key])
        if self.model is None or (self.model.get("hash") is None and marker["model"].get("hash") is not None):
            self.model = marker["model"]
        self._repeats(marker)

    def _repeats(self, marker: dict[str, Any]) -> None:
        """Note each thread of ``marker`` whose (format, id) an earlier thread had: both stay in the
        outputs as two threads; the later one gets a ``repeated`` entry naming the first one's input."""
        from .shards import error_entry

        source, fmt = marker["source"], marker.get("format")
        if fmt not in GLOBAL_IDS:
            return
        for row in marker["rows"]:
            if row["id"] is None:
                continue
            key = int.from_bytes(hashlib.blake2b(f"{fmt}\0{row['id']}".encode(), digest_size=8).digest(), "big")
            first = self.seen.get(key)
            if first is None:
                self.seen[key] = source
                continue
            where = "earlier in this input" if first == source else f"in {first}"
            reason = f"{fmt} thread {row['id']} is also {where}: both are kept, as two threads"
            self.repeated.append({**error_entry("repeated", source, reason, thread=str(row["id"])), "ordinal": row["ordinal"], "first_input": first})

    def by_input(self, names: Sequence[str]) -> list[dict[str, Any]]:
        """Each input named, in order: its format (``None`` when it gave no thread) and its figures."""
        empty = {"format": None, **dict.fromkeys(PER_INPUT, 0)}
        return [{"input": name, **self.inputs.get(name, empty)} for name in names]

    def by_format(self) -> dict[str, dict[str, int]]:
        """The inputs that gave threads and their figures, summed by format."""
        out: dict[str, dict[str, int]] = {}
        for figures in self.inputs.values():
            into = out.setdefault(str(figures["format"]), {"inputs": 0, **dict.fromkeys(PER_INPUT, 0)})
            into["inputs"] += 1
            for key in PER_INPUT:
                into[key] += figures[key]
        return dict(sorted(out.items()))

    def to_dict(self, settings: Settings, inputs: int, failed: dict[str, int], warnings: int, names: Sequence[str] = ()) -> dict[str, Any]:
        """summary.json: the corpus figures, what failed (``failed``: threads, inputs and records left out)
        and the comments kept with a warning, the figures of each input (``names``) and each format,
        the metric signatures, the model and the settings."""
        from .. import __version__
        from ..compare import signatures

        c = self.counts
        return {
            "bilingual_version": __version__,
            "inputs": inputs,
            "shards": self.shards,
            "threads": c["threads"],
            "comments": c["comments"],
            "threads_with_passages": c["threads_with_passages"],
            "passages": c["passages"],
            "passages_by_language": dict(sorted(self.tallies["by_language"].items())),
            "passages_by_script": dict(sorted(self.tallies["by_script"].items())),
            "machine_translated": c["machine_translated"],
            "model_sentences": c["model_sentences"],
            "paired": c["paired"],
            "unpaired": c["passages"] - c["paired"],
            "duplicates": c["duplicates"],
            "corpus": corpus_scores(self.statistics, self.pairs),
            "metric_signatures": signatures(),
            "flags": dict(sorted(self.tallies["flags"].items())),
            "comment_flags": dict(sorted(self.tallies["comment_flags"].items())),
            "failed": failed,
            "warnings": warnings,
            "repeated_threads": len(self.repeated),
            "by_format": self.by_format(),
            "by_input": self.by_input(names),
            "model": self.model,
            "settings": settings.to_dict(),
        }
