"""Disqus XML exports (``<disqus>`` with ``<thread>`` and ``<post>``), parsed with defusedxml.

DTDs, entities and external references are refused outright: an export never needs them, and
they are how entity-expansion bombs and file-disclosure attacks arrive. One :class:`Thread` per
``<thread>``, with its title, link and forum; posts keep ``createdAt``, and ``isSpam``/``isDeleted``
become the comment's status. A message is HTML: turned into text in one linear pass (:mod:`.html`).
"""

from __future__ import annotations

from typing import Any, Iterator
from xml.etree.ElementTree import Element, ParseError, tostring

from ..errors import InputError
from .clean import build_tree, clean_comment, clean_text, flag_lookalike_authors
from .html import html_to_text
from .model import Comment, Thread
from .platforms import iso_time

DSQ = "{http://disqus.com/disqus-internals}id"

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


def _parse(text: str, name: str) -> Element:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(f"refused XML: {type(exc).__name__} (DTDs and entities are not accepted)", name) from None
    except ParseError as exc:
        line, col = exc.position
        raise InputError(f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}", f"{name}:{line}:{col}") from None
    if _local(root.tag) != "disqus":
        raise InputError(f"expected a <disqus> export, found <{_local(root.tag)}>", name)
    return root


def iter_disqus(text: str, name: str = "<input>", skip_bad: bool = False) -> Iterator[Thread]:
    """Each ``<thread>`` of a Disqus export as a :class:`Thread` (posts without a thread form one more)."""
    root = _parse(text, name)
    meta: dict[str, dict[str, str | None]] = {}
    order: list[str] = []
    for i, el in enumerate(root, 1):
        if _local(el.tag) == "thread":
            tid = el.get(DSQ, "") or f"#{i}"
            if tid not in meta:
                order.append(tid)
            forum = _text(_child(el, "forum"))
            meta[tid] = {
                "title": _text(_child(el, "title")),
                "link": _text(_child(el, "link")),
                "forum": forum,
                "created": iso_time(_text(_child(el, "createdAt"))),
            }
    posts: dict[str, list[tuple[Comment, str]]] = {}
    for i, el in enumerate(root, 1):
        if _local(el.tag) != "post":
            continue
        at = f"{name}:post {i}"
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
        c = Comment(cid, parent or None, author or None, 0, html_to_text(message), extra=extra,
                    created=iso_time(created_raw), status="spam" if spam else "deleted" if deleted else None)
        clean_comment(c)
        if thread not in meta:
            meta[thread] = {}
            order.append(thread)
        posts.setdefault(thread, []).append((c, at))
    for tid in order:
        group = posts.get(tid, [])
        if not group and len(order) > 1:
            continue
        info = meta.get(tid, {})
        warnings: list[str] = []
        comments = build_tree([c for c, _ in group], name, where=[w for _, w in group], skip_bad=skip_bad, warnings=warnings)
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
