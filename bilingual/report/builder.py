"""Build the report data model: passages, their pairing and alignment, machine output, scores and flags.

The steps run once here and every output format renders the same :class:`~.model.Report`.
Without an installed model the report is still built: the Arabic is aligned with the commenters'
translations and the model section says what is missing and the command that installs it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from .. import __version__
from ..compare import (
    CorpusScore,
    corpus_score,
    passage_flags,
    score_pair,
    signatures,
    word_diff,
)
from ..doc import PassageLayers
from ..pipeline import MT_PROFILE, Progress, Result
from ..spans import Location
from .model import Block, ModelInfo, PassageEntry, Piece, Report, Row, Summary, Translation

ARABIC_ROLE = "arabic"
TRANSLATION_ROLE = "translation"


def _no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlight over ``[start, end)`` of one text: an Arabic passage or a translation of passage ``number``."""

    start: int
    end: int
    role: str
    number: int


def split_marks(length: int, marks: Sequence[Mark], cuts: Iterable[int] = ()) -> list[tuple[int, int, Piece]]:
    """Cut ``[0, length)`` at every mark edge and cut point into ``(start, end, Piece)`` with empty text.

    A piece inside an Arabic mark has role ``arabic`` (it wins over a translation mark), else
    ``translation`` inside a translation mark, else ``None``. Overlapping marks of one role merge
    their passage numbers. One sweep over the sorted edges, keeping the marks open at each.
    """
    points = {0, length}
    points.update(c for c in cuts if 0 <= c <= length)
    for m in marks:
        points.add(max(0, min(m.start, length)))
        points.add(max(0, min(m.end, length)))
    ordered = sorted(points)
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        if m.end > m.start:
            starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[tuple[int, int, Piece]] = []
    for a, b in zip(ordered, ordered[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        role = ARABIC_ROLE if any(m.role == ARABIC_ROLE for m in active) else TRANSLATION_ROLE if active else None
        chosen = [m for m in active if m.role == role]
        numbers = tuple(sorted({m.number for m in chosen}))
        first = role is not None and any(m.start == a for m in chosen)
        out.append((a, b, Piece("", role, numbers, first)))
    return out


def _pieces(text: str, marks: Sequence[Mark], cuts: Iterable[int] = ()) -> tuple[list[Piece], dict[int, int]]:
    """Pieces of ``text`` with their text filled in, and cut offset -> index of the piece starting there."""
    pieces: list[Piece] = []
    at: dict[int, int] = {}
    for start, end, piece in split_marks(len(text), marks, cuts):
        piece.text = text[start:end]
        at.setdefault(start, len(pieces))
        pieces.append(piece)
    return pieces, at


def comment_anchor(ordinal: int) -> str:
    """HTML id of a comment in the thread view (``c-0`` is the article)."""
    return f"c-{ordinal}"


def thread_blocks(thread: Any, marks: dict[str | None, list[Mark]]) -> tuple[list[Block], bool]:
    """The thread view: the verbatim source for plain-text dumps, else one block per comment.

    ``marks`` are keyed by comment id (``None`` = article) in that comment's offsets.
    Returns the blocks and whether they are the verbatim source.
    """
    ordinals = {c.id: i for i, c in enumerate(thread.comments, 1)}
    if thread.source is not None:
        shifted: list[Mark] = []
        anchors: dict[int, str] = {}
        for cid, ms in marks.items():
            base = thread.source_offset(cid)
            if base is None:
                continue
            shifted.extend(Mark(m.start + base, m.end + base, m.role, m.number) for m in ms)
        if thread.article_span is not None:
            anchors[thread.article_span[0]] = comment_anchor(0)
        for c in thread.comments:
            if c.source_span is not None:
                anchors.setdefault(c.source_span[0], comment_anchor(ordinals[c.id]))
        pieces, at = _pieces(thread.source, shifted, anchors)
        placed = {at[offset]: anchor for offset, anchor in anchors.items() if offset in at}
        return [Block("source", "", None, 0, pieces, placed)], True
    blocks: list[Block] = []
    if thread.article:
        pieces, _ = _pieces(thread.article, marks.get(None, []))
        blocks.append(Block(comment_anchor(0), "article", None, 0, pieces))
    for c in thread.comments:
        pieces, _ = _pieces(c.text, marks.get(c.id, []))
        blocks.append(Block(comment_anchor(ordinals[c.id]), f"comment {c.id}", c.author, c.depth, pieces))
    return blocks, False


class LineIndex:
    """1-based line numbers of offsets in a text, by bisection over its line starts."""

    def __init__(self, text: str) -> None:
        self._starts = [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        """The line holding ``offset``."""
        return bisect.bisect_right(self._starts, offset) + 1


@dataclass(slots=True)
class _Context:
    """What every passage entry needs from the thread: positions, anchors, line numbers."""

    thread: Any
    ordinals: dict[str | None, int]
    lines: LineIndex | None
    normalize: Callable[[str], str]
    machine: dict[tuple[str | None, int, int], tuple[str, tuple[str, ...]]]  # segment -> machine text, flags

    def anchor(self, comment_id: str | None) -> str:
        return comment_anchor(self.ordinals.get(comment_id, 0))

    def line(self, location: Location) -> int | None:
        base = self.thread.source_offset(location.comment) if self.lines is not None else None
        return None if base is None or self.lines is None else self.lines.line(base + location.start)

    def author(self, comment_id: str | None) -> str | None:
        return None if comment_id is None else self.thread.get(comment_id).author

    def depth(self, comment_id: str | None) -> int:
        return 0 if comment_id is None else self.thread.get(comment_id).depth


def _join(parts: Iterable[str | None]) -> str | None:
    """Machine outputs of consecutive segments as one text; ``None`` when any is missing."""
    out = []
    for part in parts:
        if part is None:
            return None
        if part:
            out.append(part)
    return " ".join(out)


def _row(
    ctx: _Context,
    comment: str | None,
    comment_text: str,
    src: Sequence[tuple[int, int]],
    tgt_text: str | None,
    tgt: Sequence[tuple[int, int]],
    link: Any | None,
    have_mt: bool,
) -> Row:
    """One row: the Arabic of ``src`` spans (comment offsets), the machine output for them, the human ``tgt`` spans."""
    arabic_span = (src[0][0], src[-1][1]) if src else None
    arabic = comment_text[arabic_span[0] : arabic_span[1]] if arabic_span else ""
    found = [ctx.machine.get((comment, a, b)) for a, b in src]
    machine = _join(None if f is None else f[0] for f in found) if have_mt and src else None
    flags = tuple(sorted({flag for f in found if f is not None for flag in f[1]}))
    human_span = (tgt[0][0], tgt[-1][1]) if tgt and tgt_text is not None else None
    human = tgt_text[human_span[0] : human_span[1]] if human_span and tgt_text is not None else None
    score = diff = None
    if machine and human:
        score, diff = score_pair(machine, human), word_diff(machine, human)
    return Row(
        arabic=arabic,
        arabic_normalized=ctx.normalize(arabic) if arabic else "",
        machine=machine,
        human=human,
        link=None if link is None else link.kind,
        link_score=None if link is None else link.score,
        arabic_span=arabic_span,
        human_span=human_span,
        score=score,
        diff=diff,
        mt_flags=flags,
    )


#: One row's worth of a passage: Arabic spans, human spans (comment offsets) and the alignment link.
Layout = list[tuple[list[tuple[int, int]], list[tuple[int, int]], Any]]


def layout(layers: PassageLayers) -> Layout:
    """The rows of a passage: one per alignment link when it was paired, else one per segment."""
    pair = layers.pair
    if pair is not None and pair.alignment is not None and pair.translation is not None:
        al = pair.alignment
        return [([al.source[i] for i in link.src], [al.target[j] for j in link.tgt], link) for link in al.links]
    return [([span], [], None) for span in layers.segments]


def _rows(ctx: _Context, layers: PassageLayers, rows: Layout, have_mt: bool) -> list[Row]:
    """The report rows of one passage laid out by :func:`layout`."""
    pair = layers.pair
    comment = layers.comment
    comment_text = ctx.thread.text_of(comment)
    tgt_text = ctx.thread.text_of(pair.translation.comment) if pair is not None and pair.translation is not None else None
    return [_row(ctx, comment, comment_text, src, tgt_text, tgt, link, have_mt) for src, tgt, link in rows]


def _entry(ctx: _Context, number: int, layers: PassageLayers, have_mt: bool) -> PassageEntry:
    """Everything the report shows about one passage."""
    p = layers.passage
    loc = p.location
    pair = layers.pair
    assert pair is not None, "the report needs the pipeline's pair stage"
    rows = _rows(ctx, layers, layout(layers), have_mt)
    machine = layers.machine_text if have_mt else None
    translation = None
    if pair.translation is not None:
        tloc = pair.translation
        translation = Translation(
            tloc, pair.translation_text or "", ctx.author(tloc.comment), ctx.anchor(tloc.comment),
            pair.via or "", float(pair.score), pair.reason or "",
        )
    score = score_pair(machine, translation.text) if machine and translation is not None and translation.text else None
    mt_flags = {f for r in rows for f in r.mt_flags}
    flags = passage_flags(
        kind=p.kind, lang=p.span.lang, text=p.text, paired=translation is not None,
        duplicate_of=pair.duplicate_of, mt_flags=mt_flags, chrf=None if score is None else score.chrf,
    )
    return PassageEntry(
        number=number, location=loc, author=p.author, depth=ctx.depth(loc.comment),
        ordinal=ctx.ordinals.get(loc.comment, 0), line=ctx.line(loc), comment_anchor=ctx.anchor(loc.comment),
        kind=p.kind, lang=p.span.lang, text=p.text, normalized=layers.normalized.text, machine=machine,
        translation=translation, duplicate_of=pair.duplicate_of, rows=rows, score=score, flags=flags,
    )


def _marks(entries: Sequence[PassageEntry]) -> dict[str | None, list[Mark]]:
    """Thread-view highlights: each passage, and each commenter's translation, by comment."""
    marks: dict[str | None, list[Mark]] = {}
    for e in entries:
        marks.setdefault(e.location.comment, []).append(Mark(e.location.start, e.location.end, ARABIC_ROLE, e.number))
        if e.translation is not None:
            t = e.translation.location
            marks.setdefault(t.comment, []).append(Mark(t.start, t.end, TRANSLATION_ROLE, e.number))
    return marks


def _summary(thread: Any, entries: Sequence[PassageEntry]) -> Summary:
    """The figures at the top; corpus scores count each (machine, human) row once, copies left out."""
    flagged: dict[str, int] = {}
    for e in entries:
        for code in dict.fromkeys(e.flag_codes):
            flagged[code] = flagged.get(code, 0) + 1
    machine: list[str] = []
    human: list[str] = []
    for e in entries:
        if e.duplicate_of is not None:
            continue
        for r in e.rows:
            if r.machine and r.human:
                machine.append(r.machine)
                human.append(r.human)
    corpus: CorpusScore = corpus_score(machine, human)
    return Summary(
        comments=len(thread.comments),
        passages=len(entries),
        arabizi=sum(1 for e in entries if e.kind == "arabizi"),
        translated=sum(1 for e in entries if e.machine),
        paired=sum(1 for e in entries if e.translation is not None),
        duplicates=sum(1 for e in entries if e.duplicate_of is not None),
        flagged=flagged,
        corpus=corpus,
    )


def build(result: Result, *, source: str = "<input>", progress: Progress | None = None) -> Report:
    """The report of a pipeline :class:`~bilingual.pipeline.Result` (run to the ``pair`` stage):
    rows per alignment link with the machine text of their segments, scores, flags, summary and
    thread view. ``progress(stage, done, total)`` follows the work."""
    from ..normalize import normalize

    tick = progress or _no_progress
    thread = result.thread
    ctx = _Context(
        thread=thread,
        ordinals={None: 0, **{c.id: i for i, c in enumerate(thread.comments, 1)}},
        lines=LineIndex(thread.source) if thread.source is not None else None,
        normalize=lambda text: str(normalize(text, profile=MT_PROFILE, track_offsets=False).text),
        machine={
            (layers.comment, a, b): (text, flags)
            for layers in result.passages if layers.segment_machine is not None
            for (a, b), text, flags in zip(layers.segments, layers.segment_machine, layers.segment_flags)
        },
    )
    have_mt = not result.model.missing
    entries = []
    for k, layers in enumerate(result.passages, 1):
        entries.append(_entry(ctx, k, layers, have_mt))
        if k % 50 == 0 or k == len(result.passages):
            tick("comparing", k, len(result.passages))
    tick("thread view", 0, 1)
    blocks, source_view = thread_blocks(thread, _marks(entries))
    tick("thread view", 1, 1)
    return Report(
        source=source,
        title=thread.title,
        format=thread.format,
        version=__version__,
        model=result.model,
        profile=MT_PROFILE,
        metric_signatures=signatures(),
        summary=_summary(thread, entries),
        passages=entries,
        blocks=blocks,
        source_view=source_view,
        thread=thread,
    )
