"""The one data model every stage shares: spans with character offsets into an original text.

Like spaCy's ``Span``, a :class:`Span` never copies text; it points into the string it was
found in, so every later stage (normalization, translation, pairing, reports) can trace its
result back to the exact characters a user wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

# Span kinds produced by the segmenter.
ARABIC = "arabic"  # an Arabic-script passage
ARABIZI = "arabizi"  # Arabic written in Latin letters
LATIN = "latin"  # Latin-script text (English, French, names...)
OTHER = "other"  # anything else: other scripts, whitespace-only or symbol-only stretches

KINDS = (ARABIC, ARABIZI, LATIN, OTHER)

# The ``lang`` of an ``arabizi`` span: which language is written in Latin letters. Romanized
# Persian (Finglish) is an ``arabizi`` span too, told apart by its ``lang``, so that everything
# that handles romanized text keeps working and only what depends on the language (the
# transliteration table, the translation model) looks at ``lang``.
AR_LATN = "ar-Latn"  # Arabizi: Arabic in Latin letters
FA_LATN = "fa-Latn"  # Finglish: Persian in Latin letters


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open stretch ``[start, end)`` of a text, with what the segmenter decided it is.

    ``insertions`` lists the ``(start, end)`` of Latin words kept inside an Arabic passage,
    in the same coordinates as ``start``/``end``.
    """

    start: int
    end: int
    kind: str
    lang: str | None = None
    confidence: float | None = None
    insertions: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """The characters of ``source`` this span covers."""
        return source[self.start : self.end]

    def shifted(self, delta: int) -> "Span":
        """The same span moved by ``delta`` characters (e.g. from comment to file offsets)."""
        return Span(
            self.start + delta,
            self.end + delta,
            self.kind,
            self.lang,
            self.confidence,
            tuple((a + delta, b + delta) for a, b in self.insertions),
        )


@dataclass(frozen=True, slots=True)
class Location:
    """Where a span lives in a thread: a comment id (``None`` for the article) and offsets into that text."""

    comment: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by every command: ``{"comment", "start", "end"}``."""
        return {"comment": self.comment, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Passage:
    """A non-English span located in a thread: the unit that is normalized, translated and paired."""

    location: Location
    span: Span
    text: str
    author: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """The span's kind (``arabic`` or ``arabizi``)."""
        return self.span.kind


def tiles(spans: Iterable[Span], length: int) -> bool:
    """True when ``spans`` cover ``[0, length)`` exactly once, in order, with no gap or overlap."""
    pos = 0
    for span in spans:
        if span.start != pos or span.end < span.start:
            return False
        pos = span.end
    return pos == length
