"""WordPress WXR exports (Tools > Export, ``wp export``): an RSS 2.0 document whose ``<item>`` posts hold their
``<wp:comment>`` elements, parsed as a stream with defusedxml (DTDs and entities refused, as for Disqus).

One :class:`Thread` per post holding comments: the post's title, its link, its ``content:encoded`` as the article
(HTML to text), its ``wp:post_id`` the thread id and the site's title the forum. Each comment keeps ``comment_id``,
``comment_parent`` (``0``: top level), ``comment_author``, ``comment_date_gmt`` and ``comment_content`` (HTML, or
plain text whose line breaks are the author's), and its permalink is the post's link with ``#comment-ID``, the anchor
WordPress gives it. ``comment_approved`` is WordPress's moderation state: ``spam`` reads as status ``spam``, ``trash``
and ``post-trashed`` as ``deleted``, ``0`` (held for moderation) is flagged ``unapproved``; their text is kept, as
Disqus's spam is. Pingbacks and trackbacks (``comment_type``) are no one's comment: flagged ``pingback`` /
``trackback``. A post is a stream's unit: memory is bounded by the largest post, whatever the export's size.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterable, Iterator
from xml.etree.ElementTree import Element

from ..errors import InputError, Skipped
from .clean import build_tree, clean_comment, clean_text, flag_lookalike_authors
from .disqus import _Blocks, _events, _local
from .html import html_to_text
from .model import Comment, Thread

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_COMMENT = "{http://wordpress.org/export/1.2/}comment"  # WXR 1.2's; 1.0 and 1.1 are told by the local name
#: ``comment_approved`` values and what they make of the comment: its status, or a flag.
_STATUS = {"spam": "spam", "trash": "deleted", "post-trashed": "deleted"}
_FLAG = {"0": "unapproved"}
_TYPES = ("pingback", "trackback")
_DATE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")

__all__ = ["iter_wordpress", "is_wordpress"]


def is_wordpress(head: str) -> bool:
    """Whether an XML head is a WXR export: an ``<rss>`` root declaring WordPress's export namespace."""
    return "<rss" in head and "wordpress.org/export/" in head


def _fields(el: Element) -> dict[str, str | None]:
    """The text of each child of ``el`` by local name (stripped; ``None`` when empty; the first of a name), in one pass:
    a comment's dozen fields looked up one by one scanned its children a dozen times (half the reader's time)."""
    out: dict[str, str | None] = {}
    for child in el:
        tag = child.tag
        name = _LOCAL.get(tag) if isinstance(tag, str) else ""
        if name is None:
            name = _LOCAL[tag] = _local(tag)
        if name not in out:
            out[name] = (child.text or "").strip() or None
    return out


_LOCAL: dict[str, str] = {}  # tag -> local name (an export has a few dozen tags)


def _items(blocks: Iterable[str], name: str) -> Iterator[tuple[int, Element, dict[str, str | None]]]:
    """``(position, <item>, site)`` for each ``<item>`` of the ``<channel>``, parsed as a stream and cleared after use;
    ``site`` holds the channel's ``title`` and ``link`` read so far (they come before the items)."""
    source = _Blocks(blocks)
    root: Element | None = None
    channel: Element | None = None
    site: dict[str, str | None] = {"title": None, "link": None}
    depth = position = 0
    for event, el in _events(source, name):
        if event == "start":
            depth += 1
            if root is None:
                root = el
            elif depth == 2 and channel is None and _local(el.tag) == "channel":
                channel = el
            continue
        depth -= 1
        if depth == 2 and channel is not None and _local(root.tag) == "rss":  # type: ignore[union-attr]
            tag = _local(el.tag)
            if tag == "item":
                position += 1
                yield position, el, site
            elif tag in site and el.tag == tag:  # the RSS channel's own <title>, <link> (not a wp: element)
                site[tag] = (el.text or "").strip() or None
            channel.clear()
    if root is not None and _local(root.tag) != "rss":
        raise InputError(f"expected a WordPress export (WXR: <rss> with <wp:comment> elements), found <{_local(root.tag)}>", name)


def _number(value: str | None, what: str, at: str, zero: bool = False) -> str | None:
    """A WordPress id as written (digits), ``None`` for an absent one (or ``0`` where ``zero`` means none)."""
    if value is None or (zero and value == "0"):
        return None
    if not value.isascii() or not value.isdigit():
        raise InputError(f"<wp:{what}> must be a number, not {value[:40]!r}", at)
    return value


def _comment(el: Element, at: str, link: str | None) -> Comment:
    """A ``<wp:comment>`` as a :class:`Comment` (cleaned); a bad field is an :class:`InputError` naming it."""
    f = _fields(el)
    cid = _number(f.get("comment_id"), "comment_id", at)
    if cid is None:
        raise InputError("a <wp:comment> without its <wp:comment_id>", at)
    parent = _number(f.get("comment_parent"), "comment_parent", at, zero=True)
    approved = f.get("comment_approved") or "1"
    kind = f.get("comment_type")
    flags = [flag for flag in (_FLAG.get(approved), kind if kind in _TYPES else None) if flag]
    gmt = f.get("comment_date_gmt")
    created = None if gmt is None or gmt.startswith("0000") else _gmt(gmt, at)
    extra: dict[str, Any] = {"approved": approved} if approved != "1" else {}
    local = f.get("comment_date")
    if created is None and local:
        extra["date"] = local  # the site's local time, its zone not in the export
    if kind and kind != "comment":
        extra["type"] = kind
    url = f.get("comment_author_url")
    if url:
        extra["author_url"] = url
    content = f.get("comment_content") or ""
    c = Comment(cid, parent, f.get("comment_author"), 0, html_to_text(content) if "<" in content or "&" in content else content,
                extra=extra, created=created, permalink=f"{link}#comment-{cid}" if link else None,
                status=_STATUS.get(approved), flags=flags)
    clean_comment(c)
    return c


def _gmt(value: str, at: str) -> str:
    """``2023-10-07 10:05:00`` (WordPress's ``*_date_gmt``) as ISO 8601 UTC."""
    if not _DATE.fullmatch(value):
        raise InputError(f"<wp:comment_date_gmt> must be 'YYYY-MM-DD HH:MM:SS', not {value[:40]!r}", at)
    return value.replace(" ", "T") + "Z"


def _thread(item: Element, position: int, site: dict[str, str | None], name: str, skip_bad: bool) -> Thread | None:
    """The thread of one ``<item>`` (``None`` for a post without comments)."""
    at = f"{name}:item {position}"
    f = _fields(item)
    link = f.get("link")
    comments: list[Comment] = []
    where: list[str] = []
    warnings: list[str] = []
    n = 0
    for el in item:
        if el.tag != _COMMENT and _local(el.tag) != "comment":
            continue
        n += 1
        here = f"{at} comment {n}"
        try:
            comments.append(_comment(el, here, link))
        except InputError as exc:
            if not skip_bad:
                exc.message += "; --skip-bad skips this comment"
                raise
            warnings.append(Skipped(exc.location, exc.message))
            continue
        where.append(here)
    if not n:
        return None
    comments = build_tree(comments, name, where=where, skip_bad=skip_bad, warnings=warnings)
    flag_lookalike_authors(comments)
    title = f.get("title")
    content = next((el.text or "" for el in item if el.tag == _CONTENT), "")
    return Thread(article=html_to_text(content) or None, comments=comments, format="wordpress",
                  title=clean_text(html.unescape(title))[0] if title else None, warnings=warnings,
                  id=f.get("post_id") or f.get("guid") or f"item {position}", link=link,
                  forum=site["title"] or site["link"], platform="wordpress")


def iter_wordpress(text: str | Iterable[str], name: str = "<input>", skip_bad: bool = False) -> Iterator[Thread]:
    """Each post of a WXR export that holds comments, as a :class:`Thread`; an export with none is an error."""
    posts = threads = 0
    for position, item, site in _items([text] if isinstance(text, str) else text, name):
        posts += 1
        thread = _thread(item, position, site, name, skip_bad)
        if thread is not None:
            threads += 1
            yield thread
    if not threads:
        what = f"{posts} post{'s' if posts != 1 else ''} and no <wp:comment>" if posts else "no <item>"
        raise InputError(f"the WordPress export holds {what} (exported with --skip_comments, or an empty site?)", name)
