"""Thread and Comment: what every reader produces and every later stage consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import methodcaller
from typing import Any, Iterator, Mapping

from ..safe import MadeAsWritten


@dataclass(slots=True, init=False)
class Comment:
    """One comment. ``source_span`` is its text's ``(start, end)`` in the decoded source (plain-text dumps only).

    An empty :attr:`extra` or :attr:`flags` is not stored (most comments have neither: 120 bytes a comment,
    12 MB of a 100,000-comment thread); the first read of one makes and keeps an empty one, so it reads and
    mutates like a field.
    """

    id: str
    parent: str | None
    author: str | None
    depth: int
    text: str
    source_span: tuple[int, int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    created: str | None = None  # ISO 8601 UTC, e.g. "2023-01-01T00:00:00Z"
    permalink: str | None = None
    status: str | None = None  # None, "deleted", "removed" or "spam"
    flags: list[str] = field(default_factory=list)  # "orphan", "cycle", "mojibake-repaired", "surrogates-replaced", ...

    def __init__(self, id: str, parent: str | None, author: str | None, depth: int, text: str,
                 source_span: tuple[int, int] | None = None, extra: dict[str, Any] | None = None, created: str | None = None,
                 permalink: str | None = None, status: str | None = None, flags: list[str] | None = None) -> None:
        # One statement a slot: a tuple assignment builds and unpacks a tuple (a third of the call's time).
        self.id = id
        self.parent = parent
        self.author = author
        self.depth = depth
        self.text = text
        self.source_span = source_span
        self.created = created
        self.permalink = permalink
        self.status = status
        if extra:
            self.extra = extra
        if flags:
            self.flags = flags

    def __getattr__(self, name: str) -> Any:
        """Only reached for an unset slot: an empty :attr:`extra` or :attr:`flags`, made and kept on first use."""
        if name == "extra" or name == "flags":
            value: Any = {} if name == "extra" else []
            object.__setattr__(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def flag(self, name: str) -> None:
        """Add ``name`` to :attr:`flags` once (flags say what a reader changed or suspects)."""
        if name not in self.flags:
            self.flags.append(name)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the JSONL input keys first, then depth, source span, the set metadata and kept extra keys."""
        out: dict[str, Any] = {
            "id": self.id,
            "parent": self.parent,
            "author": self.author,
            "depth": self.depth,
            "text": self.text,
        }
        if self.source_span is not None:
            out["source_span"] = list(self.source_span)
        for key in ("created", "permalink", "status"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        flags = comment_flags(self)
        if flags:
            out["flags"] = list(flags)
        for key, value in _stored(_EXTRA, self, _NO_EXTRA).items():
            out.setdefault(key, value)
        return out


_EXTRA: Any = Comment.__dict__["extra"]  # the slots' descriptors: reading one unset raises, making nothing
_FLAGS: Any = Comment.__dict__["flags"]
_NO_EXTRA: dict[str, Any] = {}


def _stored(slot: Any, comment: Comment, empty: Any) -> Any:
    """The value of ``slot`` if the comment holds one, else ``empty`` (nothing is made or kept)."""
    try:
        return slot.__get__(comment, Comment)
    except AttributeError:
        return empty


def comment_flags(comment: Comment) -> list[str] | tuple[()]:
    """A comment's flags, read without making an empty list for a comment that has none (a report of
    100,000 comments reads every comment's flags)."""
    return _stored(_FLAGS, comment, ())  # type: ignore[no-any-return]


@dataclass(slots=True)
class Thread:
    """An article (possibly empty) and its comments in reading order (parents before replies).

    ``source`` is the decoded input for plain-text dumps, so offsets can be shown in place;
    ``article_span`` is the article's ``(start, end)`` in it.
    """

    article: str | None
    comments: list[Comment]
    format: str
    source: str | None = None
    article_span: tuple[int, int] | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    id: str | None = None  # the platform's thread id (Reddit link_id, X conversation_id, Disqus thread dsq:id...)
    link: str | None = None  # the page the thread belongs to
    forum: str | None = None  # subreddit, Disqus forum, YouTube channel...
    platform: str | None = None  # "reddit", "youtube", "x", "4chan", "facebook", "disqus"...
    _index: dict[str, Comment] | None = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[Comment]:
        return iter(self.comments)

    def __len__(self) -> int:
        return len(self.comments)

    @property
    def by_id(self) -> Mapping[str, Comment]:
        """Every comment by its id, built once on first use and shared (read it, never change it)."""
        if self._index is None:
            self._index = {c.id: c for c in self.comments}
        return self._index

    def get(self, comment_id: str) -> Comment:
        """The comment with this id (KeyError if none)."""
        return self.by_id[comment_id]

    def children(self, comment_id: str | None) -> list[Comment]:
        """Direct replies to ``comment_id`` (top-level comments for ``None``), in order."""
        return [c for c in self.comments if c.parent == comment_id]

    def descendants(self, comment_id: str) -> list[Comment]:
        """All replies under ``comment_id``, depth first in reading order."""
        kids: dict[str | None, list[Comment]] = {}
        for c in self.comments:
            kids.setdefault(c.parent, []).append(c)
        out: list[Comment] = []
        stack = list(reversed(kids.get(comment_id, [])))
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(reversed(kids.get(c.id, [])))
        return out

    def texts(self) -> Iterator[tuple[str | None, str]]:
        """``(comment id, text)`` for the article (id ``None``) and every comment."""
        if self.article:
            yield None, self.article
        for c in self.comments:
            yield c.id, c.text

    def text_of(self, comment_id: str | None) -> str:
        """The text a location's offsets point into: a comment's text, or the article for ``None``."""
        return (self.article or "") if comment_id is None else self.get(comment_id).text

    def source_offset(self, comment_id: str | None) -> int | None:
        """Where that text starts in the decoded source, for plain-text dumps; ``None`` otherwise."""
        return self._offset(None if comment_id is None else self.get(comment_id))

    def _offset(self, comment: Comment | None) -> int | None:
        """:meth:`source_offset` of a comment (the article for ``None``)."""
        if self.source is None:
            return None
        if comment is None:
            return self.article_span[0] if self.article_span else 0
        return comment.source_span[0] if comment.source_span else None

    def sources(self) -> Iterator[tuple[str | None, str, str | None, int | None]]:
        """``(comment id, text, author, source offset)`` of the article (id ``None``) and every comment, in
        one pass: no id index (a dict of every comment) is built, as :meth:`get` would."""
        if self.article:
            yield None, self.article, None, self._offset(None)
        for c in self.comments:
            yield c.id, c.text, c.author, self._offset(c)

    def to_dict(self, *, streamed: bool = False) -> dict[str, Any]:
        """JSON form of the whole thread; ``streamed``: the comments' forms made one at a time as
        ``JSONEncoder.iterencode`` writes them (:class:`bilingual.safe.MadeAsWritten`), not all at once."""
        out: dict[str, Any] = {"format": self.format, "title": self.title, "article": self.article}
        if self.article_span is not None:
            out["article_span"] = list(self.article_span)
        for key in ("id", "link", "forum", "platform"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out["comments"] = MadeAsWritten(self.comments, methodcaller("to_dict")) if streamed else [c.to_dict() for c in self.comments]
        return out


def set_depths(comments: list[Comment]) -> str | None:
    """Set each comment's depth from its parent chain, iteratively (chains may be 10,000 deep).

    Every parent id must belong to a comment in the list. Returns the id of a comment on a
    reply cycle if there is one (depths are then incomplete), else ``None``.
    """
    by_id = {c.id: c for c in comments}
    depth: dict[str, int] = {}
    for c in comments:
        chain: list[Comment] = []
        seen: set[str] = set()
        node: Comment | None = c
        while node is not None and node.id not in depth:
            if node.id in seen:
                return node.id
            seen.add(node.id)
            chain.append(node)
            node = by_id[node.parent] if node.parent is not None else None
        base = depth[node.id] if node is not None else -1
        for n in reversed(chain):
            base += 1
            depth[n.id] = n.depth = base
    return None
