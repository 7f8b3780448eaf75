"""A translation its writer split over several comments: "(cont.)", "Part 2:", "1/2", "The rest:".

A commenter who runs out of room, or answers a sentence at a time, goes on in a reply to their own
reply, or in a second reply beside the first. The parts are joined by what the writer says of them
(:func:`~.cues.continues`, :func:`~.cues.continues_from`): a comment that only happens to follow is
no part of the translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import islice

from .cues import continues, continues_from

__all__ = ["MAX_PARTS", "Tree", "may_be_part", "split_parts"]

MAX_PARTS = 6  # comments one translation is followed over
MAX_BESIDE = 10  # replies to the same comment looked through for the writer's next or previous one
_LONG = 32  # replies to one comment beyond which each one's place among them is kept, not searched for


class Tree:
    """The lookups :func:`split_parts` walks, made once per thread: texts, writers, replies (in
    reading order) and parents, and each reply's place among many siblings (kept when first asked)."""

    def __init__(self, texts: Mapping[str | None, str], author: Mapping[str | None, str | None],
                 children: Mapping[str | None, Sequence[str]], parent: Callable[[str], str | None]) -> None:
        self.texts, self.author, self.children, self.parent = texts, author, children, parent
        self._places: dict[str | None, dict[str, int]] = {}
        self._near: set[str] | None = None

    def near(self, cid: str) -> bool:
        """Whether comment ``cid`` says it is a part of a split translation, or could go on from or
        with one that does (its parent, its replies, the replies beside it, and across a reader's short
        prompt between them, :func:`nudges`): every link of a
        chain has a comment that says so at one end. The comments that do are found once per thread
        (:func:`may_be_part` first), so a thread without any walks nothing."""
        if self._near is None:
            self._near = set()
            for c, text in self.texts.items():
                if c is not None and may_be_part(text) and (continues(text) or continues_from(text)):
                    siblings, at = self._beside(c)
                    self._near.update(siblings[max(0, at - MAX_BESIDE) : at + 1 + MAX_BESIDE])
                    self._near.update(self.children.get(c, ()))
                    for nudge in islice(self.children.get(c, ()), MAX_BESIDE):  # past a reader's "and then??" too
                        if nudges(self.texts.get(nudge, "")):
                            self._near.update(islice(self.children.get(nudge, ()), MAX_BESIDE))
                    above = self.parent(c)
                    if above is not None:
                        self._near.add(above)
                        over = self.parent(above)
                        if over is not None and nudges(self.texts.get(above, "")):
                            self._near.add(over)
        return cid in self._near

    def _beside(self, cid: str) -> tuple[Sequence[str], int]:
        """The replies to the comment ``cid`` replies to, and ``cid``'s place among them."""
        above = self.parent(cid)
        siblings = self.children.get(above, ())
        if len(siblings) <= _LONG:
            return siblings, siblings.index(cid)
        places = self._places.get(above)
        if places is None:
            places = self._places[above] = {c: k for k, c in enumerate(siblings)}
        return siblings, places[cid]

    def next(self, cid: str, writer: str) -> str | None:
        """The writer's comment that would go on with ``cid``: their first reply to it, else their
        first reply after it (among the next :data:`MAX_BESIDE`) to the same comment."""
        below = next((c for c in islice(self.children.get(cid, ()), MAX_BESIDE) if self.author.get(c) == writer), None)
        if below is not None:
            return below
        siblings, at = self._beside(cid)
        return next((c for c in siblings[at + 1 : at + 1 + MAX_BESIDE] if self.author.get(c) == writer), None)

    def previous(self, cid: str, writer: str) -> str | None:
        """The writer's comment ``cid`` would go on from: the one it replies to when it is theirs,
        else their last reply before it (among the :data:`MAX_BESIDE` before) to the same comment."""
        above = self.parent(cid)
        if above is not None and self.author.get(above) == writer:
            return above
        return self.previous_beside(cid, writer)

    def previous_beside(self, cid: str, writer: str) -> str | None:
        """The writer's last reply before ``cid`` (among the :data:`MAX_BESIDE` before) to the comment ``cid`` replies to."""
        siblings, at = self._beside(cid)
        return next((c for c in reversed(siblings[max(0, at - MAX_BESIDE) : at]) if self.author.get(c) == writer), None)

    def next_past_nudge(self, cid: str, writer: str) -> str | None:
        """The writer's reply to a reader's short prompt under comment ``cid`` (:func:`nudges`: "and then??", "go
        on"): where the next part of a split translation goes when a reader asked for it."""
        for nudge in islice(self.children.get(cid, ()), MAX_BESIDE):
            if self.author.get(nudge) != writer and nudges(self.texts.get(nudge, "")):
                below = next((c for c in islice(self.children.get(nudge, ()), MAX_BESIDE) if self.author.get(c) == writer), None)
                if below is not None:
                    return below
        return None

    def previous_past_nudge(self, cid: str, writer: str) -> str | None:
        """The writer's comment that a reader's short prompt (:func:`nudges`) answered by comment ``cid`` replies to:
        the part before it of a split translation, when a reader asked for the rest."""
        above = self.parent(cid)
        if above is None or self.author.get(above) == writer or not nudges(self.texts.get(above, "")):
            return None
        over = self.parent(above)
        return over if over is not None and self.author.get(over) == writer else None


_NUDGE_CHARS = 40  # a reader's prompt for the rest ("and then??", "go on", "waiting on part 2 lol") is no longer
_NUDGE_LINES = re.compile(r"\n\s*\S")


def nudges(text: str) -> bool:
    """Whether ``text`` (a reader's reply between two parts of a split translation) is short enough to be only
    a prompt for the rest: one line of at most :data:`_NUDGE_CHARS` characters. What it says is not read: the
    writer's next comment must still say it is a part (:func:`split_parts`), so a short reply followed by the
    writer's unrelated answer joins nothing."""
    text = text.strip()
    return 0 < len(text) <= _NUDGE_CHARS and _NUDGE_LINES.search(text) is None


# What a mark at the start of a part holds, and at the end of one (lower case); where they are looked for.
_HEAD_HINTS = re.compile(r"cont|part|rest|half|sentence|line|bit|/|[1-9] of [1-9]|\.\.\.|…")
_TAIL_HINTS = re.compile(r"cont|more|/|[1-9] of [1-9]|\.\.\.|…")
_HINT_REACH = 48


def may_be_part(text: str) -> bool:
    """Whether ``text`` may say it is a part of a split translation (:func:`~.cues.continues`,
    :func:`~.cues.continues_from`): one of their marks' words or signs near its start or end
    (one plain pattern each, for every comment of a thread)."""
    head = text[: 4 * _HINT_REACH].lstrip(" \t\n\r\f\v([*_")
    if len(head) < _HINT_REACH < len(text):  # a long run of spaces or brackets first: the whole text's start
        head = text.lstrip(" \t\n\r\f\v([*_")
    tail = text[-4 * _HINT_REACH :].rstrip()
    if len(tail) < _HINT_REACH < len(text):
        tail = text.rstrip()
    head, tail = head[:_HINT_REACH].lower(), tail[-_HINT_REACH:].lower()
    return _HEAD_HINTS.search(head) is not None or _TAIL_HINTS.search(tail) is not None


def split_parts(cid: str, tree: Tree, english: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """The other comments the translation in comment ``cid`` is split over: those before it and
    those after it, each in thread order. Two comments of the same writer are parts of one
    translation when the first says it goes on (:func:`~.cues.continues`) or the second says it goes
    on from the first (:func:`~.cues.continues_from`), and both are ``english`` (a comment with an
    Arabic passage of its own is no part). The second may answer a reader's short prompt under the first
    ("and then??", :meth:`Tree.next_past_nudge`) when it says itself that it goes on ("Part 2: ..."), and, under the writer's
    own post of the Arabic, a reply beside it goes on from the writer's reply before it. After a
    reader's words, the first's "(1/2)" alone does not make the writer's next reply the rest. At most :data:`MAX_PARTS` in all."""
    texts = tree.texts
    writer = tree.author.get(cid)
    if not writer or not tree.near(cid):
        return [], []
    before: list[str] = []
    after: list[str] = []
    at = cid
    while len(before) < MAX_PARTS - 1:
        prev = tree.previous(at, writer)
        if prev is not None and prev == tree.parent(at) and not english(prev):
            prev = tree.previous_beside(at, writer)  # the writer's own post of the Arabic above: the part before is a reply beside
        asked = prev is None and (prev := tree.previous_past_nudge(at, writer)) is not None
        if prev is None or not (continues_from(texts[at]) or not asked and continues(texts[prev])) or not english(prev):
            break
        before.append(prev)
        at = prev
    at = cid
    while len(before) + len(after) < MAX_PARTS - 1:
        nxt = tree.next(at, writer)
        asked = nxt is None and (nxt := tree.next_past_nudge(at, writer)) is not None
        if nxt is None or not (continues_from(texts[nxt]) or not asked and continues(texts[at])) or not english(nxt):
            break
        after.append(nxt)
        at = nxt
    return before[::-1], after
