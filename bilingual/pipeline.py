"""The one orchestrator: read -> segment -> normalize -> translate -> pair -> align, run once.

Every command (``segment``, ``translate``, ``pairs``, ``report``, ``corpus``) and the library are
views over :func:`run`'s :class:`Result`, so they cannot disagree: the passages, the machine's
sentences and the pairs are computed here and nowhere else.

The model only ever sees whole sentences (:func:`bilingual.text.sentences.model_inputs`); the
machine text of each segment (clause) is obtained by aligning the sentence's translation with
the sentence's segments, never by translating fragments.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .collector import few_collections, frozen_heap, model_blocks_from_heap, release_freed
from .doc import Doc, MachineSentence, ModelInfo, Offsets, PassageLayers
from .errors import DefaultModelBrokenError, ModelMissingError
from .spans import AR_LATN, ARABIC, ARABIZI, FA_LATN, Location, Passage, Span
from .text.language import is_arabic_language
from .text.sentences import MAX_CHARS, clauses, ends_inside, halves_inside, passage_layers

if TYPE_CHECKING:
    from .mt.engine import Engine
    from .pairing.model import Pair
    from .threads.model import Thread

__all__ = ["STAGES", "Machine", "Progress", "Result", "Settings", "load_machine", "run", "run_many"]


#: The stages in order; ``run(..., until=STAGE)`` stops after that one.
STAGES = ("segment", "translate", "pair")

#: ``progress(stage, done, total)``: called as work advances (``total`` 0: unknown).
Progress = Callable[[str, int, int], None]

#: The normalization profile the model is fed (and the report shows).
MT_PROFILE = "mt"


def _no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run does, the same for every command: machine translation on or off, which model,
    the cache, the sentence cap and the decoding options (``beam_size``, ``num_hypotheses``,
    ``length_penalty``, ``max_decoding_length``)."""

    mt: bool = True
    model: str | None = None
    cache: bool | str = True
    max_chars: int = MAX_CHARS
    batch_size: int = 32
    decode: Mapping[str, Any] = field(default_factory=dict)
    include_removed: bool = False  # pair the passages of comments marked deleted, removed or spam too
    jobs: int = 1  # processes for the per-passage work of a big thread (bilingual.parallel); never changes the output

    def __post_init__(self) -> None:
        """Refuse settings no run can have, where they are made (a 0 here is not the CLI's 'every core')."""
        if type(self.jobs) is not int or self.jobs < 1:
            raise ValueError(f"Settings.jobs must be a number of processes, 1 or more, not {self.jobs!r} "
                             "(bilingual.parallel.resolve_jobs(0) gives every core)")
        if type(self.batch_size) is not int or self.batch_size < 1:
            raise ValueError(f"Settings.batch_size must be 1 or more, not {self.batch_size!r}")
        for name in ("mt", "include_removed"):  # Settings(mt="no") was a run with translation on
            if type(getattr(self, name)) is not bool:
                raise TypeError(f"Settings.{name} must be True or False, not {getattr(self, name)!r}")
        if type(self.max_chars) is not int or self.max_chars < 1:
            raise ValueError(f"Settings.max_chars must be a number of characters, 1 or more, not {self.max_chars!r}")
        if self.model is not None and not isinstance(self.model, str):
            raise TypeError(f"Settings.model must be a model's name or None, not {type(self.model).__name__}")
        if not isinstance(self.cache, (bool, str)):
            raise TypeError(f"Settings.cache must be True, False or a cache file's path, not {type(self.cache).__name__}")
        if not isinstance(self.decode, Mapping):
            raise TypeError(f"Settings.decode must be a mapping of decoding options, not {type(self.decode).__name__}")
        if self.decode:  # checked here, not when a run first translates (it named DecodeOptions.__init__ then)
            from .mt.engine import DecodeOptions

            DecodeOptions.of(dict(self.decode), "Settings.decode")

    def to_dict(self) -> dict[str, Any]:
        """JSON form, for the corpus summary and reproducibility."""
        return {
            "mt": self.mt, "model": self.model, "max_chars": self.max_chars,
            "batch_size": self.batch_size, "decode": dict(self.decode), "include_removed": self.include_removed,
        }


@dataclass(slots=True)
class Machine:
    """The translation model of a run, loaded once (a corpus worker reuses it for every thread),
    or the reason there is none; ``weight`` is how far pairing may trust its output (0..1)."""

    info: ModelInfo
    engine: Engine | None = None
    weight: float = 0.0


def install_command() -> str | None:
    """The one command that installs the default Arabic->English model of the manifest, if there is one."""
    from .mt.models import known_models

    for known in known_models():
        if (known.source_lang, known.target_lang) == ("ar", "en"):
            return f"bilingual models install {known.name}"
    return None


def load_machine(settings: Settings = Settings()) -> Machine:
    """Load the model ``settings`` names (or the installed default).

    A model named explicitly must exist and load (:class:`ModelMissingError`, exit 3, as for
    ``translate``); with none named and none installed, or the default one broken
    (:class:`DefaultModelBrokenError`), the run goes on without MT and :class:`ModelInfo` says why. The random-weights test model translates but earns no trust.
    """
    if not settings.mt:
        return Machine(ModelInfo("off", message="machine translation was turned off (--no-mt)"))
    from .mt.models import find_model, load_model

    try:
        installed = find_model(settings.model)
        engine = load_model(settings.model)
    except ModelMissingError as exc:
        if settings.model is not None:
            raise
        return Machine(ModelInfo("missing", message=exc.message, install_command=install_command()))
    except DefaultModelBrokenError as exc:
        return Machine(ModelInfo("missing", message=exc.message, install_command=install_command()))  # it names the model
    # the archive given by path is only looked into once loaded: its metadata says it too
    test = installed.is_test_model or bool(engine.files.metadata.get("bilingual_test_model"))
    info = ModelInfo(
        "loaded", name=engine.name, test_model=test,
        message="the random-weights test model is in use: its machine output is meaningless" if test else "",
    )
    return Machine(info, engine, 0.0 if test else 1.0)


@dataclass(slots=True)
class Result:
    """One thread after the pipeline: its docs (one per comment text, article first), the passages
    with every layer, the model used and the settings."""

    thread: Thread
    docs: list[Doc]
    passages: list[PassageLayers]
    model: ModelInfo
    settings: Settings
    until: str = "pair"
    _by_comment: dict[str | None, Doc] | None = field(default=None, init=False, repr=False, compare=False)

    def doc(self, comment_id: str | None) -> Doc:
        """The doc of a comment (``None``: the article), by an index made on the first call (a scan per
        call made a call per passage quadratic: 0.87 s for 5,000 passages of 20,000 comments)."""
        if self._by_comment is None or len(self._by_comment) != len(self.docs):
            self._by_comment = {d.comment: d for d in self.docs}
        try:
            return self._by_comment[comment_id]
        except KeyError:
            raise KeyError(f"Result.doc(): the thread has no comment {comment_id!r}") from None

    @property
    def pairs(self) -> list[Pair]:
        """The pair of every passage, in thread order (empty before the ``pair`` stage)."""
        return [p.pair for p in self.passages if p.pair is not None]

    def to_dict(self) -> dict[str, Any]:
        """JSON form: every doc with its layers."""
        return {
            "title": self.thread.title,
            "format": self.thread.format,
            "model": self.model.to_dict(),
            "settings": self.settings.to_dict(),
            "docs": [d.to_dict() for d in self.docs],
        }


#: Threads of fewer distinct texts than this are segmented in the calling process: workers would cost more than they save.
SPLIT_IN_WORKERS_FROM = 2000
#: Texts a worker segments at a time.
SPLIT_CHUNK = 256

#: A span as a worker sends it back: (start, end, kind, lang, confidence, insertions).
_SpanFields = tuple[int, int, str, str | None, float | None, tuple[tuple[int, int], ...]]


def _split(texts: list[str], jobs: int) -> Iterator[tuple[tuple[Span, ...], tuple[Span, ...]]]:
    """The segmenter's spans of each of ``texts``, in order, with those of them that are Arabic or
    Arabizi (the passages). The spans depend on the text alone, so a text posted again gets its first
    copy's tuples, segmented once, and equal tilings share one tuple; the distinct texts
    are segmented by ``jobs`` forked workers when there are at least :data:`SPLIT_IN_WORKERS_FROM` of them."""
    first: dict[str, int] = {}  # text -> where it is first
    distinct = [i for i, text in enumerate(texts) if first.setdefault(text, i) == i]
    found = _split_distinct(texts, distinct, jobs)
    done: dict[str, tuple[tuple[Span, ...], tuple[Span, ...]]] = {}  # text -> its spans and its passages' spans
    tilings: dict[tuple[Span, ...], tuple[tuple[Span, ...], tuple[Span, ...]]] = {}  # one pair of tuples per distinct tiling (spans are frozen)
    for i, text in enumerate(texts):
        if first[text] == i:
            spans = next(found)
            split = tilings.get(spans)
            if split is None:
                split = tilings[spans] = (spans, tuple(s for s in spans if s.kind in (ARABIC, ARABIZI)))
            done[text] = split
        yield done[text]
    next(found, None)  # none left: the generator ends, and its workers are let go, here rather than as it is dropped


def _split_distinct(texts: list[str], distinct: list[int], jobs: int) -> Iterator[tuple[Span, ...]]:
    """The spans of ``texts[i]`` for each ``i`` of ``distinct``, in order: from ``jobs`` forked
    workers for :data:`SPLIT_IN_WORKERS_FROM` texts or more (results streamed, so the caller makes
    each text's layers as its spans come)."""
    from .parallel import Workers, can_fork
    from .segment import segment

    if jobs < 2 or len(distinct) < SPLIT_IN_WORKERS_FROM or not can_fork():
        for i in distinct:
            yield tuple(segment(texts[i]))
        return
    with Workers((texts, distinct), jobs, SPLIT_CHUNK) as workers:
        for fields in workers.imap(_split_one, len(distinct)):
            yield tuple(Span(*one) for one in fields)


def _split_one(state: tuple[list[str], list[int]], k: int) -> tuple[_SpanFields, ...]:
    """In a worker: the spans of the ``k``-th distinct text as plain tuples (they pickle in half
    the time of the dataclasses)."""
    from .segment import segment

    texts, distinct = state
    return tuple((s.start, s.end, s.kind, s.lang, s.confidence, s.insertions) for s in segment(texts[distinct[k]]))


def _segment(thread: Thread, max_chars: int, jobs: int = 1, labels: list[Any] | None = None) -> tuple[list[Doc], list[PassageLayers]]:
    """Docs with the segmenter's spans; every Arabic or Arabizi passage with its sentences,
    segments and normalized view.

    A passage's layers depend on its text alone (and, in Latin letters, on whether it is Finglish),
    so a text posted again (a copy, spam, a 100,000-deep chain of one prayer) is split and
    normalized once: later copies share the first one's normalized view and reading and get its
    sentences and segments moved to their own offsets (:func:`_moved`). The segmenter runs on
    ``jobs`` processes for a big thread (:func:`_split`). ``labels`` receives the thread's
    :class:`bilingual.pairing.find.LineLabels` if one was made (pairing takes over its maps of the thread).
    """
    docs: list[Doc] = []
    layers: list[PassageLayers] = []
    first: dict[tuple[str, str, bool], PassageLayers] = {}  # (kind, text, Finglish) -> the first passage with them
    sources = list(thread.sources())  # one pass over the thread (its texts are segmented first)
    if labels is None:
        labels = []  # pairing's LineLabels for the thread, made on the first passage of several lines
    shared: dict[str, str] = {}  # each distinct passage text, held once by all its copies
    for (comment_id, text, author, offset), (spans, arabic) in zip(sources, _split([t for _, t, _, _ in sources], jobs), strict=True):
        if not arabic:  # most comments: no passage
            docs.append(Doc(comment_id, text, author, offset, spans))
            continue
        found: list[PassageLayers] = []
        for passage in _passages(comment_id, text, author, arabic, thread, labels, shared):
            span = passage.span
            key = (span.kind, passage.text, span.kind == ARABIZI and span.lang == FA_LATN)
            seen = first.get(key)
            if seen is not None:
                made = _moved(seen, passage)
            elif span.kind == ARABIZI:
                made = first[key] = _latin_layers(passage, max_chars)
            else:
                made = first[key] = _layers(passage, _normalize(passage.text), max_chars)
            found.append(made)
        if len(found) > 1:
            _cut_as_lists(found, text, max_chars)
        layers.extend(found)
        docs.append(Doc(comment_id, text, author, offset, spans, tuple(found)))
    if len(docs) >= SPLIT_IN_WORKERS_FROM and any(p.reading is not None for p in first.values()):
        from .translit.core import release_statistics

        release_statistics()  # a big thread's readings are made: 10 MB less for pairing and the page (0.1 s to reload)
    return docs, layers


def _passages(comment_id: str | None, text: str, author: str | None, arabic: tuple[Span, ...], thread: Thread,
              labels: list[Any], shared: dict[str, str]) -> Iterator[Passage]:
    """The passages of one comment's Arabic and Arabizi spans, as pairing works on them: a passage of
    several lines whose lines the thread's English translates one by one, by labels ("First line:
    ..."), is its lines, a line of several sentences that a numbered English list answers is its sentences, and a
    line of verse answered half by half is its halves
    (:class:`bilingual.pairing.find.LineLabels`, which :func:`bilingual.pairing.pairs` uses too). A text already in ``shared`` (a copy) is given that string, not a new one: a thread
    repeats its Arabic (the 100,000-comment bench thread: 113 distinct texts in 15,947 passages, 3.8 MB)."""
    for span in arabic:
        cut = text[span.start : span.end]
        passage = Passage(Location(comment_id, span.start, span.end), span, shared.setdefault(cut, cut), author)
        if span.kind == ARABIZI or "\n" not in passage.text and not ends_inside(passage.text) and not halves_inside(passage.text):
            yield passage  # (nothing a LineLabels could cut: one line, one sentence, one half of verse)
            continue
        if not labels:
            from .pairing.find import LineLabels

            labels.append(LineLabels(thread))
        yield from labels[0].cut(passage)


def _cut_as_lists(found: list[PassageLayers], text: str, max_chars: int) -> None:
    """The segments of the items of an Arabic list in one comment cut as the list's text cuts them
    (:func:`bilingual.pairing.lists.item_clauses`), as pairing aligns the list as one passage: the
    same pairs as :func:`bilingual.pairing.pairs`. An item whose cut differs gets layers of its own
    (another copy of its text keeps the shared ones)."""
    from .pairing.lists import item_clauses, lists

    passages = [p.passage for p in found]
    groups = lists(passages, lambda _: text)
    if not groups:
        return
    for k, cut in item_clauses(passages, groups, lambda _: text).items():
        base = found[k].passage.location.start
        _, mine = passage_layers(found[k].passage.text, max_chars, [(a - base, b - base) for a, b in cut])
        segments = _segments_as(found[k].sentences, mine, found[k].passage.location)
        if segments != found[k].segments:
            found[k] = replace(found[k], segments=segments)


def _normalize(text: str) -> Any:
    """``text`` in the model's normalization profile, with its offset map."""
    from .normalize import normalize

    return normalize(text, profile=MT_PROFILE)


def _moved(seen: PassageLayers, passage: Passage) -> PassageLayers:
    """The layers of ``passage``, whose text (and language) are those of ``seen``: the same normalized
    view and reading (read-only, shared) and the same sentences and segments at its own offsets."""
    shift = passage.location.start - seen.passage.location.start
    if not shift:  # the same place in another comment (a text posted again): the same (immutable) spans
        return PassageLayers(passage, list(seen.sentences), list(seen.segments), seen.normalized, seen.reading)
    base = seen.passage.location.start
    sentences = _placed([(a - base, b - base) for a, b in seen.sentences], passage.location)
    return PassageLayers(passage, sentences, _segments_as(sentences, [(a - base, b - base) for a, b in seen.segments], passage.location),
                         seen.normalized, seen.reading)


def _placed(spans: Iterable[Offsets], location: Location) -> list[Offsets]:
    """``spans`` (offsets in a passage) in the comment's offsets: ``location``'s own ints where a span starts or
    ends with the passage (most sentences are a whole passage; an int past 256 is an object of 32 bytes)."""
    base, last = location.start, location.end
    n = last - base
    return [(base if a == 0 else base + a, last if b == n else base + b) for a, b in spans]


def _segments_as(sentences: list[Offsets], segments: Iterable[Offsets], location: Location) -> list[Offsets]:
    """``segments`` (offsets in the passage at ``location``) in the comment's offsets, each that equals one of
    ``sentences`` (comment offsets) given that sentence's tuple rather than an equal one of its own: most
    segments are a whole sentence (51,352 of the 67,937 on the 100,000-comment distinct thread), and a tuple
    of two offsets holds 64-128 bytes."""
    known = {s: s for s in sentences}
    out = []
    for span in _placed(segments, location):
        out.append(known.get(span, span))
    return out


def _layers(passage: Passage, normalized: Any, max_chars: int) -> PassageLayers:
    """A passage's sentences (what the model sees) and segments (clauses, for alignment), in
    comment offsets (:func:`bilingual.text.sentences.passage_layers`)."""
    sentences, segments = passage_layers(passage.text, max_chars)
    moved = _placed(sentences, passage.location)
    return PassageLayers(passage, moved, _segments_as(moved, segments, passage.location), normalized)


def _latin_layers(passage: Passage, max_chars: int) -> PassageLayers:
    """An Arabizi or Finglish passage: its Arabic-script reading (:func:`bilingual.translit.transliterate`),
    the reading normalized, its sentences as the model is given them and its segments, its sentences
    uncut (clause cues are Arabic-script; :func:`bilingual.text.sentences.passage_layers`)."""
    from .translit import transliterate

    text = passage.text
    reading = transliterate(text, FA_LATN if passage.span.lang == FA_LATN else AR_LATN)
    sentences, segments = passage_layers(text, max_chars, latin=True)
    moved = _placed(sentences, passage.location)
    return PassageLayers(passage, moved, _segments_as(moved, segments, passage.location), _normalize(reading.text), reading)


def _translatable(layers: PassageLayers) -> bool:
    """What an Arabic model may be given: Arabic-script passages in Arabic (or undecided) and the
    reading of Arabizi; Persian, Urdu, Kurdish, Pashto and Finglish never."""
    span = layers.passage.span
    if span.kind == ARABIZI:
        return layers.reading is not None and span.lang != FA_LATN
    return span.kind == ARABIC and is_arabic_language(span.lang)


def _model_inputs(p: PassageLayers) -> list[tuple[int, int, str]]:
    """What the model is given for one passage: each sentence (comment offsets) and its text in
    the passage's normalized view, sliced through the offset map, so the passage is normalized
    once; for Arabizi, the normalized Arabic-script reading of the sentence."""
    base = p.passage.location.start
    out = []
    for a, b in p.sentences:
        x, y = a - base, b - base
        if p.reading is not None:
            x, y = p.reading.to_output(x, y)
        x, y = p.normalized.to_normalized(x, y)
        out.append((a, b, p.normalized.text[x:y].strip()))
    return out


def _translate(layers: Sequence[PassageLayers], machine: Machine, settings: Settings, tick: Progress) -> None:
    """Translate every sentence of the translatable passages in one batched call (each distinct
    sentence once), then give each segment the part of its sentence's translation that aligns with it.

    The passages may come from many threads (:func:`run_many`): the engine pads each source to a
    length set by its own token count, so each sentence gets the translation it gets alone, whatever
    else is in the call."""
    from .mt.engine import DecodeOptions
    from .mt.pipeline import output_flags, translate_sentences

    todo = [p for p in layers if _translatable(p)]
    if not todo or machine.engine is None:
        return
    inputs = [(p, a, b, text) for p in todo for a, b, text in _model_inputs(p) if text]
    decode = DecodeOptions(**settings.decode)
    with model_blocks_from_heap():
        results = translate_sentences(
            [text for _, _, _, text in inputs], machine.engine, cache=settings.cache, batch_size=settings.batch_size,
            decode=decode, progress=lambda done, total: tick("translating", done, total),
        )
    for p in todo:
        p.machine = []
    for (p, a, b, text), (hypotheses, cached) in zip(inputs, results):
        source = p.text[a - p.passage.location.start : b - p.passage.location.start]
        p.machine.append(MachineSentence(a, b, source, text, hypotheses, tuple(output_flags(source, hypotheses, decode)), cached))
    for p in todo:
        _project(p)


def _project(p: PassageLayers) -> None:
    """The machine text and flags of each segment: the segments and model sentences are taken in
    blocks that share their bounds (:func:`_blocks`, mostly one sentence); a block of one segment
    gets the block's whole translation, one of several has it cut into English clauses aligned with
    them (:func:`bilingual.align.align`), so a row never shows a fragment's own translation."""
    from .align import align

    out: list[str] = []
    flags: list[tuple[str, ...]] = []
    start = p.passage.location.start
    for sents, segs in _blocks(p.sentences, p.segments):
        if not segs:
            continue
        parts = [s for a, b in sents for s in p.machine if a <= s.start and s.end <= b]  # one a sentence, unless the model needed it cut
        mt = " ".join(s.text for s in parts if s.text)
        flags.extend([tuple(sorted({f for s in parts for f in s.flags}))] * len(segs))
        if len(segs) == 1 or not mt:
            out.extend([mt] + [""] * (len(segs) - 1))
            continue
        pieces = [mt[x:y] for x, y in clauses(mt, "en")] or [mt]
        arabic = [p.passage.text[x - start : y - start] for x, y in segs]
        given = [""] * len(segs)
        for link in align(arabic, pieces):
            if link.src and link.tgt:
                given[link.src[0]] = " ".join(pieces[j] for j in link.tgt)
        out.extend(given)
    p.segment_machine, p.segment_flags = out, flags


def _blocks(
    sentences: list[tuple[int, int]], segments: list[tuple[int, int]],
) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Sentences and segments (each sorted, without overlaps) in the smallest groups that no span of
    either crosses: a sentence with the segments inside it, or the pieces of a long sentence with
    the clause that runs across them."""
    blocks: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]] = []
    end = -1
    for a, b, is_segment in sorted([(a, b, False) for a, b in sentences] + [(a, b, True) for a, b in segments]):
        if a >= end:
            blocks.append(([], []))
        blocks[-1][is_segment].append((a, b))
        end = max(end, b)
    return blocks


def _segment_texts(p: PassageLayers, shared: dict[str, str]) -> list[str]:
    """What pairing aligns each segment on: the characters typed, or for Arabizi and Finglish the
    segment's Arabic-script reading. A text already in ``shared`` is given that string: copies of a
    passage share their segments' (pairing holds them all at once: 6.2 MB of 49,222 strings for 54
    distinct ones on the 100,000-comment bench thread)."""
    base = p.passage.location.start
    if p.reading is None:
        cuts = [p.text[a - base : b - base] for a, b in p.segments]
    else:
        cuts = [p.reading.text[slice(*p.reading.to_output(a - base, b - base))] for a, b in p.segments]
    return [shared.setdefault(cut, cut) for cut in cuts]


#: Comment statuses whose text is left out of pairing unless asked for (``--include-removed``).
REMOVED = frozenset({"deleted", "removed", "spam"})


def _pair(thread: Thread, layers: Sequence[PassageLayers], machine: Machine, include_removed: bool, jobs: int = 1,
          labels: Sequence[Any] = ()) -> None:
    """The commenters' own translations, with the segments and (trusted) machine text as evidence
    (``labels``: what :func:`_segment` left there, the LineLabels whose maps of the thread pairing takes over).

    Comments marked deleted, removed or spam take no part: their passages get no pair (saying
    why) and their text translates nothing; the thread's shape is kept.
    """
    from .pairing import Pair, find_pairs

    removed = set() if include_removed else {c.id for c in thread.comments if c.status in REMOVED}
    active = [p for p in layers if p.comment not in removed]
    view = thread
    if removed:
        comments = [replace(c, text="") if c.id in removed else c for c in thread.comments]
        view = replace(thread, comments=comments, _index=None)
    have_mt = machine.engine is not None and any(p.segment_machine is not None for p in active)
    shared: dict[str, str] = {}
    found = find_pairs(
        view, [p.passage for p in active], segments=[p.segments for p in active],
        machine=[p.segment_machine or [""] * len(p.segments) for p in active] if have_mt else None,
        machine_weight=machine.weight, texts=[_segment_texts(p, shared) for p in active], jobs=jobs,
        labels=labels[0] if labels and view is thread else None,
    )
    release_freed()  # pairing's working memory, free inside malloc now (about 28 MB at 100,000 comments)
    for p, pair in zip(active, found):
        p.pair = pair
    for p in layers:
        if p.comment in removed:
            status = thread.get(p.comment).status if p.comment is not None else None
            p.pair = Pair(p.passage, None, None, 0.0, None, None, f"the comment is marked {status}: left out of pairing", None, flags=("removed",))


def run(
    thread: Thread,
    settings: Settings = Settings(),
    *,
    machine: Machine | None = None,
    until: str = "pair",
    progress: Progress | None = None,
) -> Result:
    """Run the stages on ``thread`` up to ``until`` (``segment``, ``translate`` or ``pair``).

    ``machine`` passes a model already loaded (the corpus runner loads it once per worker);
    otherwise it is loaded from ``settings`` when translation is reached.
    """
    if until not in STAGES:
        raise ValueError(f"unknown stage {until!r} (choose from {', '.join(STAGES)})")
    if not hasattr(thread, "comments"):
        raise TypeError(f"run() needs a Thread (bilingual.read(path) reads one), not {type(thread).__name__}")
    if not isinstance(settings, Settings):  # a dict or None failed deep inside as "no attribute 'max_chars'"
        raise TypeError(f"run() needs its settings as a bilingual.Settings (Settings(mt=False)), not {type(settings).__name__}")
    if machine is not None and not isinstance(machine, Machine):
        raise TypeError(f"run(): machine must be a loaded bilingual.Machine (load_machine(settings)) or None, not {type(machine).__name__}")
    if progress is not None and not callable(progress):
        raise TypeError(f"run(): progress must be a function of (stage, done, total) or None, not {type(progress).__name__}")
    with few_collections():
        return _run(thread, settings, machine, until, progress)


def _run(thread: Thread, settings: Settings, machine: Machine | None, until: str, progress: Progress | None) -> Result:
    tick = progress or _no_progress
    tick("segmenting", 0, 0)
    labels: list[Any] = []  # the LineLabels the segmenter made, if any: pairing takes over its maps of the thread
    docs, layers = _segment(thread, settings.max_chars, settings.jobs, labels)
    with frozen_heap():  # the thread, docs and layers live to the end: no collection walks them again
        stage = STAGES.index(until)
        if machine is None:
            machine = load_machine(settings) if stage >= 1 else Machine(ModelInfo("off", message="not translated"))
        if stage >= 1:
            _translate(layers, machine, settings, tick)
            _hash_model(machine)
        return _finish(thread, docs, layers, machine, settings, until, tick, labels)


def _finish(
    thread: Thread, docs: list[Doc], layers: list[PassageLayers], machine: Machine, settings: Settings, until: str, tick: Progress,
    labels: Sequence[Any] = (),
) -> Result:
    """The stages after translation (pairing, when ``until`` asks for it) and the thread's result."""
    if STAGES.index(until) >= 2:
        tick("pairing", 0, 0)
        _pair(thread, layers, machine, settings.include_removed, settings.jobs, labels)
        tick("pairing", 1, 1)
    return Result(thread, docs, layers, machine.info, settings, until)


def run_many(threads: Iterable[Thread], settings: Settings, *, machine: Machine) -> Iterator[Result | Exception]:
    """Run every stage on each of ``threads`` with their sentences translated together (one call, each
    distinct sentence once: the corpus runs a shard so); yields each thread's result, or the exception
    that stopped that thread, in order.

    Each result is what :func:`run` gives the thread alone: the engine pads each source to a length
    set by its own token count, so no translation depends on the batch. When the shared call fails, each
    thread is translated alone, so only the thread that breaks it fails.
    """
    with few_collections():
        staged: list[tuple[Thread, list[Doc], list[PassageLayers]] | Exception] = []
        for thread in threads:
            try:
                staged.append((thread, *_segment(thread, settings.max_chars)))
            except Exception as exc:  # this thread's failure, reported in its place
                staged.append(exc)
        try:
            _translate([p for item in staged if not isinstance(item, Exception) for p in item[2]], machine, settings, _no_progress)
        except Exception:
            for k, item in enumerate(staged):
                try:
                    if not isinstance(item, Exception):
                        _translate(item[2], machine, settings, _no_progress)
                except Exception as exc:
                    staged[k] = exc
        left = deque(staged)
        del staged
        while left:
            item = left.popleft()  # each thread's layers are freed once its result is out
            if isinstance(item, Exception):
                yield item
                continue
            try:
                _hash_model(machine)
                result = _finish(*item, machine, settings, "pair", _no_progress)
            except Exception as exc:
                yield exc
                continue
            yield result


def _hash_model(machine: Machine) -> None:
    """Give the machine's model information its content hash, once."""
    if machine.engine is not None and machine.info.hash is None:
        machine.info.hash = _model_hash(machine.engine)


def _model_hash(engine: Engine) -> str | None:
    """The model's content hash (set by the translation cache; computed here when the cache is off)."""
    if engine.fingerprint is None:
        from .mt.cache import hash_files

        engine.fingerprint = hash_files(engine.files.files(), engine.files.root)
    return engine.fingerprint

