"""``bilingual show FILE``: the thread as an indented tree, Arabic displayed for this terminal.

Each comment is wrapped to the width left after its indentation; Arabic is reordered and shaped
(``--bidi visual``), the same with each word's letters in logical order for kitty (``kitty``),
isolated for terminals that reorder by themselves (``isolate``) or left in logical order (``off``).
Without ``--bidi`` the mode comes from ``BILINGUAL_BIDI`` or the terminal, and output that is not a
terminal gets plain logical text, unwrapped unless ``--width`` is given. Ids and author names are
printed through :func:`bilingual.safe.terminal_safe`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import textwrap
from typing import Any

from ..safe import terminal_safe
from ._common import add_input_args, check_outputs, load_thread, write_text

STEP = 2  # cells of indentation per reply level
MIN_BODY = 20  # cells a deeply nested comment keeps for its text, whatever its depth
MAX_UNWRAPPED_DEPTH = 20  # indentation levels shown when not wrapping (hostile threads nest thousands deep)

#: ``--bidi`` values, and the help that says which terminal needs which (see bilingual.display.terminals).
BIDI_CHOICES = ("auto", "visual", "kitty", "isolate", "off")
#: The modes, said once for show and for report's terminal output (each command puts its own lead before them).
BIDI_MODES = (
    "'visual': reordered and shaped here, for terminals that draw cells as given "
    "(Alacritty, Ghostty, xterm, xterm.js/VS Code, Windows Terminal; WezTerm and iTerm2 unless their bidi "
    "option is on). 'kitty': the same with each word's letters in logical order, for kitty (it draws "
    "right-to-left words right to left itself). 'isolate': logical order, Arabic isolated, for terminals "
    "that reorder by themselves (GNOME Terminal and other VTE >= 0.58, Konsole, mlterm, mintty, PuTTY, "
    "macOS Terminal; WezTerm with bidi_enabled, iTerm2 with bidi on). 'off': logical order as written. "
    "Default: BILINGUAL_BIDI, else the terminal's kind (PuTTY cannot be detected: set BILINGUAL_BIDI=isolate), "
    "'off' when not a terminal. With visual or kitty on VTE or mintty, their own bidi is switched off "
    "(ESC [8l) while printing and back on (ESC [8h) after"
)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``show`` subcommand."""
    p = sub.add_parser("show", help="print a thread for reading in a terminal, Arabic shaped and ordered", description=__doc__)
    add_input_args(p, pick=True)
    p.add_argument("--width", type=_positive, default=None, help="line width in cells (default: the terminal's)")
    p.add_argument("--bidi", choices=BIDI_CHOICES, default=None, help=f"how Arabic is shown. {BIDI_MODES}")
    p.add_argument("-o", "--output", default=None, metavar="OUT", help="write to this file (atomically) instead of the terminal")
    p.set_defaults(func=run)


def dedent_comment(text: str) -> str:
    """A plain-text dump comment without the page's indentation, which its continuation lines keep."""
    first, newline, rest = text.partition("\n")
    return first + newline + textwrap.dedent(rest) if newline else text


def _block(text: str, indent: int, width: int | None, mode: str, base: int | None = None) -> list[str]:
    """``text`` rendered at ``indent`` cells, wrapped to what is left of ``width``; no trailing blank lines.

    Lines of a right-to-left paragraph shown in visual order are right-aligned, as a reader expects.
    ``base=0`` lays a label out left to right whatever its first letter (``12. علي``).
    """
    from ..display import display_width, render

    room = None if width is None else max(width - indent, 1)
    rendered = render(text, room, mode, base=base)
    lines = [
        " " * (room - display_width(line)) + line if room is not None and line.rtl else str(line)
        for line in rendered
    ]
    while lines and not lines[-1].strip():
        lines.pop()
    pad = " " * indent
    return [pad + line if line.strip() else "" for line in lines]


def nested_indent(depth: int, width: int, under: int) -> int:
    """Cells of indentation of a reply ``depth`` levels down on a ``width``-cell terminal: STEP a level, but never so
    many that its text, ``under`` cells further in, keeps fewer than MIN_BODY cells (none at all under 20 columns).
    ``show`` and ``thread`` both indent by it (``thread`` laid a reply 5 levels down past a 12-column edge)."""
    return min(STEP * depth, max(width - under - MIN_BODY, 0))


def show_lines(thread: Any, width: int | None, mode: str) -> list[str]:
    """The thread as lines: title, article, then each comment's header and text, indented by depth."""
    text_dump = thread.format == "text"
    out: list[str] = []
    if thread.title:
        out += _block(f"# {thread.title}", 0, width, mode) + [""]
    if thread.article:
        out += ["[article]"] + _block(thread.article, STEP, width, mode) + [""]
    for c in thread.comments:
        indent = STEP * min(c.depth, MAX_UNWRAPPED_DEPTH) if width is None else nested_indent(c.depth, width, STEP)
        author = terminal_safe(c.author) if c.author is not None else "(unknown)"
        out += _block(f"{terminal_safe(c.id)}. {author}", indent, width, mode, base=0)  # the number stays left
        out += _block(dedent_comment(c.text) if text_dump else c.text, indent + STEP, width, mode)
        out.append("")
    return out


def run(args: argparse.Namespace) -> int:
    """Print the thread for reading (to a file with ``-o``: laid out as for a pipe, unless --bidi says)."""
    check_outputs(args, [args.output])
    thread = load_thread(args)
    from ..display import output_mode, own_bidi_off, terminal_width

    to_stdout = args.output in (None, "-")
    terminal = to_stdout and sys.stdout.isatty()
    mode = output_mode(args.bidi, terminal)
    width = terminal_width(args.width) if args.width is not None or terminal else None
    with own_bidi_off(mode, sys.stdout) if to_stdout else contextlib.nullcontext():
        write_text(args.output, "\n".join(show_lines(thread, width, mode)) + "\n")
    return 0
