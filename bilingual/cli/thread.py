"""``bilingual thread FILE``: the comment tree as read, indented by depth, or as JSON."""

from __future__ import annotations

import argparse
import json

from ._common import add_input_args, load_thread, write_text

MAX_DEPTH = 20  # indentation levels shown; deeper replies say their depth


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``thread`` subcommand."""
    p = sub.add_parser("thread", help="print the comment tree of a thread", description=__doc__)
    add_input_args(p)
    # Here --format is the input format (as `--input-format`): `thread` has one output shape per flag.
    p.add_argument("--format", dest="input_format", choices=("auto", "text", "jsonl", "disqus"), help="force the input format")
    p.add_argument("--json", action="store_true", help="print the Thread as JSON")
    p.set_defaults(func=run)


def _first_line(text: str, limit: int = 100) -> str:
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


def run(args: argparse.Namespace) -> int:
    """Print the tree: one line per comment, ``id author: first line of text``."""
    thread = load_thread(args)
    if args.json:
        write_text(None, json.dumps(thread.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    from ..safe import visible_controls

    out = []
    if thread.title:
        out.append(f"# {visible_controls(thread.title)}")
    if thread.article:
        out.append(f"[article] {visible_controls(_first_line(thread.article))}")
    for c in thread.comments:
        author = c.author if c.author is not None else "(unknown)"
        # Indentation stops at MAX_DEPTH levels: a 10,000-deep chain would otherwise print 100 MB of spaces.
        indent = "  " * c.depth if c.depth <= MAX_DEPTH else "  " * MAX_DEPTH + f"[depth {c.depth}] "
        out.append(f"{indent}{c.id}. {visible_controls(author)}: {visible_controls(_first_line(c.text))}")
    out.append(f"{len(thread.comments)} comments, {sum(1 for c in thread.comments if c.parent is None)} at top level")
    write_text(None, "\n".join(out) + "\n")
    return 0
