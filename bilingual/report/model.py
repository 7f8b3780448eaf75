"""The report's data model: one structure that the HTML, terminal and JSON outputs all render.

Everything a report shows is computed once, here, by the builder; the renderers only lay it out,
so the three formats cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import methodcaller
from typing import Any, Protocol

from ..compare import CorpusScore, Flag, PairScore, WordDiff
from ..doc import ModelInfo
from ..safe import MadeAsWritten
from ..spans import Location

__all__ = [
    "Card", "CommenterTranslation", "Fold", "ModelInfo", "PassageEntry", "PassageSketch", "Piece", "Report", "Row", "Sketched",
    "Summary", "ThreadView", "TranslationPart", "passage_anchor", "thread_anchor",
]


def passage_anchor(number: int) -> str:
    """HTML id of passage ``number``'s card in the comparison."""
    return f"p-{number}"


def thread_anchor(number: int) -> str:
    """HTML id of passage ``number`` highlighted in the thread view."""
    return f"t-{number}"


class Sketched(Protocol):
    """What the thread view's markup reads of a passage (:class:`~.markup.ViewCards`)."""

    @property
    def kind(self) -> str: ...

    @property
    def lang(self) -> str | None: ...

    @property
    def anchor(self) -> str: ...

    @property
    def thread_anchor(self) -> str: ...


class _Numbered:
    """The HTML ids of a numbered passage, for the sketch and the built entry alike."""

    __slots__ = ()
    number: int

    @property
    def anchor(self) -> str:
        """HTML id of the passage's card in the comparison."""
        return passage_anchor(self.number)

    @property
    def thread_anchor(self) -> str:
        """HTML id of the passage highlighted in the thread view."""
        return thread_anchor(self.number)


@dataclass(frozen=True, slots=True)
class PassageSketch(_Numbered):
    """A passage as the thread view's markup sees it, taken from the pipeline's result before the
    report is built: its number, kind and language (the rest is in its :class:`PassageEntry`)."""

    number: int
    kind: str
    lang: str | None


@dataclass(frozen=True, slots=True)
class Unsure:
    """A word of an Arabizi or Finglish row whose reading :mod:`bilingual.translit` flags as uncertain
    (``WordReading.flagged``): the Latin word and its readings, best first, with their confidence."""

    word: str
    readings: tuple[tuple[str, float], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"word": ..., "readings": [[reading, confidence], ...]}``."""
        return {"word": self.word, "readings": [[text, round(confidence, 3)] for text, confidence in self.readings]}


@dataclass(slots=True)
class Row:
    """One aligned link: Arabic segment(s), the machine's translation of them, the commenter's matching words.

    ``link`` is the alignment type (``1-1``, ``2-1``, ``1-0``, ``0-1``...) or ``None`` when the
    passage has no human translation to align with.
    """

    arabic: str
    arabic_normalized: str
    machine: str | None
    human: str | None
    link: str | None = None
    link_score: float | None = None
    arabic_span: tuple[int, int] | None = None
    human_span: tuple[int, int] | None = None
    score: PairScore | None = None
    diff: WordDiff | None = None
    mt_flags: tuple[str, ...] = ()
    unsure: tuple[Unsure, ...] = ()  # Arabizi / Finglish: the words whose reading is uncertain

    def to_dict(self) -> dict[str, Any]:
        """JSON form; spans are offsets into the passage's and the translation's comment texts."""
        return {
            "link": self.link,
            "link_score": None if self.link_score is None else round(self.link_score, 4),
            "arabic": self.arabic,
            "arabic_normalized": self.arabic_normalized,
            "unsure_words": [u.to_dict() for u in self.unsure],
            "arabic_span": None if self.arabic_span is None else list(self.arabic_span),
            "machine": self.machine,
            "machine_flags": list(self.mt_flags),
            "human": self.human,
            "human_span": None if self.human_span is None else list(self.human_span),
            "scores": None if self.score is None else self.score.to_dict(),
            "diff": None if self.diff is None else self.diff.to_dict(),
        }


@dataclass(slots=True)
class TranslationPart:
    """Another comment the commenter's translation goes on in ("(cont.)", "Part 2:", "1/2"): where, and its words."""

    location: Location
    text: str
    anchor: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the location and the text."""
        return {**self.location.to_dict(), "text": self.text}


@dataclass(slots=True)
class CommenterTranslation:
    """The commenter's translation of a passage: where it is, who wrote it, and why pairing chose it.
    A translation its writer split over several comments keeps the part pairing aligned in
    ``location`` / ``text`` and the others, in thread order, in ``continued``; ``whole`` is every
    part's words in thread order (what the machine translation of the whole passage is scored against)."""

    location: Location
    text: str
    author: str | None
    anchor: str
    via: str
    score: float
    reason: str
    continued: tuple[TranslationPart, ...] = ()
    whole: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form; ``continued`` (the other parts) only when the translation is split."""
        record: dict[str, Any] = {
            **self.location.to_dict(),
            "author": self.author,
            "text": self.text,
            "via": self.via,
            "score": round(self.score, 4),
            "reason": self.reason,
        }
        if self.continued:
            record["continued"] = [part.to_dict() for part in self.continued]
        return record


@dataclass(slots=True)
class PassageEntry(_Numbered):
    """One Arabic (or Arabizi) passage with everything the report says about it."""

    number: int
    location: Location
    author: str | None
    depth: int
    ordinal: int  # 1-based position of its comment in reading order (0 for the article)
    line: int | None  # 1-based line in the input file (plain-text dumps)
    comment_anchor: str
    kind: str
    lang: str | None
    text: str
    normalized: str
    machine: str | None
    translation: CommenterTranslation | None
    duplicate_of: str | None
    rows: list[Row]
    score: PairScore | None
    flags: list[Flag]
    evidence: tuple[str, ...] = ()  # what decided the pair, in plain words, strongest first
    pair_flags: tuple[str, ...] = ()  # pairing's own flags: "uncertain", "partial", "quoted-copy"
    covered: tuple[int, ...] | None = None  # the rows (clauses) a partial translation covers

    @property
    def language(self) -> str:
        """The passage's language as a reader names it: Finglish is Persian, not Arabic."""
        return "Persian" if (self.lang or "").lower().startswith("fa") else "Arabic"

    @property
    def heading(self) -> str:
        """The source column's head on the page and in the terminal: the language, and "(Latin letters)"
        for Arabizi and Finglish."""
        return f"{self.language} (Latin letters)" if self.kind == "arabizi" else self.language

    @property
    def flag_codes(self) -> list[str]:
        """The codes of its flags."""
        return [f.code for f in self.flags]

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "number": self.number,
            "passage": self.location.to_dict(),
            "author": self.author,
            "depth": self.depth,
            "comment_position": self.ordinal,
            "line": self.line,
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
            "normalized": self.normalized,
            "machine": self.machine,
            "translation": None if self.translation is None else self.translation.to_dict(),
            "duplicate_of": self.duplicate_of,
            "scores": None if self.score is None else self.score.to_dict(),
            "flags": [f.to_dict() for f in self.flags],
            "pair_flags": list(self.pair_flags),
            "evidence": list(self.evidence),
            "covered": None if self.covered is None else list(self.covered),
            "rows": [r.to_dict() for r in self.rows],
        }


@dataclass(slots=True)
class Piece:
    """A stretch of thread text for the thread view: plain, an Arabic passage, or a commenter's translation.

    ``passages`` are the numbers of the passages it belongs to (as Arabic) or translates.
    """

    text: str
    role: str | None = None  # None, "arabic" or "translation"
    passages: tuple[int, ...] = ()
    first: bool = True  # first piece of its highlight (carries the anchor and the pop-up)
    anchors: tuple[int, ...] = ()  # passages whose thread-view anchor is placed on this piece (card view)


@dataclass(slots=True)
class Summary:
    """The figures at the top of a report."""

    comments: int
    passages: int
    arabizi: int
    translated: int
    paired: int
    duplicates: int
    flagged: dict[str, int]
    corpus: CorpusScore

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "comments": self.comments,
            "passages": self.passages,
            "arabizi": self.arabizi,
            "translated": self.translated,
            "paired": self.paired,
            "duplicates": self.duplicates,
            "flags": dict(self.flagged),
            "corpus": self.corpus.to_dict(),
        }


@dataclass(slots=True)
class Report:
    """A whole comparison report: summary, passages, thread view, model and reproducibility signature."""

    source: str
    title: str | None
    format: str
    version: str
    model: ModelInfo
    profile: str
    metric_signatures: dict[str, str]
    summary: Summary
    passages: list[PassageEntry]
    thread: Any = field(default=None, repr=False)  # the Thread, for the JSON output's copy of the input
    jobs: int = field(default=1, repr=False, compare=False)  # processes the page of a big thread is rendered with (never changes it)
    # the page's workers started before the build (bilingual.report.html.start_page), taken by the page made of it
    started: Any = field(default=None, repr=False, compare=False)

    @property
    def reading_notes(self) -> list[str]:
        """What the reader said of the input (records left out with ``--skip-bad``, replies or comments the export
        does not hold, links cut): a report published from it must say what it may lack, not only stderr."""
        return [str(w) for w in self.thread.warnings] if self.thread is not None else []

    @property
    def signature(self) -> str:
        """sacrebleu-style string that pins every figure: toolkit, model, normalization and metric versions."""
        model = "none" if self.model.missing or not self.model.name else self.model.name
        if self.model.hash and not self.model.missing:
            model += f"@{self.model.hash[:12]}"
        metrics = "|".join(f"{name}:[{sig}]" for name, sig in self.metric_signatures.items())
        return f"bilingual:{self.version}|model:{model}|norm:{self.profile}|{metrics}"

    def to_dict(self, *, streamed: bool = False) -> dict[str, Any]:
        """Everything the report shows, machine-readable (the ``--json`` output). ``streamed``: the
        passages' and the thread's comments' forms made one at a time as ``JSONEncoder.iterencode``
        writes them (:class:`bilingual.safe.MadeAsWritten`; what :func:`bilingual.report.json_pieces`
        encodes), not every one at once: the same JSON text."""
        return {
            "source": self.source,
            "title": self.title,
            "format": self.format,
            "signature": self.signature,
            "bilingual_version": self.version,
            "model": self.model.to_dict(),
            "normalization_profile": self.profile,
            "metric_signatures": dict(self.metric_signatures),
            "summary": self.summary.to_dict(),
            "reading_warnings": self.reading_notes,
            "passages": MadeAsWritten(self.passages, methodcaller("to_dict")) if streamed else [p.to_dict() for p in self.passages],
            "thread": None if self.thread is None else self.thread.to_dict(streamed=streamed),
        }


@dataclass(slots=True)
class Card:
    """One comment (or the article) as a card of the thread view.

    ``paragraphs`` are its text cut at blank lines, each a list of :class:`Piece`; a long text
    shows its start, ``rest`` is the :class:`Fold` holding the remainder (loaded on demand) and
    ``left_out`` the characters past what a page embeds. ``replies``/``total`` count the replies
    nested under it and all comments below it; ``reply_to`` names the author answered when the
    nesting was flattened (replies deeper than the view nests).
    """

    anchor: str
    id: str | None
    author: str | None
    depth: int
    created: str | None
    permalink: str | None
    status: str | None
    flags: tuple[str, ...]
    paragraphs: list[list[Piece]]
    replies: int = 0
    total: int = 0
    reply_to: str | None = None
    rest: "Fold | None" = None
    left_out: int = 0

    @property
    def date(self) -> str | None:
        """``created`` as ``YYYY-MM-DD HH:MM UTC`` (as given when it is not ISO 8601)."""
        if not self.created:
            return None
        text = self.created
        if len(text) >= 16 and text[4] == "-" and text[10] == "T":
            return f"{text[:10]} {text[11:16]} UTC" if text.endswith("Z") or text.endswith("+00:00") else f"{text[:10]} {text[11:16]}"
        return text


@dataclass(slots=True)
class Fold:
    """Part of the thread view left out of the page's markup and embedded compressed, shown on demand.

    ``kind``: ``quiet`` (comments far from any Arabic passage), ``more`` (past what the page shows
    at first) or ``text`` (the rest of a long comment). ``comments`` counts the comments inside
    (``chars`` the characters of a ``text`` fold), ``authors`` names the first few writers.
    ``events`` (comments) or ``paragraphs`` (text) hold the content.
    """

    id: int
    kind: str
    comments: int = 0
    chars: int = 0
    authors: list[str] = field(default_factory=list)
    events: list[tuple[str, Any]] = field(default_factory=list)
    paragraphs: list[list[Piece]] = field(default_factory=list)


@dataclass(slots=True)
class ThreadView:
    """The thread as a reader sees it: the article, then comment cards nested by reply.

    ``events`` is the markup order: ``("open", Card)`` and ``("close", Card)`` around each card's
    replies, ``("fold", Fold)`` where a fold stands in for comments. ``folds`` lists every fold,
    nested ones included, by id.
    """

    article: Card | None
    events: list[tuple[str, Any]]
    folds: list[Fold]
