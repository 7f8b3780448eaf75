"""Thread readers: platform exports, JSONL, CSV, Disqus XML and plain-text page dumps -> :class:`Thread` s.

The contract the rest of the project calls:

- :func:`iter_threads` yields the threads of one input (a path or bytes) one at a time, memory bounded
  by the largest thread (plus a fixed budget) for NDJSON and ``.zst`` dumps;
- :func:`read` returns the one thread of a single-thread input;
- :data:`FORMATS`, :func:`parse_fields` and :func:`expand_inputs` back the CLI's ``--input-format``,
  ``--fields`` and file/glob arguments. See docs/READERS.md.
"""

from __future__ import annotations

import glob
import os
import re
from typing import Any, Callable, Iterable, Iterator

from ..errors import InputError
from .decode import decode, text_encoding
from .model import Comment, Thread

__all__ = [
    "Comment", "Thread", "FORMATS", "iter_threads", "read", "read_string", "detect_format", "parse_fields",
    "expand_inputs",
]

FORMATS: tuple[str, ...] = (
    "auto", "text", "jsonl", "disqus", "reddit", "youtube", "x", "4chan", "facebook", "csv", "tsv", "json",
)
PLATFORMS = ("reddit", "youtube", "x", "4chan", "facebook")
_XML_START = re.compile(r"<\?xml\b|<!DOCTYPE\s+disqus\b", re.IGNORECASE)
_HTML_START = re.compile(r"<!DOCTYPE\s+html\b|<html\b|<head\b|<body\b|<meta\b", re.IGNORECASE)
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
    """Paths from file names and glob patterns, in order, each once; a pattern matching nothing is an error."""
    out: list[str] = []
    seen: set[str] = set()
    for pattern in patterns:
        if glob.has_magic(pattern):
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

    def head(self) -> str:
        if self._head is None:
            if self.text is not None:
                self._head = self.text[:65536]
            else:
                from .source import head

                assert self.source is not None
                raw = head(self.source, self.name)
                if not raw.strip():
                    raise InputError("empty input", self.name)
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
        """Lines can be parsed from the raw bytes (UTF-8 without a UTF-16/32 byte-order mark)."""
        if self.text is not None or self.encoding not in (None, "utf-8", "utf8", "UTF-8"):
            return False
        assert self.source is not None
        from .source import head

        start = head(self.source, self.name, 4)
        return not (start.startswith(b"\xff\xfe") or start.startswith(b"\xfe\xff"))

    def json_lines(self) -> Iterator[tuple[str, Any]]:
        """``(location, value)`` for each non-blank line of a JSON Lines input."""
        from .source import lines, parse_json

        if self.streamable():
            assert self.source is not None
            name, strict = self.name, self.errors == "strict"
            for lineno, offset, line in lines(self.source, name):
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line, offset = line[3:], offset + 3
                if not line.strip():
                    continue
                if not strict:
                    try:
                        line = line.decode("utf-8", self.errors).encode("utf-8", "surrogatepass")  # noqa
                    except LookupError:
                        raise InputError(f"unknown error handler {self.errors!r}", name) from None
                where = f"{name}:{lineno}"
                try:
                    value = parse_json(line, where, offset)
                except InputError as exc:  # handed on as a value: the stream goes on with --skip-bad
                    value = exc
                yield where, value
            return
        for lineno, text_line in enumerate(self.whole().split("\n"), 1):
            if text_line.strip():
                where = f"{self.name}:{lineno}"
                try:
                    yield where, parse_json(text_line, where)
                except InputError as exc:
                    yield where, exc

    def json_document(self) -> Any:
        """The input as one JSON value (an X archive's ``window.YTD... =`` prefix is skipped)."""
        from .platforms import TWEETS_JS
        from .source import parse_json

        text = self.whole().lstrip("\ufeff")
        m = TWEETS_JS.match(text)
        if m:
            text = text[m.end():].rstrip().rstrip(";")
        try:
            return parse_json(text, self.name)
        except InputError as exc:
            raise InputError(exc.message, self.name) from None


def _lenient(raw: bytes, encoding: str | None) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if encoding is None and raw.startswith(bom):
            encoding = enc
    try:
        return raw.decode(encoding or "utf-8", "replace").lstrip("\ufeff")
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", "--encoding") from None
    except UnicodeError:  # a codec that takes no 'replace' (idna, punycode)
        try:
            return raw.decode(encoding or "utf-8", "strict").lstrip("\ufeff")
        except UnicodeError as exc:
            raise InputError(f"the input cannot be decoded as {encoding}: {getattr(exc, 'reason', exc)}", "--encoding") from None


# --- detection ----------------------------------------------------------------------------------------

_REASONS = {
    "reddit": 'Reddit: no "link_id"/"parent_id" or "kind": "Listing"',
    "youtube": 'YouTube: no "cid" or "kind": "youtube#..."',
    "x": 'X: no "tweet", "conversation_id" or "referenced_tweets"',
    "4chan": '4chan: no "posts" with "no"',
    "facebook": 'Facebook: no "comments_v2"',
    "jsonl": 'JSONL: no "id" and "text"',
}


def _json_platform(obj: Any) -> str | None:
    """The format a JSON value belongs to, from its keys; ``None`` when nothing matches."""
    if isinstance(obj, list):
        if obj and all(isinstance(o, dict) and o.get("kind") == "Listing" for o in obj[:2]):
            return "reddit"
        first = next((o for o in obj[:1] if isinstance(o, dict)), None)
        if first is None:
            return None
        return _json_platform(first)
    if not isinstance(obj, dict):
        return None
    kind = obj.get("kind")
    if kind in ("Listing", "t1", "t3") or "link_id" in obj or ("subreddit" in obj and ("body" in obj or "title" in obj)):
        return "reddit"
    if "cid" in obj or (isinstance(kind, str) and kind.startswith("youtube#")):
        return "youtube"
    if "tweet" in obj or "conversation_id" in obj or "referenced_tweets" in obj or ("id_str" in obj and "full_text" in obj):
        return "x"
    data = obj.get("data")
    if isinstance(data, (list, dict)) and _json_platform(data) == "x":
        return "x"
    posts = obj.get("posts")
    if isinstance(posts, list) and posts and isinstance(posts[0], dict) and "no" in posts[0]:
        return "4chan"
    if "comments_v2" in obj:
        return "facebook"
    if "id" in obj and "text" in obj:
        return "jsonl"
    return None


def _json_shape(inp: _Input) -> tuple[str, Any]:
    """``("lines", first value)`` for JSON Lines, ``("document", value)`` for one JSON document."""
    from .source import parse_json

    head = inp.head().lstrip("\ufeff \t\r\n")
    first, newline, _ = head.partition("\n")
    if first.strip().startswith("{") and (newline or len(head) < 65536):
        try:
            value = parse_json(first, inp.name)
        except InputError:
            value = None
        if isinstance(value, dict):
            return "lines", value
    return "document", inp.json_document()


def detect_format(text: str) -> str:
    """The format of already-decoded ``text`` (see :func:`iter_threads` for the rules)."""
    return _detect(_Input(None, text, "<input>", None, "strict"), None)[0]


def _detect(inp: _Input, fields: dict[str, str] | None) -> tuple[str, str | None]:
    """``(format, shape)``; shape is ``"lines"``/``"document"`` for JSON formats."""
    head = inp.head().lstrip("\ufeff \t\r\n")
    if head.startswith("window.YTD."):
        return "x", "document"
    if head.startswith("<"):
        start = head[:2048]
        if "<disqus" in start or _XML_START.match(start):
            return "disqus", None
        if _HTML_START.search(start):
            raise InputError(
                "an HTML page saved from a browser, not a comment export; use the platform's export "
                "(or save the page as text and use --input-format text)", inp.name)
        return "text", None
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

    if fields is not None or sniff(head[:65536]) is not None:
        return ("tsv" if "\t" in head.partition("\n")[0] else "csv"), None
    return "text", None


# --- reading ------------------------------------------------------------------------------------------


def iter_threads(
    source: Source,
    input_format: str = "auto",
    *,
    fields: dict[str, str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    skip_bad: bool = False,
) -> Iterator[Thread]:
    """Yield each thread of ``source`` (a path, plain/.zst/.gz, or bytes), detected or forced by ``input_format``.

    NDJSON dumps are streamed and grouped by thread in bounded memory (see :mod:`.group`). Errors are
    :class:`InputError` with a location; ``skip_bad`` skips bad records with a warning on the thread.
    """
    name = "<bytes>" if isinstance(source, bytes) else os.fspath(source)
    yield from _iter(_Input(source, None, name, encoding, errors), input_format, fields, skip_bad)


def _iter(inp: _Input, input_format: str, fields: dict[str, str] | None, skip_bad: bool) -> Iterator[Thread]:
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

        t = read_text(inp.whole())
        _finish_text(t)
        yield t
        return
    if fmt == "disqus":
        from .disqus import iter_disqus

        yield from iter_disqus(inp.whole(), inp.name, skip_bad)
        return
    from .platforms import Converter, facebook, fourchan, mapped, native, reddit, x, youtube

    if fmt in ("csv", "tsv"):
        from .tabular import rows

        convert = mapped(fields or {})
        yield from _group(((w, r) for w, r in rows(inp.whole(), inp.name, fmt == "tsv")), convert, fmt, inp.name, skip_bad, "flag")
        return
    converters: dict[str, Converter] = {
        "reddit": reddit, "youtube": youtube, "x": x, "4chan": fourchan, "facebook": facebook, "jsonl": native,
    }
    convert = mapped(fields or {}) if fmt == "json" else converters[fmt]
    if shape is None:
        head = inp.head().lstrip("\ufeff \t\r\n")
        shape = "document" if head.startswith(("[", "window.YTD.")) else _json_shape(inp)[0] if head.startswith("{") else "lines"
    records: Iterable[tuple[str, Any]]
    if shape == "lines":
        records = inp.json_lines()
    else:
        doc = inp.json_document()
        if isinstance(doc, list) and not (fmt == "reddit" and doc and isinstance(doc[0], dict) and doc[0].get("kind") == "Listing"):
            records = ((f"{inp.name}:record {i}", v) for i, v in enumerate(doc, 1))
        else:
            records = [(inp.name, doc)]
    orphans = ("warn" if skip_bad else "error") if fmt == "jsonl" else "flag"
    yield from _group(records, convert, fmt, inp.name, skip_bad, orphans)


def _group(records: Iterable[tuple[str, Any]], convert: Callable[[Any, str], list[Any]], fmt: str, name: str,
           skip_bad: bool, orphans: str) -> Iterator[Thread]:
    from .group import Grouper

    grouper = Grouper()
    warnings: list[str] = []
    try:
        it = iter(records)
        while True:
            try:
                where, value = next(it)
                if isinstance(value, InputError):
                    raise value
                items = convert(value, where)
            except StopIteration:
                break
            except InputError as exc:
                if not skip_bad or exc.location == name or "truncated" in exc.message:
                    raise
                warnings.append(str(exc))
                continue
            for item in items:
                grouper.add(item)
        count = 0
        for key, items in grouper.groups():
            count += 1
            yield _finish(key, items, fmt, name, skip_bad, orphans, warnings if count == 1 else [])
        if count == 0:
            if warnings:
                raise InputError(f"no readable comment ({len(warnings)} bad records skipped)", name)
            raise InputError("no comments in the input", name)
    finally:
        grouper.close()


def _finish(key: str, items: list[Any], fmt: str, name: str, skip_bad: bool, orphans: str, warnings: list[str]) -> Thread:
    from .clean import build_tree, flag_lookalike_authors

    comments: list[Comment] = []
    where: list[str] = []
    meta = None
    for item in items:
        if item.comment is not None:
            comments.append(item.comment)
            where.append(item.where)
        elif item.meta is not None:
            meta = item.meta
    warnings = list(warnings)
    cycles = "error" if fmt == "jsonl" else "flag"
    comments = build_tree(comments, name, where=where, orphans=orphans, cycles=cycles, skip_bad=skip_bad, warnings=warnings)
    flag_lookalike_authors(comments)
    platform = fmt if fmt in PLATFORMS else None
    link = meta.link if meta else None
    forum = meta.forum if meta else None
    if fmt == "reddit":
        first = comments[0] if comments else None
        if link is None and first is not None and first.permalink:
            link = first.permalink.rstrip("/").rsplit("/", 1)[0] + "/"
        if forum is None and first is not None:
            forum = first.extra.get("subreddit")
    return Thread(
        article=meta.article if meta else None, comments=comments, format=fmt, title=meta.title if meta else None,
        warnings=warnings, id=key or None, link=link, forum=forum, platform=platform,
    )


def _finish_text(thread: Thread) -> None:
    """Plain-text dumps: clean code points and flag look-alike authors like every other reader."""
    from .clean import clean_comment, flag_lookalike_authors

    for c in thread.comments:
        clean_comment(c)
    flag_lookalike_authors(thread.comments)


def read_string(text: str, format: str = "auto", *, name: str = "<input>", skip_bad: bool = False,
                fields: dict[str, str] | None = None) -> Thread:
    """Parse already-decoded ``text`` holding one thread in ``format`` (detected for ``auto``)."""
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r} (choose from {', '.join(FORMATS)})", name)
    if not text.strip():
        raise InputError("empty input", name)
    return _one(_iter(_Input(None, text, name, None, "strict"), format, fields, skip_bad), name)


def read(
    source: Source,
    format: str = "auto",
    *,
    fields: dict[str, str] | None = None,
    encoding: str | None = None,
    errors: str = "strict",
    skip_bad: bool = False,
) -> Thread:
    """Read the one thread of a file path (or raw ``bytes``); an input with several threads is an :class:`InputError`."""
    name = "<bytes>" if isinstance(source, bytes) else os.fspath(source)
    return _one(iter_threads(source, format, fields=fields, encoding=encoding, errors=errors, skip_bad=skip_bad), name)


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
