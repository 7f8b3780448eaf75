"""``bilingual segment FILE``: the Arabic passages and Arabizi runs of a thread, with their offsets."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import add_input_args, dump_jsonl, load_thread, write_text


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``segment`` subcommand."""
    p = sub.add_parser(
        "segment", help="find the Arabic passages and Arabizi in a thread", description=__doc__,
    )
    add_input_args(p)
    p.add_argument(
        "--format", default="text", choices=("text", "jsonl"),
        help="output: one readable line per passage, or one JSON object per passage (default: text)",
    )
    p.set_defaults(func=run)


def records(thread: Any) -> list[dict[str, Any]]:
    """One JSON-ready object per non-English span, in reading order.

    ``start``/``end`` index the comment's text (the article's for ``comment: null``); plain-text
    dumps add ``file_start``/``file_end`` in the decoded file; ``arabic`` objects list ``insertions``.
    """
    from ..segment import passages

    out: list[dict[str, Any]] = []
    offsets: dict[str | None, int | None] = {}
    for p in passages(thread):
        loc = p.location
        rec: dict[str, Any] = {
            "comment": loc.comment, "start": loc.start, "end": loc.end,
            "kind": p.kind, "lang": p.span.lang, "text": p.text,
        }
        if loc.comment not in offsets:
            offsets[loc.comment] = thread.source_offset(loc.comment)
        base = offsets[loc.comment]
        if base is not None:
            rec["file_start"], rec["file_end"] = base + loc.start, base + loc.end
        if p.kind == "arabic":
            rec["insertions"] = [[a, b] for a, b in p.span.insertions]
        out.append(rec)
    return out


def _text_line(rec: dict[str, Any]) -> str:
    """``comment 2 19-186 arabic ar: text`` with line breaks shown as ⏎ and controls made visible."""
    from ..safe import visible_controls

    where = "article" if rec["comment"] is None else f"comment {rec['comment']}"
    text = visible_controls(rec["text"].replace("\r\n", "\n")).replace("\n", " ⏎ ")
    return f"{where} {rec['start']}-{rec['end']} {rec['kind']} {rec['lang']}: {text}"


def run(args: argparse.Namespace) -> int:
    """Print the passages of the thread in ``args.file``."""
    thread = load_thread(args)
    recs = records(thread)
    if args.format == "jsonl":
        write_text(None, dump_jsonl(recs))
    else:
        write_text(None, "".join(_text_line(r) + "\n" for r in recs))
    return 0
