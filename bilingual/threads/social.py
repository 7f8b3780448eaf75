"""Exports of the newer social platforms -> items: Bluesky threads (``app.bsky.feed.getPostThread``).

Each converter takes one JSON value (a whole document, or a line of a JSON Lines file) and returns the items of
its thread (see :mod:`.platforms` for the item tuples); locations name the JSON path of the record
(``thread.json thread.replies[1].replies[0]``).
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from .platforms import Item, _array, _json_type, _need_dict, _str, comment_item, iso_time, meta_item

# --- Bluesky ------------------------------------------------------------------------------------------

_BSKY = "app.bsky.feed.defs#"
_BSKY_POST = "app.bsky.feed.post/"
_LINK_FACET = "app.bsky.richtext.facet#link"


def is_bluesky(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is a ``getPostThread`` response (``{"thread": node}``) or one of its nodes, told by the
    lexicon's ``$type`` or a post whose ``uri`` is an ``at://`` address."""
    node = obj.get("thread", obj)
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
    chain = _bluesky_chain(_need_dict(top, _at(where, path)), path, where)
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
    what = f"a {kind[:60]!r} node" if isinstance(kind, str) else "a node"
    raise InputError(f"{what} is no Bluesky thread node (a threadViewPost with \"post\", a notFoundPost or a blockedPost)", at)


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
    flags = None
    count = post.get("replyCount")
    held = node.get("replies")
    held_count = len(held) if isinstance(held, list) else 0
    if whole and type(count) is int and count > held_count:
        flags, extra["missing_replies"] = ["replies-missing"], count - held_count
    handle = _str(author.get("handle"))
    return comment_item(key, at, uri, parent, handle, _bluesky_text(record), iso_time(record.get("createdAt")) or iso_time(post.get("indexedAt")),
                        _bluesky_link(post, uri), flags=flags, extra=extra or None)


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
