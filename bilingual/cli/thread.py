"""``bilingual thread FILE``: the comment tree as read, indented by depth, or as JSON.

Each comment is printed whole: ``id. author:`` and its first line, then its other lines beneath
(a comment longer than :data:`FOLD` characters is folded there, saying how much is left),
Arabic displayed as ``bilingual show`` does (reordered and shaped for this terminal; logical order
when not a terminal, or as ``BILINGUAL_BIDI`` says). Ids and authors go through
:func:`bilingual.safe.terminal_safe`, texts through the display's control markers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from ._common import add_input_args, load_thread, write_text

MAX_DEPTH = 20  # indentation levels shown; deeper replies say their depth
STEP = 2  # cells of indentation per reply level
FOLD = 4_000  # characters of a comment shown (real comments are under 1,500; a 50 MB paste is folded)


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


def _fold(text: str) -> tuple[str, int]:
    """``text`` cut after :data:`FOLD` characters (at a space when one is near), and how many are left out."""
    if len(text) <= FOLD:
        return text, 0
    cut = text.rfind(" ", FOLD - 200, FOLD)
    cut = cut if cut > 0 else FOLD
    return text[:cut], len(text) - cut


def _comment_lines(head: str, text: str, indent: str, width: int | None, mode: str) -> list[str]:
    """``head`` followed by the comment's first line, then its other lines indented beneath it.

    The text is laid out by :func:`bilingual.display.render` at the width left after the
    indentation; leading and trailing blank lines are dropped, reordered right-to-left lines right-aligned.
    """
    from ..display import display_width, render

    first_room = None if width is None else max(width - display_width(indent + head) - 1, 1)
    rest = indent + " " * (2 * STEP)
    room = None if width is None else max(width - len(rest), 1)
    text = text.strip("\n")
    lines = render(text, first_room, mode) if text else []
    out = [f"{indent}{head}" + (f" {lines[0]}".rstrip() if lines else "")]
    if len(lines) > 1:
        body = text[lines[1].start :] if first_room != room else None
        rendered = render(body, room, mode) if body is not None else lines[1:]
        for line in rendered:
            shown = " " * (room - display_width(line)) + line if room is not None and line.rtl else str(line)
            out.append(rest + shown if shown.strip() else "")
    while out and not out[-1]:
        out.pop()
    return out


def run(args: argparse.Namespace) -> int:
    """Print the tree: ``id. author: text`` per comment, indented by depth, its text whole."""
    thread = load_thread(args)
    if args.json:
        write_text(None, json.dumps(thread.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    from ..display import output_mode, own_bidi_off
    from ..safe import terminal_safe
    from .show import dedent_comment

    terminal = sys.stdout.isatty()
    mode = output_mode(None, terminal)
    width = shutil.get_terminal_size().columns if terminal else None
    out = []
    if thread.title:
        out.append(f"# {terminal_safe(thread.title)}")
    if thread.article:
        out.append(f"[article] {terminal_safe(_first_line(thread.article))}")
    for c in thread.comments:
        author = terminal_safe(c.author) if c.author is not None else "(unknown)"
        # Indentation stops at MAX_DEPTH levels: a 10,000-deep chain would otherwise print 100 MB of spaces.
        indent = " " * STEP * c.depth if c.depth <= MAX_DEPTH else " " * STEP * MAX_DEPTH + f"[depth {c.depth}] "
        text, left = _fold(dedent_comment(c.text) if thread.format == "text" else c.text)
        out += _comment_lines(f"{terminal_safe(c.id)}. {author}:", text, indent, width, mode)
        if left:
            out.append(f"{indent}{' ' * (2 * STEP)}… [{left:,} more characters: `bilingual show` prints the whole comment]")
    out.append(f"{len(thread.comments)} comments, {sum(1 for c in thread.comments if c.parent is None)} at top level")
    with own_bidi_off(mode, sys.stdout):
        write_text(None, "\n".join(out) + "\n")
    return 0
