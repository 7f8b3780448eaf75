"""Platform records -> comments: Reddit, YouTube, X, 4chan, Facebook and mapped (``--fields``) JSON.

Each converter takes one JSON value (a line of a dump, or an element / the whole of a JSON document)
and returns one item or a list of them (plain tuples, see ``Item`` below): a comment or a thread's own
metadata, each with the key of its thread.
"""

from __future__ import annotations

import operator
import re
import time
from datetime import datetime, timezone
from functools import lru_cache
from typing import Annotated, Any, Callable, Iterable, Iterator, Union

from ..errors import InputError
from .clean import clean_fields, clean_text, find_suspect
from .html import html_to_text
from .source import MAX_DEPTH

SINGLE = ""  # the thread key of formats whose file is one thread

# An item is a plain tuple (no object per comment until the thread is finished, and the grouping's spill
# files marshal it as it is):
#   a comment:              (key, where, id, parent, author, text, created, permalink, status, flags, extra)
#   a thread's own record:  (key, where, None, title, link, article, forum, created, notes)
# ``key`` is the thread it belongs to; ``where`` its location (a line number for JSON Lines, else a string);
# ``flags`` a list or None, ``extra`` a dict or None. Index 5 (text / article) is what the grouping budgets.
Item = tuple[Any, ...]  # see above
KEY, WHERE, ID, PARENT, AUTHOR, TEXT, CREATED, PERMALINK, STATUS, FLAGS, EXTRA = range(11)
TITLE, LINK, ARTICLE, FORUM, META_CREATED, NOTES = 3, 4, 5, 6, 7, 8


def meta_item(key: str, where: Any, title: str | None = None, link: str | None = None, article: str | None = None,
              forum: str | None = None, created: str | None = None, notes: list[str] | None = None) -> Item:
    """A thread's own record as an item (a Reddit submission, a 4chan opening post); ``notes`` are what the
    thread's reader should be told about it as a whole (they become the thread's warnings)."""
    return (key, where, None, title, link, article, forum, created, notes)


#: Converts one JSON value (a line, a record of a document, or a whole document) to one item or a list of them.
Converter = Callable[[Any, Any], "Item | list[Item]"]


# --- shared helpers -----------------------------------------------------------------------------------


def iso_time(value: Any) -> str | None:
    """An ISO 8601 UTC string for an epoch number (seconds or milliseconds) or a date string, else ``None``."""
    if type(value) is int and 0 <= value < 100_000_000_000:
        return _utc(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        v = value.strip()
        if not v:
            return None
        if v.replace(".", "", 1).isdigit() and len(v) < 20:
            return iso_time(float(v))
        for parse in (_from_iso, _from_twitter):
            t = parse(v)
            if t is not None:
                return t
        return None
    if isinstance(value, (int, float)):
        if type(value) is not float and not -(10**14) <= value <= 10**14:  # an int past a float's range, kept by json
            return None
        seconds = float(value)
        if seconds != seconds or abs(seconds) > 1e14:
            return None
        if abs(seconds) > 1e11:  # milliseconds
            seconds /= 1000
        try:
            return "%04d-%02d-%02dT%02d:%02d:%02dZ" % time.gmtime(seconds)[:6]
        except (OverflowError, OSError, ValueError):
            return None
    return None


_DAYS: dict[int, str] = {}
_MINUTES: dict[int, str] = {}
_TWO = tuple(f"{i:02d}" for i in range(60))
_SECONDS = tuple(f"{i:02d}Z" for i in range(60))


def _utc(seconds: int) -> str:
    """Epoch seconds -> ISO 8601 UTC; cached per minute (a dump is sorted by time) and per day: time.gmtime and
    integer format specs cost more than the rest of a dump line."""
    minute, secs = divmod(seconds, 60)
    prefix = _MINUTES.get(minute)
    return (prefix if prefix is not None else _minute(minute)) + _SECONDS[secs]


def _minute(minute: int) -> str:
    """``"YYYY-MM-DDTHH:MM:"`` of an epoch minute (cached)."""
    if len(_MINUTES) > 100_000:
        _MINUTES.clear()
        _DAYS.clear()
    day, rem = divmod(minute, 1440)
    date = _DAYS.get(day)
    if date is None:
        date = _DAYS[day] = time.strftime("%Y-%m-%dT", time.gmtime(day * 86400))
    hours, minutes = divmod(rem, 60)
    prefix = _MINUTES[minute] = f"{date}{_TWO[hours]}:{_TWO[minutes]}:"
    return prefix


_ISO_MINUTES: dict[str, bool] = {}


def _from_iso(v: str) -> str | None:
    """An ISO 8601 string as UTC ``YYYY-MM-DDTHH:MM:SSZ``. The form the APIs write (``...T09:13:20.000Z``, UTC, 0, 3
    or 6 digits of fraction) is cut to its seconds, its minute checked once (a cache: parsing each with datetime and
    formatting it again was a sixth of reading a Jetstream post); any other form goes through datetime."""
    n = len(v)
    if (n == 20 or n == 24 or n == 27) and v[19 if n == 20 else n - 1] == "Z" and v[16] == ":" and v[10] == "T":
        prefix = v[:17]
        known = _ISO_MINUTES.get(prefix)
        if known is None:
            if len(_ISO_MINUTES) > 100_000:
                _ISO_MINUTES.clear()
            full = _from_iso_parsed(prefix + "00+00:00")
            known = _ISO_MINUTES[prefix] = full is not None and full[:17] == prefix
        if known and v[17:19].isdigit() and v[17:19].isascii() and v[17] < "6" and (n == 20 or (v[19] == "." and v[20:n - 1].isdigit() and v[20:n - 1].isascii())):
            return v[:19] + "Z"
    return _from_iso_parsed(v)


def _from_iso_parsed(v: str) -> str | None:
    try:
        dt = datetime.fromisoformat(v.replace("Z", "+00:00") if v.endswith("Z") else v)
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_twitter(v: str) -> str | None:
    try:
        dt = datetime.strptime(v, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        return None
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def as_id(value: Any, what: str, where: str) -> str | None:
    """An id as a string: strings and integers are ids; anything else is an :class:`InputError`."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{what} must be a string or an integer, not {type(value).__name__}", where)
    return str(value)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _array(value: Any, what: str, where: Any) -> list[Any]:
    """``value`` if it is an array, ``[]`` if it is missing or null; anything else is an :class:`InputError`."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"{what} must be an array, not {_json_type(value)}", where)
    return value


def _need_dict(obj: Any, where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {_json_type(obj)}", where)
    return obj


def _json_type(obj: Any) -> str:
    return {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(
        type(obj), "null" if obj is None else type(obj).__name__
    )


def _depth_over(value: Any, limit: int) -> bool:
    """Whether lists and dicts nest deeper than ``limit`` in ``value`` (iteratively; stops at the first too deep)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (list, dict)))
    return False


def _shallow(extra: dict[str, Any], where: str) -> dict[str, Any]:
    """``extra`` unless a kept value nests past ``MAX_DEPTH`` (everything later recurses over kept values: JSON
    output, the grouping's spill files); that is an :class:`InputError` naming the key."""
    for key, value in extra.items():
        if (type(value) is list or type(value) is dict) and _depth_over(value, MAX_DEPTH):
            name = key if len(key) <= 40 else key[:40] + "..."
            raise InputError(f"malformed JSON: the value of {name!r} is nested too deeply, more than {MAX_DEPTH} levels", where)
    return extra


def _extend(out: list[Item], items: Item | list[Item]) -> None:
    """Add a converter's result (one item, or a list of them) to ``out``."""
    if type(items) is tuple:
        out.append(items)
    else:
        out.extend(items)


def _flat(obj: list[Any], where: Any) -> Iterator[dict[str, Any]]:
    """The objects of a list, lists inside it opened in place (in order, without recursion); anything else in it is an
    :class:`InputError` that says it was in an array (a JSON line ``[1, 2]`` is no page of records)."""
    stack = [iter(obj)]
    while stack:
        for part in stack[-1]:
            if isinstance(part, list):
                stack.append(iter(part))
                break
            if not isinstance(part, dict):
                raise InputError(f"expected a JSON object, got an array holding {_json_type(part)}", where)
            yield part
        else:
            stack.pop()


def comment_item(key: str, where: Any, cid: str, parent: str | None, author: str | None, text: str, created: str | None = None,
                 permalink: str | None = None, status: str | None = None, flags: list[str] | None = None,
                 extra: dict[str, Any] | None = None) -> Item:
    """A comment item, its text, author, id and parent cleaned of lone surrogates (flagged: see :mod:`.clean`)."""
    if not (text.isascii() and cid.isascii() and (author is None or author.isascii()) and (parent is None or parent.isascii())):
        text, author, cid, parent, flags = clean_fields(text, author, cid, parent, flags)
    return (key, where, cid, parent, author, text, created, permalink, status, flags, extra)


# --- native JSONL -------------------------------------------------------------------------------------

NATIVE_KEYS = ("id", "parent", "author", "text", "created", "permalink", "status", "flags", "thread")


def native(obj: Any, where: Any) -> Item:
    """The project's own JSONL: ``{"id", "parent", "author", "text"}`` (+ ``thread``, ``created``...); other keys kept."""
    if type(obj) is not dict:
        obj = _need_dict(obj, where)
    get = obj.get
    cid = get("id")
    if cid is None:
        raise InputError('missing "id"', where)
    text = get("text")
    if not isinstance(text, str):
        raise InputError('"text" must be a string', where)
    author = get("author")
    if author is not None and not isinstance(author, str):
        raise InputError('"author" must be a string or null', where)
    if type(cid) is not str:
        cid = as_id(cid, '"id"', where)
    parent = get("parent")
    if parent is not None and type(parent) is not str:
        parent = as_id(parent, '"parent"', where)
    thread = created = permalink = status = flags = extra = None
    if len(obj) > 2 + ("parent" in obj) + ("author" in obj):  # more than id, text, parent, author
        thread = get("thread")
        if thread is not None and type(thread) is not str:
            thread = as_id(thread, '"thread"', where)
        extra = {k: v for k, v in obj.items() if k not in _NATIVE} or None
        if extra:
            _shallow(extra, where)
        created, permalink, status, raw_flags = get("created"), get("permalink"), get("status"), get("flags")
        if not isinstance(created, str):
            created = None
        if not isinstance(permalink, str):
            permalink = None
        if status not in ("deleted", "removed", "spam"):
            status = None
        if isinstance(raw_flags, list):
            flags = list(dict.fromkeys(f for f in raw_flags if isinstance(f, str))) or None
    # Arabic text is not ASCII but has nothing to clean: asked first, as the Reddit reader does (this converter
    # on bench_jobs' 100,000 comments, 56 % of them not ASCII: 0.25 -> 0.23 s)
    if not (cid.isascii() and (author is None or author.isascii()) and (parent is None or parent.isascii())) or (
            not text.isascii() and find_suspect(text) is not None):
        text, author, cid, parent, cleaned = clean_fields(text, author, cid, parent, None)
        if cleaned:
            flags = cleaned + [f for f in flags or () if f not in cleaned]
    return (thread or SINGLE, where, cid, parent, author, text, created, permalink, status, flags, extra)


_NATIVE = frozenset(NATIVE_KEYS)


# --- Reddit -------------------------------------------------------------------------------------------

_REDDIT = "https://www.reddit.com"


def _reddit_link(permalink: Any) -> str | None:
    if not isinstance(permalink, str) or not permalink:
        return None
    return _REDDIT + permalink if permalink.startswith("/") else permalink


def reddit_text(text: str, html: Any) -> str:
    """``text`` (a ``body``, ``title`` or ``selftext`` holding ``&``) with ``&lt;``, ``&gt;``, ``&amp;`` decoded once.

    Reddit's JSON without ``raw_json=1`` (its ``.json`` pages, and so the Pushshift and Arctic Shift dumps) writes
    ``<``, ``>``, ``&`` as those three entities (https://www.reddit.com/dev/api#response_body_encoding); left as they
    are, a Markdown quote ``&gt; ...`` is no quote and ``&amp;`` shows. Only those three, once: ``&amp;amp;`` is a
    typed ``&amp;``. A record fetched with ``raw_json=1`` shows it in its HTML field (``html``: ``body_html`` or
    ``selftext_html``), whose tags are then real (``<div class="md">``, not ``&lt;div``): its text is kept as it is.
    """
    if type(html) is str and html[:1] == "<":
        return text
    return unescape_lt_gt_amp(text)


def unescape_lt_gt_amp(text: str) -> str:
    """``&lt;``, ``&gt;``, ``&amp;`` decoded, each once and nothing else (``&amp;lt;`` -> ``&lt;``): what Reddit's and
    X's JSON escape in text. ``&amp;`` last, so the ``&`` it gives never starts another entity."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


#: How an admin removal's body (and title) begins, bracketed whole: "[ Removed by Reddit ]", "[ Removed by Reddit on
#: account of violating the [content policy](/help/contentpolicy). ]" (the Anti-Evil Operations' removals).
REDDIT_ADMIN_REMOVED = "[ Removed by Reddit"


def reddit_status(body: str, removed: Any) -> str | None:
    """A Reddit comment's status from its body and ``removal_reason``: ``deleted`` by its writer, ``removed`` by a
    moderator, Reddit's admins or with a reason given, else None (the dump loop in ``_finish`` inlines it)."""
    if body == "[deleted]":
        return "deleted"
    if removed or body == "[removed]" or (body[:19] == REDDIT_ADMIN_REMOVED and body[-1:] == "]"):
        return "removed"
    return None


_DUMP_COMMENT = operator.itemgetter("id", "body", "link_id", "parent_id", "author", "created_utc", "permalink", "subreddit")


def reddit(obj: Any, where: Any) -> Item | list[Item]:
    """A Pushshift / Arctic Shift comment or submission line, or a Reddit ``.json`` page or listing."""
    if type(obj) is dict and "kind" not in obj:  # a dump line
        # The hot path of a dump (>= 100,000 comments/s): a comment line with the usual fields and types, read
        # with one itemgetter call; anything else (a submission, a missing or odd field) takes _reddit_thing.
        try:
            oid, body, link_id, parent, author, created, permalink, forum = _DUMP_COMMENT(obj)
        except KeyError:
            return _reddit_thing(obj, where, None)
        get = obj.get
        if type(body) is str and "&" in body:
            body = reddit_text(body, get("body_html"))
        item = _dump_comment(oid, body, link_id, parent, author, created, permalink, forum, get("score"), get("removal_reason"), where)
        return _reddit_thing(obj, where, None) if item is None else item
    # A page: listings, things and their replies, depth first in page order, without recursion (replies nest
    # as deep as the page does).
    out: list[Item] = []
    at: dict[str, int] = {}  # a comment's (or, by its t3_ name, the submission's) index in out: a "more" stub names its parent
    stack: list[Any] = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, list):
            stack.extend(reversed(o))
            continue
        if o is not obj and not isinstance(o, dict):  # inside an array: a line ``[1, 2]`` is no page of listings
            raise InputError(f"expected a JSON object, got an array holding {_json_type(o)}", where)
        o = _need_dict(o, where)
        kind = o.get("kind")
        if kind == "Listing":
            data = o.get("data")
            children = data.get("children") if isinstance(data, dict) else None
            if isinstance(children, list):
                stack.extend(reversed(children))
            elif children:
                raise InputError('a Reddit "Listing" whose "children" is not an array', where)
        elif kind in ("t1", "t3"):
            data = o.get("data")
            if not isinstance(data, dict):
                raise InputError(f'a Reddit "{kind}" without "data"', where)
            item = _reddit_thing(data, where, kind)
            if kind == "t1":
                item = _page_marks(item, data)
                at[item[ID]] = len(out)
            elif item[ID] is None:
                at[item[KEY]] = len(out)
            out.append(item)
            replies = data.get("replies")
            if isinstance(replies, dict):
                stack.append(replies)
        elif kind == "more":
            _missing_replies(out, at, o.get("data"))
        else:
            out.append(_reddit_thing(o, where, None))
    return out


def _page_marks(item: Item, data: dict[str, Any]) -> Item:
    """A page's comment with ``stickied`` / ``distinguished`` (a moderator's pinned note) kept in ``extra``, only
    there: such a comment is read like any other."""
    stickied, distinguished = data.get("stickied") is True, _str(data.get("distinguished"))
    if not (stickied or distinguished):
        return item
    extra = dict(item[EXTRA] or {})
    if stickied:
        extra["stickied"] = True
    if distinguished:
        extra["distinguished"] = distinguished
    return item[:EXTRA] + (extra,)


def _missing_replies(out: list[Item], at: dict[str, int], data: Any) -> None:
    """A ``more`` stub (replies the page does not hold: "load more comments", or "continue this thread" with a
    count of 0) noted on the comment it hangs under: flag ``replies-missing`` and ``extra["missing_replies"]``, the
    stub's ``count`` (summed over its stubs; 0: an unknown number, the page cut the thread deeper). A stub under
    the submission is a note of the thread's (its warning): top-level comments the file does not hold."""
    if not isinstance(data, dict):
        return
    parent = data.get("parent_id")
    count = data.get("count")
    count = count if type(count) is int and count > 0 else 0
    post = at.get(parent) if isinstance(parent, str) and parent.startswith("t3_") else None
    if post is not None:
        some = ("1 top-level comment of the page is" if count == 1 else f"{count} top-level comments of the page are" if count
                else "top-level comments of the page are")
        note = f'{some} not in the file (a "more" stub: "load more comments"); only the comments it holds are read'
        out[post] = out[post][:NOTES] + ((out[post][NOTES] or []) + [note],)
        return
    i = at.get(parent[3:]) if isinstance(parent, str) and parent.startswith("t1_") else None
    if i is None:
        return
    item = out[i]
    extra = dict(item[EXTRA] or {})
    extra["missing_replies"] = extra.get("missing_replies", 0) + count
    flags = item[FLAGS] or []
    out[i] = item[:FLAGS] + (flags if "replies-missing" in flags else flags + ["replies-missing"], extra)


def _dump_comment(oid: Any, body: Any, link_id: Any, parent: Any, author: Any, created: Any, permalink: Any, forum: Any,
                  score: Any, removal: Any, where: Any) -> Item | None:
    """A dump line's comment item from its fields when they have the usual types (``None`` otherwise: the caller
    takes the general path, which names what is wrong). ``removal`` is the ``removal_reason``."""
    if not (type(oid) is str and type(body) is str and type(link_id) is str and type(created) is int and type(permalink) is str
            and type(forum) is str and link_id.startswith("t3_") and permalink.startswith("/") and 0 <= created < 100_000_000_000):
        return None
    parent = parent[3:] if type(parent) is str and parent.startswith("t1_") else None
    if type(author) is not str or author == "[deleted]" or author == "[removed]":
        author = None
    extra = {"score": score, "subreddit": forum} if type(score) is int else {"subreddit": forum}
    if not forum:
        del extra["subreddit"]
    status = reddit_status(body, removal)
    flags = None
    if not (body.isascii() and oid.isascii() and (author is None or author.isascii()) and (parent is None or parent.isascii())):
        body, author, oid, parent, flags = clean_fields(body, author, oid, parent, None)
    minute, secs = divmod(created, 60)  # _utc, inlined
    prefix = _MINUTES.get(minute)
    created = (prefix if prefix is not None else _minute(minute)) + _SECONDS[secs]
    return (link_id, where, oid, parent, author, body, created, _REDDIT + permalink, status, flags, extra)


#: The keys a comment line of a Pushshift or Arctic Shift dump (or Reddit's API) has had over the years.
REDDIT_COMMENT_KEYS = (
    "_meta", "all_awardings", "approved_at_utc", "approved_by", "archived", "associated_award", "author", "author_cakeday",
    "author_created_utc", "author_flair_background_color", "author_flair_css_class", "author_flair_richtext",
    "author_flair_template_id", "author_flair_text", "author_flair_text_color", "author_flair_type", "author_fullname",
    "author_is_blocked", "author_patreon_flair", "author_premium", "awarders", "banned_at_utc", "banned_by", "body", "body_html",
    "body_sha1", "can_gild", "can_mod_post", "collapsed", "collapsed_because_crowd_control", "collapsed_reason",
    "collapsed_reason_code", "comment_type", "controversiality", "created", "created_utc", "distinguished", "downs", "editable",
    "edited", "gilded", "gildings", "id", "ignore_reports", "is_submitter", "likes", "link_author", "link_id", "link_permalink",
    "link_title", "link_url", "locked", "media_metadata", "mod_note", "mod_reason_by", "mod_reason_title", "mod_reports", "name",
    "nest_level", "no_follow", "num_reports", "over_18", "parent_id", "permalink", "quarantined", "removal_reason", "replies",
    "reply_delay", "report_reasons", "retrieved_on", "retrieved_utc", "rte_mode", "saved", "score", "score_hidden", "send_replies",
    "steward_reports", "stickied", "subreddit", "subreddit_id", "subreddit_name_prefixed", "subreddit_type", "top_awarded_type",
    "total_awards_received", "treatment_tags", "unrepliable_reason", "updated_on", "ups", "user_reports", "utc_datetime_str",
)


@lru_cache(maxsize=1)
def reddit_line_decoder() -> Any:
    """A msgspec decoder of a dump line (bytes or a buffer) to a record of :data:`REDDIT_COMMENT_KEYS` that is a usual
    comment: ``decode`` raises ``ValueError`` for a line orjson refuses, and for any other shape (another key, a kept
    field missing or of another type than a usual comment's, an integer past 64 bits, a value nested more than two
    levels, not an object), which the caller then parses with orjson as before.

    Why msgspec: a dump line has about 50 keys of which the reader keeps 10. orjson builds the whole dict (twice
    the time of the rest of the line's work); msgspec decodes into a fixed record, with no dict and no key strings,
    in half of orjson's time, and checks the kept fields' types in C. Every value is still decoded, so what it accepts
    is exactly what orjson accepts (UTF-8, escapes and surrogates, number ranges, syntax), and the values read are the
    same.
    """
    import msgspec

    scalar = Union[None, bool, Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)], float, str]
    flat = Union[scalar, list[scalar], dict[str, scalar]]
    value = Union[scalar, list[flat], dict[str, flat]]
    usual: dict[str, Any] = {  # the kept fields of a usual comment, their types checked by msgspec
        "id": str, "body": str, "link_id": str, "permalink": str, "subreddit": str, "author": Union[None, str],
        "parent_id": Union[None, str], "created_utc": Annotated[int, msgspec.Meta(ge=0, lt=100_000_000_000)],
    }
    fields = [(key, usual[key]) if key in usual else (key, value, msgspec.UNSET) for key in REDDIT_COMMENT_KEYS]
    record = msgspec.defstruct("RedditComment", fields, forbid_unknown_fields=True, gc=False, kw_only=True)
    return msgspec.json.Decoder(record)


#: The length of a dump comment's raw item (see :func:`reddit_items`); other items have 11 fields or 8.
RAW_LEN = 12
_RAW = 0  # the last field of a raw item: its length tells it from the others


def reddit_items(records: Iterable[Any], first: int) -> list[Item | None]:
    """The raw item of each record from :func:`reddit_line_decoder`, the ``n``-th located at line ``first + n``, or
    ``None`` where a record is not the usual comment (a submission, a field missing or of another type: the caller reads
    that line with orjson and :func:`reddit`): the hot loop of a dump, one call a block of lines.

    A raw item holds the record's kept fields as they were decoded, nothing derived yet but the body's entities
    (:func:`reddit_text`, only for a body holding ``&``):
    ``(key, where, id, parent_id, author, body, created_utc, permalink, removed, score, subreddit, 0)`` (``removed``
    True or None, ``score`` an int or None; :data:`RAW_LEN` fields). The thread builder makes each one's Comment
    in one step when its thread is complete (what :func:`reddit_comment` makes of it as an item): the ISO time, the
    full link and the ``extra`` dict are then never made, encoded for the grouping's spill and decoded again as an
    item's. A raw item is the same comment :func:`_dump_comment` makes of the record read by orjson.
    """
    out: list[Item | None] = []
    append = out.append
    where = first
    for r in records:
        link_id, permalink, score, body = r.link_id, r.permalink, r.score, r.body
        # Slices compared, not startswith (a method call); the types were checked as they were decoded.
        if link_id[:3] == "t3_" and permalink[:1] == "/":
            if "&" in body:
                body = reddit_text(body, r.body_html)
            append((link_id, where, r.id, r.parent_id, r.author, body, r.created_utc, permalink,
                    True if r.removal_reason else None, score if type(score) is int else None, r.subreddit, _RAW))
        else:
            append(None)  # the general path names what is wrong
        where += 1
    return out


def reddit_comment(raw: Item) -> Item:
    """The comment item of a raw item from :func:`reddit_items` (for a thread whose items are not all raw: a thread
    with its submission, or a comment line that took the general path). ``_finish`` makes the same comment
    straight from the raw item, inlined."""
    key, where, oid, parent, author, body, created, permalink, removed, score, forum, _ = raw
    parent = parent[3:] if parent is not None and parent[:3] == "t1_" else None
    if author == "[deleted]" or author == "[removed]":
        author = None
    status = reddit_status(body, removed)
    flags = None
    if not (oid.isascii() and (author is None or author.isascii()) and (parent is None or parent.isascii())) or (
            not body.isascii() and find_suspect(body) is not None):
        body, author, oid, parent, flags = clean_fields(body, author, oid, parent, None)
    if score is not None:
        extra = {"score": score, "subreddit": forum} if forum else {"score": score}
    else:
        extra = {"subreddit": forum} if forum else {}
    return (key, where, oid, parent, author, body, _utc(created), _REDDIT + permalink, status, flags, extra)


def _reddit_thing(obj: dict[str, Any], where: Any, kind: str | None) -> Item:
    """One comment or submission (the hot path of a dump, written for speed: >= 100,000 comments/s)."""
    get = obj.get
    oid = get("id")
    if type(oid) is not str:
        oid = as_id(oid, '"id"', where)
        if oid is None:
            raise InputError('a Reddit record without "id"', where)
    body = get("body")
    forum = get("subreddit")
    if type(forum) is not str:
        forum = None
    if kind == "t3" or (kind is None and body is None and "parent_id" not in obj):
        return _reddit_submission(obj, oid, forum, where)
    if type(body) is not str:
        raise InputError('"body" must be a string', where)
    if "&" in body:
        body = reddit_text(body, get("body_html"))
    link_id = get("link_id")
    if type(link_id) is not str or not link_id:
        raise InputError('a Reddit comment without "link_id" (its thread)', where)
    parent = get("parent_id")
    parent = parent[3:] if type(parent) is str and parent.startswith("t1_") else None
    author = get("author")
    if type(author) is not str or author == "[deleted]" or author == "[removed]":
        author = None
    score = get("score")
    if type(score) is int:
        extra: dict[str, Any] = {"score": score, "subreddit": forum} if forum else {"score": score}
    else:
        extra = {"subreddit": forum} if forum else {}
    permalink = get("permalink")
    if type(permalink) is str and permalink.startswith("/"):
        permalink = _REDDIT + permalink
    elif type(permalink) is not str or not permalink:
        permalink = None
    status = reddit_status(body, get("removal_reason"))
    created = get("created_utc")
    created = _utc(created) if type(created) is int and 0 <= created < 100_000_000_000 else iso_time(created)
    flags = None
    if not (body.isascii() and oid.isascii() and (author is None or author.isascii()) and (parent is None or parent.isascii())):
        body, author, oid, parent, flags = clean_fields(body, author, oid, parent, None)
    return (link_id if link_id.startswith("t3_") else "t3_" + link_id, where, oid, parent, author, body, created, permalink, status,
            flags, extra)


def _reddit_submission(obj: dict[str, Any], oid: str, forum: str | None, where: Any) -> Item:
    if "title" not in obj:
        raise InputError('a Reddit record with neither "body" (comment) nor "title" (submission)', where)
    html = obj.get("selftext_html")
    selftext = _str(obj.get("selftext")) or None
    title = _str(obj.get("title"))
    url = _str(obj.get("url"))
    if title:
        title = clean_text(reddit_text(title, html) if "&" in title else title)[0]
    if selftext:
        selftext = clean_text(reddit_text(selftext, html) if "&" in selftext else selftext)[0]
    if url and "&" in url:
        url = reddit_text(url, html)
    link = _reddit_link(obj.get("permalink")) or url
    return meta_item("t3_" + oid, where, title, link, selftext, forum, iso_time(obj.get("created_utc")))


# --- YouTube ------------------------------------------------------------------------------------------


def youtube(obj: Any, where: Any) -> Item | list[Item]:
    """A ``youtube-comment-downloader`` line (``cid``, ``text``...), Data API v3 ``commentThreads`` JSON or a yt-dlp
    ``.info.json`` written with ``--write-comments``."""
    if isinstance(obj, list):
        out: list[Item] = []
        for part in _flat(obj, where):
            _extend(out, youtube(part, where))
        return out
    obj = _need_dict(obj, where)
    kind = obj.get("kind")
    if isinstance(kind, str) and kind.startswith("youtube#"):
        return _youtube_api(obj, where)
    if is_yt_dlp(obj):
        return _yt_dlp(obj, where)
    cid = as_id(obj.get("cid"), '"cid"', where)
    if cid is None:
        raise InputError('a youtube-comment-downloader record without "cid"', where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError('"text" must be a string', where)
    parent = cid.split(".", 1)[0] if "." in cid else None
    extra: dict[str, Any] = _shallow({k: obj[k] for k in ("votes", "channel", "heart", "time") if k in obj}, where)
    likes = _shown_count(obj.get("votes"))
    if likes is not None:
        extra["likes"] = likes
    shown = obj.get("replies")
    shown = _shown_count(shown) if isinstance(shown, str) else shown if type(shown) is int else None
    if parent is None and shown:
        extra["replies_shown"] = shown  # checked against the replies the file holds (downloader_missing_replies)
    created = iso_time(obj.get("time_parsed"))
    return comment_item(SINGLE, where, cid, parent, _str(obj.get("author")), text, created, extra=extra)


def is_yt_dlp(obj: dict[str, Any]) -> bool:
    """Whether a JSON object is yt-dlp's ``.info.json`` of one video (its extractor and page are always written)."""
    return ("extractor_key" in obj or "extractor" in obj) and "webpage_url" in obj


def _yt_dlp(obj: dict[str, Any], where: Any) -> list[Item]:
    """A video's yt-dlp ``.info.json``: the video is the thread (title, description as the article, channel as the
    forum) and ``comments`` its comments, each with ``id``, ``text`` (or ``html``), ``author``, ``timestamp`` and
    ``parent`` (``"root"`` for a top-level comment), as yt-dlp's extractor documentation defines them. Fewer comments
    than the video's ``comment_count`` (a ``max_comments`` limit, a fetch cut short) is said as a thread warning."""
    where = str(where)
    site = str(obj.get("extractor_key") or obj.get("extractor") or "")
    if not site.lower().startswith("youtube"):
        raise InputError(f"a yt-dlp .info.json of {site[:40]!r}: only YouTube's comments are read", where)
    if "comments" not in obj:
        raise InputError('a yt-dlp .info.json without "comments": yt-dlp writes them with --write-comments', where)
    video = as_id(obj.get("id"), '"id"', where) or SINGLE
    comments = _array(obj.get("comments"), '"comments"', where)
    count = obj.get("comment_count")
    notes = None
    if type(count) is int and count > len(comments):
        notes = [f"the video shows {count} comments and the file holds {len(comments)} (yt-dlp's max_comments, or a "
                 "fetch cut short): the thread is not whole"]
    created = iso_time(obj.get("timestamp"))
    day = _str(obj.get("upload_date"))
    if created is None and day is not None and len(day) == 8 and day.isdigit():
        created = f"{day[:4]}-{day[4:6]}-{day[6:]}T00:00:00Z"
    link = _str(obj.get("webpage_url"))
    out = [meta_item(video, where, _str(obj.get("title")), link, _str(obj.get("description")) or None,
                     _str(obj.get("channel")) or _str(obj.get("uploader")), created, notes)]
    for i, c in enumerate(comments, 1):
        at = f"{where} comment {i}"
        c = _need_dict(c, at)
        cid = as_id(c.get("id"), '"id"', at)
        if cid is None:
            raise InputError('a yt-dlp comment without "id"', at)
        parent = as_id(c.get("parent"), '"parent"', at)
        text = _str(c.get("text"))
        if text is None:
            text = html_to_text(_str(c.get("html")) or "")
        extra = {name: c[key] for key, name in _YT_DLP_EXTRA if isinstance(c.get(key), (str, int, float)) and c[key] is not False}
        out.append(comment_item(video, at, cid, None if parent == "root" else parent, _str(c.get("author")), text,
                                iso_time(c.get("timestamp")), f"https://www.youtube.com/watch?v={video}&lc={cid}" if video else None,
                                extra=extra or None))
    return out


#: The yt-dlp comment fields kept in ``extra``, under the names the other YouTube readers use. ``timestamp`` is
#: computed by yt-dlp from the relative time shown (``_time_text``, "2 years ago"), so that is kept as written too.
_YT_DLP_EXTRA = (("like_count", "likes"), ("is_favorited", "heart"), ("is_pinned", "pinned"),
                 ("author_is_uploader", "uploader"), ("_time_text", "time"), ("author_id", "channel"))


def downloader_missing_replies(items: list[Item], comments: list[Any]) -> None:
    """youtube-comment-downloader's top comments whose ``replies`` (the count YouTube showed) is more than the replies
    the file holds (a ``--limit``, a download cut short): flagged ``replies-missing`` with ``extra["missing_replies"]``,
    as the Data API's threads are, so such a thread is never presented as whole."""
    shown = {it[ID]: it[EXTRA]["replies_shown"] for it in items if len(it) > EXTRA and it[EXTRA] and "replies_shown" in it[EXTRA]}
    if not shown:
        return
    held: dict[str, int] = {}
    for c in comments:
        if c.parent in shown:
            held[c.parent] = held.get(c.parent, 0) + 1
    for c in comments:
        if c.id in shown and shown[c.id] > held.get(c.id, 0):
            c.flag("replies-missing")
            c.extra["missing_replies"] = shown[c.id] - held.get(c.id, 0)


_SHOWN_COUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)|(\d+(?:\.\d+)?)([KM])")


def _shown_count(votes: Any) -> int | None:
    """youtube-comment-downloader's ``votes``, the like count as YouTube shows it (``"15"``, ``"1,234"``, ``"1.2K"``,
    ``"3M"``), as a number like the API's ``likeCount`` (rounded as shown past a thousand); ``None`` for any other
    form (another language's digits or units): ``votes`` itself is always kept as written."""
    m = _SHOWN_COUNT.fullmatch(votes.strip()) if isinstance(votes, str) else None
    if m is None:
        return None
    plain, number, unit = m.groups()
    if plain is not None:
        return int(plain.replace(",", ""))
    return round(float(number) * (1000 if unit == "K" else 1_000_000))


def _youtube_api(obj: dict[str, Any], where: Any) -> list[Item]:
    kind = obj.get("kind")
    if kind == "youtube#commentThreadListResponse":
        out: list[Item] = []
        for item in obj.get("items") or []:
            out.extend(_youtube_api(_need_dict(item, where), where))
        return out
    if kind == "youtube#commentThread":
        raw_snippet = obj.get("snippet")
        snippet: dict[str, Any] = raw_snippet if isinstance(raw_snippet, dict) else {}
        video = _str(snippet.get("videoId")) or SINGLE
        top = snippet.get("topLevelComment")
        replies = obj.get("replies")
        listed = _array((replies.get("comments") if isinstance(replies, dict) else None), '"replies.comments"', where)
        out = [_youtube_comment(_need_dict(r, where), where, video) for r in listed]
        if isinstance(top, dict):
            out.insert(0, _missing_youtube_replies(_youtube_comment(top, where, video), snippet.get("totalReplyCount"), len(out)))
        return out
    if kind == "youtube#comment":
        return [_youtube_comment(obj, where, SINGLE)]
    raise InputError(f"a YouTube {kind!r} is not a comment thread", where)


def _missing_youtube_replies(top: Item, total: Any, listed: int) -> Item:
    """A thread's top comment, flagged ``replies-missing`` with ``extra["missing_replies"]`` when its
    ``totalReplyCount`` is more than the replies the ``commentThread`` holds: the API gives at most 5 inline ("only a
    subset ... unless the number of items in the list equals snippet.totalReplyCount"; the rest by ``comments.list``
    with ``parentId``), so the thread is not presented as whole."""
    if type(total) is not int or total <= listed:
        return top
    extra = dict(top[EXTRA] or {})
    extra["missing_replies"] = total - listed
    return top[:FLAGS] + ((top[FLAGS] or []) + ["replies-missing"], extra)


def _youtube_comment(obj: dict[str, Any], where: Any, video: str) -> Item:
    cid = as_id(obj.get("id"), '"id"', where)
    snip = obj.get("snippet")
    if cid is None or not isinstance(snip, dict):
        raise InputError('a YouTube comment without "id" or "snippet"', where)
    text = _str(snip.get("textOriginal"))
    if text is None:
        text = html_to_text(_str(snip.get("textDisplay")) or "")
    video = _str(snip.get("videoId")) or video
    link = f"https://www.youtube.com/watch?v={video}&lc={cid}" if video else None
    extra = {"likes": snip["likeCount"]} if isinstance(snip.get("likeCount"), int) else None
    return comment_item(video, where, cid, _str(snip.get("parentId")), _str(snip.get("authorDisplayName")), text,
                        iso_time(snip.get("publishedAt")), link, extra=extra)


# --- Telegram -----------------------------------------------------------------------------------------

#: A Telegram Desktop export's chat types (its "type" field), by which a chat object is told from other JSON.
TELEGRAM_CHATS = frozenset(("personal_chat", "bot_chat", "private_group", "private_supergroup", "public_supergroup",
                            "private_channel", "public_channel", "saved_messages"))
_TELEGRAM_FILE_MISSING = "(File not included"  # what the export writes for a file left out ("... Change data exporting settings")


def telegram(obj: Any, where: Any) -> list[Item]:
    """A Telegram Desktop export (``result.json``, "Export chat history" or "Export Telegram data" as JSON): each chat
    is a thread (its ``name`` the title), its messages the comments, linked by ``reply_to_message_id`` (a discussion
    group under a channel holds the channel's posts and the comments that answer them). Service messages (joins,
    pins) are no one's text and are left out; a message of a file or sticker alone keeps its empty text, the file in
    ``extra``."""
    where = str(where)
    obj = _need_dict(obj, where)
    chats = obj.get("chats")
    if isinstance(chats, dict):
        listed = _array(chats.get("list"), '"chats.list"', where)
        out: list[Item] = []
        for i, chat in enumerate(listed, 1):
            out.extend(_telegram_chat(_need_dict(chat, f"{where} chat {i}"), f"{where} chat {i}"))
        if not out:
            raise InputError("a Telegram export without any chat's messages", where)
        return out
    return _telegram_chat(obj, where)


def _telegram_chat(chat: dict[str, Any], where: str) -> list[Item]:
    messages = _array(chat.get("messages"), '"messages"', where)
    key = as_id(chat.get("id"), '"id"', where) or SINGLE
    out = [meta_item(key, where, _str(chat.get("name")), None, None, None, None)]
    for i, m in enumerate(messages, 1):
        at = f"{where} message {i}"
        messages[i - 1] = None  # let each parsed message go once read: a big group's export is read whole (memory)
        m = _need_dict(m, at)
        if m.get("type", "message") != "message":
            continue
        mid = as_id(m.get("id"), '"id"', at)
        if mid is None:
            raise InputError('a Telegram message without "id"', at)
        unix = m.get("date_unixtime")
        created = iso_time(int(unix)) if isinstance(unix, str) and unix.isdigit() and len(unix) < 12 else iso_time(unix)
        extra: dict[str, Any] = {}
        if created is None and isinstance(m.get("date"), str):
            extra["date"] = m["date"]  # the exporter's local time, no zone: kept as written, not passed off as UTC
        for name in ("from_id", "forwarded_from", "media_type", "sticker_emoji", "via_bot"):
            if isinstance(m.get(name), str):
                extra[name] = m[name]
        edited = m.get("edited_unixtime")
        if isinstance(edited, str) and edited.isdigit() and len(edited) < 12:
            extra["edited"] = iso_time(int(edited))
        attached = [m[k] for k in ("file", "photo") if isinstance(m.get(k), str) and not m[k].startswith(_TELEGRAM_FILE_MISSING)]
        if attached:
            extra["file"] = attached[0]
        out.append(comment_item(key, at, mid, as_id(m.get("reply_to_message_id"), '"reply_to_message_id"', at), _str(m.get("from")),
                                _telegram_text(m.get("text"), at), created, extra=extra or None))
    return out


def _telegram_text(value: Any, where: str) -> str:
    """A message's ``text``: a string, or a list of strings and entities (``{"type": "bold", "text": ...}``) joined;
    a link whose words are not its address keeps the address after them, as ``words (href)``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise InputError(f'a Telegram "text" must be a string or an array, not {_json_type(value)}', where)
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            href = part.get("href")
            parts.append(f"{part['text']} ({href})" if isinstance(href, str) and href != part["text"] else part["text"])
        else:
            raise InputError(f'a Telegram "text" part must be a string or an entity with "text", not {_json_type(part)}', where)
    return "".join(parts)


# --- Instagram ----------------------------------------------------------------------------------------


def instagram(obj: Any, where: Any) -> list[Item]:
    """A top comment of instaloader's ``<post>_comments.json`` (``--comments``: an array of them, newest first) with
    its ``answers`` (replies, one level deep as Instagram shows them): ``id``, ``created_at`` (epoch), ``text``,
    ``owner.username``, ``likes_count``. The file is one post's thread (its caption is in another file); the comments
    are put in the order they were written (:func:`chronological`)."""
    where = str(where)
    top = _need_dict(obj, where)
    out = [_instagram_comment(top, where, None)]
    parent = out[0][ID]
    for i, answer in enumerate(_array(top.get("answers"), '"answers"', where), 1):
        out.append(_instagram_comment(_need_dict(answer, f"{where} answer {i}"), f"{where} answer {i}", parent))
    return out


def _instagram_comment(c: dict[str, Any], where: str, parent: str | None) -> Item:
    cid = as_id(c.get("id"), '"id"', where)
    text = c.get("text")
    if cid is None or not isinstance(text, str):
        raise InputError('an Instagram comment needs "id" and a "text" string', where)
    owner = c.get("owner")
    owner = owner if isinstance(owner, dict) else {}
    extra: dict[str, Any] = {"likes": c["likes_count"]} if type(c.get("likes_count")) is int else {}
    if owner.get("is_verified") is True:
        extra["verified"] = True
    return comment_item(SINGLE, where, cid, parent, _str(owner.get("username")), text, iso_time(c.get("created_at")), extra=extra or None)


def chronological(items: list[Item]) -> list[Item]:
    """Comments in the order they were written (time, then id as a number): instaloader writes the newest first, and
    replies are found where they stand among the comments beside them (a request, then its answer)."""
    return sorted(items, key=lambda it: (it[CREATED] or "", len(it[ID] or ""), it[ID] or ""))


# --- X / Twitter --------------------------------------------------------------------------------------

TWEETS_JS = re.compile(r"\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")


def x(obj: Any, where: Any) -> Item | list[Item]:
    """An archive ``tweets.js`` element (``{"tweet": {...}}``, or the bare tweet of older archives), a v1.1 tweet, or an
    API v2 tweet or response page."""
    if isinstance(obj, list):
        out: list[Item] = []
        for part in _flat(obj, where):
            _extend(out, x(part, where))
        return out
    obj = _need_dict(obj, where)
    if "tweet" in obj and isinstance(obj["tweet"], dict):
        return _x_archive(obj["tweet"], where)
    if "id_str" in obj and ("full_text" in obj or "text" in obj):  # v1.1 (v2 has no id_str)
        return _x_archive(obj, where)
    if "data" in obj:
        users: dict[str, str] = {}
        includes = obj.get("includes")
        for u in (includes.get("users") or []) if isinstance(includes, dict) else []:
            if isinstance(u, dict) and isinstance(u.get("id"), str) and isinstance(u.get("username"), str):
                users[u["id"]] = u["username"]
        listed = _array(includes.get("tweets") if isinstance(includes, dict) else None, '"includes.tweets"', where)
        referenced = {t["id"]: t for t in listed if isinstance(t, dict) and isinstance(t.get("id"), str)}
        data = obj["data"]
        tweets = data if isinstance(data, list) else [data]
        return [_x_v2(_need_dict(t, where), where, users, referenced) for t in tweets]
    return _x_v2(obj, where, {}, {})


def _x_text(text: str) -> str:
    """A tweet's text with X's ``&lt;`` ``&gt;`` ``&amp;`` decoded once: v1.1 and the archive's ``full_text`` and v2's
    ``text`` are written so (as Reddit's are)."""
    return unescape_lt_gt_amp(text) if "&" in text else text


def _x_archive(t: dict[str, Any], where: Any) -> Item:
    tid = as_id(t.get("id_str") or t.get("id"), '"id_str"', where)
    text = _x_v1_text(t)
    if tid is None or not isinstance(text, str):
        raise InputError('a tweet without "id_str" or "full_text"', where)
    text, flags = _x_retweet(_x_text(text), t.get("retweeted_status"))
    parent = _str(t.get("in_reply_to_status_id_str"))
    user = t.get("user")
    author = _str(user.get("screen_name")) if isinstance(user, dict) else None
    extra = _shallow({k: t[k] for k in ("in_reply_to_screen_name", "favorite_count", "retweet_count") if k in t}, where)
    return comment_item(SINGLE, where, tid, parent, author, text, iso_time(t.get("created_at")),
                        f"https://x.com/i/web/status/{tid}", flags=flags, extra=extra or None)


def _x_v1_text(t: dict[str, Any]) -> Any:
    """A v1.1 / archive tweet's whole text, as written: ``full_text``, or ``text`` (cut at 140 characters when
    ``truncated``) unless ``extended_tweet.full_text`` (the streaming API's long tweet) holds the whole."""
    extended = t.get("extended_tweet")
    if isinstance(extended, dict) and isinstance(extended.get("full_text"), str):
        return extended["full_text"]
    return t.get("full_text", t.get("text"))


def _x_retweet(text: str, original: Any) -> tuple[str, list[str] | None]:
    """A v1.1 / archive retweet's text: ``RT @name: `` and the original's whole text where the record holds it
    (``retweeted_status``: a v1.1 tweet; the archive has none), as its ``full_text`` is cut at 140 characters with
    ``…``. Flags: ``retweet``, and ``truncated`` where the cut text is all there is."""
    if not text.startswith("RT @"):
        return text, None
    if isinstance(original, dict):
        full, user = _x_v1_text(original), original.get("user")
        name = _str(user.get("screen_name")) if isinstance(user, dict) else None
        if isinstance(full, str) and name:
            return f"RT @{name}: {_x_text(full)}", ["retweet"]
    return text, ["retweet", "truncated"] if text.endswith("…") else ["retweet"]


def _x_v2(t: dict[str, Any], where: Any, users: dict[str, str], referenced: dict[str, Any]) -> Item:
    tid = as_id(t.get("id"), '"id"', where)
    text = t.get("text")
    if tid is None or not isinstance(text, str):
        raise InputError('a tweet without "id" or "text"', where)
    parent = retweeted = None
    for ref in _array(t.get("referenced_tweets"), '"referenced_tweets"', where):
        if isinstance(ref, dict) and ref.get("type") == "replied_to":
            parent = as_id(ref.get("id"), '"referenced_tweets" id', where)
        elif isinstance(ref, dict) and ref.get("type") == "retweeted":
            retweeted = _str(ref.get("id"))
    text, flags = _x_v2_text(t, text), None
    if retweeted is not None:
        text, flags = _x_v2_retweet(text, referenced.get(retweeted), users)
    author_id = _str(t.get("author_id"))
    author = users.get(author_id or "", author_id)
    extra: dict[str, Any] | None = {"author_id": author_id} if author_id and author != author_id else None
    conv = as_id(t.get("conversation_id"), '"conversation_id"', where) or tid
    return comment_item(conv, where, tid, parent, author, text, iso_time(t.get("created_at")),
                        f"https://x.com/i/web/status/{tid}", flags=flags, extra=extra)


def _x_v2_text(t: dict[str, Any], text: str) -> str:
    """A v2 tweet's whole text: a long post's ``text`` is cut near 280 characters, the whole in ``note_tweet.text``
    (there when the export asked for ``tweet.fields=note_tweet``; twarc#702)."""
    note = t.get("note_tweet")
    full = note.get("text") if isinstance(note, dict) else None
    return _x_text(full if isinstance(full, str) and full else text)


def _x_v2_retweet(text: str, original: Any, users: dict[str, str]) -> tuple[str, list[str]]:
    """A v2 retweet (``referenced_tweets`` ``retweeted``): its ``text`` is ``RT @name: `` and the original cut with
    ``…``; the original's whole text where the page includes it (``includes.tweets``), else flagged ``truncated``."""
    if isinstance(original, dict) and isinstance(original.get("text"), str):
        name = users.get(_str(original.get("author_id")) or "")
        full = _x_v2_text(original, original["text"])
        if name:
            return f"RT @{name}: {full}", ["retweet"]
    return text, ["retweet", "truncated"] if text.endswith("…") else ["retweet"]


# --- 4chan --------------------------------------------------------------------------------------------

_QUOTE = re.compile(r"(?:>|&gt;)(?:>|&gt;)(\d{1,20})(?!\d)")


def fourchan(obj: Any, where: str) -> list[Item]:
    """A 4chan thread (``{"posts": [...]}``): the opening post is the article, replies link by ``>>no`` quotes."""
    where = str(where)
    obj = _need_dict(obj, where)
    posts = obj.get("posts")
    if not isinstance(posts, list) or not posts:
        raise InputError('a 4chan thread needs a non-empty "posts" array', where)
    op = _need_dict(posts[0], f"{where} post 1")
    op_no = as_id(op.get("no"), '"no"', where)
    if op_no is None:
        raise InputError('a 4chan post without "no"', where)
    numbers = {str(p.get("no")) for p in posts if isinstance(p, dict)}
    board = _str(obj.get("board"))
    link = f"https://boards.4chan.org/{board}/thread/{op_no}" if board else None
    title = _str(op.get("sub"))
    out = [meta_item(op_no, where, html_to_text(title) if title else None, link, html_to_text(_str(op.get("com")) or "") or None,
                     board, iso_time(op.get("time")))]
    for i, p in enumerate(posts[1:], 2):
        at = f"{where} post {i}"
        p = _need_dict(p, at)
        no = as_id(p.get("no"), '"no"', at)
        if no is None:
            raise InputError('a 4chan post without "no"', at)
        com = _str(p.get("com")) or ""
        quoted = [q for q in _QUOTE.findall(com) if q in numbers and q not in (no, op_no)]
        extra = _fourchan_extra(p)
        if len(quoted) > 1:
            extra["quotes"] = quoted
        out.append(comment_item(op_no, at, no, quoted[0] if quoted else None, _fourchan_author(p), html_to_text(com),
                                iso_time(p.get("time")), f"{link}#p{no}" if link else None, extra=extra or None))
    return out


def _fourchan_author(post: dict[str, Any]) -> str | None:
    """``name`` + ``trip``, and the poster ``id`` as 4chan shows it (``Anonymous (ID: Ab12Cd34)``): on boards with
    poster ids nearly everyone is "Anonymous", and the id is what tells one poster of the thread from another."""
    author = _str(post.get("name"))
    trip, poster = _str(post.get("trip")), _str(post.get("id"))
    if trip:
        author = (author or "") + trip
    if poster:
        author = f"{author or 'Anonymous'} (ID: {poster})"
    return author


def _fourchan_extra(post: dict[str, Any]) -> dict[str, Any]:
    """What a post says beside its text: ``capcode`` (a moderator's post), ``country``, and its file (``filename`` +
    ``ext``): an image-only post has no ``com`` and so no text, its file is what it posted."""
    extra = {k: post[k] for k in ("capcode", "country") if isinstance(post.get(k), str)}
    name, ext = _str(post.get("filename")), _str(post.get("ext"))
    if name is not None and ext is not None:
        extra["file"] = html_to_text(name) + ext
    return extra


# --- Facebook -----------------------------------------------------------------------------------------


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo Facebook's UTF-8-read-as-Latin-1 export encoding, only where that round-trips."""
    if text.isascii():
        return text, False
    try:
        fixed = text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, False
    return fixed, fixed != text


def facebook(obj: Any, where: str) -> list[Item]:
    """A Facebook ``comments_v2`` export: the account's comments, each on a post that is not in the export."""
    where = str(where)
    if isinstance(obj, list):
        out: list[Item] = []
        for part in _flat(obj, where):
            out.extend(facebook(part, where))
        return out
    obj = _need_dict(obj, where)
    entries = obj.get("comments_v2", obj.get("comments"))
    if not isinstance(entries, list):
        raise InputError('a Facebook export needs a "comments_v2" array', where)
    out = []
    for i, entry in enumerate(entries, 1):
        _extend(out, _facebook_entry(_need_dict(entry, f"{where} comment {i}"), i, f"{where} comment {i}"))
    return out


def _facebook_entry(entry: dict[str, Any], i: int, at: str) -> list[Item]:
    """The comments of one ``comments_v2`` entry. Its ``title`` ("A replied to B's comment.") is the only trace of
    what it answers (the export has no ids to link replies): kept in ``extra``. A sticker, photo or GIF comment has
    an empty ``comment`` (or no ``data``) and its file under ``attachments``: kept, the files in
    ``extra["attachments"]``, never left out."""
    title = _str(entry.get("title"))
    data, files = entry.get("data") or [], entry.get("attachments") or []
    if not isinstance(data, list) or not isinstance(files, list):
        raise InputError('a Facebook comment whose "data" or "attachments" is not an array', at)
    attachments = _facebook_attachments(files)
    inner = [d["comment"] for d in data if isinstance(d, dict) and isinstance(d.get("comment"), dict)]
    if not inner and attachments:
        inner = [{}]
    out = []
    for j, comment in enumerate(inner, 1):
        text, fixed_text = repair_mojibake(_str(comment.get("comment")) or "")
        raw_author = _str(comment.get("author"))
        author, fixed_author = repair_mojibake(raw_author) if raw_author else (None, False)
        extra: dict[str, Any] = {"title": repair_mojibake(title)[0]} if title else {}
        if attachments:
            extra["attachments"] = attachments
        ts = comment.get("timestamp", entry.get("timestamp"))
        cid = f"{ts}-{i}" if isinstance(ts, int) else str(i)
        out.append(comment_item(SINGLE, at, cid if j == 1 else f"{cid}.{j}", None, author, text, iso_time(ts),
                                extra=extra or None, flags=["mojibake-repaired"] if fixed_text or fixed_author else None))
    return out


def _facebook_attachments(value: list[Any]) -> list[str]:
    """The files and links of an entry's ``attachments`` (``[{"data": [{"media": {"uri"}}, {"external_context":
    {"url"}}]}]``), names repaired like the text."""
    found = []
    for part in value:
        for d in (part.get("data") or []) if isinstance(part, dict) else []:
            for key, field in (("media", "uri"), ("external_context", "url")):
                inner = d.get(key) if isinstance(d, dict) else None
                if isinstance(inner, dict) and isinstance(inner.get(field), str):
                    found.append(repair_mojibake(inner[field])[0])
    return found


# --- mapped fields (CSV, JSON arrays, JSONL) ----------------------------------------------------------

FIELD_NAMES = ("id", "parent", "author", "text", "time", "thread", "permalink", "title")


def _lookup(obj: dict[str, Any], path: str) -> Any:
    if path in obj:
        return obj[path]
    value: Any = obj
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


#: Field names that usually hold a comment's text (Reddit's data export "body", "message", "content"...):
#: named in the error when the text field is missing, never taken silently.
_TEXT_LIKE = frozenset(("body", "comment", "comment_body", "message", "content", "text_original", "textoriginal",
                        "full_text", "tweet", "post", "reply"))


def mapped(fields: dict[str, str]) -> Converter:
    """A converter for records whose keys are named by ``fields`` (``id=comment_id,text=body,...``)."""
    mapping = {k: fields.get(k, k) for k in FIELD_NAMES}
    used = set(mapping.values())
    counter = [0]

    def convert(obj: Any, where: Any) -> Item:
        obj = _need_dict(obj, where)
        counter[0] += 1
        text = _lookup(obj, mapping["text"])
        if text is None:
            like = next((k for k in obj if k.lower().replace(" ", "_") in _TEXT_LIKE), None)
            how = f'the record has "{like}": map it with --fields text="{like}"' if like else "map it with --fields text=NAME"
            raise InputError(f'no text field "{mapping["text"]}"; {how}', where)
        if not isinstance(text, str):
            text = str(text)
        raw_id = _lookup(obj, mapping["id"])
        cid = as_id(raw_id, f'"{mapping["id"]}"', where) if raw_id not in (None, "") else str(counter[0])
        assert cid is not None
        parent = _lookup(obj, mapping["parent"])
        parent_id = as_id(parent, f'"{mapping["parent"]}"', where) if parent not in (None, "", 0, "0") else None
        author = _lookup(obj, mapping["author"])
        thread = _lookup(obj, mapping["thread"])
        thread_id = as_id(thread, f'"{mapping["thread"]}"', where) if thread not in (None, "") else SINGLE
        raw_time = _lookup(obj, mapping["time"])
        extra = _shallow({k: v for k, v in obj.items() if k not in used}, where)
        created = iso_time(raw_time)
        if raw_time is not None and created is None:
            extra["time"] = raw_time
        return comment_item(thread_id or SINGLE, where, cid, parent_id, None if author in (None, "") else str(author), text, created,
                            _str(_lookup(obj, mapping["permalink"])), extra=extra or None)

    return convert
