"""Exports of the newer social platforms -> items: Bluesky threads (``app.bsky.feed.getPostThread``), Mastodon
conversations (``/api/v1/statuses/:id`` and its ``/context``) and Discord channels (DiscordChatExporter's JSON).

Each converter takes one JSON value (a whole document, or a line of a JSON Lines file) and returns the items of
its thread (see :mod:`.platforms` for the item tuples); locations name the JSON path of the record
(``thread.json thread.replies[1].replies[0]``).
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from .html import html_to_text
from .platforms import AUTHOR, EXTRA, ID, PARENT, Item, _array, _json_type, _need_dict, _str, as_id, comment_item, iso_time, meta_item

# --- Bluesky ------------------------------------------------------------------------------------------

_BSKY = "app.bsky.feed.defs#"
_BSKY_POST = "app.bsky.feed.post/"
_LINK_FACET = "app.bsky.richtext.facet#link"


def is_bluesky(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is a ``getPostThread`` response (``{"thread": node}``) or one of its nodes, told by the
    lexicon's ``$type`` or a post whose ``uri`` is an ``at://`` address."""
    node = obj.get("thread", obj)
    if _bluesky_v2(node):
        return True
    if not isinstance(node, dict):
        return False
    kind = node.get("$type")
    if isinstance(kind, str) and kind.startswith(_BSKY):
        return True
    post = node.get("post")
    return isinstance(post, dict) and isinstance(post.get("uri"), str) and post["uri"].startswith("at://")


def bluesky(obj: Any, where: Any) -> list[Item]:
    """A Bluesky thread as ``app.bsky.feed.getPostThread`` returns it (and atproto clients such as ``goat`` save it):
    ``{"thread": threadViewPost}``, each node a post with its ``replies`` and, above the asked-for post, its
    ``parent`` chain. The root post is the article; every other post a comment under the post it answers (the
    nesting of the file). ``#notFoundPost`` and ``#blockedPost`` nodes are kept as comments with no text, flagged
    ``not-found`` / ``blocked``, so a reply under a deleted post keeps its place."""
    where = str(where)
    doc = _need_dict(obj, where)
    top, path = (doc["thread"], "thread") if "thread" in doc else (doc, "")
    if _bluesky_v2(top):
        raise InputError("a getPostThreadV2 response (app.bsky.unspecced, a flat list of items under development) is not read: "
                         "save app.bsky.feed.getPostThread's response for the post instead", _at(where, path))
    chain = _bluesky_chain(_need_dict(top, _at(where, path)), path, where)
    for node, node_path in chain:  # what is no thread node at all is named as that, before its missing "uri"
        _bluesky_kind(node, _at(where, node_path))
    uris = [_bluesky_uri(n, _at(where, p)) for n, p in chain]
    first, first_path = chain[0]
    out = [_bluesky_head(first, _at(where, first_path), uris[0], len(chain) == 1)]
    key, is_root = out[0][0], _bluesky_is_root(first, _at(where, first_path))
    last = len(chain) - 1
    for i, (node, node_path) in enumerate(chain):  # the chain from the top down: each answers the one above it
        if i == 0 and not is_root:  # the highest post the file holds: under the post it answers (an orphan)
            out.append(_bluesky_item(node, _at(where, node_path), key, uris[0], _bluesky_answers(node), i == last))
        elif i > 0:
            parent = None if i == 1 and is_root else uris[i - 1]
            out.append(_bluesky_item(node, _at(where, node_path), key, uris[i], parent, i == last))
    # then the replies each chain node holds (the asked-for post's tree), depth first: (node, path, the uri it answers)
    stack: list[tuple[dict[str, Any], str, str | None]] = []
    for i, (node, node_path) in enumerate(chain):
        _push_replies(stack, node, node_path, None if i == 0 and is_root else uris[i], uris[i + 1] if i < last else None, where)
    while stack:
        node, node_path, parent = stack.pop()
        at = _at(where, node_path)
        uri = _bluesky_uri(node, at)
        out.append(_bluesky_item(node, at, key, uri, parent, True))
        _push_replies(stack, node, node_path, uri, None, where)
    return out


_POST_URI = re.compile(r"at://[^/]+/app\.bsky\.feed\.post/([^/]+)")


def bluesky_short_ids(items: list[Item]) -> list[Item]:
    """A thread's posts under their record keys (``3l6ovhq5mzs2c``, the last part of the post's page address, what a
    reader recognizes), not their whole ``at://did:plc:.../app.bsky.feed.post/...`` uris, which filled a terminal line
    before the text; each uri kept in ``extra["uri"]``. A parent outside the thread keeps its uri (it names a post the
    file does not hold). Left whole when two posts of the thread share a record key (two authors' keys may)."""
    short: dict[str, str] = {}
    for it in items:
        if it[ID] is not None:
            m = _POST_URI.fullmatch(it[ID])
            if m is None:
                return items
            short[it[ID]] = m.group(1)
    if len(set(short.values())) != len(short):
        return items
    out = []
    for it in items:
        if it[ID] is not None:
            parent = it[PARENT] if it[PARENT] is None else short.get(it[PARENT], it[PARENT])
            it = it[:ID] + (short[it[ID]], parent) + it[AUTHOR:EXTRA] + ({**(it[EXTRA] or {}), "uri": it[ID]},)
        out.append(it)
    return out


def _bluesky_v2(thread: Any) -> bool:
    """Whether ``thread`` is ``app.bsky.unspecced.getPostThreadV2``'s flat list of ``{"uri", "depth", "value"}`` items."""
    first = thread[0] if isinstance(thread, list) and thread else None
    return isinstance(first, dict) and "depth" in first and isinstance(first.get("value"), dict) and _str(first.get("uri")) is not None


def _bluesky_is_root(node: dict[str, Any], at: str) -> bool:
    """Whether ``node`` is the thread's root post: a post whose record answers nothing."""
    return _bluesky_kind(node, at) == "post" and not isinstance(_bluesky_checked(node, at).get("reply"), dict)


def _bluesky_answers(node: dict[str, Any]) -> str | None:
    """The uri of the post a post answers (its record's ``reply.parent``), ``None`` for anything else."""
    post = node.get("post")
    record = post.get("record") if isinstance(post, dict) else None
    reply = record.get("reply") if isinstance(record, dict) else None
    ref = reply.get("parent") if isinstance(reply, dict) else None
    return _str(ref.get("uri")) if isinstance(ref, dict) else None


def _bluesky_head(first: dict[str, Any], at: str, uri: str, alone: bool) -> Item:
    """The thread's own record from the highest node of the file: the root post as the article (its uri the thread's
    key); else no article, the key the root's uri the records name, and a note that the root is not in the file.
    ``alone``: the root is the asked-for post, whose replies the file should hold (fewer is a note)."""
    if _bluesky_is_root(first, at):
        post, record = first["post"], _bluesky_checked(first, at)
        notes = None
        count, held = post.get("replyCount"), first.get("replies")
        held_count = len(held) if isinstance(held, list) else 0
        if alone and type(count) is int and count > held_count:
            notes = [f"the root post shows {count} replies and the file holds {held_count} of them (hidden, deleted, or left "
                     "out by getPostThread's depth): the thread is not whole"]
        return meta_item(uri, at, None, _bluesky_link(post, uri), _bluesky_text(record) or None, None,
                         iso_time(record.get("createdAt")) or iso_time(post.get("indexedAt")), notes)
    view = first.get("post")
    written = view.get("record") if isinstance(view, dict) else None
    reply = written.get("reply") if isinstance(written, dict) else None
    ref = reply.get("root") if isinstance(reply, dict) else None
    key = _str(ref.get("uri")) if isinstance(ref, dict) else None
    what = "is not in the file (getPostThread's parentHeight cut the chain)" if key else f"is a {_bluesky_kind(first, at)} placeholder"
    return meta_item(key or uri, at, notes=[f"the thread's root post {what}: the thread is read from the highest post the file holds"])


def _push_replies(stack: list[tuple[dict[str, Any], str, str | None]], node: dict[str, Any], path: str, answers: str | None,
                  skip: str | None, where: str) -> None:
    """Put ``node``'s ``replies`` on ``stack`` (the first on top), each answering ``answers``; ``skip`` is the uri of the
    chain's next post (an ancestor that holds it among its replies: it is read once, as the chain)."""
    replies = _array(node.get("replies"), '"replies"', _at(where, path))
    for j in range(len(replies) - 1, -1, -1):
        child_path = f"{path}.replies[{j}]" if path else f"replies[{j}]"
        child = _need_dict(replies[j], _at(where, child_path))
        if skip is not None and _bluesky_uri(child, _at(where, child_path)) == skip:
            continue
        stack.append((child, child_path, answers))


def _at(where: str, path: str) -> str:
    return f"{where} {path}" if path else where


def _bluesky_chain(node: dict[str, Any], path: str, where: str) -> list[tuple[dict[str, Any], str]]:
    """The asked-for node and its ``parent`` chain, the highest first (iteratively: a chain nests as deep as the file)."""
    chain = [(node, path)]
    while True:
        up = node.get("parent")
        if up is None:
            break
        path = f"{path}.parent" if path else "parent"
        if not isinstance(up, dict):
            raise InputError(f'a Bluesky "parent" must be a thread node (an object), not {_json_type(up)}', _at(where, path))
        node = up
        chain.append((node, path))
    chain.reverse()
    return chain


def _bluesky_kind(node: dict[str, Any], at: str) -> str:
    """``post``, ``not-found`` or ``blocked`` (the lexicon's ``threadViewPost``, ``notFoundPost``, ``blockedPost``)."""
    kind = node.get("$type")
    if kind == _BSKY + "notFoundPost" or (kind is None and node.get("notFound") is True):
        return "not-found"
    if kind == _BSKY + "blockedPost" or (kind is None and node.get("blocked") is True):
        return "blocked"
    if isinstance(node.get("post"), dict) and kind in (None, _BSKY + "threadViewPost"):
        return "post"
    what = f"a {kind[:60]!r} node" if isinstance(kind, str) else "an object without \"$type\" or \"post\""
    raise InputError(f"{what} is no Bluesky thread node (getPostThread's threadViewPost with its \"post\", a notFoundPost or a "
                     "blockedPost)", at)


def _bluesky_uri(node: dict[str, Any], at: str) -> str:
    post = node.get("post")
    uri = post.get("uri") if isinstance(post, dict) else node.get("uri")
    if not isinstance(uri, str) or not uri:
        raise InputError('a Bluesky post without its "uri"', at)
    return uri


def _bluesky_checked(node: dict[str, Any], at: str) -> dict[str, Any]:
    """A post node's ``record``, which must hold its ``text`` (a string, empty for a post of images alone)."""
    record = node["post"].get("record")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError('a Bluesky post without a "record" holding its "text"', at)
    return record


def _bluesky_item(node: dict[str, Any], at: str, key: str, uri: str, parent: str | None, whole: bool) -> Item:
    """One node as a comment: a post, or a not-found / blocked placeholder (no text, flagged). ``whole``: the node's
    ``replies`` are what the file means to hold (not an ancestor above the asked-for post, whose replies are left out)."""
    kind = _bluesky_kind(node, at)
    if kind != "post":
        author = node.get("author")
        did = _str(author.get("did")) if isinstance(author, dict) else None
        return comment_item(key, at, uri, parent, None, "", flags=[kind], extra={"did": did} if did else None)
    post = node["post"]
    record = _bluesky_checked(node, at)
    author = post.get("author") if isinstance(post.get("author"), dict) else {}
    extra: dict[str, Any] = {}
    for name, field in (("name", "displayName"), ("did", "did")):
        if _str(author.get(field)):
            extra[name] = author[field]
    langs = record.get("langs")
    if isinstance(langs, list) and langs and all(isinstance(x, str) for x in langs):
        extra["langs"] = langs[:8]
    if type(post.get("likeCount")) is int:
        extra["likes"] = post["likeCount"]
    extra.update(_bluesky_embed(record.get("embed")))
    flags = None
    count = post.get("replyCount")
    held = node.get("replies")
    held_count = len(held) if isinstance(held, list) else 0
    if whole and type(count) is int and count > held_count:
        flags, extra["missing_replies"] = ["replies-missing"], count - held_count
    handle = _str(author.get("handle"))
    return comment_item(key, at, uri, parent, handle, _bluesky_text(record), iso_time(record.get("createdAt")) or iso_time(post.get("indexedAt")),
                        _bluesky_link(post, uri), flags=flags, extra=extra or None)


def _bluesky_embed(embed: Any) -> dict[str, Any]:
    """What a post's ``record.embed`` adds to its words, as ``extra`` entries: its images' descriptions (``alt_text``,
    often the words of the image), the post it quotes (``quotes``, its uri) and the page it links (``link``)."""
    extra: dict[str, Any] = {}
    if not isinstance(embed, dict):
        return extra
    quoted = embed.get("record")
    if isinstance(quoted, dict) and isinstance(quoted.get("record"), dict):  # recordWithMedia: {"record": {"record": ref}}
        quoted = quoted["record"]
    if isinstance(quoted, dict) and _str(quoted.get("uri")):
        extra["quotes"] = quoted["uri"]
    media: dict[str, Any] = embed["media"] if isinstance(embed.get("media"), dict) else embed
    images = media.get("images")
    alts = [i["alt"] for i in images if isinstance(i, dict) and _str(i.get("alt"))] if isinstance(images, list) else []
    if alts:
        extra["alt_text"] = alts
    external = media.get("external")
    if isinstance(external, dict) and _str(external.get("uri")):
        extra["link"] = external["uri"]
    return extra


def _bluesky_link(post: dict[str, Any], uri: str) -> str | None:
    """The post's page: ``https://bsky.app/profile/<handle or did>/post/<rkey>`` from its ``at://`` uri."""
    did, _, rkey = uri.removeprefix("at://").partition("/" + _BSKY_POST)
    if not rkey or "/" in rkey or not did:
        return None
    author = post.get("author")
    handle = _str(author.get("handle")) if isinstance(author, dict) else None
    return f"https://bsky.app/profile/{handle if handle and handle != 'handle.invalid' else did}/post/{rkey}"


def _bluesky_text(record: dict[str, Any]) -> str:
    """A post's ``text`` with its links whole: the app shows a long link shortened (``example.com/artic...``) and
    keeps the address in a link facet (UTF-8 byte offsets): a shortened link is replaced by its address, a link
    whose words are not its address keeps the address after them (``words (https://...)``). A facet whose offsets do
    not fall on the text's characters is left as it is."""
    text = record.get("text")
    if not isinstance(text, str):
        return ""
    facets = record.get("facets")
    if not isinstance(facets, list) or not facets:
        return text
    links = []
    for facet in facets:
        span = _facet_link(facet)
        if span is not None:
            links.append(span)
    if not links:
        return text
    data = text.encode("utf-8", "surrogatepass")
    end_before = len(data) + 1
    for start, end, href in sorted(links, reverse=True):  # from the end, so earlier offsets still hold
        if not 0 <= start < end <= len(data) or end > end_before:
            continue
        try:
            shown = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            continue
        core, bare = shown.rstrip(".…"), href.split("://", 1)[-1]
        if len(core) >= 4 and (bare.startswith(core) or bare.removeprefix("www.").startswith(core)):
            data = data[:start] + href.encode() + data[end:]
        elif shown != href:
            data = data[:end] + f" ({href})".encode() + data[end:]
        end_before = start
    return data.decode("utf-8", "surrogatepass")


def _facet_link(facet: Any) -> tuple[int, int, str] | None:
    """``(byteStart, byteEnd, uri)`` of a link facet, ``None`` for any other facet or a malformed one."""
    if not isinstance(facet, dict):
        return None
    index, features = facet.get("index"), facet.get("features")
    if not isinstance(index, dict) or not isinstance(features, list):
        return None
    start, end = index.get("byteStart"), index.get("byteEnd")
    if type(start) is not int or type(end) is not int:
        return None
    for feature in features:
        if isinstance(feature, dict) and feature.get("$type") == _LINK_FACET:
            href = feature.get("uri")
            if isinstance(href, str) and href.isascii() and href.isprintable() and 0 < len(href) <= 2048:
                return start, end, href
    return None


# --- Mastodon -----------------------------------------------------------------------------------------

_MASTODON_SHAPES = ('a Mastodon export is a status (GET /api/v1/statuses/:id), its context ({"ancestors": [...], "descendants": '
                    '[...]}), the two together ({"status": ..., "context": ...}, or the status with "ancestors" and '
                    '"descendants" beside its fields) or an array of statuses')


def is_mastodon(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is a Mastodon status, a status's context, or the two saved together."""
    if isinstance(obj.get("ancestors"), list) and isinstance(obj.get("descendants"), list):
        return True
    if isinstance(obj.get("status"), dict) and isinstance(obj.get("context"), dict):
        return True
    return isinstance(obj.get("account"), dict) and isinstance(obj.get("content"), str) and "spoiler_text" in obj


def mastodon(obj: Any, where: Any) -> list[Item]:
    """A Mastodon (or other ActivityPub server's Mastodon API) conversation: the statuses of one file, in the shapes
    of :data:`_MASTODON_SHAPES`, are one thread. The conversation's first status (``in_reply_to_id`` null) is the
    article; every other status a comment under the one it answers (``in_reply_to_id``). ``content`` is HTML: read as
    the Disqus and 4chan readers read theirs, mentions written ``@user@host`` and hashtags ``#tag``."""
    where = str(where)
    statuses, notes = _mastodon_statuses(obj, where)
    held = {as_id(s.get("id"), '"id"', at) for s, at in statuses}
    root = next(((s, at) for s, at in statuses if s.get("in_reply_to_id") is None), None)
    root_id = as_id(root[0].get("id"), '"id"', root[1]) if root else None
    key = root_id or as_id(statuses[0][0].get("id"), '"id"', statuses[0][1]) or ""
    head: Item | None = None
    out: list[Item] = []
    lost = other = 0
    for status, at in statuses:
        item = _mastodon_item(status, at, key)
        if head is None and root is not None and item[2] == root_id:
            head = _mastodon_head(item, at)
            continue
        if item[3] is None:
            other += 1
        elif item[3] == root_id:
            item = item[:3] + (None,) + item[4:]
        elif item[3] not in held:
            lost += 1
        out.append(item)
    if root is None:
        notes.append("the conversation's first status is not in the file (deleted, private, or not shared with this server)")
    if other:
        notes.append(f"{other} more status{'es answer' if other > 1 else ' answers'} nothing (the file holds more than one "
                     "conversation): read as top-level comments")
    if lost:
        notes.append(f"{lost} status{'es answer statuses' if lost > 1 else ' answers a status'} not in the file (deleted, private, or "
                     "not shared with this server): read at the top, flagged orphan")
    head = meta_item(key, where) if head is None else head
    return [head[:8] + (notes or None,), *out]


def _mastodon_head(item: Item, at: str) -> Item:
    """The conversation's first status as the thread's own record: its text the article, its server the forum."""
    link = item[7]
    host = _host(link) if link else None
    return meta_item(item[0], at, None, link, item[5] or None, host, item[6])


def _mastodon_statuses(obj: Any, where: str) -> tuple[list[tuple[dict[str, Any], str]], list[str]]:
    """``(status, its location)`` of each status of the file, in the order the conversation reads (ancestors, the
    status, descendants), and what the thread's reader should be told of what the file lacks."""
    notes: list[str] = []
    if isinstance(obj, list):
        if not obj:
            raise InputError(f"an empty array: {_MASTODON_SHAPES}", where)
        return [(_need_dict(s, f"{where} [{i}]"), f"{where} [{i}]") for i, s in enumerate(obj)], notes
    obj = _need_dict(obj, where)
    context, focus, focus_at = obj, None, f"{where} status"
    if isinstance(obj.get("context"), dict):
        context, focus = obj["context"], obj.get("status")
        prefix = "context."
    else:
        prefix = ""
        if "status" in obj:
            focus = obj["status"]
        elif "content" in obj:
            focus, focus_at = obj, where
    if "ancestors" not in context and "descendants" not in context:
        if focus is None:
            raise InputError(_MASTODON_SHAPES, where)
        return [(_mastodon_status(focus, focus_at), focus_at)], notes
    out = [(_need_dict(s, f"{where} {prefix}ancestors[{i}]"), f"{where} {prefix}ancestors[{i}]")
           for i, s in enumerate(_array(context.get("ancestors"), '"ancestors"', where))]
    if focus is None:
        notes.append('the file holds a context (ancestors and descendants) without its status: save GET /api/v1/statuses/:id '
                      'with it, as {"status": ..., "context": ...}')
    else:
        out.append((_mastodon_status(focus, focus_at), focus_at))
    out += [(_need_dict(s, f"{where} {prefix}descendants[{i}]"), f"{where} {prefix}descendants[{i}]")
            for i, s in enumerate(_array(context.get("descendants"), '"descendants"', where))]
    if not out:
        raise InputError("a Mastodon context with no status in it", where)
    return out, notes


def _mastodon_status(value: Any, at: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"a Mastodon status must be an object, not {_json_type(value)}", at)
    return value


def _mastodon_item(status: dict[str, Any], at: str, key: str) -> Item:
    """One status as a comment: ``account.acct`` the author, ``content`` as text, ``spoiler_text`` (the content
    warning), ``language``, attachments and poll options kept in ``extra``; a boost reads as the status it boosts."""
    sid = as_id(status.get("id"), '"id"', at)
    shown: dict[str, Any] = status["reblog"] if isinstance(status.get("reblog"), dict) else status
    content = shown.get("content")
    if sid is None or not isinstance(content, str):
        raise InputError('a Mastodon status needs "id" and a "content" string (HTML)', at)
    account: dict[str, Any] = status["account"] if isinstance(status.get("account"), dict) else {}
    extra: dict[str, Any] = {}
    for name, value in (("name", account.get("display_name")), ("content_warning", shown.get("spoiler_text")),
                        ("language", shown.get("language"))):
        if isinstance(value, str) and value:
            extra[name] = value
    if type(status.get("favourites_count")) is int:
        extra["likes"] = status["favourites_count"]
    edited = iso_time(status.get("edited_at"))
    if edited:
        extra["edited"] = edited
    extra.update(_mastodon_media(shown))
    flags = None
    if shown is not status:
        flags = ["reblog"]
        booster = shown.get("account")
        if isinstance(booster, dict) and _str(booster.get("acct")):
            extra["reblog_of"] = booster["acct"]
    parent = as_id(status.get("in_reply_to_id"), '"in_reply_to_id"', at)
    link = _str(status.get("url")) or _str(status.get("uri"))
    return comment_item(key, at, sid, parent, _str(account.get("acct")), mastodon_text(content, shown.get("mentions")),
                        iso_time(status.get("created_at")), link, flags=flags, extra=extra or None)


def _mastodon_media(status: dict[str, Any]) -> dict[str, Any]:
    """A status's attachments (their address, and their description: the alt text, often the words of an image) and
    its poll's options, as ``extra`` entries: a status of an image alone has no other text."""
    extra: dict[str, Any] = {}
    files, alts = [], []
    for media in status.get("media_attachments") or [] if isinstance(status.get("media_attachments"), list) else []:
        if isinstance(media, dict):
            address = _str(media.get("url")) or _str(media.get("remote_url"))
            if address:
                files.append(address)
            if _str(media.get("description")):
                alts.append(media["description"])
    if files:
        extra["attachments"] = files
    if alts:
        extra["alt_text"] = alts
    poll = status.get("poll")
    options = poll.get("options") if isinstance(poll, dict) else None
    if isinstance(options, list):
        titles = [o["title"] for o in options if isinstance(o, dict) and isinstance(o.get("title"), str)]
        if titles:
            extra["poll"] = titles
    return extra


_TAG_MAX = 2048  # a mention's or hashtag's <a> tag is about 100 characters; a longer one is read as any link
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_REL_TAG = re.compile(r"""\brel\s*=\s*["']?tag\b""", re.IGNORECASE)


def mastodon_text(content: str, mentions: Any = None) -> str:
    """A status's HTML ``content`` as text: paragraphs and ``<br>`` as line breaks, a link as its address (Mastodon
    hides part of it in ``invisible`` spans: all of them are read), a mention as ``@user@host`` (``acct`` from the
    status's ``mentions``, the server added for a local one) and a hashtag as ``#tag``, without their addresses.

    One pass that never goes back: each ``<a`` is matched to the next ``>`` and ``</a>`` found by ``str.find``
    (the closing tag's place is kept while later anchors stand before it), so any input is linear."""
    accts = _mention_accts(mentions)
    out: list[str] = []
    done = search = 0
    close = -1
    while True:
        lt = content.find("<a ", search)
        if lt < 0:
            break
        gt = content.find(">", lt)
        if gt < 0:
            break
        if close < gt:
            close = content.find("</a>", gt)
            if close < 0:
                break
        search = gt + 1
        tag = content[lt:gt] if gt - lt <= _TAG_MAX else ""
        found = _CLASS.search(tag)
        classes = (found.group(1) or found.group(2) or "").split() if found else []
        if "mention" not in classes and not _REL_TAG.search(tag):
            continue
        shown = html_to_text(content[gt + 1 : close])
        if "hashtag" not in classes and not _REL_TAG.search(tag):
            shown = _mention(shown, _attr(_HREF.search(tag)), accts)
        out.append(content[done:lt])
        out.append(html.escape(shown, quote=False))
        done = search = close + 4
    out.append(content[done:])
    return html_to_text("".join(out))


def _attr(found: re.Match[str] | None) -> str:
    return html.unescape(found.group(1) or found.group(2) or "") if found else ""


def _mention_accts(mentions: Any) -> dict[str, str]:
    """The ``acct`` of each mentioned account by its profile address (``url``), from a status's ``mentions``."""
    if not isinstance(mentions, list):
        return {}
    return {m["url"]: m["acct"] for m in mentions if isinstance(m, dict) and isinstance(m.get("url"), str) and isinstance(m.get("acct"), str)}


def _mention(shown: str, href: str, accts: dict[str, str]) -> str:
    """``@user@host`` for a mention shown ``@user``: its ``acct``, or what it shows, with the server of its address
    added when the name has none (an account local to the server that wrote the file)."""
    name = accts.get(href) or shown.lstrip("@")
    if not name:
        return shown
    host = _host(href) if "@" not in name else None
    return f"@{name}@{host}" if host else f"@{name}"


def _host(address: str) -> str | None:
    try:
        return urlsplit(address).hostname or None
    except ValueError:  # an address no URL parser takes ("http://[")
        return None

# --- Discord ------------------------------------------------------------------------------------------

#: DiscordChatExporter's message kinds that are the app's notices, not anyone's words (``MessageKind``: a member
#: joined, a message pinned, a thread started, a call, a name or icon changed, a recipient added or removed).
DISCORD_NOTICES = frozenset(("RecipientAdd", "RecipientRemove", "Call", "ChannelNameChange", "ChannelIconChange", "ChannelPinnedMessage",
                             "GuildMemberJoin", "ThreadCreated"))


def is_discord(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is DiscordChatExporter's export of a channel (its ``guild``, ``channel`` and ``messages``)."""
    return isinstance(obj.get("guild"), dict) and isinstance(obj.get("channel"), dict) and isinstance(obj.get("messages"), list)


def discord(obj: Any, where: Any) -> list[Item]:
    """A channel, thread or forum post exported by DiscordChatExporter as JSON: the channel is the thread (its ``name``
    the title, the server's ``name`` and the parent channel the forum; a thread or forum post is exported as a channel of
    its own), its messages the comments, a reply under the message its ``reference.messageId`` names. The app's notices
    (joins, pins, "started a thread") are no one's words and are left out, as Telegram's service messages are."""
    where = str(where)
    doc = _need_dict(obj, where)
    guild, channel, messages = doc.get("guild"), doc.get("channel"), doc.get("messages")
    if not isinstance(guild, dict) or not isinstance(channel, dict) or not isinstance(messages, list):
        raise InputError('a Discord export (DiscordChatExporter\'s JSON) needs "guild" and "channel" objects and a "messages" array', where)
    key = as_id(channel.get("id"), '"channel.id"', f"{where} channel") or ""
    server = as_id(guild.get("id"), '"guild.id"', f"{where} guild")
    names = [n for n in (_str(guild.get("name")), _str(channel.get("category"))) if n]
    notes = None
    count = doc.get("messageCount")
    if type(count) is int and count > len(messages):
        notes = [f"the export says it holds {count} messages and the file has {len(messages)}: the file is cut short"]
    out = [meta_item(key, where, _str(channel.get("name")), _discord_link(server, key, None), _str(channel.get("topic")) or None,
                     " / ".join(names) or None, None, notes)]
    for i, m in enumerate(messages):
        at = f"{where} messages[{i}]"
        messages[i] = None  # let each parsed message go once read, as Telegram's are: a big channel's export is read whole
        m = _need_dict(m, at)
        if m.get("type") in DISCORD_NOTICES:
            continue
        out.append(_discord_item(m, at, key, server))
    held = {it[2] for it in out}
    lost = sum(1 for it in out[1:] if it[3] is not None and it[3] not in held)
    if lost:
        note = (f"{lost} repl{'ies answer messages' if lost > 1 else 'y answers a message'} not in the file (deleted, or outside the "
                "export's --after/--before range): read at the top, flagged orphan")
        out[0] = out[0][:8] + ((out[0][8] or []) + [note],)
    return out


def _discord_link(server: str | None, channel: str, message: str | None) -> str | None:
    """``https://discord.com/channels/<server>/<channel>[/<message>]`` (a direct message's server is ``@me``)."""
    if not channel:
        return None
    base = f"https://discord.com/channels/{server if server and server != '0' else '@me'}/{channel}"
    return f"{base}/{message}" if message else base


def _discord_item(m: dict[str, Any], at: str, key: str, server: str | None) -> Item:
    """One message: ``author.name`` the author (``nickname``, the name shown on the server, in ``extra``), ``content``
    (DiscordChatExporter writes mentions and emoji as text), ``timestamp``; a forwarded message reads as what it
    forwards (flag ``forwarded``); attachments, stickers, ``timestampEdited``, ``isPinned`` and a bot author in ``extra``."""
    mid = as_id(m.get("id"), '"id"', at)
    content = m.get("content", "")
    if mid is None or not isinstance(content, str):
        raise InputError('a Discord message needs "id" and a "content" string', at)
    flags = None
    forwarded = m.get("forwardedMessage")
    if not content and isinstance(forwarded, dict) and isinstance(forwarded.get("content"), str):
        content, flags = forwarded["content"], ["forwarded"]
    author: dict[str, Any] = m["author"] if isinstance(m.get("author"), dict) else {}
    name = _str(author.get("name"))
    extra = _discord_extra(m, author, name)
    return comment_item(key, at, mid, _discord_parent(m, at), name, content, iso_time(m.get("timestamp")), _discord_link(server, key, mid),
                        flags=flags, extra=extra or None)


def _discord_extra(m: dict[str, Any], author: dict[str, Any], name: str | None) -> dict[str, Any]:
    """What a message says beside its words: the author's ``nickname`` (when not the name) and bot account, pinned,
    edited, the files attached (their names) and the stickers sent (a message of a file or sticker alone has no text)."""
    extra: dict[str, Any] = {}
    nickname = _str(author.get("nickname"))
    if nickname and nickname != name:
        extra["nickname"] = nickname
    if author.get("isBot") is True:
        extra["bot"] = True
    if m.get("isPinned") is True:
        extra["pinned"] = True
    edited = iso_time(m.get("timestampEdited"))
    if edited:
        extra["edited"] = edited
    for field, name_key, out_key in (("attachments", "fileName", "attachments"), ("stickers", "name", "stickers")):
        listed = m.get(field)
        found = [x[name_key] for x in listed if isinstance(x, dict) and isinstance(x.get(name_key), str)] if isinstance(listed, list) else []
        if found:
            extra[out_key] = found
    return extra


def _discord_parent(m: dict[str, Any], at: str) -> str | None:
    """The message a reply answers: its ``reference.messageId`` (a forward's reference names what it forwards, not
    what it answers; a reference into another channel, such as a thread's first message, answers nothing here)."""
    ref = m.get("reference")
    if not isinstance(ref, dict) or ref.get("type") == "Forward" or m.get("type") not in (None, "Reply", "19"):
        return None
    return as_id(ref.get("messageId"), '"reference.messageId"', at)
