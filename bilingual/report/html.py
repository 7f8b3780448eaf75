"""The report as one self-contained HTML file: Jinja2 with autoescaping, inline CSS and a little JS.

Input text reaches the page only through autoescaping or the ``t`` filter, which first turns
bidi and terminal control characters into visible markers (so a Trojan-Source RLO cannot reorder
the page) and then escapes. A Content-Security-Policy pins the page's own style and script by
hash and forbids every other source, so even a missed escape could not run or load anything.

The page grows with the passages, not the comments: the first :data:`PAGE` passage cards and the
thread view's first cards are markup; the other passage cards, the comments far from any passage
and the rest of long texts are rendered by the same code, gzip-compressed and embedded as
base64 text, and the page's script shows them on demand (``DecompressionStream``). The data the
search, the filters and the CSV/JSONL export work on is embedded the same way. The cards are
made by :mod:`.markup` (plain Python, escaping every input value the way autoescaping does):
as Jinja macros they cost more than the rest of a big report.
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import itertools
import json
import math
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import orjson
from markupsafe import Markup

from ..compare import FLAG_LABELS, FLAG_MEANINGS
from ..pipeline import Result
from ..safe import visible_controls
from . import _parallel
from .builder import (
    Marks, ViewLimits, copy_groups, entry_marks, linked_anchors, result_marks, result_sketches, thread_view_folds,
    thread_view_plan,
)
from .markup import Cards, ViewCards, shorten, t
from .model import Fold, PassageEntry, Piece, Report, Sketched, ThreadView

__all__ = [
    "BLOB_CHARS", "COPY_LINKS", "EXCERPT_CHARS", "PAGE", "Page", "compress", "excerpt", "html_pieces", "language_name",
    "page", "record", "render_html", "text_markup", "visible",
]

#: Passage cards in the page's own markup (and per batch shown on demand).
PAGE = 100
#: Characters of the article's first lines shown while it is collapsed.
EXCERPT_CHARS = 240
#: Copies of a passage linked from its card (the count of the others is given).
COPY_LINKS = 12
#: Uncompressed characters per embedded blob (a blob is decompressed whole when one of its parts is shown).
BLOB_CHARS = 1_000_000
#: Folds whose parts are cut into blobs together: blobs are cut by characters within each run of
#: this many folds, never across two, so a run is one task of the page's workers, which compress its
#: blobs themselves (the parent receives about 7 MB of blobs at 100,000 comments, not the parts'
#: 85 million characters of markup), and one process and several make the same blobs.
FOLD_RUN = 256
#: Batches of passage cards cut into blobs together, likewise (a batch is at most about 0.26 MB of markup).
BATCH_RUN = 4

#: Languages by code, for the language filter ("-Latn": written in Latin letters).
LANGUAGE_NAMES = {
    "ar": "Arabic", "arz": "Egyptian Arabic", "apc": "Levantine Arabic", "ary": "Moroccan Arabic", "fa": "Persian",
    "ur": "Urdu", "ps": "Pashto", "ku": "Kurdish", "ckb": "Central Kurdish", "ug": "Uyghur", "sd": "Sindhi",
}
#: Flags whose note is always the same (the legend explains them): the note is a tooltip, not text.
FIXED_NOTES = frozenset({"no-translation", "arabizi", "finglish"})


@functools.cache
def _resource(name: str) -> str:
    """A template file's text with indentation, blank lines and whole-line comments left out, and
    CSS without spaces around its punctuation (the page carries it inline; its hash is taken after)."""
    text = resources.files("bilingual.report").joinpath("templates", name).read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    lines = (line.strip() for line in text.splitlines())
    text = "\n".join(line for line in lines if line and not line.startswith("//"))
    return re.sub(r"\s*([{};,>])\s*", r"\1", text) if name.endswith(".css") else text


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def text_markup(value: object) -> Any:
    """Escaped HTML for input text, with each invisible control shown as a ``<span class="ctl">`` marker."""
    return Markup(t(value))


def visible(value: object) -> str:
    """Input text for an attribute: controls made visible; autoescaping does the rest."""
    return visible_controls(str(value))


def excerpt(value: object) -> str:
    """The start of a text on one line (whitespace runs made one space)."""
    return shorten(" ".join(str(value).split()), EXCERPT_CHARS)


def language_name(code: object) -> str:
    """A language code in words (``fa-Latn`` -> Persian in Latin letters; empty -> undecided)."""
    text = str(code or "")
    base, _, script = text.partition("-")
    name = LANGUAGE_NAMES.get(base, base) if base else "undecided"
    return f"{name} in Latin letters" if script == "Latn" else name


def _bytecode_cache() -> Any:
    """Jinja's own per-user compiled-template cache (a private 0700 directory under the temp dir),
    which saves compiling the template on every run; none where that directory cannot be made safely."""
    from jinja2 import FileSystemBytecodeCache

    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@functools.cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("bilingual.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(t=text_markup, vis=visible, excerpt=excerpt, lang=language_name)
    return env


def _blobs(parts: Iterable[tuple[int, bytes]], where: list[tuple[int, int]]) -> Iterator[str]:
    """The page's parts in blobs of about :data:`BLOB_CHARS` characters, each a JSON list of them
    gzip-compressed and base64-encoded (what :func:`compress` gives for the list's JSON), yielded
    as each is full; where each part went, ``(blob, index in its list)``, is added to ``where``.

    A part is given as its characters and its JSON in UTF-8, and compressed as it comes
    (:class:`GzipText`), so neither a blob's parts nor the blobs made before are held: the page is
    written blob by blob (the compressed parts of a 100,000-comment thread are about 7 MB, the
    uncompressed ones about 8 times that)."""
    blob: GzipText | None = None
    made = count = size = 0
    for length, data in parts:
        if blob is not None and size + length > BLOB_CHARS:
            blob.write_utf8(b"]")
            yield blob.base64()
            made, blob = made + 1, None
        if blob is None:
            blob, count, size = GzipText(), 0, 0
            blob.write_utf8(b"[")
        else:
            blob.write_utf8(b",")
        where.append((made, count))
        blob.write_utf8(data)
        count, size = count + 1, size + length
    if blob is not None:
        blob.write_utf8(b"]")
        yield blob.base64()


def _part(html: str) -> tuple[int, bytes]:
    """A part of the page as :func:`_blobs` takes it: its characters and its JSON in UTF-8."""
    return len(html), _json_utf8(html)


#: One run's blobs (:data:`FOLD_RUN`, :data:`BATCH_RUN`) and where each of its parts went in them
#: (filled as the blobs are made).
_RunBlobs = tuple[Iterable[str], list[tuple[int, int]]]


def _run_blobs(parts: Iterable[tuple[int, bytes]]) -> _RunBlobs:
    """One run's parts in blobs (:func:`_blobs`), made as they are read, and where each part went,
    numbered within the run."""
    where: list[tuple[int, int]] = []
    return _blobs(parts, where), where


def _placed(runs: Iterable[_RunBlobs], where: list[tuple[int, int]]) -> Iterator[str]:
    """The blobs of each run in turn; where each part went, numbered across the runs, is added to ``where``."""
    made = 0
    for blobs, placed in runs:
        start = made
        for blob in blobs:
            made += 1
            yield blob
        where.extend((start + blob, index) for blob, index in placed)


def compress(text: str) -> str:
    """``text`` as UTF-8, gzip-compressed (no timestamp, so the page is reproducible), base64-encoded."""
    return _compress_bytes(text.encode("utf-8"))


def _compress_bytes(data: bytes) -> str:
    """:func:`compress` of text already encoded as UTF-8."""
    return base64.b64encode(gzip.compress(data, compresslevel=6, mtime=0)).decode("ascii")


class GzipText:
    """Text written in pieces, gzip-compressed as it comes: :meth:`base64` gives what
    :func:`compress` gives for the whole text, byte for byte, without the text ever being held whole."""

    #: Bytes gathered before they are compressed (fewer, larger calls into zlib).
    BATCH = 1 << 16

    def __init__(self) -> None:
        import zlib

        self._header = gzip.compress(b"", compresslevel=6, mtime=0)[:10]  # this Python's gzip header, as compress writes it
        self._deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
        self._out: list[bytes] = [self._header]
        self._pending: list[bytes] = []
        self._chars = 0
        self._crc = 0
        self._size = 0

    def write(self, text: str) -> None:
        """Add ``text`` to the end."""
        self.write_utf8(text.encode("utf-8"))

    def write_utf8(self, data: bytes) -> None:
        """Add text already encoded as UTF-8 to the end."""
        self._pending.append(data)
        self._chars += len(data)
        if self._chars >= self.BATCH:
            self._compress()

    def _compress(self) -> None:
        import zlib

        data = b"".join(self._pending)
        self._pending, self._chars = [], 0
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._out.append(self._deflate.compress(data))

    #: Compressed bytes per piece of :meth:`base64_pieces` (a multiple of 3: each piece is whole base64, 64 kB of it).
    PIECE = 3 << 14

    def base64(self) -> str:
        """The whole text compressed and base64-encoded (the end: nothing may be written after)."""
        return "".join(self.base64_pieces())

    def base64_pieces(self) -> Iterator[str]:
        """:meth:`base64` in pieces of about 64 kB (the end: nothing may be written after): the compressed
        bytes are let go as they are encoded, so the text is never held whole, nor its compressed bytes
        joined (the page's data of 100,000 comments is about 8 MB of base64: held whole, beside its
        compressed bytes, its joined copy and the page template's escaped copy, it set the page's peak)."""
        import struct

        self._compress()
        self._out.append(self._deflate.flush())
        self._out.append(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        out, self._out = self._out, []
        out.reverse()  # taken from the end, each let go once read
        carry = b""
        while out:
            gathered, size = [carry], len(carry)
            while out and size < self.PIECE:
                gathered.append(out.pop())
                size += len(gathered[-1])
            data = b"".join(gathered)
            del gathered
            cut = len(data) if not out else len(data) - len(data) % 3  # whole groups of 3 bytes, but at the end
            for k in range(0, cut, self.PIECE):
                yield base64.b64encode(memoryview(data)[k : min(k + self.PIECE, cut)]).decode("ascii")
            carry = data[cut:]


def record(p: PassageEntry, copy_of: int | None) -> dict[str, Any]:
    """One passage as the page's search, filters and exports see it: the pair with both texts and
    every aligned row (offsets into the comments' texts); ``copy_of`` is the passage whose card
    stands for this one's Arabic, when it is a copy; ``translation_continued`` (the other parts of a
    translation split over comments) only when there are some."""
    t = p.translation
    found = {
        "number": p.number, "comment": p.location.comment, "start": p.location.start, "end": p.location.end,
        "author": p.author, "kind": p.kind, "lang": p.lang, "text": p.text, "machine": p.machine,
        "flags": p.flag_codes, "pair_flags": list(p.pair_flags), "duplicate_of": p.duplicate_of,
        "copy_of": copy_of,
        "translation_comment": None if t is None else t.location.comment,
        "translation_start": None if t is None else t.location.start,
        "translation_end": None if t is None else t.location.end,
        "translation_author": None if t is None else t.author,
        "translation": None if t is None else t.text,
        "score": None if t is None else _rounded(t.score, 4), "via": None if t is None else t.via,
        "chrf": None if p.score is None else _rounded(p.score.chrf, 2),
        "ter": None if p.score is None else _rounded(p.score.ter, 2),
        "rows": [
            {
                "link": row.link,
                "arabic_start": None if row.arabic_span is None else row.arabic_span[0],
                "arabic_end": None if row.arabic_span is None else row.arabic_span[1],
                "arabic": row.arabic, "machine": row.machine,
                "human_start": None if row.human_span is None else row.human_span[0],
                "human_end": None if row.human_span is None else row.human_span[1],
                "human": row.human,
                "chrf": None if row.score is None else _rounded(row.score.chrf, 2),
                "ter": None if row.score is None else _rounded(row.score.ter, 2),
            }
            for row in p.rows
        ],
    }
    if t is not None and t.continued:
        found["translation_continued"] = [c.to_dict() for c in t.continued]
    return found


def _held(events: list[tuple[str, Any]], paragraphs: list[list[Piece]], linked: set[str]) -> tuple[list[int], list[str]]:
    """The folds in one part of the page (comment cards' ``events`` or a text's ``paragraphs``) and
    the anchors in it that the page links to (passages' places, and the ``linked`` comments)."""
    cards = [item for kind, item in events if kind == "open"]
    folds = [item.id for kind, item in events if kind == "fold"] + [c.rest.id for c in cards if c.rest is not None]
    anchors = [f"t-{n}" for para in [p for card in cards for p in card.paragraphs] + paragraphs for piece in para for n in piece.anchors]
    return folds, anchors + [card.anchor for card in cards if card.anchor in linked]


@dataclass(slots=True)
class _Nest:
    """Where things sit among the folds: each fold's enclosing fold, and the fold holding each anchor."""

    parent: dict[int, int]
    anchor: dict[str, int]


class _Nesting:
    """What :class:`_Nest` is made from, noted part by part as the page's parts are rendered (a fold's
    content is dropped after): the folds each part holds and the anchors the page links to in it."""

    def __init__(self, view: ThreadView, linked: set[str]) -> None:
        self.linked = linked
        self.folds: dict[int | str, list[int]] = {}  # part (a fold id, "page" or "article") -> the folds in it
        self.anchors: dict[int, list[str]] = {}  # fold id -> the anchors in it, in the order they are noted
        self.note("page", view.events, [])
        if view.article is not None:
            self.note("article", [("open", view.article)], [])

    def note(self, part: int | str, events: list[tuple[str, Any]], paragraphs: list[list[Piece]]) -> None:
        """Note the folds and anchors of one part: comment cards (``events``) or a text's ``paragraphs``."""
        self.record(part, *_held(events, paragraphs, self.linked))

    def record(self, part: int | str, folds: list[int], anchors: list[str]) -> None:
        """Note what :func:`_held` found in one part (the anchors count in folds only)."""
        self.folds[part] = folds
        if isinstance(part, int):
            self.anchors[part] = anchors

    def nest(self) -> _Nest:
        """Walk the parts from the page's own (the article first) into the folds, depth first, last fold first."""
        nest = _Nest({}, {})
        todo: list[tuple[int, int | str]] = [(-1, "page")]
        if "article" in self.folds:
            todo.append((-1, "article"))
        while todo:
            where, part = todo.pop()
            if where >= 0:
                for anchor in self.anchors[where]:
                    nest.anchor[anchor] = where
            for fold in self.folds[part]:
                nest.parent[fold] = where
                todo.append((fold, fold))
        return nest


@dataclass(slots=True)
class Page:
    """Everything the page template renders besides the report: the thread view, the copies of each
    passage, the passage cards in markup, and the embedded compressed parts, made as the page is
    written: ``blobs`` yields each as the template reaches it, and :attr:`data` (read after the last
    blob) says where each part went."""

    view: ThreadView
    groups: dict[int, list[int]]
    primary: dict[int, int]
    inline: list[PassageEntry]
    blobs: Iterator[str]
    cards: Cards
    end: Callable[[], Iterator[str]]

    def data_pieces(self) -> Iterator[str]:
        """The page's data for search, filters and export, compressed, base64 in pieces of about 64 kB
        (once every blob is made; read once): what the page writes, never held whole."""
        return self.end()

    @property
    def data(self) -> str:
        """:meth:`data_pieces` joined (read once)."""
        return "".join(self.data_pieces())


def page(report: Report, limits: ViewLimits = ViewLimits()) -> Page:
    """Lay the report out as a page: build the thread view; every part shown on demand is rendered
    with the page's own card markup (:class:`~.markup.Cards`) and compressed as the page's blobs are
    written, then the data for search and export. A big thread's folds are rendered by forked
    workers: those :func:`start_page` started before the build (``report.started``, used once),
    or started here."""
    started, report.started = report.started, None
    if started is not None and started.limits != limits:  # planned for other limits: not this page's
        started.close()
        started = None
    folds: Iterator[Fold] = iter(())
    if started is None:
        if _parallel.forks(len(report.thread.comments), report.jobs):
            passages = report.passages
            started = _start(report.thread, lambda: (entry_marks(passages), passages), limits, report.jobs)
        else:
            marks = entry_marks(report.passages)
            view, folds = thread_view_folds(report.thread, marks, limits)  # its working memory let go before the rest is made
            linked = linked_anchors(report.thread, marks)
            del marks
    planned_folds: int | None = None  # the number of folds, where they were planned in the forked process (not in ``view``)
    if started is not None:
        view, linked = started.view, started.linked
        planned_folds = started.n_folds
    groups = copy_groups(report.passages)
    by_number = {p.number: p for p in report.passages}
    primary = {n: next((m for m in members if by_number[m].duplicate_of is None), members[0]) for n, members in groups.items()}
    del by_number
    cards = Cards(report, groups, primary, FIXED_NOTES, COPY_LINKS)
    where: list[tuple[int, int]] = []
    nesting = _Nesting(view, linked)
    if started is not None:
        data = _Data()
        blobs = _forked_blobs(started, _Batches(cards, report.passages, primary, data), nesting, where)
    else:

        def rendered(fold: Fold) -> tuple[int, bytes]:
            """A fold's content as markup; the content itself is dropped (it is in the page now)."""
            nesting.note(fold.id, fold.events, fold.paragraphs)
            html = cards.events(fold.events) if fold.kind != "text" else cards.paragraphs(fold.paragraphs)
            fold.events, fold.paragraphs = [], []
            return _part(html)

        def fold_runs() -> Iterator[_RunBlobs]:
            """The folds' blobs, run by run (a fold's content can add folds after it: their number is known at the end)."""
            for first in folds:
                yield _run_blobs(map(rendered, itertools.chain([first], itertools.islice(folds, FOLD_RUN - 1))))

        batches = _Batches(cards, report.passages, primary, None)
        blobs = _placed(itertools.chain(fold_runs(), map(batches.run, range(batches.runs))), where)
        data = None

    def end() -> Iterator[str]:
        """The data in pieces, once the blobs are made (every record written, every part placed, every fold made);
        where the parts went and what they hold are let go once written into it."""
        done = data
        if done is None:
            done = _Data()
            for one in _records(report.passages, primary):
                done.records_utf8(one)
        done.end(where, len(view.folds) if planned_folds is None else planned_folds, nesting.nest)  # folds made as the page went
        where.clear()
        nesting.folds.clear()
        nesting.anchors.clear()
        return done.pieces()

    return Page(view, groups, primary, report.passages[:PAGE], blobs, cards, end)


@dataclass(slots=True)
class Started:
    """A page's thread view being planned, and its folds rendered, in a forked process (:func:`start_page`): the
    view and the anchors the page links to (waited for when first asked), the limits the view was planned with,
    and the runs of its folds (:func:`_fold_workers`, past its first value)."""

    values: "_parallel.Producer[Any]"
    limits: ViewLimits
    planned: tuple[ThreadView, int, set[str]] | None = None

    def plan(self) -> tuple[ThreadView, int, set[str]]:
        """The view (its article and the page's own cards; its ``folds`` are left in the forked process), the number
        of folds and the anchors the page links to, once the forked process has planned them."""
        if self.planned is None:
            self.planned = next(self.values)
        return self.planned

    @property
    def view(self) -> ThreadView:
        return self.plan()[0]

    @property
    def n_folds(self) -> int:
        return self.plan()[1]

    @property
    def linked(self) -> set[str]:
        return self.plan()[2]

    @property
    def runs(self) -> "_parallel.Producer[Any]":
        """The runs of the folds, in order (then ``None`` once the workers are let go, then the end once they are gone)."""
        self.plan()
        return self.values

    def close(self) -> None:
        """Stop the process and its workers (a page not made, or made otherwise)."""
        self.values.close()


def start_page(result: Result, limits: ViewLimits = ViewLimits()) -> Started | None:
    """For a command that will write the page of ``result``'s report, before it builds the report:
    a process forked to plan the thread view from the result alone (:func:`~.builder.result_marks`, the
    passages' kinds and languages) and to fork the page's fold workers on its plan, so the build runs
    beside the plan and the workers (at 100,000 comments the build took 0.37-0.39 s with a core idle,
    then the plan 0.45-0.5 s). ``None`` where the page is made in one process (a small thread, one job);
    :func:`bilingual.report.build` with ``page=True`` calls it and :func:`page` goes on with what it started."""
    jobs = result.settings.jobs
    if not _parallel.forks(len(result.thread.comments), jobs):
        return None
    return _start(result.thread, lambda: (result_marks(result), result_sketches(result)), limits, jobs)


#: What a page's view is planned from, made where it is planned: the marks, and what the folds' markup reads of each passage.
_Made = Callable[[], tuple[Marks, Sequence[Sketched]]]


def _start(thread: Any, made: _Made, limits: ViewLimits, jobs: int) -> Started:
    """The thread view planned from the marks ``made`` gives (made there too) and its folds rendered in a process
    forked now (:func:`_planned_runs`), while this one goes on (builds the report, renders the passage batches):
    the marks and the plan, two-job work alone before the fold workers could fork (0.45-0.5 s at 100,000
    comments, a core idle), run beside the build."""
    return Started(_parallel.Producer(_planned_runs, thread, made, limits, jobs), limits)


def _planned_runs(thread: Any, made: _Made, limits: ViewLimits, jobs: int) -> Generator[Any, None, None]:
    """In the process :func:`_start` forks: the thread view planned from the marks ``made`` gives (its view and the
    anchors the page links to, the first value), then ``jobs`` workers forked from here and every run of its folds
    from them (:func:`_fold_workers`' values past its first)."""
    marks, passages = made()
    view, content, linked = thread_view_plan(thread, marks, limits)
    del marks  # the plan holds what it needs of them
    # What the page's own markup needs: the article and the page's own cards (the folds they hold in them) and the
    # number of folds; not every fold (16,637 at 100,000 comments: 0.17 s to unpickle).
    yield ThreadView(view.article, view.events, []), len(view.folds), linked
    parts = _Parts(content, ViewCards(passages), linked, len(view.folds))
    del content  # the workers have it once forked (_fold_workers lets the parts' go)
    runs = _fold_workers(parts, jobs)
    next(runs)
    yield from runs


@dataclass(slots=True)
class _Parts:
    """What the workers rendering a page's folds read: the thread view's fold contents (its plan)
    and the comment cards' markup, which the parent lets go once the workers are forked, the
    anchors the page links to, and how many folds there are."""

    content: Callable[[int], tuple[list[tuple[str, Any]], list[list[Piece]]]] | None
    cards: ViewCards | None
    linked: set[str]
    n_folds: int

    @property
    def n_fold_runs(self) -> int:
        """Runs of :data:`FOLD_RUN` folds."""
        return -(-self.n_folds // FOLD_RUN)


#: One run of folds from a worker, compressed there (:func:`_run_blobs`), with the folds and anchors each of its folds holds.
_FoldRun = tuple[list[str], list[tuple[int, int]], list[tuple[list[int], list[str]]]]


def _fold_run(parts: _Parts, run: int) -> _FoldRun:
    """In a worker: the ``run``-th :data:`FOLD_RUN` folds in blobs, with what each holds (:func:`_held`)."""
    content, cards = parts.content, parts.cards
    assert content is not None and cards is not None, "a worker forked after the parent let the plan go"
    held: list[tuple[list[int], list[str]]] = []

    def rendered(i: int) -> tuple[int, bytes]:
        events, paragraphs = content(i)
        held.append(_held(events, paragraphs, parts.linked))
        return _part(cards.events(events) if events else cards.paragraphs(paragraphs))

    blobs, where = _run_blobs(map(rendered, range(run * FOLD_RUN, min((run + 1) * FOLD_RUN, parts.n_folds))))
    return list(blobs), where, held


def _fold_workers(parts: _Parts, jobs: int) -> Generator[_FoldRun | None, None, None]:
    """The runs of the folds, each made and compressed by one of ``jobs`` forked workers from the
    thread view's plan alone (the same blobs, byte for byte, as in one process), in order. The first
    value is ``None``, once the workers are forked and every run asked for (their compressed blobs
    are small; the caller builds the report and renders the passage batches meanwhile); after the
    last run, ``None`` again once the workers are let go (they exit while the caller finishes the
    page's data); the next ``next`` waits for them."""
    with _parallel.Workers(parts, jobs, 1, _parallel.heap_kept) as workers:
        parts.content = parts.cards = None  # the workers have them (a pool forks them all at once); about 30 MB at 100,000 comments
        runs = workers.imap(_fold_run, parts.n_fold_runs, ahead=-(-parts.n_fold_runs // jobs))
        yield None
        yield from runs
        workers.close()
        yield None


@dataclass(slots=True)
class _Batches:
    """The passage cards after the page's own, :data:`PAGE` a batch, in runs of :data:`BATCH_RUN`
    batches, rendered in this process; their records written to ``data`` as each batch is made
    (where the page's workers render the folds), or left to the page's data (``None``)."""

    cards: Cards
    passages: list[PassageEntry]
    primary: dict[int, int]
    data: _Data | None

    @property
    def runs(self) -> int:
        """How many runs there are."""
        return len(range(PAGE, len(self.passages), PAGE * BATCH_RUN))

    def run(self, k: int) -> _RunBlobs:
        """The ``k``-th run's blobs, made as they are read."""
        starts = range(PAGE, len(self.passages), PAGE)[k * BATCH_RUN : (k + 1) * BATCH_RUN]
        return _run_blobs(map(self._batch, starts))

    def _batch(self, start: int) -> tuple[int, bytes]:
        batch = self.passages[start : start + PAGE]
        if self.data is not None:
            self.data.records_utf8(b",".join(_records(batch, self.primary)))
        return _part(self.cards.passages_html(batch))


def _forked_blobs(started: Started, batches: _Batches, nesting: _Nesting, where: list[tuple[int, int]]) -> Iterator[str]:
    """The blobs of the parts shown on demand: the folds' from the workers ``started`` (what each
    holds noted in ``nesting`` as its run comes), and the passage batches' made here while the
    workers are on the folds, held until the folds' are out (the page's order), their records
    written to the page's data first (after the page's own passages')."""
    data = batches.data
    assert data is not None
    data.records_utf8(b",".join(_records(batches.passages[:PAGE], batches.primary)))
    held = [(list(blobs), placed) for blobs, placed in map(batches.run, range(batches.runs))]
    n_folds = started.n_folds

    def noted() -> Iterator[_RunBlobs]:
        """The folds' runs as they come, what each holds noted."""
        k = 0
        for run in itertools.islice(started.runs, -(-n_folds // FOLD_RUN)):
            assert run is not None
            blobs, placed, folds = run
            for fold in folds:
                nesting.record(k, *fold)
                k += 1
            yield blobs, placed

    try:
        yield from _placed(itertools.chain(noted(), held), where)
        next(started.runs)  # every run is back: the workers are let go, and exit while the data is finished
        data.end(where, n_folds, nesting.nest)
        next(started.runs, None)
    finally:
        started.close()  # stopped on the way (an error, Ctrl-C, SIGTERM): the planner's process and its workers too


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _json_utf8(value: Any) -> bytes:
    """:func:`_json` encoded in UTF-8, by orjson (about 10 times faster on a passage's record): the
    same bytes for what the page embeds (strings, ints, None, lists, dicts with string keys, floats
    made by :func:`_rounded`). What orjson refuses (a lone surrogate, an int past 64 bits) goes
    through :func:`_json` as before, and fails or not as it did."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return _json(value).encode("utf-8")


def _rounded(value: float, digits: int) -> float:
    """``round(value, digits)`` for a record, refused when not finite as :func:`_json` refuses it
    (orjson would write null). Rounded to 2 or 4 digits, a figure below 10**16 is written by orjson
    as by :func:`_json` (no exponent either way)."""
    out = round(value, digits)
    if not math.isfinite(out):
        raise ValueError(f"Out of range float values are not JSON compliant: {out!r}")
    return out


def _records(passages: Sequence[PassageEntry], primary: dict[int, int]) -> Iterator[bytes]:
    """Each passage's :func:`record` as compact JSON in UTF-8, its texts given to orjson as copies
    (:func:`_unkept`)."""
    return (_json_utf8(_unkept(record(p, None if primary[p.number] == p.number else primary[p.number]))) for p in passages)


def _unkept(found: dict[str, Any]) -> dict[str, Any]:
    """A :func:`record` whose texts beyond ASCII (the Arabic, its rows') are copies, let go with it:
    orjson keeps the UTF-8 of each string it writes inside the string, so the report's own texts
    would carry it to the end (7 MB at 100,000 comments of distinct sentences, at the page's peak)."""
    for name in ("author", "text", "machine", "translation_author", "translation"):
        found[name] = _copy(found[name])
    for row in found["rows"]:
        for name in ("arabic", "human", "machine"):
            row[name] = _copy(row[name])
    return found


def _copy(text: str | None) -> str | None:
    """A new string equal to ``text`` when it has more than ASCII (one copy); ``text`` itself when it
    is ASCII, whose UTF-8 is its own characters (nothing is kept), or ``None``."""
    return text if text is None or text.isascii() else "".join((text, ""))


class _Data:
    """The page's data for search, filters and export, compressed as it is written: ``{"page",
    "passages" (each a :func:`record`), "folds", "chunks", "fold_parent", "anchors"}`` as compact
    JSON, the records a batch at a time (the records of 100,000 passages took more memory than the
    rest of the page)."""

    def __init__(self) -> None:
        self.out = GzipText()
        self.out.write(f'{{"page":{_json(PAGE)},"passages":[')
        self.empty = True
        self.ended = False

    def records_utf8(self, joined: bytes) -> None:
        """Add the next records (JSON in UTF-8, joined by commas)."""
        if joined:
            if not self.empty:
                self.out.write_utf8(b",")
            self.out.write_utf8(joined)
            self.empty = False

    def end(self, where: list[tuple[int, int]], n_folds: int, nested: Callable[[], _Nest]) -> None:
        """Write the rest: where each part went and how the folds nest (``nested()``); nothing may be
        added after (done once: a later call does nothing)."""
        if not self.ended:
            out, nest = self.out, nested()
            out.write(f'],"folds":{_json([list(w) for w in where[:n_folds]])},"chunks":{_json([list(w) for w in where[n_folds:]])}')
            out.write(f',"fold_parent":{_json([nest.parent.get(i, -1) for i in range(n_folds)])},"anchors":{_json(nest.anchor)}}}')
            self.ended = True

    def pieces(self) -> Iterator[str]:
        """The whole data, base64, in pieces (:meth:`GzipText.base64_pieces`), once :meth:`end` has written the rest."""
        assert self.ended, "the page's data read before its end was written"
        return self.out.base64_pieces()


def render_html(report: Report) -> str:
    """The whole report page as a string."""
    return "".join(html_pieces(report))


def html_pieces(report: Report, limits: ViewLimits = ViewLimits()) -> Iterator[str]:
    """The report page in pieces, as the template renders them, so it can be written streaming."""
    css, js = _resource("report.css"), _resource("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    laid = page(report, limits)
    cards, article = laid.cards, laid.view.article
    template = _environment().get_template("report.html.j2")
    languages = sorted({p.lang or "" for p in report.passages})
    pieces: Iterator[str] = template.generate(
        r=report, css=Markup(css), js=Markup(js), csp=csp, labels=FLAG_LABELS, meanings=FLAG_MEANINGS, page=laid, languages=languages,
        page_size=PAGE, inline_cards=Markup(cards.passages_html(laid.inline)),
        article_body=None if article is None else Markup(cards.card_body(article)),
        thread_cards=Markup(cards.events(laid.view.events)),
    )
    return pieces
