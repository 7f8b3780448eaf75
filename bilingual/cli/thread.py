"""``bilingual thread FILE...``: the comment tree as read, indented by depth, or as JSON; an input
of several threads (a Disqus export, a Reddit dump) is listed thread by thread with its size
(``--list``), and ``--thread ID`` prints one of them.

Each comment is printed whole: ``id. author:`` and its first line, then its other lines beneath
(a comment longer than 4,000 characters is folded there, saying how much is left),
Arabic displayed as ``bilingual show`` does (reordered and shaped for this terminal; logical order
when not a terminal, or as ``BILINGUAL_BIDI`` says). Ids and authors go through
:func:`bilingual.safe.terminal_safe`, texts through the display's control markers.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import TYPE_CHECKING

from ..errors import InputError
from ._common import _Deprecated, add_input_args, add_output_args, check_outputs, dump, json_text, plural, threads, write_text

if TYPE_CHECKING:
    from ..threads.model import Thread

MAX_DEPTH = 20  # indentation levels shown; deeper replies say their depth
STEP = 2  # cells of indentation per reply level
FOLD = 4_000  # characters of a comment shown (real comments are under 1,500; a 50 MB paste is folded)


class _OldFormat(argparse.Action):
    """``--format auto|disqus`` was the input format here before the one grammar: still read as such,
    with a warning; the output formats (``text``, ``json``, ``jsonl``) mean what they mean everywhere."""

    def __call__(self, parser: argparse.ArgumentParser, ns: argparse.Namespace, values: object, option: str | None = None) -> None:
        from ._common import warn

        if values in ("auto", "disqus"):
            warn(f"--format {values} as the input format is deprecated; use --input-format {values}")
            ns.input_format = values
        else:
            ns.format = values


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``thread`` subcommand."""
    p = sub.add_parser("thread", help="print the comment tree of a thread, or list the threads of an input", description=__doc__)
    add_input_args(p, pick=True)
    add_output_args(p, ("text", "json", "jsonl"), action=_OldFormat, hidden=("auto", "disqus"))
    p.add_argument("--json", dest="format", nargs=0, action=_Deprecated, instead="-f json", value="json", help=argparse.SUPPRESS)
    p.add_argument("--list", action="store_true", help="list the threads, a line each (input, id, platform, comments, title), instead of printing them")
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


def _label(text: str, mode: str) -> str:
    """One line of the listing laid out left to right in ``mode``, its Arabic shaped and ordered inside it."""
    from ..display import render

    return "".join(render(text, None, mode, base=0))


def _comment_lines(head: str, text: str, indent: str, width: int | None, mode: str) -> list[str]:
    """``head`` followed by the comment's first line, then its other lines indented beneath it.

    The text is laid out by :func:`bilingual.display.render` at the width left after the
    indentation; leading and trailing blank lines are dropped, reordered right-to-left lines right-aligned.
    """
    from ..display import display_width, render

    head = _label(head, mode)  # an Arabic author shaped, the number left of it
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


def _listing(found: list[tuple[str, Thread]]) -> str:
    """One line per thread: input, id, platform, comments, title."""
    from ..safe import terminal_safe

    lines = []
    for name, t in found:
        title = f"  {terminal_safe(t.title)}" if t.title else ""
        lines.append(f"{terminal_safe(name)}\t{terminal_safe(t.id or '-')}\t{t.platform or t.format}\t{plural(len(t.comments), 'comment')}{title}")
    return "\n".join(lines) + f"\n{plural(len(found), 'thread')}, {plural(sum(len(t.comments) for _, t in found), 'comment')}\n"


def run(args: argparse.Namespace) -> int:
    """Print each thread's tree, its JSON, or the list of threads."""
    check_outputs(args, [args.output])
    found = list(threads(args))  # --thread keeps only that thread
    if not found:
        raise InputError(f"no thread with id {args.thread!r} (`bilingual thread --list` lists them)" if args.thread else "no thread found", ", ".join(args.files))
    if args.format in ("json", "jsonl"):
        records = (t.to_dict() for _, t in found)
        if args.format == "json" and len(found) == 1:  # one thread: the object itself, as before
            write_text(args.output, json_text(found[0][1].to_dict(), indent=2) + "\n")
        else:
            write_text(args.output, dump(records, args.format))
        return 0
    if args.list or len(found) > 1:
        write_text(args.output, _listing(found))
        return 0
    from ..display import own_bidi_off

    text, mode = tree(found[0][1], args.output in (None, "-"))
    with own_bidi_off(mode, sys.stdout) if args.output in (None, "-") else contextlib.nullcontext():
        write_text(args.output, text)
    return 0


def _indent(depth: int, width: int | None) -> str:
    """A reply's indentation: STEP cells a level up to MAX_DEPTH levels (a 10,000-deep chain would otherwise print
    100 MB of spaces), deeper ones saying their depth; on a terminal no more than leaves its text room
    (:func:`.show.nested_indent`)."""
    from .show import nested_indent

    cells = STEP * min(depth, MAX_DEPTH)
    if width is not None:
        cells = min(cells, nested_indent(depth, width, 2 * STEP))
    return " " * cells + (f"[depth {depth}] " if depth > MAX_DEPTH else "")


def tree(thread: Thread, to_terminal: bool) -> tuple[str, str]:
    """The tree: ``id. author: text`` per comment, indented by depth, its text whole; and the
    display mode it was laid out for."""
    from ..display import output_mode, terminal_width
    from ..safe import terminal_safe
    from .show import dedent_comment

    terminal = to_terminal and sys.stdout.isatty()
    mode = output_mode(None, terminal)
    width = terminal_width() if terminal else None
    out = []
    if thread.title:
        out.append(_label(f"# {terminal_safe(thread.title)}", mode))
    if thread.article:
        out.append(_label(f"[article] {terminal_safe(_first_line(thread.article))}", mode))
    for c in thread.comments:
        author = terminal_safe(c.author) if c.author is not None else "(unknown)"
        indent = _indent(c.depth, width)
        text, left = _fold(dedent_comment(c.text) if thread.format == "text" else c.text)
        out += _comment_lines(f"{terminal_safe(c.id)}. {author}:", text, indent, width, mode)
        if left:
            out.append(f"{indent}{' ' * (2 * STEP)}… [{left:,} more characters: `bilingual show` prints the whole comment]")
    out.append(f"{plural(len(thread.comments), 'comment')}, {sum(1 for c in thread.comments if c.parent is None)} at top level")
    return "\n".join(out) + "\n", mode
