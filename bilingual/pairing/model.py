"""What pairing returns: a passage, the commenter's translation of it, and why it was chosen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..align import Link
from ..spans import Location, Passage

__all__ = ["THRESHOLD", "Alignment", "Pair", "Translator"]

#: Translates Arabic segments to English, one output per input (the MT engine, when installed).
Translator = Callable[[list[str]], list[str]]

#: A candidate is accepted as the translation when its score reaches this: the probability that it
#: is one, on a development set where half the candidates are (bench/pairing_devset.py), high
#: enough that at most 2 % of English that translates nothing is paired there (bench/bench_pairing.py).
THRESHOLD = 0.87


@dataclass(frozen=True, slots=True)
class Alignment:
    """Clause-level alignment of a passage with its translation, ready to show row by row.

    ``source`` spans are offsets into the passage's comment text, ``target`` spans offsets into
    the translation's comment text; ``links`` index into them (from :func:`bilingual.align.align`).
    """

    source: tuple[tuple[int, int], ...]
    target: tuple[tuple[int, int], ...]
    links: tuple[Link, ...]


@dataclass(slots=True)
class Pair:
    """A passage and the commenter's translation of it (``translation`` is ``None`` when there is none).

    ``via`` says how the translation was reached (``same-comment``, ``same-comment-before``, ``reply``, ``quote``,
    ``same-author``, ``nearby``: a comment just after the passage's that is no reply to it, ``duplicate-of:<comment id>``);
    ``duplicate_of`` names the comment whose copy of the Arabic the translation was found for, when it was shared;
    ``reason`` explains the choice.
    ``covered`` lists the passage's clauses (indices into ``alignment.source``) that the
    translation covers, so a partial translation is reported as partial; ``flags`` holds
    ``"uncertain"`` (the translator said "roughly", "not perfect"...), ``"partial"`` (some clauses
    are not covered) and ``"quoted-copy"`` (the passage is a quoted copy of an earlier one);
    ``evidence`` says in plain words what decided the pair, strongest first. A translation its
    writer split over several comments ("(cont.)", "Part 2:", "1/2") keeps the part the evidence
    chose in ``translation`` (and ``alignment``) and the other parts, in thread order, in
    ``continued`` with their texts in ``continued_text``; ``covered`` counts every part.
    """

    passage: Passage
    translation: Location | None
    translation_text: str | None
    score: float
    via: str | None
    duplicate_of: str | None
    reason: str
    alignment: Alignment | None
    covered: tuple[int, ...] | None = None
    flags: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    continued: tuple[Location, ...] = ()
    continued_text: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``pairs --format jsonl`` record: ``{"passage", "translation", "score", "via", "covered",
        "flags", "evidence"}``, and ``"continued"`` (the other parts' locations) when the translation
        is split over several comments."""
        record: dict[str, Any] = {
            "passage": self.passage.location.to_dict(),
            "translation": self.translation.to_dict() if self.translation else None,
            "score": round(self.score, 4),
            "via": self.via,
            "covered": list(self.covered) if self.covered is not None else None,
            "flags": list(self.flags),
            "evidence": list(self.evidence),
        }
        if self.continued:
            record["continued"] = [loc.to_dict() for loc in self.continued]
        return record
