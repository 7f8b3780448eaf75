"""Thread readers: platform exports, JSONL, CSV, Disqus XML and plain-text page dumps -> :class:`Thread` s.

The contract the rest of the project calls:

- :func:`iter_threads` yields the threads of one input (a path or bytes) one at a time, memory bounded
  by the largest thread (plus a fixed budget) for NDJSON and ``.zst`` dumps;
- :func:`read` returns the one thread of a single-thread input;
- :data:`FORMATS`, :func:`parse_fields` and :func:`expand_inputs` back the CLI's ``--input-format``,
  ``--fields`` and file/glob arguments. See docs/READERS.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import contextmanager
import glob
import itertools
import os
import re
import stat
from typing import Any, Callable, Generator, Iterable, Iterator

from ..errors import InputError, Skipped
from .decode import decode, refuse_binary, refuse_endless, sniff_bom, text_encoding
from .html import is_mhtml, is_page, page_text
from .model import Comment, Thread

__all__ = [
    "Comment", "Thread", "FORMATS", "iter_threads", "read", "read_string", "detect_format", "parse_fields",
    "expand_inputs", "reading_jobs",
]

FORMATS: tuple[str, ...] = (
    "auto", "text", "jsonl", "disqus", "wordpress", "reddit", "youtube", "x", "4chan", "facebook", "telegram", "instagram", "bluesky", "mastodon",
    "discord", "hackernews", "csv", "tsv", "json",
)
PLATFORMS = ("reddit", "youtube", "x", "4chan", "facebook", "telegram", "instagram", "bluesky", "mastodon", "discord", "hackernews")
_XML_START = re.compile(r"<\?xml\b|<!DOCTYPE\s+disqus\b", re.IGNORECASE)
_FIELD_SPEC = re.compile(r"\s*([a-z]+)\s*=\s*([^,=]+?)\s*")

Source = str | os.PathLike[str] | bytes


# --- small public helpers -----------------------------------------------------------------------------


def parse_fields(spec: str) -> dict[str, str]:
    """``"id=comment_id,text=body"`` -> ``{"id": "comment_id", "text": "body"}`` (names: see ``FIELD_NAMES``)."""
    from .platforms import FIELD_NAMES

    out: dict[str, str] = {}
    if not spec.strip():
        raise InputError("empty --fields mapping (expected NAME=COLUMN,...)", "--fields")
    for part in spec.split(","):
        m = _FIELD_SPEC.fullmatch(part)
        if not m:
            raise InputError(f"bad --fields entry {part.strip()!r} (expected NAME=COLUMN)", "--fields")
        key, column = m.groups()
        if key not in FIELD_NAMES:
            raise InputError(f"unknown field {key!r} in --fields (choose from {', '.join(FIELD_NAMES)})", "--fields")
        if key in out:
            raise InputError(f"field {key!r} is mapped twice in --fields", "--fields")
        out[key] = column
    return out


def expand_inputs(patterns: list[str]) -> list[str]:
    """Paths from file names and glob patterns, in order, each once; a pattern matching nothing is an error. A name
    that is a file is that file, however it looks (a download saved as ``comments[1].json``)."""
    out: list[str] = []
    seen: set[str] = set()
    for pattern in patterns:
        if glob.has_magic(pattern) and not os.path.isfile(pattern):
            matches = sorted(p for p in glob.glob(pattern, recursive=True) if not os.path.isdir(p))
            if not matches:
                raise InputError("no file matches this pattern", pattern)
        else:
            if not os.path.exists(pattern):
                raise InputError("no such file", pattern)
            matches = [pattern]
        for m in matches:
            if m not in seen:
                seen.add(m)
                out.append(m)
    return out


# --- input access: a path / bytes (streamed) or an already-decoded string -----------------------------


class _Input:
    """One input, read as little as needed: a head for detection, lines as a stream, or the whole text."""

    def __init__(self, source: Source | None, text: str | None, name: str, encoding: str | None, errors: str) -> None:
        if encoding is not None:
            encoding = text_encoding(encoding, errors)  # one line for a codec that cannot read text
        self.source, self.text, self.name, self.encoding, self.errors = source, text, name, encoding, errors
        self._head: str | None = None
        self._whole: str | None = text
        self._doc: tuple[Any] | None = None
        self.head_complete = False  # whether head() holds the whole input

    def head(self) -> str:
        if self._head is None:
            if self.text is not None:
                self._head = self.text[:65536]
                self.head_complete = len(self.text) <= 65536
            else:
                from .source import HEAD_BYTES, head

                assert self.source is not None
                raw = head(self.source, self.name)
                self.head_complete = len(raw) < HEAD_BYTES
                if not raw.strip():
                    raise InputError("empty input", self.name)
                refuse_binary(raw, self.encoding, self.name)
                # A lenient decode is enough to tell the format; the real decode reports bad bytes.
                self._head = _lenient(raw, self.encoding)
        return self._head

    def whole(self) -> str:
        if self._whole is None:
            from .source import read_all

            assert self.source is not None
            data = read_all(self.source, self.name)
            if not data.strip():
                raise InputError("empty input", self.name)
            self._whole = decode(data, self.encoding, self.errors, self.name)
        return self._whole

    def streamable(self) -> bool:
        """Lines can be parsed from the raw bytes (UTF-8: no UTF-16 or UTF-32 byte-order mark)."""
        if self.text is not None or self.encoding not in (None, "utf-8", "utf8", "UTF-8"):
            return False
        assert self.source is not None
        from .source import head

        return sniff_bom(head(self.source, self.name, 4), None)[0] == "utf-8"

    def json_lines(self) -> Iterator[tuple[str, Any]]:
        """``(location, value)`` for each non-blank line of a streamed UTF-8 JSON Lines input read with a lenient
        ``errors`` (strict and decoded inputs go through :func:`_line_items`): a value with a lone surrogate is
        wrapped in :class:`~.source.Dirty`; a bad line is its :class:`InputError`, so the stream goes on with --skip-bad."""
        from .source import lines, parse_line

        assert self.source is not None
        name = self.name
        for lineno, offset, line, last in lines(self.source, name):
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line, offset = line[3:], offset + 3
            if not line.strip():
                continue
            try:
                line = line.decode("utf-8", self.errors).encode("utf-8", "surrogatepass")  # noqa
            except LookupError:
                raise InputError(f"unknown error handler {self.errors!r}", name) from None
            where = f"{name}:{lineno}"
            try:
                value = parse_line(line, where, offset, last)
            except InputError as exc:  # handed on as a value: the stream goes on with --skip-bad
                value = exc
            yield where, value

    def first_lines(self) -> tuple[str, str]:
        """The first two non-blank lines, each whole however long (``""`` for a second that is not there): the first
        tells JSON Lines from one document, the second the format when the first is a bad record (--skip-bad)."""
        if self.text is not None or not self.streamable():
            text = self.whole().lstrip("\ufeff \t\r\n")
            first, _, rest = text.partition("\n")
            return first, rest.lstrip(" \t\r\n").partition("\n")[0]
        from .source import chunks

        assert self.source is not None
        # The blocks scanned once, a line's pieces joined once: a one-line document of 50 MB (a JSON export saved
        # without indentation) took 2.5 s when each block was joined to the line so far and split again.
        current: list[bytes] = []  # the pieces of the line being read
        found: list[bytes] = []
        bom = b"\xef\xbb\xbf"  # skipped at the start of line 1
        for block in chunks(self.source, self.name):
            pos = 0
            while (nl := block.find(b"\n", pos)) >= 0:
                current.append(block[pos:nl])
                line, current, pos = b"".join(current).removeprefix(bom), [], nl + 1
                bom = b""
                if line.strip():
                    found.append(line)
                    if len(found) == 2:
                        return _lenient(found[0], None), _lenient(found[1], None)
            current.append(block[pos:])
        last = b"".join(current).removeprefix(bom)
        if last.strip():
            found.append(last)
        found += [b"", b""]
        return _lenient(found[0], None), _lenient(found[1], None)

    def json_document(self) -> Any:
        """The input as one JSON value (an X archive's ``window.YTD... =`` prefix is skipped), parsed once.

        A value holding a lone surrogate comes back wrapped in :class:`~.source.Dirty`; an error names the
        file's line and the column."""
        from .platforms import TWEETS_JS
        from .source import JSONError, at_the_end, parse_json

        if self._doc is not None:
            return self._doc[0]
        parsed = self._json_bytes()
        if parsed:
            self._doc = parsed
            return parsed[0]
        text = self.whole().lstrip("\ufeff")
        lines_before = columns_before = 0
        m = TWEETS_JS.match(text)
        if m:
            lines_before = text.count("\n", 0, m.end())
            columns_before = m.end() - (text.rfind("\n", 0, m.end()) + 1)
            text = text[m.end():].rstrip().rstrip(";")
        try:
            value = parse_json(text, self.name, mark_dirty=True)
        except JSONError as exc:
            line, column, detail = at_the_end(text, exc)
            if column is not None and line == 1:
                column += columns_before
            at = f" (column {column})" if column is not None else ""
            raise InputError(f"malformed JSON: {detail}{at}", f"{self.name}:{line + lines_before}") from None
        self._doc = (value,)
        return value


    def _json_bytes(self) -> tuple[Any] | None:
        """``(value,)`` of a UTF-8 file parsed by orjson from its bytes, ``None`` when that fails (then the text path
        says why, or reads what only it reads: lone surrogates, NaN, an X archive's prefix).

        Memory: decoding a 100 MB export to a str first held the bytes, the str (2 bytes a character once one Arabic
        letter is in it) and the UTF-8 copy orjson makes of a str to parse it, beside the parsed value: 764 MiB peak for
        a 102 MB DiscordChatExporter file."""
        if self.text is not None or self._whole is not None or not self.streamable():
            return None
        from .source import read_all

        assert self.source is not None
        import orjson

        data = read_all(self.source, self.name)
        try:
            return (orjson.loads(memoryview(data)[3:] if data.startswith(b"\xef\xbb\xbf") else data),)
        except ValueError:
            return None


def _lenient(raw: bytes, encoding: str | None) -> str:
    """The head ``raw`` decoded as :func:`.decode.decode` would decode the whole (the same byte-order
    marks: UTF-32 ones included, which read as UTF-16 would hide a JSON file's ``{``), bad bytes replaced."""
    encoding, bom_len = sniff_bom(raw, encoding)
    raw = raw[bom_len:]
    try:
        return raw.decode(encoding, "replace").lstrip("\ufeff")
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", "--encoding") from None
    except UnicodeError:  # a codec that takes no 'replace' (idna, punycode)
        try:
            return raw.decode(encoding, "strict").lstrip("\ufeff")
        except UnicodeError as exc:
            raise InputError(f"the input cannot be decoded as {encoding}: {getattr(exc, 'reason', exc)}", "--encoding") from None


# --- detection ----------------------------------------------------------------------------------------

_REASONS = {
    "reddit": 'Reddit: no "link_id"/"parent_id" or "kind": "Listing"',
    "youtube": 'YouTube: no "cid", "kind": "youtube#..." or yt-dlp\'s "extractor" and "webpage_url"',
    "x": 'X: no "tweet", "conversation_id" or "referenced_tweets"',
    "4chan": '4chan: no "posts" with "no"',
    "facebook": 'Facebook: no "comments_v2"',
    "telegram": 'Telegram: no "messages" of a chat or "chats"',
    "instagram": 'Instagram: no comments with "owner" and "answers" (instaloader)',
    "bluesky": 'Bluesky: no "thread" of getPostThread ("$type" app.bsky.feed.defs#..., or a "post" with an at:// "uri")',
    "mastodon": 'Mastodon: no status ("account", "content", "spoiler_text") or context ("ancestors", "descendants")',
    "discord": 'Discord: no "guild", "channel" and "messages" (DiscordChatExporter)',
    "hackernews": 'Hacker News: no item ("type" story/comment, "id", "time", "by"/"parent"/"kids") nor Algolia tree ("children", "created_at_i")',
    "jsonl": 'JSONL: no "id" and "text"',
}


def _telegram_chat(obj: dict[str, Any]) -> bool:
    """Whether ``obj`` is a chat of a Telegram Desktop export (its chat type, or messages with Telegram's own fields)."""
    messages = obj.get("messages")
    if not isinstance(messages, list):
        return False
    from .platforms import TELEGRAM_CHATS

    first = messages[0] if messages else None
    return obj.get("type") in TELEGRAM_CHATS or (isinstance(first, dict) and ("date_unixtime" in first or "from_id" in first))


def _json_platform(obj: Any, depth: int = 0) -> str | None:
    """The format a JSON value belongs to, from its keys; ``None`` when nothing matches."""
    if depth > 4:  # a few levels of "data" / arrays are enough; deeper nesting is no known format
        return None
    if isinstance(obj, list):
        if obj and all(isinstance(o, dict) and o.get("kind") == "Listing" for o in obj[:2]):
            return "reddit"
        first = next((o for o in obj[:1] if isinstance(o, dict)), None)
        if first is None:
            return None
        return _json_platform(first, depth + 1)
    if not isinstance(obj, dict):
        return None
    kind = obj.get("kind")
    if kind in ("Listing", "t1", "t3") or "link_id" in obj or ("subreddit" in obj and ("body" in obj or "title" in obj)):
        return "reddit"
    if "cid" in obj or (isinstance(kind, str) and kind.startswith("youtube#")):
        return "youtube"
    if ("extractor_key" in obj or "extractor" in obj) and "webpage_url" in obj:  # platforms.is_yt_dlp, without importing it
        return "youtube"
    if "tweet" in obj or "conversation_id" in obj or "referenced_tweets" in obj or ("id_str" in obj and "full_text" in obj):
        return "x"
    data = obj.get("data")
    if isinstance(data, (list, dict)) and _json_platform(data, depth + 1) == "x":
        return "x"
    posts = obj.get("posts")
    if isinstance(posts, list) and posts and isinstance(posts[0], dict) and "no" in posts[0]:
        return "4chan"
    if "comments_v2" in obj:
        return "facebook"
    if _telegram_chat(obj) or (isinstance(obj.get("chats"), dict) and "list" in obj["chats"]):
        return "telegram"
    if "answers" in obj and isinstance(obj.get("owner"), dict) and "text" in obj:  # instaloader's --comments
        return "instagram"
    from .hackernews import is_algolia, is_firebase

    if is_firebase(obj) or is_algolia(obj):  # before JSONL: an item's "id" and "text" (its type, time and parent are HN's)
        return "hackernews"
    if "id" in obj and isinstance(obj.get("text"), str):  # the project's JSONL, as it was before the formats below came
        return "jsonl"
    from .social import is_bluesky, is_discord, is_mastodon
    from .streams import is_jetstream, is_mastodon_event

    if is_bluesky(obj) or is_jetstream(obj):
        return "bluesky"
    if is_mastodon(obj) or is_mastodon_event(obj):
        return "mastodon"
    if is_discord(obj):
        return "discord"
    if "id" in obj and "text" in obj:
        return "jsonl"
    return None


def _json_shape(inp: _Input) -> tuple[str, Any]:
    """``("lines", first record)`` for JSON Lines, ``("document", value)`` for one JSON document.

    JSON Lines when the first line is a whole object, however long (a first line past the 64 kB head is
    read to its end), or a whole JSON value refused for its content (``1e999``: then the first good line
    tells the format, and the line reader names the bad line); also when the file is no one document but
    its first line is broken and its second a whole object (so --skip-bad can read on)."""
    from .source import JSONError, parse_json

    whole_head = inp.head()
    head = whole_head.lstrip("\ufeff \t\r\n")
    first, newline, rest = head.partition("\n")
    if not first.strip().startswith("{"):
        return "document", inp.json_document()
    if not (newline and "\n" in rest.lstrip(" \t\r\n")) and not inp.head_complete:  # the head ends inside one of the first two lines
        first, rest = inp.first_lines()
        if not rest.strip():
            return "document", inp.json_document()
    lineno = whole_head.count("\n", 0, len(whole_head) - len(head)) + 1
    try:
        value = parse_json(first, f"{inp.name}:{lineno}")
    except JSONError as exc:
        if not exc.syntax:
            for line in rest.split("\n"):
                if line.strip():
                    try:
                        later = parse_json(line, inp.name)
                    except InputError:
                        continue
                    if isinstance(later, dict):
                        return "lines", later
            raise
        value = None
    if isinstance(value, dict):
        return "lines", value
    try:
        return "document", inp.json_document()
    except InputError:
        if value is None:
            second = next((line for line in rest.split("\n") if line.strip()), "")
            try:
                later = parse_json(second, inp.name) if second.strip().startswith("{") else None
            except InputError:
                later = None
            if isinstance(later, dict):
                return "lines", later
        raise


def detect_format(text: str) -> str:
    """The format of already-decoded ``text`` (see :func:`iter_threads` for the rules)."""
    return _detect(_Input(None, text, "<input>", None, "strict"), None)[0]


#: File name endings (before a compression suffix) that promise structured data: such a file whose
#: content is no JSON (or no table) is a wrong file or a broken export, not a page dump.
_STRUCTURED_SUFFIX = re.compile(r"\.(json|jsonl|ndjson|csv|tsv)(?:\.(?:zst|gz))?$", re.IGNORECASE)


def _as_text(inp: _Input) -> tuple[str, None]:
    """The plain-text page dump, unless the input's name promises JSON or a table: then an error, not a
    silent read as an article with no comments."""
    named = _STRUCTURED_SUFFIX.search(inp.name)
    if named:
        inp.whole()  # bytes that are no text at all are the first thing to say (with their offset)
        kind = named.group(1).lower()
        if kind in ("csv", "tsv"):
            what, forced = "no table was found in it", f"--input-format {kind} (with --fields to name its columns), or "
        else:
            what, forced = "it holds no JSON", ""
        raise InputError(
            f"named .{kind} but {what} (it would read as a plain-text page dump); use {forced}--input-format text "
            "to read it as a page dump", inp.name)
    return "text", None


def _detect(inp: _Input, fields: dict[str, str] | None) -> tuple[str, str | None]:
    """``(format, shape)``; shape is ``"lines"``/``"document"`` for JSON formats."""
    head = inp.head().lstrip("\ufeff \t\r\n")
    if head.startswith("window.YTD."):
        return "x", "document"
    if head.startswith("<"):
        start = head[:2048]
        from .wordpress import is_wordpress

        if is_wordpress(head[:8192]):
            return "wordpress", None
        if "<disqus" in start or _XML_START.match(start):
            return "disqus", None
        if is_page(head):
            raise InputError(
                "an HTML page saved from a browser, not a comment export; use the platform's export "
                "(or --input-format text to read the page's text, its markup, scripts and styles left out)", inp.name)
        return _as_text(inp)
    if is_mhtml(head):
        raise InputError(
            "an MHTML web archive saved from a browser (\"Webpage, Single File\"), not a comment export; use the "
            "platform's export (or --input-format text to read the page's text, its markup, scripts and styles left out)",
            inp.name)
    if head.startswith(("{", "[")):
        shape, value = _json_shape(inp)
        if fields is not None:
            return "json", shape
        fmt = _json_platform(value)
        if fmt is None:
            tried = "; ".join(_REASONS.values())
            raise InputError(
                f"looks like JSON but matches no known comment format ({tried}); "
                "use --input-format json --fields id=...,text=...", inp.name)
        return fmt, shape
    from .tabular import sniff

    if fields is not None or sniff(head[:65536], inp.head_complete) is not None:
        return ("tsv" if "\t" in head.partition("\n")[0] else "csv"), None
    return _as_text(inp)


# --- reading ------------------------------------------------------------------------------------------


#: Told of a thread that cannot be read (its id and the error) by :func:`iter_threads`.
BadThread = Callable[[str, InputError], None]


def iter_threads(
    source: Source,
    input_format: str = "auto",
    *,
    fields: dict[str, str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    skip_bad: bool = False,
    on_bad_thread: BadThread | None = None,
    name: str | None = None,
) -> Iterator[Thread]:
    """Yield each thread of ``source`` (a path, plain/.zst/.gz, or bytes), detected or forced by ``input_format``.

    NDJSON dumps are streamed and grouped by thread in bounded memory (see :mod:`.group`). Errors are
    :class:`InputError` with a location; ``skip_bad`` skips bad records with a warning on the thread. A stream
    may raise after its first threads (a WordPress export broken in a later post): each thread yielded is whole,
    and the error names the file and the place; :func:`read` and the CLI's outputs hold nothing of such an input.
    ``on_bad_thread(thread id, error)``, when given, takes a thread of a JSON or table input whose comments
    cannot form a tree (a reply cycle, a duplicate id), and the reading goes on with the next thread
    (the corpus lists it in errors.jsonl instead of losing the input's other threads). ``name`` is what
    errors call the input (default: its path, or ``<bytes>``; the CLI passes ``<stdin>``).
    """
    if name is None:
        name = _source_name("iter_threads", source)
    _check_reading("iter_threads", fields, errors)
    yield from _iter(_Input(_read_once(source, name), None, name, encoding, errors), input_format, fields, skip_bad,
                     on_bad_thread)


def _read_once(source: Source, name: str) -> Source:
    """``source``, or the bytes of a path that can be read only once (a FIFO, a process substitution such as
    ``<(zstdcat dump.zst)``, ``/dev/stdin``): the reader opens a path again after its head, and a pipe's second
    open waits for a writer that has gone, for good."""
    if isinstance(source, bytes):
        return source
    try:
        mode = os.stat(source).st_mode
    except OSError:
        return source  # missing or unreadable: opening it says which, in one line
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return source
    try:
        with open(source, "rb") as f:
            refuse_endless(f, name)
            return f.read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None


def _iter(inp: _Input, input_format: str, fields: dict[str, str] | None, skip_bad: bool,
          on_bad: BadThread | None = None) -> Iterator[Thread]:
    if input_format not in FORMATS:
        raise InputError(f"unknown format {input_format!r} (choose from {', '.join(FORMATS)})", inp.name)
    if not inp.head().strip("\ufeff \t\r\n"):
        raise InputError("empty input", inp.name)
    if input_format == "auto":
        fmt, shape = _detect(inp, fields)
    else:
        fmt, shape = input_format, None
    if fmt == "text":
        from .textdump import read_text

        t = read_text(page_text(inp.whole()))
        _finish_text(t)
        yield t
        return
    if fmt in ("disqus", "wordpress"):
        from .disqus import iter_disqus
        from .wordpress import iter_wordpress

        read_xml = iter_disqus if fmt == "disqus" else iter_wordpress
        if inp.text is not None or inp._whole is not None:
            yield from read_xml(inp.whole(), inp.name, skip_bad)
        else:
            from .source import text_chunks

            assert inp.source is not None
            yield from read_xml(text_chunks(inp.source, inp.name, inp.encoding, inp.errors), inp.name, skip_bad)  # a stream
        return
    from .platforms import Converter, facebook, fourchan, instagram, mapped, native, reddit, telegram, x, youtube
    from .social import bluesky, discord, mastodon

    if fmt in ("csv", "tsv"):
        from .clean import has_surrogates
        from .source import Dirty
        from .tabular import rows

        convert = mapped(fields or {})
        text = inp.whole()
        # Only a given string or a surrogate-producing --errors handler can put lone surrogates into decoded text.
        if (inp.text is not None or inp.errors not in _NO_SURROGATES) and has_surrogates(text):
            yield from _group(((w, Dirty(r) if type(r) is dict else r) for w, r in rows(text, inp.name, fmt == "tsv")), convert, fmt,
                              inp.name, skip_bad, "flag", on_bad)
        else:
            yield from _group(rows(text, inp.name, fmt == "tsv"), convert, fmt, inp.name, skip_bad, "flag", on_bad)
        return
    converters: dict[str, Converter] = {
        "reddit": reddit, "youtube": youtube, "x": x, "4chan": fourchan, "facebook": facebook, "telegram": telegram, "instagram": instagram,
        "bluesky": bluesky, "mastodon": mastodon, "discord": discord,
        "jsonl": native,
    }
    convert = mapped(fields or {}) if fmt == "json" else converters.get(fmt, native)  # hackernews: its stream, below
    if shape is None:
        head = inp.head().lstrip("\ufeff \t\r\n")
        shape = "document" if head.startswith(("[", "window.YTD.")) else _json_shape(inp)[0] if head.startswith("{") else "lines"
    orphans = ("warn" if skip_bad else "error") if fmt == "jsonl" else "flag"
    stream: Any = None
    if shape == "lines" and fmt in ("bluesky", "mastodon"):  # Jetstream events, a status a line: kept across lines
        from .streams import BlueskyStream, MastodonStream

        convert = stream = BlueskyStream() if fmt == "bluesky" else MastodonStream()
    elif fmt == "hackernews":  # items a line or an array of them (an Algolia tree goes to its own converter)
        from .streams import HackerNewsStream

        convert = stream = HackerNewsStream()
    if shape == "lines":
        blocks: Iterator[bytes] | list[str] | None = None
        cut = None
        if inp.text is not None or not inp.streamable():
            blocks = [inp.whole()]  # decoded text (a given string, UTF-16, another --encoding)
        elif inp.errors == "strict":
            from .source import chunks, range_chunks

            assert inp.source is not None
            cut = _cut(inp, fmt)
            # UTF-8 bytes, decompressed: streamed (a big plain file's first part only, where a worker reads the rest)
            blocks = chunks(inp.source, inp.name) if cut is None else range_chunks(cut[1], inp.name, 0, cut[0])
        if blocks is not None:
            # JSON Lines (the big inputs): one loop from the blocks of the input to the thread groups
            opaque = fmt in ("reddit", "jsonl", "youtube", "x", "json")  # converters that only pass their location on
            feed = blocks
            yield from _finish_all(lambda g, w: _collect_lines(g, feed, inp.name, convert, opaque, skip_bad, w, cut), fmt,
                                   inp.name, skip_bad, orphans, on_bad, stream)
            return
        records: Iterable[tuple[Any, Any]] = inp.json_lines()
    else:
        from .source import Dirty

        doc = inp.json_document()
        dirty = type(doc) is Dirty
        if dirty:
            doc = doc.value
        # An array is a record an element, but a Reddit page's listings and a Mastodon conversation's statuses are one thread;
        # Jetstream events or Mastodon streaming messages saved as one array are read as their lines are.
        if isinstance(doc, list) and _stream_events(doc, fmt):
            from .streams import BlueskyStream, MastodonStream

            convert = stream = BlueskyStream() if fmt == "bluesky" else MastodonStream()
            records = ((f"{inp.name}:record {i}", Dirty(v) if dirty else v) for i, v in enumerate(doc, 1))
        elif isinstance(doc, list) and fmt != "mastodon" and not (
                fmt == "reddit" and doc and isinstance(doc[0], dict) and doc[0].get("kind") == "Listing"):
            records = ((f"{inp.name}:record {i}", Dirty(v) if dirty else v) for i, v in enumerate(doc, 1))
        else:
            records = [(inp.name, Dirty(doc) if dirty else doc)]
    yield from _group(records, convert, fmt, inp.name, skip_bad, orphans, on_bad, stream)


def _stream_events(doc: list[Any], fmt: str) -> bool:
    """Whether the array ``doc`` of a Bluesky or Mastodon input holds stream events: Jetstream's (its first object
    one), or Mastodon's streaming messages (any object one: a stream's lines mix them with bare statuses)."""
    if fmt not in ("bluesky", "mastodon"):
        return False
    from .streams import is_jetstream, is_mastodon_event

    if fmt == "bluesky":
        first = next((v for v in doc if isinstance(v, dict)), None)
        return first is not None and is_jetstream(first)
    return any(isinstance(v, dict) and is_mastodon_event(v) for v in doc)


def _group(records: Iterable[tuple[Any, Any]], convert: Callable[[Any, Any], Any], fmt: str, name: str,
           skip_bad: bool, orphans: str, on_bad: BadThread | None, stream: Any = None) -> Iterator[Thread]:
    """The threads of ``records`` (``(location, value)``: a JSON value, a CSV row, an :class:`InputError` or a
    :class:`~.source.Dirty` value), each converted to items (see :mod:`.platforms`) and grouped by thread."""
    yield from _finish_all(lambda g, w: _collect(g, records, convert, name, skip_bad, w), fmt, name, skip_bad, orphans, on_bad,
                           stream)


def _finish_all(collect: Callable[[Any, list[str]], None], fmt: str, name: str, skip_bad: bool, orphans: str,
                on_bad: BadThread | None, stream: Any = None) -> Iterator[Thread]:
    """Collect the input's items into a grouper, then finish each thread. ``stream``: the converter of a stream of
    events (:mod:`.streams`), whose notes join the input's warnings and whose deletes mark each thread's items."""
    from .group import Grouper, fewer_collections

    grouper = Grouper()
    warnings: list[str] = []
    # Fewer collections for the whole read, the consumer's turns included: restoring Python's default between
    # threads made the next young collection walk every item just read back from a spill file (11% of a dump's time).
    # Restored when the iteration ends, fails or is abandoned (the generator is closed).
    cut: InputError | None = None
    try:
        with fewer_collections():
            try:
                collect(grouper, warnings)
            except InputError as exc:  # a dump cut short (a failed download): with --skip-bad its threads so far are read first
                if not skip_bad or "truncated" not in exc.message:
                    raise
                cut = exc
            if stream is not None:
                regroup = getattr(stream, "regroup", None)
                if regroup is not None:
                    regroup(grouper)
                warnings += [f"{name}: {note}" for note in stream.notes()]
            count = given = 0  # threads, and whether the input's warnings went with one (its first that forms a tree)
            for key, items in grouper.groups():
                count += 1
                if stream is not None:
                    items = stream.fix(items)
                if on_bad is None:
                    yield _finish(key, items, fmt, name, skip_bad, orphans, warnings if count == 1 else [])
                    continue
                try:
                    thread = _finish(key, items, fmt, name, skip_bad, orphans, [] if given else warnings)
                except InputError as exc:
                    on_bad(key, exc)
                    continue
                given = 1
                yield thread
        if cut is not None:
            cut.message += "; the thread before the cut was read" if count == 1 else f"; the {count} threads before the cut were read"
            raise cut
        if count == 0:
            if warnings:
                raise InputError(f"no readable comment ({len(warnings)} bad records skipped, the first: {warnings[0]})", name)
            raise InputError("no comments in the input", name)
    finally:
        grouper.close()


def _skip(exc: InputError, name: str, skip_bad: bool, warnings: list[str]) -> None:
    """Raise ``exc`` unless --skip-bad may skip it (a record's error, not the input's); then warn."""
    at: Any = exc.location  # a converter given a line number names it as the location
    if type(at) is int:
        exc.location = f"{name}:{at}"
    if exc.location == name or "truncated" in exc.message:
        raise exc
    if not skip_bad:
        exc.message += "; --skip-bad skips this record"
        raise exc
    warnings.append(Skipped(exc.location, exc.message))


def _collect(grouper: Any, records: Iterable[tuple[Any, Any]], convert: Callable[[Any, Any], Any], name: str, skip_bad: bool,
             warnings: list[str]) -> None:
    from .source import Dirty

    add = grouper.add
    it = iter(records)
    while True:
        try:
            where, value = next(it)
            if type(value) is dict:
                items = convert(value, where)
            elif isinstance(value, InputError):
                raise value
            elif type(value) is Dirty:
                items = _scrub(convert(value.value, where), warnings, name)
            else:
                items = convert(value, where)
        except StopIteration:
            break
        except InputError as exc:
            _skip(exc, name, skip_bad, warnings)
            continue
        if type(items) is tuple:
            add(items)
        else:
            for item in items:
                add(item)


def _collect_lines(grouper: Any, blocks: Iterable[bytes] | Iterable[str], name: str, convert: Callable[[Any, Any], Any],
                   opaque: bool, skip_bad: bool, warnings: list[str], cut: _Split | None = None) -> None:
    """Parse, convert and group every line of a JSON Lines input: the hot loop of a dump.

    Items come from :func:`_line_items` a block at a time and are held by thread key here, not through a method
    call, until the grouping budget is passed; then each goes to its bucket file. With ``cut`` (:func:`_cut`), ``blocks``
    end there and a forked worker reads the lines after it (:func:`_halves`).
    """
    from .group import _PER_COMMENT

    held = grouper.held
    budget = grouper.budget
    size = grouper.size
    spilled = grouper.spilled
    if cut is None:
        batches = _line_items(blocks, name, convert, opaque, skip_bad, warnings)
    else:
        batches = _halves(blocks, name, convert, opaque, skip_bad, warnings, cut)
    try:
        for batch in batches:
            if spilled:
                grouper.put_all(batch)
                continue
            rest = iter(batch)
            for item in rest:
                key = item[0]
                group = held.get(key)
                if group is None:
                    held[key] = [item]
                else:
                    group.append(item)
                size += _PER_COMMENT + len(item[5] or "")
                if size > budget and len(held) > 1:
                    grouper.spill()
                    held = grouper.held  # the items held so far are on disk now: let them go
                    spilled = True
                    grouper.put_all(list(rest))
    finally:
        batches.close()
    grouper.size = size


#: A plain JSON Lines file of this many bytes or more, up to the second figure, is read by two processes when reading
#: is given two jobs (:func:`reading_jobs`): a forked worker parses the lines of its second half while this process
#: parses the first, and sends their items back at once (a bigger file is streamed in bounded memory, as always).
SPLIT_READ_FROM, SPLIT_READ_UP_TO = 4 << 20, 128 << 20

#: Where a worker starts reading a file (:func:`_cut`), and the file's path.
_Split = tuple[int, str | os.PathLike[str]]

#: The processes :func:`reading_jobs` lets the reads made within it use (a one-item list).
_reading = [1]


@contextmanager
def reading_jobs(jobs: int) -> Iterator[None]:
    """Within the ``with`` block, threads read from a big plain JSON Lines file (:data:`SPLIT_READ_FROM` bytes or more,
    up to :data:`SPLIT_READ_UP_TO`) take ``jobs`` processes: the lines after its middle are parsed by a forked worker (``report --jobs 2``: the read
    is 0.55 s of a 100,000-comment thread's time that no other process could share). What is read is the same,
    warnings and errors included (a bad line is named by its line number and byte offset in the whole file)."""
    before = _reading[0]
    _reading[0] = jobs
    try:
        yield
    finally:
        _reading[0] = before


def _cut(inp: _Input, fmt: str) -> _Split | None:
    """Where a worker starts reading ``inp`` (:func:`reading_jobs`; ``None``: one process reads it all), and the
    file's path."""
    from .source import halves

    if _reading[0] < 2 or fmt != "jsonl":
        return None
    assert inp.source is not None
    cut = halves(inp.source, inp.name, SPLIT_READ_FROM, SPLIT_READ_UP_TO)
    return None if cut is None or isinstance(inp.source, bytes) else (cut, inp.source)


def _halves(blocks: Iterable[bytes] | Iterable[str], name: str, convert: Callable[[Any, Any], Any], opaque: bool, skip_bad: bool,
            warnings: list[str], split: _Split) -> Generator[list[Any], None, None]:
    """:func:`_line_items` of the file at ``path``: those of ``blocks`` (its bytes up to ``cut``, a line's end) made
    here, then those after ``cut``, made meanwhile by a forked worker (:func:`_later_items`) and sent back at once,
    with its warnings; its error, if any, is raised where this process would have reached it."""
    from ..parallel import Workers

    cut, path = split
    with Workers((path, name, convert, opaque, skip_bad, cut), 1, 1) as worker:
        later = worker.imap(_later_items, 1)  # asked for now: the worker starts before the first half is parsed
        first = _line_items(blocks, name, convert, opaque, skip_bad, warnings)
        try:
            yield from first
        finally:
            first.close()
        items, error, found = next(later)  # the worker is let go before its items are grouped
    warnings += found
    if error is not None:
        raise error
    yield items


def _later_items(state: tuple[str | os.PathLike[str], str, Callable[[Any, Any], Any], bool, bool, int], k: int
                 ) -> tuple[list[Any], InputError | None, list[str]]:
    """In a worker of :func:`_halves`: the items of the lines after ``cut`` (numbered and placed as in the whole
    file), the warnings on them, and the error that stopped them (``None``: none)."""
    from .source import lines_before, range_chunks

    path, name, convert, opaque, skip_bad, cut = state
    warnings: list[str] = []
    items: list[Any] = []
    try:
        for batch in _line_items(range_chunks(path, name, cut, None), name, convert, opaque, skip_bad, warnings,
                                 lines_before(path, name, cut), cut):
            items += batch
    except InputError as exc:
        return [], exc, warnings
    return items, None, warnings


def _line_items(blocks: Iterable[bytes] | Iterable[str], name: str, convert: Callable[[Any, Any], Any], opaque: bool,
                skip_bad: bool, warnings: list[str], lines_before: int = 0, offset: int = 0) -> Generator[list[Any], None, None]:
    """The items of every line of a JSON Lines input, in order, a list of them for each block of the input
    (``blocks`` start at byte ``offset`` of the input, after ``lines_before`` lines: a later half read by a worker).

    ``blocks`` are the input's UTF-8 bytes (strict, streamed) or its decoded text, in pieces cut anywhere.
    Reddit comment lines of the usual keys are decoded by msgspec straight to their items, the whole lines of a
    block in one call (one call a line cost a tenth of a line's time); a block where that fails, and every other
    line, is read line by line: msgspec, then orjson and the converter; what orjson refuses (a blank line, the
    byte-order mark, lone surrogates, NaN, huge numbers, bad UTF-8, bad syntax) goes to
    :func:`~.source.parse_json` for its error or its value.
    """
    import orjson

    from .platforms import reddit, reddit_items, reddit_line_decoder
    from .source import Dirty, parse_line

    loads = orjson.loads
    # Reddit dump lines of the usual keys are decoded by msgspec straight to their comment (see reddit_line_decoder);
    # any other line, and every line once most have not been, takes orjson and the converter.
    decoder = reddit_line_decoder() if convert is reddit else None
    decode_record: Callable[[Any], Any] | None = None if decoder is None else decoder.decode
    misses = 0
    lineno = lines_before

    def slow(line: bytes | str, at: int, offset: int, last: bool) -> Any:
        if not line.strip():
            return None
        if at == 1 and type(line) is bytes and line.startswith(b"\xef\xbb\xbf"):
            line, offset = line[3:], offset + 3
            if not line.strip():
                return None
        try:
            return parse_line(line, f"{name}:{at}", offset, last)
        except InputError as exc:
            return exc

    def parse(block: Any, view: Any, pos: int, end: int, base: int, batch: list[Any], last: bool = False) -> None:
        """Add the items of the lines of ``block[pos:end]`` to ``batch``, line by line (``base``: the block's offset;
        ``last``: the one line there ends the input unterminated)."""
        nonlocal lineno, misses, decode_record
        at, decode = lineno, decode_record
        find = block.find
        while pos < end:
            nl = find(newline, pos, end)
            if nl < 0:
                nl = end
            this, this_start, pos = view[pos:nl], base + pos, nl + 1
            at += 1
            lineno = at
            item = None
            if decode is not None:
                try:
                    record = decode(this)
                except (ValueError, RecursionError):
                    record = None
                item = None if record is None else reddit_items((record,), at)[0]
                if item is None:
                    misses += 1
                    if misses > 4096 and misses * 2 > at:  # lines of another shape: orjson alone is faster
                        decode = decode_record = None
            if item is None:
                try:
                    value = loads(this)
                except ValueError:
                    value = slow(bytes(this) if type(this) is memoryview else this, at, this_start, last)
                    if value is None:
                        continue
                try:
                    if type(value) is dict:
                        item = convert(value, at if opaque else f"{name}:{at}")
                    elif isinstance(value, InputError):
                        raise value
                    elif type(value) is Dirty:
                        item = _scrub(convert(value.value, at if opaque else f"{name}:{at}"), warnings, name)
                    else:
                        item = convert(value, at if opaque else f"{name}:{at}")
                except InputError as exc:
                    _skip(exc, name, skip_bad, warnings)
                    continue
            if type(item) is tuple:
                batch.append(item)
            else:
                batch.extend(item)

    def whole_lines(block: bytes, view: memoryview, pos: int, end: int, base: int) -> list[Any]:
        """The items of ``block[pos:end]``, its whole lines (from its start or its first line end to its last line end):
        decoded without a Python call a line when every line is a usual Reddit comment (a failure, a blank line or a
        record of another shape sends the block, or that line, to :func:`parse`)."""
        nonlocal lineno, misses
        items = None
        first = lineno
        if decode_record is not None:
            lines = block.split(b"\n")[1 if pos else 0 : -1]  # the lines between the first cut one and the last
            try:
                # Each record is made into its item as it is decoded, and let go before the next line's: a block's
                # records decoded first and then made into items (2 MB of them alive at once) cost 5-10 % more.
                items = reddit_items(map(decode_record, lines), first + 1)
            except (ValueError, RecursionError):  # a line msgspec refuses: the items made so far are dropped
                items = None
        batch: list[Any] = []
        if items is None:
            parse(block, view, pos, end, base, batch)
            return batch
        lineno = first + len(items)
        if None not in items:
            return items
        for i, item in enumerate(items):  # a line of another shape among them: that line as it always was
            nl = pos + len(lines[i])
            if item is None:
                misses += 1
                lineno = first + i
                parse(block, view, pos, nl + 1, base, batch)
            else:
                batch.append(item)
            pos = nl + 1
        lineno = first + len(items)
        return batch

    pieces = iter(blocks)
    first_block: Any = next(pieces, b"")
    newline: Any = "\n" if type(first_block) is str else b"\n"
    # The line cut at the end of the blocks so far, as its pieces (joined once at its end: joining it to each block
    # made a line of 64 MB cost 1.1 s, a copy of the line so far for every 1 MB block), and their length.
    tail: list[Any] = []
    cut = 0
    start = offset  # offset of the block in the (decompressed) input
    try:
        # A final line end, so the last line is parsed whether or not the input ends with one.
        for block, final in itertools.chain(((first_block, False),), ((piece, False) for piece in pieces), ((newline, True),)):
            last = block.rfind(newline)
            if last < 0:
                if block:
                    tail.append(block)
                    cut += len(block)
                start += len(block)
                continue
            # Lines of bytes are parsed from memoryview slices of the block: no copy of each line (split made one).
            view = memoryview(block) if type(block) is bytes else block
            pos = 0
            batch: list[Any] = []
            if tail:  # the line cut at the end of the last block
                nl = block.find(newline)
                tail.append(block[:nl])
                line = newline[:0].join(tail)
                parse(line, memoryview(line) if type(line) is bytes else line, 0, len(line), start - cut, batch, final)
                pos = nl + 1
            if type(block) is bytes and pos <= last:
                if batch:
                    yield batch
                batch = whole_lines(block, view, pos, last + 1, start)
            else:
                parse(block, view, pos, last + 1, start, batch)
            yield batch
            rest = block[last + 1 :]
            tail, cut = ([rest], len(rest)) if rest else ([], 0)
            start += len(block)
    finally:
        close = getattr(blocks, "close", None)
        if close is not None:
            close()


_NO_SURROGATES = frozenset(("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"))


def _scrub(items: Any, warnings: list[str], name: str) -> Any:
    """Items of a record that held a lone surrogate, with those left in what the converters keep raw (the thread
    key, times, links, ``extra``, the thread's own record) replaced by U+FFFD: the comment is flagged
    ``surrogates-replaced``; for a thread's record, a warning says so."""
    from .clean import clean_value

    if type(items) is tuple:
        return _scrub_one(items, warnings, name, clean_value)
    return [_scrub_one(item, warnings, name, clean_value) for item in items]


def _scrub_one(item: tuple[Any, ...], warnings: list[str], name: str, clean_value: Callable[[Any], tuple[Any, bool]]) -> tuple[Any, ...]:
    fields = list(item)
    hit = False
    if item[2] is None:  # a thread's own record: key, where, None, title, link, article, forum, created
        positions = (0, 3, 4, 5, 6, 7)
    else:  # key, where, id, parent, author, text, created, permalink, status, flags, extra
        positions = (0, 6, 7, 8, 9, 10)
    for i in positions:
        value = fields[i]
        if value is not None and not (type(value) is str and value.isascii()):
            fields[i], changed = clean_value(value)
            hit = hit or changed
    if hit:
        if item[2] is None:
            where = item[1] if isinstance(item[1], str) else f"{name}:{item[1]}"
            warnings.append(f"{where}: lone surrogates in the thread's own record replaced with U+FFFD")
        else:
            flags = fields[9] or []
            fields[9] = flags + ["surrogates-replaced"] if "surrogates-replaced" not in flags else flags
    return tuple(fields)


def _finish(key: str, items: list[Any], fmt: str, name: str, skip_bad: bool, orphans: str, warnings: list[str]) -> Thread:
    from .clean import build_tree, clean_fields, find_suspect, flag_lookalike_authors
    from .platforms import _MINUTES, _REDDIT, _SECONDS, RAW_LEN, REDDIT_ADMIN_REMOVED, _minute, chronological, reddit_comment

    if fmt == "instagram":
        items = chronological(items)
    elif fmt == "bluesky":
        from .social import bluesky_short_ids

        items = bluesky_short_ids(items)

    # Memory (issue 20): a parent id is the parent's own id string and an author name one string per thread,
    # not one copy per reply and per comment as the lines were parsed. Comments only, the usual thread: each item
    # unpacked in the loop, each Comment's slots set here as its __init__ sets them (an empty extra or flags left
    # unset), without a call of __init__; tests/test_threads.py checks these comments equal the ones Comment() makes.
    # A reply whose parent came before it takes the parent's id string and depth from the one dict of the thread's
    # comments by id: when every reply does and no id comes twice, that is all build_tree would do (its dicts of ids and
    # depths not made); otherwise build_tree links and checks them as it always has.
    by_id: dict[str, Comment] = {}
    names: dict[str | None, str | None] = {}
    find, name_of = by_id.get, names.setdefault
    comments: list[Comment] = []
    append, alloc = comments.append, object.__new__
    linked = True  # every parent came before its replies
    try:
        if items and len(items[0]) == RAW_LEN:
            # A Reddit dump's comments as decoded (platforms.reddit_items): each made into its Comment here, in one
            # step, what platforms.reddit_comment makes of it as an item (tests/test_readers.py checks they agree).
            minutes, seconds, site, suspect, admin = _MINUTES, _SECONDS, _REDDIT, find_suspect, REDDIT_ADMIN_REMOVED
            for _, _, cid, parent, author, text, created, link, removed, score, forum, _ in items:
                if parent is not None:
                    parent = parent[3:] if parent[:3] == "t1_" else None
                if author == "[deleted]" or author == "[removed]":
                    author = None
                c = alloc(Comment)
                # platforms.reddit_status, inlined: the hot loop of a dump
                c.status = "deleted" if text == "[deleted]" else "removed" if removed or text == "[removed]" or (text[:19] == admin and text[-1:] == "]") else None
                if not (cid.isascii() and (author is None or author.isascii()) and (parent is None or parent.isascii())) or (
                        not text.isascii() and suspect(text) is not None):
                    text, author, cid, parent, flags = clean_fields(text, author, cid, parent, None)
                    if flags:
                        c.flags = flags
                c.id = cid
                if parent is None:
                    c.parent = None
                    c.depth = 0
                else:
                    up = find(parent)
                    if up is None:
                        linked = False
                        c.parent = parent
                        c.depth = 0
                    else:
                        c.parent = up.id
                        c.depth = up.depth + 1
                by_id[cid] = c
                c.author = name_of(author, author)
                c.text = text
                c.source_span = None
                minute = created // 60  # platforms._utc, inlined
                prefix = minutes.get(minute)
                c.created = (prefix if prefix is not None else _minute(minute)) + seconds[created % 60]
                c.permalink = site + link
                if score is not None:
                    c.extra = {"score": score, "subreddit": forum} if forum else {"score": score}
                elif forum:
                    c.extra = {"subreddit": forum}
                append(c)
        else:
            for _, _, cid, parent, author, text, created, link, status, flags, extra in items:
                c = alloc(Comment)
                c.id = cid
                if parent is None:
                    c.parent = None
                    c.depth = 0
                else:
                    up = find(parent)
                    if up is None:
                        linked = False
                        c.parent = parent
                        c.depth = 0
                    else:
                        c.parent = up.id
                        c.depth = up.depth + 1
                by_id[cid] = c
                c.author = name_of(author, author)
                c.text = text
                c.source_span = None
                c.created = created
                c.permalink = link
                c.status = status
                if extra:
                    c.extra = extra
                if flags:
                    c.flags = flags
                append(c)
    except ValueError:  # a thread's own record among them (8 fields, not 11: see platforms.Item), or raw and other items
        items = [reddit_comment(it) if len(it) == RAW_LEN else it for it in items]
        own = {it[2]: it[2] for it in items}.get
        comments = [Comment(it[2], own(it[3], it[3]), name_of(it[4], it[4]), 0, it[5], None, it[10], it[6], it[7], it[8], it[9])
                    for it in items if it[2] is not None]
        linked = False
    if linked and len(by_id) != len(comments):  # an id twice: build_tree says so (or leaves the later one out)
        linked = False
    if not linked and by_id:  # parents shared as before: each the string of the (last) comment of that id
        ids = {c.id: c.id for c in comments}
        for c in comments:
            if c.parent is not None:
                c.parent = ids.get(c.parent, c.parent)
    del by_id
    # flag_lookalike_authors flags nothing when every author is printable ASCII: told from the thread's distinct names
    # (a few for many comments) instead of its own pass over every comment.
    odd_names = not all(a is None or (a.isascii() and a.isprintable()) for a in names)
    del names
    meta = next((it for it in reversed(items) if it[2] is None), None) if len(comments) != len(items) else None
    warnings = list(warnings) + [f"{name}: {note}" for note in (meta[8] or [] if meta else [])]  # notes on the thread as a whole
    cycles = ("warn" if skip_bad else "error") if fmt == "jsonl" else "flag"  # --skip-bad reads the loop cut, never loses it

    def where() -> list[Any]:
        return [it[1] for it in items if it[2] is not None]

    if not linked:
        comments = build_tree(comments, name, where=where, orphans=orphans, cycles=cycles, skip_bad=skip_bad, warnings=warnings)
    if odd_names:
        flag_lookalike_authors(comments)
    if fmt == "youtube":
        from .platforms import downloader_missing_replies

        downloader_missing_replies(items, comments)
    platform = fmt if fmt in PLATFORMS else None
    link = meta[4] if meta else None
    forum = meta[6] if meta else None
    if fmt == "reddit":
        first = comments[0] if comments else None
        if link is None and first is not None and first.permalink:
            link = first.permalink.rstrip("/").rsplit("/", 1)[0] + "/"
        if forum is None and first is not None:
            forum = first.extra.get("subreddit")
    return Thread(
        article=meta[5] if meta else None, comments=comments, format=fmt, title=meta[3] if meta else None,
        warnings=warnings, id=key or None, link=link, forum=forum, platform=platform,
    )


def _finish_text(thread: Thread) -> None:
    """Plain-text dumps: clean code points and flag look-alike authors like every other reader."""
    from .clean import clean_comment, flag_lookalike_authors

    for c in thread.comments:
        clean_comment(c)
    flag_lookalike_authors(thread.comments)


def read_string(text: str, input_format: str = "auto", *, name: str = "<input>", skip_bad: bool = False,
                fields: dict[str, str] | None = None, format: str | None = None) -> Thread:
    """Parse already-decoded ``text`` holding one thread in ``input_format`` (detected for ``auto``); ``format`` is
    its old name (deprecated)."""
    input_format = _format_argument("read_string", input_format, format)
    _check_reading("read_string", fields, "strict")
    if not isinstance(text, str):
        raise TypeError(f"read_string() needs a str (read() takes a path or bytes), not {type(text).__name__}")
    if input_format not in FORMATS:
        raise InputError(f"unknown format {input_format!r} (choose from {', '.join(FORMATS)})", name)
    if not text.strip():
        raise InputError("empty input", name)
    return _one(_iter(_Input(None, text, name, None, "strict"), input_format, fields, skip_bad), name)


def read(
    source: Source,
    input_format: str = "auto",
    *,
    fields: dict[str, str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    skip_bad: bool = False,
    format: str | None = None,
) -> Thread:
    """Read the one thread of a file path (or raw ``bytes``); an input with several threads is an :class:`InputError`.
    ``input_format`` is :func:`iter_threads`'s (and the CLI's ``--input-format``); ``format`` its old name (deprecated)."""
    input_format = _format_argument("read", input_format, format)
    name = _source_name("read", source)
    _check_reading("read", fields, errors)
    if encoding is not None:  # named as read()'s, not the CLI's --encoding
        text_encoding(encoding, errors, name="read()")
    return _one(iter_threads(source, input_format, fields=fields, encoding=encoding, errors=errors, skip_bad=skip_bad), name)


def _check_reading(function: str, fields: object, errors: object) -> None:
    """One line naming ``function`` for reading options no input can be read with, before any is opened
    (``fields=[...]`` failed inside with "'list' object has no attribute 'get'"); the CLI parses and checks its own."""
    if fields is not None and not (isinstance(fields, Mapping) and all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items())):
        given = "a mapping with keys or values that are not strings" if isinstance(fields, Mapping) else type(fields).__name__
        raise TypeError(f"{function}(): fields must map each field to the input's key (fields={{'id': 'comment_id', 'text': 'body'}}), "
                        f"not {given}")
    if errors not in ("strict", "replace", "ignore"):
        raise ValueError(f"{function}(): errors must be 'strict', 'replace' or 'ignore', not {errors!r}")


def _source_name(function: str, source: object) -> str:
    """What errors call ``source`` (its path, or ``<bytes>``), or a one-line :class:`TypeError` naming ``function``
    when it is neither a path nor bytes (``read(None)`` said only "expected str, bytes or os.PathLike object")."""
    if isinstance(source, bytes):
        return "<bytes>"
    if isinstance(source, (str, os.PathLike)):
        return os.fsdecode(source)
    raise TypeError(f"{function}() needs a path (str or os.PathLike) or the input's bytes, not {type(source).__name__}")


def _format_argument(function: str, input_format: str, format: str | None) -> str:
    """The input format given to ``function``: ``input_format``, or the deprecated keyword ``format`` (one name for
    one thing: :func:`iter_threads` and the CLI say input format); both, differing, is a :class:`TypeError`."""
    if format is None:
        return input_format
    import warnings

    warnings.warn(f"{function}(format=...) is deprecated: use input_format=", DeprecationWarning, stacklevel=3)
    if input_format not in ("auto", format):
        raise TypeError(f"{function}() got input_format={input_format!r} and format={format!r}: give input_format only")
    return format


def _one(threads: Iterator[Thread], name: str) -> Thread:
    first: Thread | None = None
    count = 0
    for t in threads:
        count += 1
        if first is None:
            first = t
    if first is None:
        raise InputError("no thread in the input", name)
    if count > 1:
        raise InputError(
            f"the input holds {count} threads; read it with iter_threads (or a command that takes many threads, "
            "e.g. `bilingual thread` to list them)", name)
    return first
