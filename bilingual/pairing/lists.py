"""An Arabic list paired as a whole, each of its items then given its own English.

The segmenter makes each item of an Arabic list a passage of its own (``- ...\\n- ...``,
:func:`bilingual.segment.list_lines`), as each is translated by an item of its own. An item is short,
so the evidence that an English list translates the Arabic one is the list's, not an item's: the items
are paired as the one passage they make (:func:`merged`), and the pair found is shared out
(:func:`shared_out`): item by item when the English is a list of as many items, else each item gets
the English its clauses are aligned with (the whole translation when they are aligned with none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from . import _regex as regex  # compiles each pattern on first use

from ..align import Link
from ..segment import list_lines
from ..spans import ARABIC, Location, Passage, span_unchecked
from ..text.sentences import clauses
from .model import Alignment, Pair

_LETTER = regex.compile(r"\p{L}")

# The key of :attr:`Passage.extra` that marks a line of Arabic cut from its passage as an item of a list: lines
# without bullets that an English list of as many items answers (:class:`.find.LineLabels`).
LISTED = "list item"

_Spans = Sequence[Sequence[tuple[int, int]]]
_Texts = Sequence[Sequence[str]]
_TextOf = Callable[[str | None], str]  # a comment's text by its id (the article's for None)


def lists(found: Sequence[Passage], text_of: _TextOf) -> list[list[int]]:
    """The passages of ``found`` (indices) that are items of one Arabic list, grouped: consecutive
    Arabic passages of one comment with a line break and the next line's bullet alone between them
    (where the segmenter cut a list into its items). Groups of two or more only."""
    out: list[list[int]] = []
    for k in range(1, len(found)):
        p, q = found[k - 1], found[k]
        if p.location.comment != q.location.comment or p.kind != ARABIC or q.kind != ARABIC:
            continue
        text = text_of(p.location.comment)
        gap = text[p.location.end : q.location.start]
        listed = bool(p.extra.get(LISTED) and q.extra.get(LISTED))
        if _LETTER.search(gap) or gap.count("\n") != 1 and not listed:  # (sentences of one line cut as items: no line break)
            continue
        line, bullet = list_lines(text, q.location.start, q.location.start)[0]
        if not listed and (bullet is None or bullet > q.location.start or line <= p.location.end):
            continue
        if out and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k - 1, k])
    return out


def item_clauses(found: Sequence[Passage], groups: list[list[int]], text_of: _TextOf) -> dict[int, list[tuple[int, int]]]:
    """Each list item's clauses (by its index in ``found``) as the list's text cuts them, cut at the items'
    bounds: the list is aligned as one passage, and an item alone is cut otherwise (a sentence of three
    comma clauses is cut into them only in a text that has one of four or more)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for group in groups:
        first, last = found[group[0]].location, found[group[-1]].location
        text = text_of(first.comment)
        spans = [(first.start + a, first.start + b) for a, b in clauses(text[first.start : last.end], "ar")]
        for k in group:
            start, end = found[k].location.start, found[k].location.end
            mine = [(max(a, start), min(b, end)) for a, b in spans if a < end and b > start]
            out[k] = [(a, b) for a, b in mine if a < b] or [(start, end)]
    return out


def merged(
    found: Sequence[Passage], groups: list[list[int]], segments: _Spans, machine: _Texts | None, aligned: _Texts | None,
    text_of: _TextOf,
) -> tuple[list[Passage], list[list[tuple[int, int]]], list[list[str]] | None, list[list[str]] | None]:
    """``found`` with each group of items one passage (the list, from its first item's start to its last
    item's end), and the clauses, machine output and aligned texts of each (a list's: its items' in order)."""
    head = {group[0]: group for group in groups}
    inside = {k for group in groups for k in group}
    passages: list[Passage] = []
    spans: list[list[tuple[int, int]]] = []
    mt: list[list[str]] | None = None if machine is None else []
    read: list[list[str]] | None = None if aligned is None else []
    for k, p in enumerate(found):
        if k in inside and k not in head:
            continue
        group = head.get(k, [k])
        spans.append([span for j in group for span in segments[j]])
        if mt is not None and machine is not None:
            mt.append([t for j in group for t in machine[j]])
        if read is not None and aligned is not None:
            read.append([t for j in group for t in aligned[j]])
        if len(group) == 1:
            passages.append(p)
            continue
        last = found[group[-1]]
        start, end = p.location.start, last.location.end
        insertions = tuple(ins for j in group for ins in found[j].span.insertions)
        span = span_unchecked(start, end, ARABIC, p.span.lang, p.span.confidence, insertions)
        passages.append(Passage(Location(p.location.comment, start, end), span, text_of(p.location.comment)[start:end], p.author))
    return passages, spans, mt, read


def shared_out(
    found: Sequence[Passage], groups: list[list[int]], segments: _Spans, paired: list[Pair], text_of: _TextOf,
) -> list[Pair]:
    """One pair per passage of ``found`` from the pairs of :func:`merged`'s passages: a list's pair
    shared out among its items (:func:`_item_pairs`)."""
    head = {group[0]: group for group in groups}
    inside = {k for group in groups for k in group}
    out: list[Pair] = []
    pairs = iter(paired)
    for k, p in enumerate(found):
        if k in inside and k not in head:
            continue
        pair = next(pairs)
        if k not in head:
            out.append(pair)
            continue
        items = [found[j] for j in head[k]]
        counts = [len(segments[j]) for j in head[k]]
        out += _item_pairs(items, counts, pair, text_of)
    return out


def _item_pairs(items: list[Passage], counts: list[int], pair: Pair, text_of: _TextOf) -> list[Pair]:
    """A list's pair shared out among its items (``counts``: each item's clauses, in order)."""
    pair = replace(pair, reason=f"{pair.reason} (the list of {len(items)} items it is one of, paired as one passage)")
    if pair.translation is None or pair.alignment is None:
        return [replace(pair, passage=item) for item in items]
    where = pair.translation
    text = text_of(where.comment)
    english = _english_items(text, where, pair.alignment.target, len(items))
    # item by item when the English is a list of as many items (a line before it, if any, an item too)
    by_item = dict(enumerate(english)) if len(english) == len(items) else {}
    out = []
    first = 0
    for k, (item, count) in enumerate(zip(items, counts)):
        clauses = range(first, first + count)
        first += count
        links = [link for link in pair.alignment.links if link.src and set(link.src) <= set(clauses)]
        linked = sorted({t for link in links if link.tgt for t in link.tgt})
        tgt = by_item.get(k) or linked or list(range(len(pair.alignment.target)))
        out.append(_item_pair(item, pair, (where.comment, text, pair.alignment), clauses, tgt, links))
    return out


def _english_items(text: str, where: Location, targets: Sequence[tuple[int, int]], count: int) -> list[list[int]]:
    """The translation's targets (indices) grouped by the items of the English list it is, when it is one
    (each line opening with a bullet starts an item, and so does its first line): [] when no two consecutive
    lines open with one (unless it is ``count`` lines without bullets, :func:`_plain_lines`), or an item has no target. Where the bullets alone open ``count`` items (the Arabic
    list's), a first line without one is the list's lead ("here you go\n1. ...") and lines after the last
    item, when no other item runs past its line, the reply's own ("...\nhope this helps"): neither is an item's."""
    lines = list_lines(text, where.start, where.end)
    if not any(a[1] is not None and b[1] is not None for a, b in zip(lines, lines[1:])):
        return _plain_lines(text, [line for line, _ in lines], targets, count)
    opens = [line for line, bullet in lines if bullet is not None]
    framed = len(opens) == count
    if lines[0][1] is None and not framed:
        opens = [lines[0][0], *opens]
    out: list[list[int]] = [[] for _ in opens]
    for t, (a, _) in enumerate(targets):
        if a >= opens[0] or not framed:
            out[max(0, sum(1 for line in opens if line <= a) - 1)].append(t)
    if framed and all(targets[t][1] <= _line_end(text, line) for line, item in zip(opens, out[:-1]) for t in item):
        out[-1] = [t for t in out[-1] if targets[t][0] < _line_end(text, opens[-1])]
    return out if all(out) else []


def _plain_lines(text: str, starts: list[int], targets: Sequence[tuple[int, int]], count: int) -> list[list[int]]:
    """The translation's targets grouped by its lines (``starts``) when it is English of exactly ``count`` lines without
    bullets, blank lines aside (a verse's halves given line by line): [] otherwise, or when a target runs on past its line."""
    opens = [line for line in starts if text[line : _line_end(text, line)].strip()]
    if len(opens) != count:
        return []
    out: list[list[int]] = [[] for _ in opens]
    for t, (a, b) in enumerate(targets):
        k = max(0, sum(1 for line in opens if line <= a) - 1)
        if b > _line_end(text, opens[k]):
            return []
        out[k].append(t)
    return out if all(out) else []


def _line_end(text: str, line: int) -> int:
    """Where the line starting at ``line`` ends (its line break, or the text's end)."""
    end = text.find("\n", line)
    return len(text) if end < 0 else end


def _item_pair(
    item: Passage, pair: Pair, english: tuple[str | None, str, Alignment], clauses: range, tgt: list[int], links: list[Link],
) -> Pair:
    """The pair of one item: the list's (``english``: its translation's comment and text, its alignment),
    its English the targets ``tgt`` (indices into the alignment's, from the first to the last), its alignment
    the links of its own ``clauses``."""
    comment, text, alignment = english
    targets = alignment.target[tgt[0] : tgt[-1] + 1]
    start, end = targets[0][0], targets[-1][1]
    own = [
        Link(tuple(i - clauses.start for i in link.src), tuple(t - tgt[0] for t in link.tgt), link.score)
        for link in links if all(tgt[0] <= t <= tgt[-1] for t in link.tgt)
    ]
    covered = tuple(sorted(i for link in own if link.tgt for i in link.src))
    flags = tuple(f for f in pair.flags if f != "partial") + (("partial",) if len(covered) < len(clauses) else ())
    source = alignment.source[clauses.start : clauses.stop]
    return replace(
        pair, passage=item, translation=Location(comment, start, end), translation_text=text[start:end],
        alignment=Alignment(tuple(source), tuple(targets), tuple(own)), covered=covered, flags=flags,
    )
