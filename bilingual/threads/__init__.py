"""Thread readers: plain-text page dumps, JSONL and Disqus XML -> :class:`Thread` of :class:`Comment`."""

from __future__ import annotations

import os
import re

from ..errors import InputError
from .decode import decode, read_bytes
from .model import Comment, Thread

__all__ = ["Comment", "Thread", "FORMATS", "read", "read_string", "detect_format"]

FORMATS = ("auto", "text", "jsonl", "disqus")
_XML_START = re.compile(r"<\?xml\b|<!DOCTYPE\s+disqus\b")


def detect_format(text: str) -> str:
    """``disqus`` for a Disqus XML export, ``jsonl`` when the first line is a JSON object, else ``text``."""
    head = text.lstrip("\ufeff \t\r\n")[:2048]
    if head.startswith("<"):
        # An XML declaration or a disqus DOCTYPE says XML even when a long DTD pushes <disqus> further
        # (entity bombs do): the Disqus reader then refuses it, instead of reading it as a plain-text article.
        return "disqus" if "<disqus" in head or _XML_START.match(head) else "text"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def read_string(text: str, format: str = "auto", *, name: str = "<input>", skip_bad: bool = False) -> Thread:
    """Parse already-decoded ``text`` in ``format`` (detected from the content for ``auto``)."""
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r} (choose from {', '.join(FORMATS)})", name)
    if not text.strip():
        raise InputError("empty input", name)
    fmt = detect_format(text) if format == "auto" else format
    if fmt == "jsonl":
        from .jsonl import read_jsonl

        return read_jsonl(text, name, skip_bad=skip_bad)
    if fmt == "disqus":
        from .disqus import read_disqus

        return read_disqus(text, name)
    from .textdump import read_text

    return read_text(text)


def read(
    source: str | os.PathLike[str] | bytes,
    format: str = "auto",
    *,
    encoding: str | None = None,
    errors: str = "strict",
    skip_bad: bool = False,
) -> Thread:
    """Read a thread from a file path (or raw ``bytes``); errors are :class:`InputError` with a location."""
    if isinstance(source, bytes):
        data, name = source, "<bytes>"
    else:
        name = os.fspath(source)
        data = read_bytes(name)
    if not data.strip():
        raise InputError("empty input", name)
    return read_string(decode(data, encoding, errors, name), format, name=name, skip_bad=skip_bad)
