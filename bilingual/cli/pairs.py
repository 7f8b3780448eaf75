"""``bilingual pairs FILE``: each Arabic passage with the commenter's own translation of it, if any."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import add_input_args, dump_jsonl, load_thread, write_text


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``pairs`` subcommand."""
    p = sub.add_parser(
        "pairs", help="find the commenters' own translations of the Arabic passages", description=__doc__,
    )
    add_input_args(p)
    p.add_argument(
        "--format", default="text", choices=("text", "jsonl"),
        help="output: readable text (default) or one JSON object per passage",
    )
    p.add_argument("-o", "--output", default=None, help="write to this file instead of stdout")
    p.set_defaults(func=run)


def _excerpt(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, control characters made visible."""
    from ..safe import visible_controls

    flat = " ".join(text.split())
    return visible_controls(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _where(location: Any) -> str:
    comment = "article" if location.comment is None else f"comment {location.comment}"
    return f"{comment} [{location.start}:{location.end}]"


def format_text(found: list[Any]) -> str:
    """The readable report: each passage, then its translation and why, or that there is none."""
    out = []
    for pair in found:
        out.append(f"{_where(pair.passage.location)}: {_excerpt(pair.passage.text)}")
        if pair.translation is None:
            out.append("  no translation found")
        else:
            out.append(f"  -> {_where(pair.translation)} via {pair.via}, score {pair.score:.2f}")
            out.append(f"     {_excerpt(pair.translation_text or '')}")
        out.append(f"     ({_excerpt(pair.reason, 300)})")
    translated = sum(1 for pair in found if pair.translation is not None)
    out.append(f"{len(found)} passages, {translated} with a translation")
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    """Pair the passages of the thread and print them as text or JSONL."""
    from ..pairing import pairs

    found = pairs(load_thread(args))
    if args.format == "jsonl":
        write_text(args.output, dump_jsonl(pair.to_dict() for pair in found))
    else:
        write_text(args.output, format_text(found))
    return 0
