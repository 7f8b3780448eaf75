"""Corpus-scale Bluesky, Mastodon and Hacker News: JSON Lines of one event or status a line, grouped into threads as dumps are.

- Bluesky's Jetstream (``{"did", "time_us", "kind": "commit", "commit": {"operation", "collection", "rkey", "record"}}``):
  a post's thread is its record's ``reply.root.uri`` (its own ``at://`` uri for a root post, which is the article),
  the post it answers ``reply.parent.uri``. Likes, reposts, follows, profile changes and ``identity`` / ``account``
  events are skipped and counted; a post deleted later in the stream reads as deleted, without its text.
- Mastodon statuses saved one a line (a timeline's pages, ``/api/v1/streaming`` ``update`` events, raw or as the
  WebSocket's ``{"event", "payload"}`` messages): a status answers ``in_reply_to_id``, and its thread is the thread of
  the status it answers when that came earlier in the file (the conversation's first status the article), else the
  id it answers (joined afterwards, held in memory or spilled: a timeline saved newest first). Boosts, edits
  (``status.update``) and other events are skipped and counted; ``delete`` events mark their status deleted.

- Hacker News items of the official API one a line: a comment's thread is its story, found through ``parent`` as a
  Mastodon status's is (:class:`_ReplyStream`).

Each reader is a converter (see :mod:`.platforms`) that keeps what the stream told so far; a line of any other
shape (a getPostThread response, a Mastodon context) goes to the converter of that export, as before. The grouping
(:mod:`.group`) bounds memory as for a Reddit dump; Mastodon adds one map entry (two short strings) per status.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..errors import InputError
from .group import Grouper
from .hackernews import algolia, firebase, is_algolia, missing_replies, reading_order
from .platforms import Item, _need_dict, _str, _utc, comment_item, iso_time, meta_item
from .social import _bluesky_embed, _bluesky_text, _mastodon_head, _mastodon_item, bluesky, mastodon

_POST = "app.bsky.feed.post"
_JETSTREAM_KINDS = ("commit", "identity", "account")
_MASTODON_EVENTS = ("update", "status.update", "delete", "notification", "conversation", "announcement",
                    "announcement.reaction", "announcement.delete", "filters_changed", "encrypted_message")


def is_jetstream(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is a Jetstream event (its ``did``, ``time_us`` and ``kind``)."""
    return isinstance(obj.get("did"), str) and "time_us" in obj and obj.get("kind") in _JETSTREAM_KINDS


def is_mastodon_event(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is a message of Mastodon's streaming API (``{"stream": [...], "event", "payload"}``)."""
    return obj.get("event") in _MASTODON_EVENTS and ("payload" in obj or isinstance(obj.get("stream"), list))


class _Stream:
    """What a stream reader counts as it goes: events skipped by kind, and the ids deleted later in the stream."""

    def __init__(self) -> None:
        self.skipped: Counter[str] = Counter()
        self.deleted: set[str] = set()

    def notes(self) -> list[str]:
        """The reading warnings of the whole input: what was skipped, and how many deletes it held."""
        out = []
        if self.skipped:
            total = sum(self.skipped.values())
            kinds = ", ".join(f"{n:,} {what}{'s' if n > 1 else ''}" for what, n in self.skipped.most_common())
            out.append(f"{total:,} line{'s' if total > 1 else ''} of no thread skipped ({kinds})")
        if self.deleted:
            n = len(self.deleted)
            out.append(f"{n:,} delete{'s' if n > 1 else ''} in the stream: the posts the file holds read as deleted, without their text")
        return out

    #: The note of a thread whose root post is not in the file (said per reader).
    MISSING_ROOT = "the thread's root post is not in the file: the thread is read from the replies it holds"

    def fix(self, items: list[Item]) -> list[Item]:
        """``items`` of one thread with each deleted post marked ``deleted`` and its text dropped (the thread's own
        record: its article dropped, with a note), and a note when the thread's root post is not among them."""
        if not any(it[2] is None for it in items):
            items = items + [meta_item(items[0][0], items[0][1], notes=[self.MISSING_ROOT])]
        deleted = self.deleted
        if not deleted or not any(it[2] in deleted or (it[2] is None and it[0] in deleted) for it in items):
            return items
        out = []
        for it in items:
            if it[2] is None and it[0] in deleted:
                notes = list(it[8] or []) + ["the root post was deleted later in the stream: its text is left out"]
                it = it[:5] + (None,) + it[6:8] + (notes,)
            elif it[2] in deleted:
                it = it[:5] + ("", it[6], it[7], "deleted") + it[9:]
            out.append(it)
        return out


class BlueskyStream(_Stream):
    """Converter of Bluesky JSON Lines: Jetstream events, or getPostThread responses (read by :func:`.social.bluesky`)."""

    MISSING_ROOT = ("the thread's root post is not in the file (posted before the stream was recorded, or left out by its "
                    "filter): the thread is read from the replies it holds")

    def __call__(self, obj: Any, where: Any) -> Item | list[Item]:
        if not (isinstance(obj, dict) and is_jetstream(obj)):
            return bluesky(obj, where)
        where = str(where)
        if obj["kind"] != "commit":
            self.skipped[f"{obj['kind']} event"] += 1
            return []
        commit = obj.get("commit")
        if not isinstance(commit, dict):
            raise InputError('a Jetstream commit event without its "commit" object', where)
        collection, operation = commit.get("collection"), commit.get("operation")
        if collection != _POST:
            self.skipped[f"{str(collection)[:60]} commit"] += 1
            return []
        rkey = _str(commit.get("rkey"))
        if not rkey or "/" in rkey:
            raise InputError('a Jetstream post commit without its "rkey" (a record key string)', where)
        uri = f"at://{obj['did']}/{_POST}/{rkey}"
        if operation == "delete":
            self.deleted.add(uri)
            return []
        if operation != "create":
            self.skipped[f"post {str(operation)[:20]}"] += 1
            return []
        record = commit.get("record")
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError('a Jetstream post create without a "record" holding its "text"', where)
        return _jetstream_item(obj["did"], rkey, uri, record, obj.get("time_us"), where)


def _reply_uris(record: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    """``(root uri, parent uri)`` of a post's ``reply``; ``(None, None)`` for a post that answers nothing."""
    reply = record.get("reply")
    if reply is None:
        return None, None
    refs = [reply.get(k) if isinstance(reply, dict) else None for k in ("root", "parent")]
    uris = [_str(ref.get("uri")) if isinstance(ref, dict) else None for ref in refs]
    if uris[0] is None or uris[1] is None:
        raise InputError('a Bluesky reply needs "reply.root.uri" and "reply.parent.uri"', where)
    return uris[0], uris[1]


def _jetstream_item(did: str, rkey: str, uri: str, record: dict[str, Any], time_us: Any, where: str) -> Item:
    """A created post: the article of its own thread (a root post), or a comment under the post it answers."""
    root, parent = _reply_uris(record, where)
    created = iso_time(record.get("createdAt"))
    if created is None and type(time_us) is int and 0 <= time_us < 10**17:
        created = _utc(time_us // 1_000_000)
    link = f"https://bsky.app/profile/{did}/post/{rkey}"
    text = _bluesky_text(record)
    if root is None:
        return meta_item(uri, where, None, link, text or None, None, created)
    extra: dict[str, Any] = {}
    langs = record.get("langs")
    if isinstance(langs, list) and langs and all(isinstance(x, str) for x in langs):
        extra["langs"] = langs[:8]
    extra.update(_bluesky_embed(record.get("embed")))
    return comment_item(root, where, uri, None if parent == root else parent, did, text, created, link, extra=extra or None)


class _ReplyStream(_Stream):
    """A stream whose records name only the record they answer (no thread id): a record's thread is the thread of the
    record it answers when that came earlier, else the id it answers, joined afterwards (:meth:`regroup`)."""

    def __init__(self) -> None:
        super().__init__()
        self.roots: dict[str, str] = {}  # record id -> the id of its thread
        self.waiting: set[str] = set()  # ids answered by records read so far, not yet read themselves
        self.split = 0  # replies read before the reply they answer: their group joins that reply's thread (regroup)

    def key(self, rid: str, parent: str | None) -> str:
        """The thread key of record ``rid`` answering ``parent`` (``None``: it starts a thread), remembered."""
        key = rid if parent is None else self.roots.get(parent, parent)
        if parent is not None and key == parent and parent not in self.roots:
            self.waiting.add(parent)
        if rid in self.waiting:
            self.waiting.discard(rid)
            if parent is not None:  # replies to it came first: their thread is keyed by this record's id, not this thread's
                self.split += 1
        self.roots[rid] = key
        return key

    def regroup(self, grouper: Grouper) -> None:
        """Join the groups of replies read before the record they answer (a timeline's pages run newest first) to the
        thread that record is in: each group under its conversation's first record as far as the file knows it. Held in
        memory, in order of first appearance; spilled to disk, by one more pass over the bucket files."""
        if grouper.spilled:
            if self.split:
                grouper.rekey(self._top)
            return
        out: dict[str, list[Item]] = {}
        for key, items in grouper.held.items():
            top = self._top(key)
            if top != key:
                items = [(top,) + it[1:] for it in items]
            out.setdefault(top, []).extend(items)
        grouper.held = out

    def _top(self, key: str) -> str:
        """The thread a group's key ends in: the chain of thread keys followed to one that no later record moved
        (remembered for every key on the way)."""
        roots = self.roots
        chain: list[str] = []
        while (up := roots.get(key, key)) != key and len(chain) <= len(roots):
            chain.append(key)
            key = up
        for k in chain:
            roots[k] = key
        return key

    def fix(self, items: list[Item]) -> list[Item]:
        """:meth:`_Stream.fix`, and the replies to the conversation's first record made top-level comments when that
        record is the thread's article (it may come after them: a timeline's pages run newest first)."""
        whole = any(it[2] is None for it in items)
        items = super().fix(items)
        key = items[0][0]
        if not whole:
            return items  # the first record is not in the file: replies to it stay flagged orphan
        return [it[:3] + (None,) + it[4:] if it[2] is not None and it[3] == key else it for it in items]


class MastodonStream(_ReplyStream):
    """Converter of Mastodon JSON Lines: a status or a streaming message a line, or whole conversations (read by
    :func:`.social.mastodon`)."""

    MISSING_ROOT = ("the conversation's first status is not in the file (posted before the timeline was saved, deleted, or "
                    "private): the statuses answering it are read at the top, flagged orphan")

    def __call__(self, obj: Any, where: Any) -> Item | list[Item]:
        where = str(where)
        if isinstance(obj, dict) and is_mastodon_event(obj):
            obj = self._payload(obj, where)
            if obj is None:
                return []
        if not (isinstance(obj, dict) and _single_status(obj)):
            return mastodon(obj, where)
        if isinstance(obj.get("reblog"), dict):
            self.skipped["boost"] += 1
            return []
        item = _mastodon_item(obj, where, "")
        key = self.key(item[2], item[3])
        if item[3] is None:
            return _mastodon_head((key,) + item[1:], where)
        return (key,) + item[1:]

    def _payload(self, event: dict[str, Any], where: str) -> Any:
        """The status of an ``update`` message (its payload is the status's JSON as a string); ``None`` for any other
        message (a ``delete`` noted, the rest counted)."""
        from .source import parse_json

        kind, payload = event["event"], event.get("payload")
        if kind == "delete":
            if isinstance(payload, (str, int)) and not isinstance(payload, bool):
                self.deleted.add(str(payload))
                return None
            raise InputError('a Mastodon "delete" event whose "payload" is no status id', where)
        if kind != "update":
            self.skipped[f'"{kind}" event'] += 1
            return None
        if isinstance(payload, str):
            payload = parse_json(payload, f"{where} payload")
        return _need_dict(payload, f"{where} payload")


class HackerNewsStream(_ReplyStream):
    """Converter of Hacker News: official-API items one a line (or an array of them), a comment's thread found by
    following ``parent`` to its story; an Algolia item tree (a line or the whole file) is read by :func:`.hackernews.algolia`."""

    MISSING_ROOT = ("the story is not in the file (the items were saved from a comment down, or the story was left out): "
                    "the comments answering it are read at the top, flagged orphan")

    def __init__(self) -> None:
        super().__init__()
        self.descendants: dict[str, int] = {}  # story id -> the comments it counts (one entry a story)
        self.rank: dict[str, int] = {}  # reply id -> its place in its parent's "kids" (until its thread is finished)

    def __call__(self, obj: Any, where: Any) -> Item | list[Item]:
        where = str(where)
        if isinstance(obj, dict) and is_algolia(obj):
            return algolia(obj, where)
        rid, parent, item = firebase(obj, where)
        count = obj.get("descendants") if parent is None else None
        if type(count) is int:
            self.descendants[rid] = count
        kids = obj.get("kids")
        if kids:
            self.rank.update((str(kid), place) for place, kid in enumerate(kids))
        return (self.key(rid, parent),) + item[1:]

    def fix(self, items: list[Item]) -> list[Item]:
        """:meth:`_ReplyStream.fix` with the items in the site's reading order (:func:`.hackernews.reading_order`), and
        the replies a comment or the story lists that the file does not hold, said."""
        items = reading_order(super().fix(items), self.rank)
        return missing_replies(items, self.descendants.get(items[0][0]))


def _single_status(obj: dict[str, Any]) -> bool:
    """A status on its own (not a context, nor a status saved with its context)."""
    return isinstance(obj.get("account"), dict) and isinstance(obj.get("content"), str) and not (
        "ancestors" in obj or "descendants" in obj or "context" in obj)
