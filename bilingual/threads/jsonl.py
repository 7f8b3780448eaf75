"""JSONL threads: one comment a line, ``{"id", "parent", "author", "text"}``; other keys are kept."""

from __future__ import annotations

import json
from typing import Any

from ..errors import InputError
from .model import Comment, Thread, set_depths

_KNOWN = ("id", "parent", "author", "text")


def _as_id(value: Any, what: str, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(f"{what} must be a string or an integer, not {type(value).__name__}", where)
    return str(value)


def read_jsonl(text: str, name: str = "<input>", skip_bad: bool = False) -> Thread:
    """Parse JSONL comments; a bad line raises :class:`InputError` naming it, or is skipped with a warning."""
    comments: list[Comment] = []
    lines: dict[str, int] = {}
    warnings: list[str] = []
    # JSON Lines are separated by "\n" only: str.splitlines would also split inside strings at U+0085, U+2028...
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            comment = _parse_line(line, where)
            if comment.id in lines:
                raise InputError(f"duplicate comment id {comment.id!r} (first on line {lines[comment.id]})", where)
        except InputError as exc:
            if not skip_bad:
                raise
            warnings.append(str(exc))
            continue
        lines[comment.id] = lineno
        comments.append(comment)
    _set_depths(comments, lines, name, warnings, skip_bad)
    return Thread(article=None, comments=comments, format="jsonl", warnings=warnings)


def _parse_line(line: str, where: str) -> Comment:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", where) from None
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply", where) from None
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}", where)
    if "id" not in obj or obj["id"] is None:
        raise InputError('missing "id"', where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError('"text" must be a string', where)
    author = obj.get("author")
    if author is not None and not isinstance(author, str):
        raise InputError('"author" must be a string or null', where)
    cid = _as_id(obj["id"], '"id"', where)
    assert cid is not None
    extra = {k: v for k, v in obj.items() if k not in _KNOWN}
    return Comment(cid, _as_id(obj.get("parent"), '"parent"', where), author, 0, text, extra=extra)


def _set_depths(comments: list[Comment], lines: dict[str, int], name: str, warnings: list[str], skip_bad: bool) -> None:
    """Depth from the parent chain; unknown parents and cycles are errors (or, with skip_bad, top-level)."""
    for c in comments:
        if c.parent is not None and c.parent not in lines:
            msg = f"parent {c.parent!r} of comment {c.id!r} is not in the input"
            if not skip_bad:
                raise InputError(msg, f"{name}:{lines[c.id]}")
            warnings.append(f"{name}:{lines[c.id]}: {msg}; read as a top-level comment")
            c.extra["missing_parent"] = c.parent
            c.parent = None
    cycle = set_depths(comments)
    if cycle is not None:
        raise InputError(f"reply cycle through comment {cycle!r}", f"{name}:{lines[cycle]}")


def write_jsonl(thread: Thread) -> str:
    """The thread as JSONL that :func:`read_jsonl` reads back to the same tree."""
    out = []
    for c in thread.comments:
        obj: dict[str, Any] = {"id": c.id, "parent": c.parent, "author": c.author, "text": c.text}
        obj.update({k: v for k, v in c.extra.items() if k not in obj})
        out.append(json.dumps(obj, ensure_ascii=False))
    return "".join(line + "\n" for line in out)
