"""Hacker News, in the two shapes researchers save it in.

- The Algolia API's item tree (``https://hn.algolia.com/api/v1/items/ID``): a story (or a comment) with its replies
  nested under ``children``, each ``{"id", "created_at_i", "type", "author", "text", "parent_id", "story_id",
  "children"}``; a deleted comment keeps its place with ``author`` and ``text`` null.
- The official API's items (``https://hacker-news.firebaseio.com/v0/item/ID.json``) saved one a line, or as one
  array: ``{"id", "type", "by", "time", "text", "parent", "kids"}``, ``deleted`` and ``dead`` when so; a story adds
  ``title``, ``url``, ``score``, ``descendants``. A comment names only the item it answers (its story is found by
  following ``parent``: :class:`.streams.HackerNewsStream` does, as for Mastodon). Their comments are put in the
  site's reading order (:func:`reading_order`: depth first, siblings as ``kids`` ranks them), whatever order the
  crawl saved them in; an Algolia tree is in that order already.

The story (or job, or poll) is the thread's article, its id the thread id; text is HTML (``<p>`` between paragraphs,
``<a href>``, ``<i>``, ``<pre><code>``, entities) and becomes text in one linear pass (:mod:`.html`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..errors import InputError
from .html import html_to_text
from .platforms import EXTRA, FLAGS, ID, NOTES, PARENT, Item, _array, _json_type, _need_dict, _utc, comment_item, meta_item

TYPES = ("story", "comment", "job", "poll", "pollopt")
_HEADS = ("story", "job", "poll")  # items that start a thread
PAGE = "https://news.ycombinator.com/item?id="
FORUM = "Hacker News"


def is_algolia(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is an Algolia item tree (its ``children`` and ``created_at_i``)."""
    return obj.get("type") in TYPES and isinstance(obj.get("children"), list) and "created_at_i" in obj


def is_firebase(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is an item of the official API (an integer ``id`` and ``time``, and who or what it answers)."""
    return (obj.get("type") in TYPES and type(obj.get("id")) is int and type(obj.get("time")) is int
            and ("by" in obj or "parent" in obj or "kids" in obj or obj.get("deleted") is True))


def _int(obj: dict[str, Any], name: str, where: str, required: bool = False) -> int | None:
    value = obj.get(name)
    if value is None and not required:
        return None
    if type(value) is not int or value < 0:
        raise InputError(f'a Hacker News item\'s "{name}" must be a whole number, not {_json_type(value)}', where)
    return value


def _created(obj: dict[str, Any], name: str, where: str) -> str | None:
    """ISO 8601 UTC of an epoch-seconds field (``None`` when absent or past the year 5138)."""
    seconds = _int(obj, name, where)
    return _utc(seconds) if seconds is not None and seconds < 100_000_000_000 else None


def _string(obj: dict[str, Any], name: str, where: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise InputError(f'a Hacker News item\'s "{name}" must be a string, not {_json_type(value)}', where)
    return value


def _text(html: str | None) -> str:
    return html_to_text(html) if html and ("<" in html or "&" in html) else html or ""


def _head(key: str, obj: dict[str, Any], where: str, created: str | None) -> Item:
    """A story, job or poll as the thread's own record: its title, its page, its text (else the link it posts)."""
    text = _text(_string(obj, "text", where))
    url = _string(obj, "url", where)
    notes = [f"the story is {'deleted' if obj.get('deleted') else 'dead'} on Hacker News"] if obj.get("deleted") or obj.get("dead") else None
    article = text or url
    return meta_item(key, where, _string(obj, "title", where), PAGE + key, article or None, FORUM, created, notes)


def firebase(obj: Any, where: str) -> tuple[str, str | None, Item]:
    """``(id, the id it answers, item)`` of one official-API item (the item's thread key left empty for the stream to
    set); a story, job or poll answers nothing and is a thread's own record."""
    obj = _need_dict(obj, where)
    kind = obj.get("type")
    if kind not in TYPES:
        raise InputError(f'a Hacker News item\'s "type" must be one of {", ".join(TYPES)}, not {str(kind)[:30]!r}', where)
    rid = str(_int(obj, "id", where, required=True))
    created = _created(obj, "time", where)
    author = _string(obj, "by", where)
    kids = len(_array(obj.get("kids"), '"kids"', where))
    if kind in _HEADS:
        return rid, None, _head(rid, obj, where, created)
    up = _int(obj, "poll" if kind == "pollopt" else "parent", where)
    if up is None:
        raise InputError(f'a Hacker News {kind} without its "{"poll" if kind == "pollopt" else "parent"}"', where)
    status = "deleted" if obj.get("deleted") is True else None
    flags = [f for f, on in (("dead", obj.get("dead") is True), ("poll-option", kind == "pollopt")) if on]
    score = obj.get("score")
    extra: dict[str, Any] = {"score": score} if type(score) is int else {}
    if kids:
        extra["replies_shown"] = kids  # the replies Hacker News lists for it ("kids"), told against those held
    item = comment_item("", where, rid, str(up), author, "" if status else _text(_string(obj, "text", where)), created,
                        PAGE + rid, status, flags or None, extra or None)
    return rid, str(up), item


def algolia(obj: Any, where: str) -> list[Item]:
    """The items of an Algolia item tree: its story as the thread's own record (or, for a comment's tree, the story
    it belongs to as the key, the comment an orphan under what it answers) and every reply, depth first."""
    root = _need_dict(obj, where)
    rid = _int(root, "id", where, required=True)
    story = _int(root, "story_id", where)
    head = root.get("type") in _HEADS
    key = str(rid if head or story is None else story)
    out: list[Item] = []
    stack: list[tuple[dict[str, Any], str, str | None]] = []
    if head:
        out.append(_head(key, root, where, _created(root, "created_at_i", where)))
        _push(stack, root, "", None, where)
    else:
        up = _int(root, "parent_id", where)
        stack.append((root, "", None if up is None else str(up)))
    while stack:
        node, path, parent = stack.pop()
        at = f"{where} {path}" if path else where
        cid = str(_int(node, "id", at, required=True))
        author, html = _string(node, "author", at), _string(node, "text", at)
        gone = author is None and html is None  # Algolia keeps a deleted comment's place, without its author and text
        out.append(comment_item(key, at, cid, parent, author, _text(html), _created(node, "created_at_i", at), PAGE + cid,
                                "deleted" if gone else None))
        _push(stack, node, path, cid, where)
    return out


def _push(stack: list[tuple[dict[str, Any], str, str | None]], node: dict[str, Any], path: str, parent: str | None,
          where: str) -> None:
    """Put ``node``'s ``children`` on ``stack``, the first on top, each answering ``parent``."""
    children = _array(node.get("children"), '"children"', f"{where} {path}" if path else where)
    for j in range(len(children) - 1, -1, -1):
        child_path = f"{path}.children[{j}]" if path else f"children[{j}]"
        stack.append((_need_dict(children[j], f"{where} {child_path}"), child_path, parent))


def reading_order(items: list[Item], rank: dict[str, int]) -> list[Item]:
    """A thread's items in the order Hacker News shows them: depth first, each comment's replies in the order its
    ``kids`` ranks them (``rank``: a reply's place there, taken out as used), replies that no ``kids`` lists after
    those, as read. A crawl saves the official API's items breadth first or by id: read in that order, a reply came
    far from what it answers. The thread's own record comes first; a comment no walk from the top reaches (a reply
    cycle, said later) last, as read."""
    ids = {it[ID] for it in items}
    replies: dict[str | None, list[tuple[int, int, Item]]] = {}
    for pos, it in enumerate(items):
        if it[ID] is not None:
            up = it[PARENT] if it[PARENT] in ids else None  # an orphan is read at the top
            replies.setdefault(up, []).append((rank.pop(it[ID], len(items)), pos, it))
    out = [it for it in items if it[ID] is None]
    # (rank, place in the file, item): the place is unique, so items are never compared; the first reply on top
    stack = sorted(replies.pop(None, ()), reverse=True)
    while stack:
        it = stack.pop()[2]
        out.append(it)
        below = replies.pop(it[ID], None)  # popped: a duplicate id's replies are walked once
        if below:
            stack += sorted(below, reverse=True)
    out += [it for _, _, it in sorted((entry for left in replies.values() for entry in left), key=lambda entry: entry[1])]
    return out


def missing_replies(items: list[Item], descendants: int | None) -> list[Item]:
    """A thread's items with each comment that lists more replies (``kids``) than the file holds flagged
    ``replies-missing`` (``extra["missing_replies"]`` how many), and a note on the thread when its story counts more
    comments (``descendants``) than the file holds: items saved from a crawl cut short, or a comment's subtree left out."""
    held = Counter(it[PARENT] for it in items if it[ID] is not None)
    out = []
    for it in items:
        shown = it[EXTRA].get("replies_shown", 0) if it[ID] is not None and it[EXTRA] else 0
        if shown > held[it[ID]]:
            flags = it[FLAGS] or []
            it = it[:FLAGS] + (flags + ["replies-missing"], {**it[EXTRA], "missing_replies": shown - held[it[ID]]})
        out.append(it)
    comments = sum(1 for it in items if it[ID] is not None)
    if descendants is not None and descendants > comments:
        note = (f"the story counts {descendants:,} comments and the file holds {comments:,} of them (a crawl cut short, or "
                "items left out): the thread is not whole")
        out = [it[:NOTES] + ((it[NOTES] or []) + [note],) if it[ID] is None else it for it in out]
    return out
