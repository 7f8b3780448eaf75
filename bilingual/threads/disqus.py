"""Disqus XML exports (``<disqus>`` with ``<thread>`` and ``<post>``), parsed with defusedxml.

DTDs, entities and external references are refused outright: an export never needs them, and
they are how entity-expansion bombs and file-disclosure attacks arrive. One :class:`Thread` per
``<thread>``, with its title, link and forum; posts keep ``createdAt``, and ``isSpam``/``isDeleted``
become the comment's status. A message is HTML: turned into text in one linear pass (:mod:`.html`).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator
from xml.etree.ElementTree import Element, ParseError, tostring

from ..errors import InputError
from .clean import build_tree, clean_comment, clean_text, flag_lookalike_authors
from .html import html_to_text
from .group import Grouper, Shelf, fewer_collections
from .model import Comment, Thread
from .platforms import AUTHOR, CREATED, EXTRA, ID, KEY, PARENT, STATUS, TEXT, WHERE, Item, iso_time
from .source import ends_too_soon

DSQ = "{http://disqus.com/disqus-internals}id"
#: Spill files of the grouping: fewer than for JSON Lines, as a post's item (its HTML and its text) is bigger and each
#: file holds a batch of items in memory until it is written.
_BUCKETS = 16

__all__ = ["read_disqus", "iter_disqus", "html_to_text"]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: Element, name: str) -> Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el: Element | None) -> str | None:
    return None if el is None or el.text is None else el.text.strip()


def _flag(el: Element, name: str) -> bool:
    return (_text(_child(el, name)) or "").lower() == "true"


def _markup(el: Element | None) -> str:
    """A message's HTML: its text plus any elements written in it unescaped (kept, not dropped)."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        parts.append(tostring(child, encoding="unicode"))
    return "".join(parts).strip()


class _Blocks:
    """``read`` over blocks of text, the file-like object :func:`iterparse` pulls from (an empty string ends it)."""

    def __init__(self, blocks: Iterable[str]) -> None:
        self.blocks = iter(blocks)
        self.block, self.pos = "", 0

    def read(self, size: int = -1) -> str:
        """At most ``size`` characters: the parser's events (and their elements) for that much are held at once."""
        if self.pos >= len(self.block):
            self.block, self.pos = next((b for b in self.blocks if b), ""), 0
        end = len(self.block) if size < 0 else self.pos + size
        piece = self.block[self.pos : end]
        self.pos = end
        return piece

    def drain(self) -> None:
        """Read the rest unparsed, so that an undecodable byte anywhere wins over malformed XML (as when decoded whole)."""
        for _ in self.blocks:
            pass


def _events(source: _Blocks, name: str) -> Iterator[tuple[str, Element]]:
    """The parser's start and end events over ``source``, DTDs and entities refused; its errors as one line each: a refused
    DTD or entity, malformed XML at ``name:line:col`` (the rest of the input read first, so that an undecodable byte
    anywhere wins, as when decoded whole)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        yield from iterparse(source, ("start", "end"), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        source.drain()
        raise InputError(f"refused XML: {type(exc).__name__} (DTDs and entities are not accepted)", name) from None
    except ParseError as exc:
        source.drain()
        line, col = exc.position
        raise InputError(f"malformed XML: {_xml_reason(exc)}", f"{name}:{line}:{col}") from None


def _xml_reason(exc: ParseError) -> str:
    """Expat's reason for ``exc`` without its ``line N, column M`` (the location says it); the errors expat finds
    only when the input ends (no root closed, a tag, a character or a CDATA section unfinished) are said as the input
    cut short, as a cut JSON document is."""
    from pyexpat import ErrorString, errors

    reason = ErrorString(exc.code)
    at_the_end = (errors.XML_ERROR_NO_ELEMENTS, errors.XML_ERROR_UNCLOSED_TOKEN, errors.XML_ERROR_PARTIAL_CHAR,
                  errors.XML_ERROR_UNCLOSED_CDATA_SECTION)
    return ends_too_soon(reason) if reason in at_the_end else reason


def _children(blocks: Iterable[str], name: str) -> Iterator[tuple[int, Element]]:
    """``(position, element)`` for each child of the ``<disqus>`` root, parsed as a stream and cleared after use.

    Errors come as a whole parse gives them: a refused DTD or entity, malformed XML (``line:col``), then a root
    that is not ``<disqus>`` once the document is known to be well formed.
    """
    source = _Blocks(blocks)
    root: Element | None = None
    depth = position = 0
    for event, el in _events(source, name):
        if event == "start":
            depth += 1
            if root is None:
                root = el
            continue
        depth -= 1
        if depth == 1:
            position += 1
            if _local(root.tag) == "disqus":  # type: ignore[union-attr]
                yield position, el
            el.clear()
            root.clear()  # type: ignore[union-attr]
    if root is not None and _local(root.tag) != "disqus":
        raise InputError(f"expected a <disqus> export, found <{_local(root.tag)}>", name)


def _thread_meta(el: Element) -> dict[str, str | None]:
    """A ``<thread>``'s title, link, forum and creation time."""
    return {
        "title": _text(_child(el, "title")),
        "link": _text(_child(el, "link")),
        "forum": _text(_child(el, "forum")),
        "created": iso_time(_text(_child(el, "createdAt"))),
    }


def _post_item(el: Element, at: str) -> Item:
    """A ``<post>`` as a grouping item (see :mod:`.platforms`), keyed by its thread's dsq:id ("" when it has none)."""
    cid = el.get(DSQ)
    if not cid:
        raise InputError("a <post> has no dsq:id", at)
    parent_el = _child(el, "parent")
    thread_el = _child(el, "thread")
    author_el = _child(el, "author")
    message = _markup(_child(el, "message"))
    deleted, spam = _flag(el, "isDeleted"), _flag(el, "isSpam")
    created_raw = _text(_child(el, "createdAt"))
    thread = (thread_el.get(DSQ) if thread_el is not None else None) or ""
    extra: dict[str, Any] = {"deleted": deleted, "spam": spam, "created_at": created_raw, "thread": thread or None, "html": message}
    author = _text(_child(author_el, "name")) if author_el is not None else None
    username = _text(_child(author_el, "username")) if author_el is not None else None
    if username:
        extra["username"] = username
    parent = parent_el.get(DSQ) if parent_el is not None else None
    status = "spam" if spam else "deleted" if deleted else None
    return (thread, at, cid, parent or None, author or None, html_to_text(message), iso_time(created_raw), None, status, None, extra)


def _comment(item: Item) -> Comment:
    """The cleaned :class:`Comment` of a post's item."""
    c = Comment(item[ID], item[PARENT], item[AUTHOR], 0, item[TEXT], extra=item[EXTRA], created=item[CREATED], status=item[STATUS])
    clean_comment(c)
    return c


class _Export:
    """One pass over an export: the threads' metadata and order, and the posts grouped by thread in bounded memory."""

    def __init__(self, blocks: Iterable[str], name: str) -> None:
        self.meta: dict[str, dict[str, str | None]] = {}
        self.order: list[str] = []  # <thread> elements first (first appearance), then threads known only from posts
        self.grouper = Grouper(buckets=_BUCKETS)
        posted: dict[str, None] = {}
        error: InputError | None = None
        with fewer_collections():
            for i, el in _children(blocks, name):
                tag = _local(el.tag)
                if tag == "thread":
                    tid = el.get(DSQ, "") or f"#{i}"
                    if tid not in self.meta:
                        self.order.append(tid)
                    self.meta[tid] = _thread_meta(el)
                elif tag == "post" and error is None:
                    try:
                        item = _post_item(el, f"{name}:post {i}")
                    except InputError as exc:  # raised once the document is known to be well formed
                        error = exc
                        continue
                    posted.setdefault(item[KEY])
                    self.grouper.add(item)
        if error is not None:
            self.grouper.close()
            raise error
        self.order += [tid for tid in posted if tid not in self.meta]

    def groups(self) -> Iterator[tuple[str, list[Item]]]:
        """Each thread's post items in :attr:`order` (read back from a :class:`Shelf` when the grouping spilled)."""
        if not self.grouper.spilled:
            held = dict(self.grouper.groups())
            for tid in self.order:
                yield tid, held.pop(tid, [])
            return
        shelf = Shelf()
        try:
            for key, items in self.grouper.groups():
                shelf.put(key, items)
            for tid in self.order:
                yield tid, shelf.take(tid)
        finally:
            shelf.close()
            self.grouper.close()


def iter_disqus(text: str | Iterable[str], name: str = "<input>", skip_bad: bool = False) -> Iterator[Thread]:
    """Each ``<thread>`` of a Disqus export as a :class:`Thread` (posts without a thread form one more).

    ``text`` is the export or its text in blocks (read as a stream: memory is bounded by the largest thread).
    """
    export = _Export([text] if isinstance(text, str) else text, name)
    many = len(export.order) > 1
    for tid, group in export.groups():
        if not group and many:
            continue
        info = export.meta.get(tid, {})
        warnings: list[str] = []
        comments = build_tree([_comment(t) for t in group], name, where=[t[WHERE] for t in group], skip_bad=skip_bad, warnings=warnings)
        flag_lookalike_authors(comments)
        title = info.get("title")
        yield Thread(article=None, comments=comments, format="disqus", title=clean_text(title)[0] if title else None,
                     warnings=warnings, id=tid or None, link=info.get("link"), forum=info.get("forum"), platform="disqus")


def read_disqus(text: str, name: str = "<input>") -> Thread:
    """A Disqus export holding one thread (see :func:`iter_disqus` for many)."""
    threads = list(iter_disqus(text, name))
    if len(threads) != 1:
        raise InputError(f"the export holds {len(threads)} threads: read it with iter_threads", name)
    return threads[0]
