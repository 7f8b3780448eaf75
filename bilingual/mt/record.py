"""The record of one machine-translated sentence, shared by the toolkit's pipeline
(:mod:`bilingual.mt.pipeline`) and argostranslate's (:mod:`bilingual.mt.argos`), which both make it
without importing each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..spans import Location
from .engine import Hypothesis


@dataclass(slots=True)
class Translation:
    """One source sentence and its machine translation.

    ``source`` is the passage's :class:`Location` (or the index of the input text), ``span`` the
    sentence's ``(start, end)`` within that passage's text, ``normalized`` what the model was fed.
    """

    source: Location | int
    span: tuple[int, int]
    sentence: str
    normalized: str
    hypotheses: list[Hypothesis]
    flags: list[str] = field(default_factory=list)
    cached: bool = False
    model: str | None = None
    engine: str = "ctranslate2"

    @property
    def text(self) -> str:
        """The best hypothesis (``""`` when nothing was produced)."""
        return self.hypotheses[0].text if self.hypotheses else ""

    @property
    def location(self) -> Location | None:
        """The sentence's place in the thread (comment offsets), when the input was a passage."""
        if isinstance(self.source, Location):
            return Location(self.source.comment, self.source.start + self.span[0], self.source.start + self.span[1])
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: where the sentence is, what was translated, the n-best list and the flags."""
        where: dict[str, Any]
        if isinstance(self.source, Location):
            loc = self.location
            where = {**loc.to_dict(), "passage": self.source.to_dict()} if loc else {}
        else:
            where = {"input": self.source, "start": self.span[0], "end": self.span[1]}
        return {
            **where,
            "source": self.sentence,
            "normalized": self.normalized,
            "text": self.text,
            "hypotheses": [h.to_dict() for h in self.hypotheses],
            "flags": list(self.flags),
            "cached": self.cached,
            "model": self.model,
            "engine": self.engine,
        }
