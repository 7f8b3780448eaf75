"""Disqus XML exports (``<disqus>`` with ``<thread>`` and ``<post>``), parsed with defusedxml.

DTDs, entities and external references are refused outright: an export never needs them, and
they are how entity-expansion bombs and file-disclosure attacks arrive.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from ..errors import InputError
from .model import Comment, Thread, set_depths

DSQ = "{http://disqus.com/disqus-internals}id"


class _TextOf(HTMLParser):
    """Plain text of a comment's HTML message: tags dropped, <br>/<p> as line breaks, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p", "div", "li") and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(message: str) -> str:
    """The readable text of a Disqus message body."""
    parser = _TextOf()
    parser.feed(message)
    parser.close()
    return "".join(parser.parts).strip()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Element, name: str) -> Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el: Element | None) -> str | None:
    return None if el is None or el.text is None else el.text.strip()


def _flag(el: Element, name: str) -> bool:
    return (_text(_child(el, name)) or "").lower() == "true"


def read_disqus(text: str, name: str = "<input>") -> Thread:
    """Parse a Disqus export: posts become comments keyed by their ``dsq:id``, replies by ``<parent dsq:id>``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(f"refused XML: {type(exc).__name__} (DTDs and entities are not accepted)", name) from None
    except ParseError as exc:
        line, col = exc.position
        raise InputError(f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}", f"{name}:{line}:{col}") from None
    if _local(root.tag) != "disqus":
        raise InputError(f"expected a <disqus> export, found <{_local(root.tag)}>", name)
    titles: dict[str, str] = {}
    for el in root:
        if _local(el.tag) == "thread":
            titles[el.get(DSQ, "")] = _text(_child(el, "title")) or ""
    comments: list[Comment] = []
    for el in root:
        if _local(el.tag) != "post":
            continue
        cid = el.get(DSQ)
        if not cid:
            raise InputError("a <post> has no dsq:id", name)
        parent_el = _child(el, "parent")
        thread_el = _child(el, "thread")
        author_el = _child(el, "author")
        message = _text(_child(el, "message")) or ""
        extra: dict[str, Any] = {
            "deleted": _flag(el, "isDeleted"),
            "spam": _flag(el, "isSpam"),
            "created_at": _text(_child(el, "createdAt")),
            "thread": thread_el.get(DSQ) if thread_el is not None else None,
            "html": message,
        }
        author = _text(_child(author_el, "name")) if author_el is not None else None
        parent = parent_el.get(DSQ) if parent_el is not None else None
        comments.append(Comment(cid, parent, author or None, 0, html_to_text(message), extra=extra))
    _order_and_depth(comments, name)
    title = next(iter(titles.values()), None) if len(titles) == 1 else None
    return Thread(article=None, comments=comments, format="disqus", title=title)


def _order_and_depth(comments: list[Comment], name: str) -> None:
    """Set depths; a reply to a post missing from the export becomes top-level (kept, never dropped)."""
    ids = {c.id for c in comments}
    for c in comments:
        if c.parent is not None and c.parent not in ids:
            c.extra["missing_parent"] = c.parent
            c.parent = None
    cycle = set_depths(comments)
    if cycle is not None:
        raise InputError(f"reply cycle through post {cycle!r}", name)
