"""JSONL threads: one comment a line, ``{"id", "parent", "author", "text"}`` (+ ``thread``, ``created``,
``permalink``, ``status``, ``flags``); other keys are kept in ``Comment.extra``."""

from __future__ import annotations

import json
from typing import Any

from .model import Thread


def read_jsonl(text: str, name: str = "<input>", skip_bad: bool = False) -> Thread:
    """Parse JSONL comments; a bad line raises :class:`InputError` naming it, or is skipped with a warning."""
    from . import read_string

    if not text.strip():
        return Thread(article=None, comments=[], format="jsonl")
    return read_string(text, "jsonl", name=name, skip_bad=skip_bad)


def write_jsonl(thread: Thread) -> str:
    """The thread as JSONL that :func:`read_jsonl` reads back to the same tree.

    NaN and infinities (never valid JSON, so never read back) raise ``ValueError`` instead of being written.
    """
    out = []
    for c in thread.comments:
        obj: dict[str, Any] = {"id": c.id, "parent": c.parent, "author": c.author, "text": c.text}
        for key in ("created", "permalink", "status"):
            if getattr(c, key) is not None:
                obj[key] = getattr(c, key)
        if c.flags:
            obj["flags"] = list(c.flags)
        obj.update({k: v for k, v in c.extra.items() if k not in obj})
        out.append(json.dumps(obj, ensure_ascii=False, allow_nan=False))
    return "".join(line + "\n" for line in out)
