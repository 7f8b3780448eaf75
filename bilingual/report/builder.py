"""Build the report data model: passages, their pairing and alignment, machine output, scores and flags.

The steps run once here and every output format renders the same :class:`~.model.Report`.
Without an installed model the report is still built: the Arabic is aligned with the commenters'
translations and the model section says what is missing and the command that installs it.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from .. import __version__
from ..compare import (
    CorpusScore,
    Flag,
    PairScore,
    corpus_score,
    passage_flags,
    score_pair,
    signatures,
    word_diff,
)
from ..doc import PassageLayers
from ..pipeline import MT_PROFILE, Progress, Result
from ..spans import Location
from ..threads.model import comment_flags
from .model import (
    Card, CommenterTranslation, Fold, PassageEntry, PassageSketch, Piece, Report, Row, Summary, ThreadView, TranslationPart, Unsure,
)

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
    their passage numbers. One sweep over the sorted edges, keeping the marks open at each
    (:func:`_sweep`), or for one mark inside the text (a comment with one passage), its pieces at once.
    """
    points = {0, length}
    points.update(c for c in cuts if 0 <= c <= length)
    if not marks:  # most comments: plain pieces between the cuts
        ordered = sorted(points)
        return [(a, b, Piece("", None, (), False)) for a, b in zip(ordered, ordered[1:])]
    if len(marks) == 1:
        m = marks[0]
        start, end = m.start, m.end
        if 0 <= start < end <= length and m.role in _ROLES:  # what the sweep makes of one mark
            points.update((start, end))
            ordered = sorted(points)
            number = (m.number,)
            return [
                (a, b, Piece("", m.role, number, a == start) if start <= a < end else Piece("", None, (), False))
                for a, b in zip(ordered, ordered[1:])
            ]
    return _sweep(length, marks, points)


#: The roles a highlight can have.
_ROLES = (ARABIC_ROLE, TRANSLATION_ROLE)


def _sweep(length: int, marks: Sequence[Mark], points: set[int]) -> list[tuple[int, int, Piece]]:
    """:func:`split_marks` by one sweep over the sorted edges (``points``: the text's ends and the
    cuts), keeping the marks open at each."""
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


def comment_anchor(ordinal: int) -> str:
    """HTML id of a comment in the thread view (``c-0`` is the article)."""
    return f"c-{ordinal}"


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
    machine: dict[tuple[str | None, int, int], tuple[str, tuple[str, ...]]]  # segment -> machine text, flags
    # Copies of one text (a chain of one prayer, spam) with one translation make the same rows and
    # flags: made once, shared (read-only) by every copy's entry. Keys hold everything they are made of.
    rows: dict[tuple[Any, ...], list[Row]] = field(default_factory=dict)
    flags: dict[tuple[Any, ...], list[Flag]] = field(default_factory=dict)
    scores: dict[tuple[str, str], PairScore] = field(default_factory=dict)
    # False for the random-weights test model: its output is meaningless, so its low chrF against a commenter
    # raises no "machine and commenter disagree" flag (the score is still shown, the model named as a test model)
    trusted_mt: bool = True

    def anchor(self, comment_id: str | None) -> str:
        return comment_anchor(self.ordinals.get(comment_id, 0))

    def line(self, location: Location) -> int | None:
        base = self.thread.source_offset(location.comment) if self.lines is not None else None
        return None if base is None or self.lines is None else self.lines.line(base + location.start)

    def text(self, comment: Any) -> str:
        """What a location's offsets point into: a comment's text (from :meth:`comment`), or the
        article's for ``None``."""
        return (self.thread.article or "") if comment is None else comment.text

    def comment(self, comment_id: str | None) -> Any:
        """The comment with ``comment_id`` (``None`` for the article): looked up once per entry, its
        author, depth and text read from it (the thread's own look-up, 3-4 calls an entry, was a
        tenth of the build at 100,000 comments)."""
        return None if comment_id is None else self.thread.get(comment_id)


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
    normalized: Callable[[int, int], str],
    comment: str | None,
    comment_text: str,
    src: Sequence[tuple[int, int]],
    tgt_text: str | None,
    tgt: Sequence[tuple[int, int]],
    link: Any | None,
    have_mt: bool,
    unsure: Callable[[int, int], tuple[Unsure, ...]],
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
        arabic_normalized=normalized(*arabic_span) if arabic_span else "",
        machine=machine,
        human=human,
        link=None if link is None else link.kind,
        link_score=None if link is None else link.score,
        arabic_span=arabic_span,
        human_span=human_span,
        score=score,
        diff=diff,
        mt_flags=flags,
        unsure=unsure(*arabic_span) if arabic_span else (),
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


def _rows(ctx: _Context, layers: PassageLayers, have_mt: bool, comment_text: str, tgt_text: str | None) -> list[Row]:
    """The report rows of one passage, laid out by :func:`layout`: those of an earlier passage when
    they are made of the same things (its comment's and its translation's texts, the same spans and
    links, the same machine text, the same normalized view at the same offset), as copies often are.
    Links are told apart by identity (copies aligned together share theirs; all are alive until the end).
    ``comment_text`` is the passage's comment's text, ``tgt_text`` its translation's comment's (or ``None``)."""
    pair = layers.pair
    comment = layers.comment
    al = pair.alignment if pair is not None and pair.translation is not None else None
    if al is None:
        spans: tuple[Any, ...] = (tuple(layers.segments),)
    else:
        spans = (al.source, al.target, tuple(map(id, al.links)))
    machine = tuple(ctx.machine.get((comment, a, b)) for a, b in (layers.segments if al is None else al.source)) if ctx.machine else ()
    key = (comment_text, tgt_text, have_mt, id(layers.normalized), id(layers.reading), layers.passage.location.start, spans, machine)
    made = ctx.rows.get(key)
    if made is None:
        normalized, unsure = layers_normalized(layers), layers_unsure(layers)
        made = ctx.rows[key] = [
            _row(ctx, normalized, comment, comment_text, src, tgt_text, tgt, link, have_mt, unsure) for src, tgt, link in layout(layers)
        ]
    return list(made)


#: Readings of an uncertain word shown beside it (the best and the next ones).
UNSURE_READINGS = 4


def layers_unsure(layers: PassageLayers) -> Callable[[int, int], tuple[Unsure, ...]]:
    """The words of a stretch of an Arabizi or Finglish passage (comment offsets) whose reading the
    transliterator flags as uncertain, each with its best readings: what the page offers on hover
    and the JSON lists, so a reader knows which words of the reading to check."""
    reading = layers.reading
    if reading is None:
        return lambda a, b: ()
    base = layers.passage.location.start
    flagged = [
        (w.start, w.end, Unsure(reading.original[w.start : w.end], _likely(w.candidates)))
        for w in reading.words
        if w.flagged
    ]

    def of(a: int, b: int) -> tuple[Unsure, ...]:
        return tuple(u for start, end, u in flagged if a - base <= start and end <= b - base)

    return of


def _likely(candidates: Sequence[Any]) -> tuple[tuple[str, float], ...]:
    """The best reading and the next ones of at least 1 % (:data:`UNSURE_READINGS` in all)."""
    return tuple((c.text, c.confidence) for i, c in enumerate(candidates[:UNSURE_READINGS]) if i == 0 or c.confidence >= 0.01)


def layers_normalized(layers: PassageLayers) -> Callable[[int, int], str]:
    """The normalized text of a stretch of the passage (comment offsets), sliced from the passage's
    one normalized view through its offset map (through the reading, for Arabizi)."""
    base = layers.passage.location.start

    def of(a: int, b: int) -> str:
        x, y = a - base, b - base
        if layers.reading is not None:
            x, y = layers.reading.to_output(x, y)
        x, y = layers.normalized.to_normalized(x, y)
        return layers.normalized.text[x:y]

    return of


def _entry(ctx: _Context, number: int, layers: PassageLayers, have_mt: bool) -> PassageEntry:
    """Everything the report shows about one passage."""
    p = layers.passage
    loc = p.location
    pair = layers.pair
    assert pair is not None, "the report needs the pipeline's pair stage"
    here = ctx.comment(loc.comment)
    ordinal = ctx.ordinals.get(loc.comment, 0)
    machine = layers.machine_text if have_mt else None
    translation = None
    tgt_text = None
    if pair.translation is not None:
        tloc = pair.translation
        there = ctx.comment(tloc.comment)
        tgt_text = ctx.text(there)
        text = pair.translation_text or ""
        continued = tuple(TranslationPart(loc, part, ctx.anchor(loc.comment)) for loc, part in zip(pair.continued, pair.continued_text))
        whole = text
        if continued:  # a translation split over comments: its parts in thread order, for the whole passage's score
            order = sorted([(tloc, text), *((c.location, c.text) for c in continued)], key=lambda lt: ctx.ordinals.get(lt[0].comment, 0))
            whole = " ".join(part for _, part in order)
        translation = CommenterTranslation(
            tloc, text, None if there is None else there.author, ctx.anchor(tloc.comment),
            pair.via or "", float(pair.score), pair.reason or "", continued, whole,
        )
    rows = _rows(ctx, layers, have_mt, ctx.text(here), tgt_text)
    score = None
    if machine and translation is not None and translation.whole:
        score = ctx.scores.get((machine, translation.whole))
        if score is None:
            score = ctx.scores[machine, translation.whole] = score_pair(machine, translation.whole)
    mt_flags = frozenset(f for r in rows for f in r.mt_flags)
    chrf = None if score is None or not ctx.trusted_mt else score.chrf
    key = (p.kind, p.span.lang, p.text, translation is not None, pair.duplicate_of, mt_flags, chrf)
    flags = ctx.flags.get(key)
    if flags is None:
        flags = ctx.flags[key] = passage_flags(
            kind=p.kind, lang=p.span.lang, text=p.text, paired=translation is not None,
            duplicate_of=pair.duplicate_of, mt_flags=mt_flags, chrf=chrf,
        )
    return PassageEntry(
        number=number, location=loc, author=p.author, depth=0 if here is None else here.depth,
        ordinal=ordinal, line=None if ctx.lines is None else ctx.line(loc), comment_anchor=comment_anchor(ordinal),
        kind=p.kind, lang=p.span.lang, text=p.text, normalized=layers.normalized.text, machine=machine,
        translation=translation, duplicate_of=pair.duplicate_of, rows=rows, score=score, flags=list(flags),
        evidence=tuple(pair.evidence), pair_flags=tuple(pair.flags), covered=pair.covered,
    )


#: Thread-view highlights by comment (``None``: the article).
Marks = dict[str | None, list[Mark]]


def _marked(passages: Iterable[tuple[int, Location, Iterable[Location]]]) -> Marks:
    """Thread-view highlights of ``(number, location, its translation's locations)``: each passage,
    and each commenter's translation, by comment."""
    marks: Marks = {}
    for number, location, translated in passages:
        marks.setdefault(location.comment, []).append(Mark(location.start, location.end, ARABIC_ROLE, number))
        for t in translated:
            marks.setdefault(t.comment, []).append(Mark(t.start, t.end, TRANSLATION_ROLE, number))
    return marks


def entry_marks(entries: Sequence[PassageEntry]) -> Marks:
    """Thread-view highlights of a report's passages."""
    return _marked(
        (e.number, e.location, () if e.translation is None else (e.translation.location, *(c.location for c in e.translation.continued)))
        for e in entries
    )


def result_marks(result: Result) -> Marks:
    """:func:`entry_marks` of the report :func:`build` makes of ``result``, from the result alone (the
    page's plan is made from it before the build): a passage's location, and its translation's and
    the continued parts' (as many as they have texts, as :func:`_entry` takes them)."""
    return _marked(
        (k, layers.passage.location, _translated_at(layers.pair)) for k, layers in enumerate(result.passages, 1)
    )


def _translated_at(pair: Any) -> tuple[Location, ...]:
    """Where a passage's translation is, its continued parts after it (none when it has none)."""
    if pair is None or pair.translation is None:
        return ()
    return (pair.translation, *(location for location, _ in zip(pair.continued, pair.continued_text)))


def result_sketches(result: Result) -> list[PassageSketch]:
    """What the thread view's markup reads of each passage of ``result`` (:class:`~.markup.ViewCards`), numbered as :func:`build` numbers them."""
    return [PassageSketch(k, layers.passage.kind, layers.passage.span.lang) for k, layers in enumerate(result.passages, 1)]


def linked_anchors(thread: Any, marks: Marks) -> set[str]:
    """The anchors of the comments holding a highlight (a passage, a translation or its parts): the page links to them.
    The places of those comments only (the last of a repeated id, as :func:`_ordinals`), not of every comment: this is
    made beside the thread view, at the page's peak (6.7 MB for all at 100,000 comments)."""
    places: dict[str | None, int] = {}
    for k, c in enumerate(thread.comments, 1):
        if c.id in marks:
            places[c.id] = k
    return {comment_anchor(places.get(comment, 0)) for comment in marks}


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


def _ordinals(comments: Sequence[Any]) -> dict[str | None, int]:
    """Each comment's 1-based place in reading order by id (the last of a repeated id), the article's 0:
    made by ``zip``, not a comprehension merged into a second dict (0.03 -> 0.01 s at 100,000 comments)."""
    ordinals: dict[str | None, int] = {None: 0}
    ordinals.update(zip([c.id for c in comments], range(1, len(comments) + 1)))
    return ordinals


def build(result: Result, *, source: str = "<input>", progress: Progress | None = None, release: bool = False) -> Report:
    """The report of a pipeline :class:`~bilingual.pipeline.Result` (run to the ``pair`` stage):
    rows per alignment link with the machine text of their segments, scores, flags, summary and
    thread view. ``progress(stage, done, total)`` follows the work. ``release``: the result is read
    by nothing after (its maker is done with it): its docs are let go at the start and each passage's
    layers once its entry is made (``result.docs`` and ``result.passages`` are left empty), so the
    entries take the layers' room as they are made instead of new memory beside the whole result
    (at 100,000 comments the result's 38.6 MiB were freed only after the report's 55 MiB were made)."""
    tick = progress or _no_progress
    thread = result.thread
    ctx = _Context(
        thread=thread,
        ordinals=_ordinals(thread.comments),
        lines=LineIndex(thread.source) if thread.source is not None else None,
        machine={
            (layers.comment, a, b): (text, flags)
            for layers in result.passages if layers.segment_machine is not None
            for (a, b), text, flags in zip(layers.segments, layers.segment_machine, layers.segment_flags)
        },
        trusted_mt=not result.model.test_model,
    )
    have_mt = not result.model.missing
    entries = []
    n = len(result.passages)
    passages = result.passages
    if release:
        result.docs.clear()  # each doc holds its passages' layers
        result._by_comment = None
        result.passages = []
        passages.reverse()  # taken from the end, each let go once its entry is made
    for k in range(1, n + 1):
        layers = passages.pop() if release else passages[k - 1]
        entries.append(_entry(ctx, k, layers, have_mt))
        del layers
        if k % 50 == 0 or k == n:
            tick("comparing", k, n)
    del passages
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
        thread=thread,
        jobs=result.settings.jobs,
    )


# --- the thread view as cards -------------------------------------------------------------------

#: How deep replies nest in the thread view; deeper replies are listed beside their ancestor at this level.
MAX_NEST = 6

_STRONG = re.compile("([A-Za-z\u00c0-\u024f])|[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# No control character of any kind (C0, DEL, C1, bidi): a raw ESC or RLO in the href reached the page's file
# (``cat`` obeyed it) and the browser's status line.
_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+\Z", re.IGNORECASE)
#: Where :meth:`str.splitlines` cuts a text into lines.
_LINE_BREAK = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class ViewLimits:
    """What the thread view puts in the page's markup, and what it folds away to be loaded on demand.

    ``inline`` comment cards in the page itself, ``chunk`` cards per fold loaded on demand;
    threads of more than ``quiet_after`` comments fold the runs of replies far from any passage;
    a text longer than ``long_text`` characters (``article_text`` for the article, which is
    collapsed to its first lines) shows its start, and at most ``embed`` characters of one text are
    put in the page (the rest is counted, never dropped silently).
    """

    inline: int = 300
    chunk: int = 250
    quiet_after: int = 40
    long_text: int = 2500
    article_text: int = 600
    embed: int = 1_000_000


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``, blank ones left out: paragraphs end at blank
    lines and where the lines' direction changes (a line's first strong letter: Arabic script
    right-to-left, Latin left-to-right; a line with neither goes with the one before), so that
    each can be laid out ``dir="auto"`` with its punctuation on its own side."""
    if _LINE_BREAK.search(text) is None:  # one line (most comments): one paragraph unless blank
        stripped = text.lstrip()
        return [(len(text) - len(stripped), len(text.rstrip()))] if stripped else []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    direction: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        strong = _STRONG.search(body)
        here = None if strong is None else ("ltr" if strong.group(1) else "rtl")
        if not body.strip() or (start is not None and here is not None and direction is not None and here != direction):
            if start is not None:
                spans.append((start, end))
            start, direction = None, None
        if body.strip():
            if start is None:
                start = pos + len(body) - len(body.lstrip())
            end = pos + len(body.rstrip())
            direction = here or direction
        pos += len(line)
    if start is not None:
        spans.append((start, end))
    return spans


def safe_link(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address a card may link to; ``None`` for anything else."""
    return url if url and _URL.match(url) else None


def _soft_cut(text: str, at: int) -> int:
    """A cut near ``at``, after the last space of the 200 characters before it when there is one."""
    space = text.rfind(" ", max(0, at - 200), at)
    return space + 1 if space > 0 else at


class _ThreadView:
    """Builds :class:`ThreadView`: the reply tree (nesting capped at :data:`MAX_NEST`), the cards,
    and the folds for far, late or long parts."""

    def __init__(self, thread: Any, marks: dict[str | None, list[Mark]], limits: ViewLimits) -> None:
        self.thread, self.marks, self.limits = thread, marks, limits
        comments = thread.comments
        ids = [c.id for c in comments]
        ordinals = self.ordinals = dict(zip(ids, range(1, len(ids) + 1)))
        # By ordinal (the last of a repeated id, as ``ordinals`` gives it), in lists, not dicts or sets by id: at
        # 100,000 comments the view is made at the page's peak (the dict of the ids listed under each card alone was 5 MB).
        self.kids_at: list[list[str] | None] = [None] * (len(comments) + 1)  # the ids listed under each card (0: the roots)
        self.reply_to: dict[str, str | None] = {}
        home_at = self._tree(comments, ids)
        size_at = self.size_at = [1] * (len(comments) + 1)  # the comments in each card's subtree
        for i in range(len(comments), 0, -1):
            home = home_at[i]
            if home:
                size_at[home] += size_at[i]
        del ids
        self.quiet = len(comments) > limits.quiet_after
        needed = self.needed = bytearray(len(comments) + 1)  # 1: a card on the way to a highlight (a quiet run is not folded there)
        for i in [ordinals[cid] for cid in marks if cid is not None and cid in ordinals]:
            # the highlighted card, the cards listed under it and the one it is listed under, and each one's way up
            for j in (i, *map(ordinals.__getitem__, self.kids_at[i] or ()), home_at[i]):
                while j and not needed[j]:
                    needed[j] = 1
                    j = home_at[j]
        self.folds: list[Fold] = []
        self.next_id = 0  # the id of the next fold made: folds are numbered in the order they are made
        self.pending: deque[tuple[Fold, list[str], bool]] = deque()
        self.plans: dict[int, tuple[list[str], bool, int]] = {}  # fold id -> its roots, quiet, the id of the first fold in it
        self.owners: dict[int, str | None] = {}  # a text fold's id -> the comment whose text it holds the rest of

    def _tree(self, comments: list[Any], ids: list[str]) -> list[int]:
        """Fill :attr:`kids_at` and :attr:`reply_to`; returns the ordinal of the comment each comment's card
        is listed under (0: none). By ordinal (0: none), in lists rather than dicts by id: a
        100,000-comment thread's tree in ~2 MB, not ~15. A comment whose parent is unknown or comes
        after it (an orphan or a cycle) starts a new thread; replies deeper than :data:`MAX_NEST` are
        listed beside their ancestor at that level. One pass, the common case (a reply listed under
        its parent) with the fewest look-ups: this is part of what the page's workers wait for."""
        home_at = [0] * (len(comments) + 1)
        under_at = [0] * (len(comments) + 1)  # where a comment's replies are listed: itself, or its home past MAX_NEST
        level_at = [0] * (len(comments) + 1)
        kids_at, reply_to, ordinal = self.kids_at, self.reply_to, self.ordinals.get
        roots: list[str] = []
        i = 0
        for c in comments:
            i += 1
            parent = c.parent
            at = i if parent is None else ordinal(parent, i)
            if at >= i:
                under_at[i] = i
                roots.append(c.id)
                continue
            home = home_at[i] = under_at[at]
            depth = level_at[i] = level_at[home] + 1
            under_at[i] = i if depth < MAX_NEST else home
            if ids[home - 1] != parent:
                reply_to[c.id] = comments[at - 1].author
            below = kids_at[home]
            if below is None:
                kids_at[home] = [c.id]
            else:
                below.append(c.id)
        if roots:
            kids_at[0] = roots
        return home_at

    def _new_fold(self, kind: str, **fields: Any) -> Fold:
        """A new fold with the next id."""
        fold = Fold(self.next_id, kind, **fields)
        self.next_id += 1
        self.folds.append(fold)
        return fold

    def text(self, text: str, marks: Sequence[Mark], shown: int) -> tuple[list[list[Piece]], Fold | None, int]:
        """A text's paragraphs of pieces up to about ``shown`` characters, the fold with the rest,
        and the characters left out."""
        limit = min(len(text), self.limits.embed)
        if limit <= shown:  # shown whole (most texts): every paragraph in the head, no fold
            spans = paragraph_spans(text[:limit])
            if marks:
                return self._marked(text, limit, marks, spans), None, len(text) - limit
            return [[Piece(text[a:b], None, (), False)] for a, b in spans], None, len(text) - limit
        cut = _soft_cut(text, shown)
        spans = []
        for a, b in paragraph_spans(text[:limit]):
            spans.extend([(a, cut), (cut, b)] if a < cut < b else [(a, b)])
        if marks:
            paragraphs = self._marked(text, limit, marks, spans)
        else:  # most comments: each paragraph is one plain piece
            paragraphs = [[Piece(text[a:b], None, (), False)] for a, b in spans]
        head = [p for (a, _), p in zip(spans, paragraphs) if a < cut]
        rest = [p for (a, _), p in zip(spans, paragraphs) if a >= cut]
        fold = self._new_fold("text", chars=limit - cut, paragraphs=rest) if rest else None
        return head, fold, len(text) - limit

    def _rest_chars(self, text: str, shown: int) -> int | None:
        """The characters of a text's fold when :meth:`text` makes one (a paragraph ends past the cut), else ``None``."""
        limit = min(len(text), self.limits.embed)
        if limit <= shown:
            return None
        cut = _soft_cut(text, shown)
        return limit - cut if any(b > cut for _, b in paragraph_spans(text[:limit])) else None

    def _marked(self, text: str, limit: int, marks: Sequence[Mark], spans: list[tuple[int, int]]) -> list[list[Piece]]:
        """The pieces of each paragraph span of a text with highlights; the first piece of each
        passage carries its anchor (a passage is marked in its own comment's text only, so which
        piece is first is decided within one text, whatever order the cards are made in)."""
        seen: set[int] = set()
        cuts = {x for span in spans for x in span}
        paragraphs: list[list[Piece]] = [[] for _ in spans]
        k = 0
        for start, end, piece in split_marks(limit, marks, cuts):
            while k < len(spans) and spans[k][1] <= start:
                k += 1
            if k == len(spans) or start < spans[k][0]:
                continue
            piece.text = text[start:end]
            if piece.role == ARABIC_ROLE:
                piece.anchors = tuple(n for n in piece.passages if n not in seen)
                seen.update(piece.anchors)
            paragraphs[k].append(piece)
        return paragraphs

    def card(self, cid: str) -> Card:
        """The card of comment ``cid``."""
        c = self.thread.get(cid)
        paragraphs, rest, left_out = self.text(c.text, self.marks.get(cid, []), self.limits.long_text)
        if rest is not None:
            self.owners[rest.id] = cid
        at = self.ordinals[cid]
        return Card(
            anchor=comment_anchor(at), id=cid, author=c.author, depth=c.depth, created=c.created,
            permalink=safe_link(c.permalink), status=c.status, flags=tuple(comment_flags(c)), paragraphs=paragraphs,
            replies=len(self.kids_at[at] or ()), total=self.size_at[at] - 1, reply_to=self.reply_to.get(cid),
            rest=rest, left_out=left_out,
        )

    def article(self) -> Card | None:
        """The article's card (``None`` without an article)."""
        if not self.thread.article:
            return None
        paragraphs, rest, left_out = self.text(self.thread.article, self.marks.get(None, []), self.limits.article_text)
        if rest is not None:
            self.owners[rest.id] = None
        return Card(
            anchor=comment_anchor(0), id=None, author=None, depth=0, created=None, permalink=safe_link(self.thread.link),
            status=None, flags=(), paragraphs=paragraphs, rest=rest, left_out=left_out,
        )

    def fold(self, kind: str, roots: list[str], quiet: bool) -> Fold:
        """A fold standing in for the subtrees of ``roots``; its content is made later (:meth:`finish`).
        It names the first three authors of ``roots`` (a quiet run may have thousands of roots: the
        look stops at the third)."""
        authors: list[str] = []
        comment = self.thread.get
        for root in roots:
            author = comment(root).author
            if author and author not in authors:
                authors.append(author)
                if len(authors) == 3:
                    break
        ordinals, size_at = self.ordinals, self.size_at
        fold = self._new_fold(kind, comments=sum(size_at[ordinals[root]] for root in roots), authors=authors)
        self.pending.append((fold, roots, quiet))
        return fold

    def _more(self, ids: list[str], quiet: bool) -> list[Fold]:
        """Folds of "more" for the subtrees of ``ids``, past the cards' budget: consecutive
        subtrees together, up to :attr:`ViewLimits.chunk` comments a fold (a bigger one alone)."""
        folds: list[Fold] = []
        group: list[str] = []
        count = 0
        ordinals, size_at = self.ordinals, self.size_at
        for cid in ids:
            size = size_at[ordinals[cid]]
            if group and count + size > self.limits.chunk:
                folds.append(self.fold("more", group, quiet))
                group, count = [], 0
            group.append(cid)
            count += size
        folds.append(self.fold("more", group, quiet))
        return folds

    def events(self, roots: list[str], budget: int, quiet: bool) -> list[tuple[str, Any]]:
        """Cards for the subtrees of ``roots`` in reading order; runs far from any passage fold when
        ``quiet``, and what comes after ``budget`` cards folds in chunks."""
        make, kids_at, needed, ordinals = self.card, self.kids_at, self.needed, self.ordinals
        out: list[tuple[str, Any]] = []
        stack: list[tuple[list[str], int, Card | None]] = [(roots, 0, None)]
        while stack:
            ids, i, owner = stack.pop()
            if i >= len(ids):
                if owner is not None:
                    out.append(("close", owner))
                continue
            if budget <= 0:
                out.extend(("fold", fold) for fold in self._more(ids[i:], quiet))
                stack.append((ids, len(ids), owner))
                continue
            if quiet and not needed[ordinals[ids[i]]]:
                j = i
                while j < len(ids) and not needed[ordinals[ids[j]]]:
                    j += 1
                out.append(("fold", self.fold("quiet", ids[i:j], False)))
                stack.append((ids, j, owner))
                continue
            card = make(ids[i])
            budget -= 1
            out.append(("open", card))
            stack.append((ids, i + 1, owner))
            stack.append((kids_at[ordinals[ids[i]]] or [], 0, card))
        return out

    def build(self) -> tuple[ThreadView, Iterator[Fold]]:
        """The article and the page's own cards now; every fold, in id order, as it is reached,
        with its content made then (the folds waiting before it first, in the order they were made)."""
        article = self.article()
        events = self.events(self.kids_at[0] or [], self.limits.inline, self.quiet)
        return ThreadView(article, events, self.folds), self._folds()

    def plan(self) -> ThreadView:
        """The article and the page's own cards, and every fold numbered as :meth:`build` numbers
        them, with no fold's content made: each is made alone by :meth:`content` (in any order, in
        any process that has this plan)."""
        article = self.article()
        events = self.events(self.kids_at[0] or [], self.limits.inline, self.quiet)
        long = {c.id for c in self.thread.comments if len(c.text) > self.limits.long_text}  # few: a set, not a look-up a card
        k = 0
        while k < len(self.folds):  # as _folds, with sketches for cards: the same folds, numbered the same
            while self.pending and self.pending[0][0].id <= k:
                fold, roots, quiet = self.pending.popleft()
                self.plans[fold.id] = (roots, quiet, self.next_id)
                self._sketch(roots, self.limits.chunk, quiet, long)
            k += 1
        return ThreadView(article, events, self.folds)

    def _sketch(self, roots: list[str], budget: int, quiet: bool, long: set[str]) -> None:
        """What :meth:`events` adds to the folds, in the same order, without the cards: its folds
        of quiet runs and of what comes after ``budget`` cards, and for each card the fold of a long
        text's rest (:meth:`card`; ``long``: the ids of comments with a text longer than it shows).
        The same walk, each run of siblings without replies in one loop."""
        kids_at, needed, ordinals, thread, long_text = self.kids_at, self.needed, self.ordinals, self.thread, self.limits.long_text
        stack: list[tuple[list[str], int]] = [(roots, 0)]
        while stack:
            ids, i = stack.pop()
            while i < len(ids):
                if budget <= 0:
                    self._more(ids[i:], quiet)
                    break
                cid = ids[i]
                at = ordinals[cid]
                if quiet and not needed[at]:
                    j = i + 1
                    while j < len(ids) and not needed[ordinals[ids[j]]]:
                        j += 1
                    self.fold("quiet", ids[i:j], False)
                    i = j
                    continue
                if cid in long and len(text := thread.get(cid).text) > long_text:  # the card's comment (the last of its id)
                    chars = self._rest_chars(text, long_text)
                    if chars is not None:
                        self.owners[self._new_fold("text", chars=chars).id] = cid
                budget -= 1
                i += 1
                below = kids_at[at]
                if below:
                    stack.append((ids, i))
                    stack.append((below, 0))
                    break

    def content(self, fold_id: int) -> tuple[list[tuple[str, Any]], list[list[Piece]]]:
        """The events (or, for a text fold, the paragraphs) of fold ``fold_id`` of :meth:`plan`, made
        alone: what :meth:`build` makes for it, the folds inside it numbered the same."""
        self.folds, self.pending = [], deque()  # nothing made for an earlier fold is kept
        if fold_id in self.plans:
            roots, quiet, self.next_id = self.plans[fold_id]
            return self.events(roots, self.limits.chunk, quiet), []
        cid = self.owners[fold_id]
        self.next_id = fold_id
        if cid is None:
            _, fold, _ = self.text(self.thread.article, self.marks.get(None, []), self.limits.article_text)
        else:
            _, fold, _ = self.text(self.thread.get(cid).text, self.marks.get(cid, []), self.limits.long_text)
        assert fold is not None and fold.id == fold_id
        return [], fold.paragraphs

    def _folds(self) -> Iterator[Fold]:
        k = 0
        while k < len(self.folds):  # making a fold's content can add folds after it
            while self.pending and self.pending[0][0].id <= k:
                fold, roots, quiet = self.pending.popleft()
                fold.events = self.events(roots, self.limits.chunk, quiet)
            yield self.folds[k]
            k += 1


def thread_view(thread: Any, entries: Sequence[PassageEntry], limits: ViewLimits = ViewLimits()) -> ThreadView:
    """The thread view of the HTML page: the article collapsed, comments as cards nested by reply,
    each paragraph on its own (for ``dir="auto"``), with comments far from every passage, past
    ``limits.inline`` cards, or past a long text's start put in folds to be shown on demand.

    It is built from the comments' own texts, so what a plain-text reader left around them
    (avatars, list numbers) is not shown; the passages' and translations' highlights are placed
    by :func:`split_marks`. Every fold's content is made (see :func:`thread_view_folds`).
    """
    view, folds = thread_view_folds(thread, entry_marks(entries), limits)
    for _ in folds:
        pass
    return view


def thread_view_folds(thread: Any, marks: Marks, limits: ViewLimits = ViewLimits()) -> tuple[ThreadView, Iterator[Fold]]:
    """:func:`thread_view` (of the passages highlighted by ``marks``) with the page's own cards only,
    and an iterator over its folds in id order, each with its content made as it is reached: the
    page drops a fold's content once it has rendered it (nothing reads it again), so a
    100,000-comment thread's cards are never all held at once."""
    return _ThreadView(thread, marks, limits).build()


def thread_view_plan(
    thread: Any, marks: Marks, limits: ViewLimits = ViewLimits(),
) -> tuple[ThreadView, Callable[[int], tuple[list[tuple[str, Any]], list[list[Piece]]]], set[str]]:
    """The thread view with the page's own cards and every fold numbered but none's content made,
    the function making one fold's content alone (its events, or a text fold's paragraphs): what
    :func:`thread_view_folds` makes, for workers that each make some of the folds; and the comments' anchors
    that marks link to (:func:`linked_anchors`), their places taken from the plan's own ordinals (no second
    pass over the comments). Made from the marks alone (:func:`result_marks` or :func:`entry_marks`), so it can
    come before the build."""
    view = _ThreadView(thread, marks, limits)
    ordinal = view.ordinals.get
    return view.plan(), view.content, {comment_anchor(0 if comment is None else ordinal(comment, 0)) for comment in marks}


def copy_groups(entries: Sequence[PassageEntry]) -> dict[int, list[int]]:
    """Passages that are copies of one Arabic text, by passage number: each number -> every member
    of its group in thread order (a single passage is a group of one).

    Two passages are copies when their normalized letters are the same (spaces, punctuation and
    line breaks aside) or when pairing said one duplicates the other's comment and one's letters
    hold the other's.
    """
    letters: dict[str, str] = {}  # normalized text -> its letters and digits (copies: one text, many passages)
    key = {}
    for e in entries:
        found = letters.get(e.normalized)
        if found is None:
            found = letters[e.normalized] = "".join(ch for ch in e.normalized if ch.isalnum())
        key[e.number] = found
    root = {e.number: e.number for e in entries}

    def find(n: int) -> int:
        while root[n] != n:
            root[n] = root[root[n]]
            n = root[n]
        return n

    first: dict[str, int] = {}
    by_comment: dict[str | None, list[int]] = {}
    for e in entries:
        by_comment.setdefault(e.location.comment, []).append(e.number)
        if key[e.number]:
            root[find(e.number)] = find(first.setdefault(key[e.number], e.number))
    for e in entries:
        if e.duplicate_of is None:
            continue
        for other in by_comment.get(e.duplicate_of, []):
            a, b = key[e.number], key[other]
            if a and b and (a in b or b in a):
                root[find(e.number)] = find(other)
                break
    groups: dict[int, list[int]] = {}
    for e in entries:
        groups.setdefault(find(e.number), []).append(e.number)
    return {n: members for members in groups.values() for n in members}
