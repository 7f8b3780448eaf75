"""The document model every stage shares, like spaCy's ``Doc``/``Span``.

A :class:`Doc` is one comment's text (or the article's). Each stage of :mod:`bilingual.pipeline`
adds a typed layer to it: the segmenter's spans and passages; for each passage (a
:class:`PassageLayers`) its sentences, its segments (clauses), its normalized view with the offset
map, the machine's sentences, the machine text of each segment, and the commenter's translation
(the pair). Offsets always point into the comment's own text, so any layer can show the exact
characters a commenter typed. Every command's JSON is a view of these records (``docs/SCHEMA.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .spans import Passage, Span

if TYPE_CHECKING:
    from .mt.engine import Hypothesis
    from .normalize import Normalized
    from .pairing import Pair
    from .translit import Transliteration

__all__ = ["Doc", "MachineSentence", "ModelInfo", "PassageLayers"]

Offsets = tuple[int, int]


@dataclass(slots=True)
class MachineSentence:
    """One sentence the model was given (``start``/``end`` in the comment) and what it gave back."""

    start: int
    end: int
    source: str  # the sentence as the commenter typed it
    input: str  # what the model was fed (normalized)
    hypotheses: list[Hypothesis]
    flags: tuple[str, ...] = ()
    cached: bool = False

    @property
    def text(self) -> str:
        """The best hypothesis (``""`` when the model produced nothing)."""
        return self.hypotheses[0].text if self.hypotheses else ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: where the sentence is, what was translated, the n-best list and the flags."""
        return {
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "normalized": self.input,
            "text": self.text,
            "hypotheses": [h.to_dict() for h in self.hypotheses],
            "flags": list(self.flags),
            "cached": self.cached,
        }


@dataclass(slots=True, init=False)
class PassageLayers:
    """A passage with every layer the pipeline adds to it; its spans (``sentences``, ``segments``, the
    machine sentences') are comment offsets.

    ``normalized`` is of the passage's own text: its offset map gives offsets in the passage, and
    :meth:`to_comment` in the comment. For a Latin-script passage (Arabizi, Finglish) ``reading`` is its
    Arabic-script reading with an offset map back to the Latin (``reading.to_original``), and
    ``normalized`` is of the reading.
    """

    passage: Passage
    sentences: list[Offsets]
    segments: list[Offsets]
    normalized: Normalized  # of the passage, or of its Arabic-script reading for Arabizi and Finglish
    reading: Transliteration | None = None  # Arabizi / Finglish written in Arabic script, mapped to the Latin
    machine: list[MachineSentence] = field(default_factory=list)
    segment_machine: list[str] | None = None  # the machine text of each segment (aligned from its sentence)
    segment_flags: list[tuple[str, ...]] = field(default_factory=list)
    pair: Pair | None = None

    # An empty ``machine`` or ``segment_flags`` is not stored (a passage that is not translated has neither: two
    # lists of 56 bytes, 1.7 MB of the 100,000-comment distinct thread's 16,006 passages); the first read of one
    # makes and keeps an empty list, so it reads and mutates like a field (as :class:`bilingual.threads.Comment`'s
    # ``extra`` and ``flags``).
    def __init__(self, passage: Passage, sentences: list[Offsets], segments: list[Offsets], normalized: Normalized,
                 reading: Transliteration | None = None, machine: list[MachineSentence] | None = None,
                 segment_machine: list[str] | None = None, segment_flags: list[tuple[str, ...]] | None = None,
                 pair: Pair | None = None) -> None:
        self.passage = passage
        self.sentences = sentences
        self.segments = segments
        self.normalized = normalized
        self.reading = reading
        if machine is not None:
            self.machine = machine
        self.segment_machine = segment_machine
        if segment_flags is not None:
            self.segment_flags = segment_flags
        self.pair = pair

    def __getattr__(self, name: str) -> Any:
        """Only reached for an unset slot: an empty :attr:`machine` or :attr:`segment_flags`, made and kept on first use."""
        if name == "machine" or name == "segment_flags":
            value: list[Any] = []
            _LAYER_SLOTS[name].__set__(self, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def comment(self) -> str | None:
        """The id of the comment holding the passage (``None``: the article)."""
        return self.passage.location.comment

    @property
    def text(self) -> str:
        """The passage as typed."""
        return self.passage.text

    def to_comment(self, start: int, end: int) -> Offsets:
        """The comment span that normalized ``[start, end)`` came from: back through the normalizer's map,
        the reading's for Arabizi and Finglish, then moved to the passage's place in the comment.
        Offsets that are not ints, or not a span of the normalized text, are refused here, naming this
        call (the normalizer's error named ``Normalized.to_original()``, a call the user did not make)."""
        if isinstance(start, bool) or isinstance(end, bool) or not (hasattr(start, "__index__") and hasattr(end, "__index__")):
            raise TypeError(f"PassageLayers.to_comment(): offsets must be ints, not {type(start).__name__} and {type(end).__name__}")
        start, end = start.__index__(), end.__index__()  # numpy's ints as ints
        if not 0 <= start <= end <= len(self.normalized.text):
            raise ValueError(f"PassageLayers.to_comment(): bad span [{start}, {end}) of the normalized text, "
                             f"0 to {len(self.normalized.text)}")
        a, b = self.normalized.to_original(start, end)
        if self.reading is not None:
            a, b = self.reading.to_original(a, b)
        base = self.passage.location.start
        return base + a, base + b

    @property
    def machine_text(self) -> str | None:
        """The machine translation of the whole passage (sentences joined), ``None`` without MT."""
        return " ".join(s.text for s in self.machine if s.text) if self.machine else None

    def to_dict(self) -> dict[str, Any]:
        """JSON form of every layer (the record ``bilingual segment|translate|pairs --format json`` views)."""
        start = self.passage.location.start
        span = self.passage.span
        return {
            "passage": self.passage.location.to_dict(),
            "kind": span.kind,
            "lang": span.lang,
            "confidence": span.confidence,
            "author": self.passage.author,
            "text": self.passage.text,
            "normalized": self.normalized.text,
            "reading": None if self.reading is None else self.reading.text,
            "reading_flagged": None if self.reading is None else [self.passage.text[w.start : w.end] for w in self.reading.flagged],
            "sentences": [list(s) for s in self.sentences],
            "segments": [list(s) for s in self.segments],
            "machine": [s.to_dict() for s in self.machine] if self.machine else None,
            "segment_machine": self.segment_machine,
            "pair": None if self.pair is None else self.pair.to_dict(),
            "offset": start,
        }


_LAYER_SLOTS: dict[str, Any] = {name: PassageLayers.__dict__[name] for name in ("machine", "segment_flags")}  # the slots' descriptors


@dataclass(slots=True)
class Doc:
    """One comment's text (``comment`` ``None``: the article) and the layers over it.

    ``text`` is what every offset of the doc points into; ``spans`` tile it (``arabic``, ``arabizi``,
    ``latin``, ``other``); ``passages`` are the Arabic and Arabizi spans with their layers, in order
    (``text[p.passage.location.start:p.passage.location.end] == p.text``); ``source_offset`` is where the
    text starts in a plain-text dump (``None`` for other inputs).
    """

    comment: str | None
    text: str
    author: str | None
    source_offset: int | None  # where the text starts in the decoded input (plain-text dumps)
    # The segmenter's tiling (arabic, arabizi, latin, other) and the passages' layers: tuples, so that the
    # docs of a big thread share one tuple for equal tilings (most comments: one Latin span) and the empty one.
    spans: tuple[Span, ...]
    passages: tuple[PassageLayers, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the comment, its text (what every offset below points into), its spans and its
        passages' layers."""
        return {
            "comment": self.comment,
            "author": self.author,
            "source_offset": self.source_offset,
            "text": self.text,
            "spans": [
                {"start": s.start, "end": s.end, "kind": s.kind, "lang": s.lang, "confidence": s.confidence,
                 "insertions": [list(i) for i in s.insertions]}
                for s in self.spans
            ],
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass(slots=True)
class ModelInfo:
    """The translation model used; or, when ``status`` is ``missing`` or ``off``, why there is none.

    ``install_command`` is the one command that installs a model, when one is missing;
    ``test_model`` is True for the project's random-weights test model (its output means nothing).
    """

    status: str  # "loaded", "missing" or "off"
    name: str | None = None
    hash: str | None = None
    message: str = ""
    install_command: str | None = None
    test_model: bool = False

    @property
    def missing(self) -> bool:
        """True when there is no machine translation."""
        return self.status != "loaded"

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "status": self.status,
            "name": self.name,
            "hash": self.hash,
            "message": self.message,
            "install_command": self.install_command,
            "test_model": self.test_model,
        }
