"""What the blind rounds of pairing's development set share (bench/pairing_blind*.py): the cut of
the data into tuned and held-out pairs, the plan of threads (a generator of its own per thread, so a
new shape changes no other thread), the check that every gold span slices to the text put there,
the record in bench/bench_pairing.py's format, and the command line; the thread being written
(:class:`Thread`, from round 18 on; :class:`Writer`, from round 31 on), its items (:func:`gold_item`), the
gold check of a translation split over comments (:func:`check_gold_parts`), and the round itself
(:class:`Round`: its builder, checks and command line; rounds 18 on).

Each round keeps its own wordings, drafts and shapes: they were written blind, one writer not
reading another's; only this plumbing is one copy.
"""

from __future__ import annotations

import argparse
import functools
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import pairing_devset  # bench/pairing_devset.py, beside this file
from pairing_devset import Example

Pairs = list[tuple[str, str]]
Span = tuple[str, int, int]
Piece = str | tuple[str, str]  # plain text, or (slot, text) whose span is recorded


def joined(cid: str, pieces: Sequence[Piece], spans: dict[str, Span], texts: dict[str, str]) -> str:
    """Comment ``cid``'s text made of ``pieces``, the span and text of each slotted piece recorded."""
    text = ""
    for piece in pieces:
        if isinstance(piece, tuple):
            slot, value = piece
            spans[slot] = (cid, len(text), len(text) + len(value))
            texts[slot] = value
            piece = value
        text += piece
    return text


def pools(sources: Mapping[str, Sequence[tuple[str, str]]]) -> dict[str, dict[str, Pairs]]:
    """Each data set's tuned and held-out pairs, cut as :func:`pairing_devset.build` cuts them (the
    same shuffle in the same order), so held-out sentences stay held out across rounds."""
    rng = random.Random(pairing_devset.SEED)
    out = {}
    for source, pairs in sources.items():
        shuffled = list(pairs)
        rng.shuffle(shuffled)
        cut = int(len(shuffled) * (1 - pairing_devset.HELD_OUT))
        out[source] = {"tuned": shuffled[:cut], "held-out": shuffled[cut:]}
    return out


class Planned(NamedTuple):
    """One thread to write: its name and labels, the shape's builder, its example and the part's
    pairs, and a random generator of its own."""

    name: str
    shape: str
    kind: str
    split: str
    source: str
    builder: Callable[..., None]
    example: Example
    pool: Pairs
    rng: random.Random


def plan(
    seed: int,
    shapes: Mapping[str, tuple[Callable[..., None], int, str]],
    sources: Mapping[str, Pairs] | None,
    tuned: int,
    held_out: int,
) -> Iterator[Planned]:
    """Every shape's threads: ``tuned`` and ``held_out`` per data set (``sources`` None: the real
    data of :func:`pairing_devset.load_sources`)."""
    counts = {"tuned": tuned, "held-out": held_out}
    for source, halves in pools(pairing_devset.load_sources() if sources is None else sources).items():
        for shape, (builder, sentences, kind) in shapes.items():
            for split, pool in halves.items():
                draw = random.Random(f"{seed}/{source}/{shape}/{split}")
                for k, ex in enumerate(pairing_devset._examples(pool, sentences, counts[split], draw)):
                    rng = random.Random(f"{seed}/{source}/{shape}/{split}/{k}")
                    yield Planned(f"{source}/{shape}/{split}/{k}/{kind}", shape, kind, split, source, builder, ex, pool, rng)


def record(
    p: Planned,
    rows: Sequence[Sequence[Any]],
    spans: Mapping[str, Span],
    texts: Mapping[str, str],
    items: list[dict[str, object]],
) -> dict[str, object]:
    """A thread in bench/bench_pairing.py's format, each gold span (``spans[slot]``) checked to
    slice to the text put in that slot, a negative checked to hold no translation and a positive one."""
    comments = {str(row[0]): str(row[3]) for row in rows}
    for slot, (cid, start, end) in spans.items():
        if comments[cid][start:end] != texts[slot]:
            raise AssertionError(f"{p.name}: slot {slot} does not slice to its text")
    if (p.kind == "neg") == any(item["expected"] for item in items):
        raise AssertionError(f"{p.name}: a {p.kind} thread {'with' if p.kind == 'neg' else 'without'} a translation")
    return {"id": p.name, "shape": p.shape, "kind": p.kind, "split": p.split, "source": p.source, "comments": rows, "items": items}


class Written(Protocol):
    """What a round's thread writer holds once its shape's builder has run: the comments' rows, the gold
    spans and texts by slot, and the items in bench/bench_pairing.py's format."""

    @property
    def rows(self) -> Sequence[Sequence[Any]]: ...

    @property
    def spans(self) -> Mapping[str, Span]: ...

    @property
    def texts(self) -> Mapping[str, str]: ...

    @property
    def items(self) -> list[dict[str, object]]: ...


def written(
    seed: int,
    shapes: Mapping[str, tuple[Callable[..., None], int, str]],
    sources: Mapping[str, Pairs] | None,
    tuned: int,
    held_out: int,
    writer: Callable[[Planned], Written],
) -> list[dict[str, object]]:
    """Every planned thread (:func:`plan`) written by its shape's builder into ``writer(p)``, as records (:func:`record`)."""
    out = []
    for p in plan(seed, shapes, sources, tuned, held_out):
        w = writer(p)
        p.builder(w)
        out.append(record(p, w.rows, w.spans, w.texts, w.items))
    return out


def gold_item(
    spans: Mapping[str, Span], arabic: str, translation: str | None, partial: bool = False, continued: Sequence[str] = ()
) -> dict[str, object]:
    """An item in bench/bench_pairing.py's format: the passage's slot, its translation's (None: none) and those of
    the parts the translation goes on in (split over comments), a partial translation marked ``"partial": true``."""
    item: dict[str, object] = {
        "arabic": list(spans[arabic]),
        "expected": list(spans[translation]) if translation else None,
        "continued": [list(spans[slot]) for slot in continued],
    }
    if partial:
        item["partial"] = True
    return item


def partial_items(items: Sequence[tuple[str, str | None, bool]], spans: Mapping[str, Span]) -> list[dict[str, object]]:
    """Each ``(passage slot, translation slot or None, partial)`` item in bench/bench_pairing.py's
    format (:func:`gold_item`), a partial translation marked ``"partial": true``."""
    return [gold_item(spans, arabic, translation, part) for arabic, translation, part in items]


def main(doc: str | None, out: Path, build: Callable[..., list[dict[str, object]]], tuned: int, held_out: int, argv: list[str] | None) -> int:
    """The round's command line: ``--out``, ``--tuned``, ``--held-out``; writes the set."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=out, help=f"where to write (default {out})")
    parser.add_argument("--tuned", type=int, default=tuned, help=f"tuned threads per shape and data set (default {tuned})")
    parser.add_argument("--held-out", type=int, default=held_out, help=f"held-out threads per shape and data set (default {held_out})")
    args = parser.parse_args(argv)
    if args.tuned < 0 or args.held_out < 0:
        parser.error("--tuned and --held-out take a count of threads, 0 or more")
    return pairing_devset.write_set(build(tuned=args.tuned, held_out=args.held_out), args.out)


def made_up_sources(count: int) -> dict[str, Pairs]:
    """Two small made-up data sets whose English says which pair it translates: a round's builder
    checked without ../shared/data (the tests)."""
    return {
        name: [(f"هذه جملة عربية رقم {k} هنا.", f"Fake sentence number {k} here.") for k in range(base, base + count)]
        for name, base in (("One", 0), ("Two", 100))
    }


def sliced(thread: Mapping[str, Any], span: Sequence[Any]) -> str:
    """The text a record's ``[comment id, start, end]`` span covers."""
    texts = {row[0]: row[3] for row in thread["comments"]}
    cid, start, end = span
    return str(texts[cid])[int(start) : int(end)]


def flat(text: str) -> str:
    """Text with every run of white space one space (a poem's lines are joined by line breaks)."""
    return " ".join(text.split())


def same_flat(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want`` (its sentences): nothing around it, the same text up to white space
    (a poem's line breaks); :func:`check_gold`'s ``same`` for rounds whose English is put in as it is."""
    return gold == gold.strip() and flat(gold) == flat(" ".join(want))


class _English(NamedTuple):
    """The English a set of sources gives its passages: all of it, the last of it, and all of it by the last."""

    every: dict[str, list[list[str]]]
    last: dict[str, list[str]]
    alternatives: dict[tuple[str, ...], list[list[str]]]


@functools.lru_cache(maxsize=4)
def _english(sources: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]) -> _English:
    """:func:`translations`, :func:`passages` and :func:`check_gold_any`'s alternatives, read once per set of
    sources (every check of every round in a process asks again)."""
    every: dict[str, list[list[str]]] = {}
    for pairs in (pool for halves in pools(dict(sources)).values() for pool in halves.values()):
        for n in (1, 2):
            for k in range(len(pairs) - n + 1):
                chosen = pairs[k : k + n]
                every.setdefault(flat(" ".join(a for a, _ in chosen)), []).append([e.strip() for _, e in chosen])
    last = {arabic: english[-1] for arabic, english in every.items()}
    alternatives: dict[tuple[str, ...], list[list[str]]] = {}
    for arabic, want in last.items():
        alternatives.setdefault(tuple(want), []).extend(every[arabic])
    return _English(every, last, alternatives)


def _english_of(sources: Mapping[str, Pairs]) -> _English:
    return _english(tuple((name, tuple(pairs)) for name, pairs in sources.items()))


def translations(sources: Mapping[str, Pairs]) -> dict[str, list[list[str]]]:
    """As :func:`passages`, with every English the data gives a passage: the same Arabic stands in a data set
    more than once, translated differently (:func:`passages` keeps the last). Read only (one copy is kept)."""
    return _english_of(sources).every


def passages(sources: Mapping[str, Pairs]) -> dict[str, list[str]]:
    """Each passage a round can post (one pair's Arabic or two consecutive pairs' of a part, on one
    line or two, white space made flat), with its English sentences (the last the data gives it)."""
    return {arabic: list(english) for arabic, english in _english_of(sources).last.items()}


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs], same: Callable[[str, list[str]], bool]) -> None:
    """Every item's Arabic is a posted passage; a positive's span is its translation by ``same``
    (the first sentence on a partial one); a negative has no span; a positive has one. Raises
    AssertionError naming the thread."""
    last = passages(sources)
    _check_gold(threads, last, lambda arabic, partial: [last[arabic][:1] if partial else last[arabic]], same, split=False)


def _check_gold(
    threads: list[dict[str, Any]],
    posted: Mapping[str, object],
    wants: Callable[[str, bool], list[list[str]]],
    same: Callable[[str, list[str]], bool],
    split: bool,
) -> None:
    """:func:`check_gold` with each posted passage's translations ``wants(arabic, partial)`` (a gold span may be any of
    them); where ``split``, a translation split over comments (``continued``) read as its parts joined by a space,
    each with nothing around it (a round that reads its parts itself leaves them to its own check)."""
    for thread in threads:
        items = thread["items"]
        problem = "" if items else "no item"
        for item in items:
            arabic = flat(sliced(thread, item["arabic"]))
            continued = (item.get("continued") or []) if split else []
            if arabic not in posted:
                problem = "an item's Arabic is no posted passage"
            elif item["expected"] is None:
                if continued:
                    problem = "a split gold span without its first part"
            else:
                parts = [sliced(thread, span) for span in (item["expected"], *continued)]
                clean = not split or all(part == part.strip() and part for part in parts)
                gold, candidates = " ".join(parts), wants(arabic, bool(item.get("partial")))
                if thread["kind"] != "pos" or not clean or not any(same(gold, want) for want in candidates):
                    problem = f"a {'split ' if len(parts) > 1 else ''}gold span is not the translation"
        if thread["kind"] == "pos" and not any(item["expected"] for item in items):
            problem = "a positive without a span"
        if problem:
            raise AssertionError(f"{thread['id']}: {problem}")


def check_gold_any(threads: list[dict[str, Any]], sources: Mapping[str, Pairs], same: Callable[[str, list[str]], bool]) -> None:
    """:func:`check_gold` where the same Arabic stands in a data set more than once, translated
    differently: a gold span may be any of its translations."""
    english = _english_of(sources)

    def wants(arabic: str, partial: bool) -> list[list[str]]:
        want = english.last[arabic][:1] if partial else english.last[arabic]
        return [want, *english.alternatives.get(tuple(want), [])]

    _check_gold(threads, english.last, wants, same, split=False)


def check_gold_parts(threads: list[dict[str, Any]], sources: Mapping[str, Pairs], same: Callable[[str, list[str]], bool]) -> None:
    """:func:`check_gold` for rounds whose translation may be split over comments (an item's ``continued`` spans):
    each part has nothing around it, and the parts joined by a space are one of the passage's translations by
    ``same`` (the first sentence on a partial one). Raises AssertionError naming the thread."""
    every = translations(sources)
    _check_gold(threads, every, lambda arabic, partial: [w[:1] if partial else w for w in every[arabic]], same, split=True)


def check_banks(banks: Mapping[str, Sequence[str]]) -> None:
    """Every bank has wordings for both halves (even entries tuned, odd held out), and no wording
    of 12 characters or more of one half is inside one of the other."""
    tuned = [p for bank in banks.values() for p in bank[0::2]]
    held = [p for bank in banks.values() for p in bank[1::2]]
    for name, bank in banks.items():
        if len(bank) < 2:
            raise AssertionError(f"bank {name} has no held-out wording")
    for a in held:
        for b in tuned:
            if len(a.strip()) >= 12 and a.strip() in b or len(b.strip()) >= 12 and b.strip() in a:
                raise AssertionError(f"{a!r} and {b!r} word both halves")


class Thread:
    """One thread being written, what every round's writer holds: its plan, random generator and half (0 tuned, 1
    held out), rows, gold spans and texts by slot, and items; the passage and its translation, each on one line; its
    phrases drawn from the round's banks (:attr:`banks`, set by the round's subclass), even entries for tuned
    threads, odd ones for held-out."""

    banks: Mapping[str, Sequence[str]] = {}

    def __init__(self, p: Planned) -> None:
        self.p = p
        self.rng = p.rng
        self.half = 0 if p.split == "tuned" else 1
        self.rows: list[list[Any]] = []
        self.spans: dict[str, Span] = {}
        self.texts: dict[str, str] = {}
        self.items: list[dict[str, object]] = []

    @property
    def arabic(self) -> str:
        return " ".join(a.strip() for a in self.p.example.arabic)

    @property
    def english(self) -> str:
        return " ".join(e.strip() for e in self.p.example.english)

    def ph(self, bank: str) -> str:
        """A phrase of ``bank`` from this thread's half."""
        return self.rng.choice(self.banks[bank][self.half :: 2])


class Writer(Thread):
    """One thread being written (rounds 31 on, :class:`Thread`), with the names, the other pairs and the items of the
    rounds written on it."""

    def who(self, bank: str, *avoid: str) -> str:
        """A name of ``bank`` from this thread's half, none of ``avoid``."""
        return self.p.rng.choice([n for n in self.banks[bank][self.half :: 2] if n not in avoid])

    @property
    def other(self) -> str:
        return self.p.example.other[0].strip()

    @property
    def unrelated(self) -> str:
        return self.p.example.unrelated.strip()

    def other_pair(self) -> tuple[str, str]:
        """The pair whose English is :attr:`other`, its Arabic and English (the part's first pair where none is)."""
        arabic, english = next((pair for pair in self.p.pool if pair[1] == self.p.example.other[0]), self.p.pool[0])
        return arabic.strip(), english.strip()

    def two(self) -> tuple[str, str, str, str]:
        """A two-sentence example's two Arabic and two English sentences."""
        a1, a2 = (s.strip() for s in self.p.example.arabic)
        e1, e2 = (s.strip() for s in self.p.example.english)
        return a1, a2, e1, e2

    def neighbour(self) -> tuple[str, str]:
        """Another pair of the part, neither of whose sides is the example's."""
        own = {t.strip() for t in (*self.p.example.arabic, *self.p.example.english)}
        while True:
            arabic, english = self.p.pool[self.p.rng.randrange(len(self.p.pool))]
            if arabic.strip() not in own and english.strip() not in own:
                return arabic.strip(), english.strip()

    def add(self, cid: str, parent: str | None, author: str, *pieces: Piece) -> None:
        """Comment ``cid`` made of ``pieces`` (slotted ones recorded as gold spans)."""
        self.rows.append([cid, parent, author, joined(cid, pieces, self.spans, self.texts)])

    def item(self, *items: tuple[str, str | None]) -> None:
        """The thread's items: each (Arabic slot, English slot or None)."""
        self.items = partial_items([(a, e, False) for a, e in items], self.spans)


@dataclass(frozen=True)
class Round:
    """A round written on :class:`Thread` (rounds 18 to 30) or :class:`Writer` (rounds 31 on): its
    docstring, seed, shapes, writer (whose ``banks`` are the round's), gold comparison and default output give its
    builder, its checks and its command line, so a round's file holds only its banks, shapes and helpers. A round
    with a gold check (``gold``) or a bank check (``banks_check``) of its own names it."""

    doc: str | None
    seed: int
    shapes: Mapping[str, tuple[Callable[..., None], int, str]]
    writer: type[Thread]
    same: Callable[[str, list[str]], bool]
    out: Path
    tuned: int = 3
    held_out: int = 2
    gold: Callable[[list[dict[str, Any]], Mapping[str, Pairs]], None] | None = None
    banks_check: Callable[[], None] | None = None

    def build(self, sources: Mapping[str, Pairs] | None = None, tuned: int | None = None,
              held_out: int | None = None) -> list[dict[str, object]]:
        """Every shape's threads, ``tuned`` and ``held_out`` per data set (``sources`` None: ../shared/data)."""
        return written(self.seed, self.shapes, sources, self.tuned if tuned is None else tuned,
                       self.held_out if held_out is None else held_out, self.writer)

    def check_gold(self, threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
        """Every item's Arabic is a posted passage and every gold span its translation by :attr:`same` (any of them),
        or the round's own check (:attr:`gold`)."""
        if self.gold is None:
            check_gold_any(threads, sources, self.same)
        else:
            self.gold(threads, sources)

    def check_banks(self) -> None:
        """Every bank has wordings for both halves, and no wording of one half is in one of the other (or the round's
        own check, :attr:`banks_check`)."""
        if self.banks_check is None:
            check_banks(self.writer.banks)
        else:
            self.banks_check()

    def checked(self, tuned: int, held_out: int) -> list[dict[str, object]]:
        """The real set (../shared/data), its banks and every gold span checked before it is written."""
        self.check_banks()
        sources = pairing_devset.load_sources()
        threads = self.build(sources, tuned, held_out)
        self.check_gold(threads, sources)
        return threads

    def main(self, argv: list[str] | None = None) -> int:
        """The round's command line (:func:`main`): ``--out``, ``--tuned``, ``--held-out``; writes the checked set."""
        return main(self.doc, self.out, self.checked, self.tuned, self.held_out, argv)


#: Each round's :func:`sample`, built once (rounds are module-level singletons).
_SAMPLES: dict[int, list[dict[str, Any]]] = {}


def sample(round_: Round) -> list[dict[str, Any]]:
    """The round built on :func:`made_up_sources` (60 pairs), one thread per shape, data set and half, once: what a
    round's own tests read."""
    key = id(round_)
    if key not in _SAMPLES:
        _SAMPLES[key] = round_.build(made_up_sources(60), tuned=1, held_out=1)
    return _SAMPLES[key]


def of_shape(round_: Round, name: str) -> list[dict[str, Any]]:
    """The threads of one shape in the round's :func:`sample` (there is at least one)."""
    out = [t for t in sample(round_) if t["shape"] == name]
    assert out, name
    return out


def comment_text(thread: Mapping[str, Any], cid: str) -> str:
    """The text of the thread's comment ``cid``."""
    return str(next(row[3] for row in thread["comments"] if row[0] == cid))
