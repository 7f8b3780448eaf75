"""``bilingual report FILE``: every Arabic passage beside the machine's and the commenter's translation.

Writes one self-contained HTML page (``-o``, default ``report.html``), the same comparison as JSON
(``--json``) and/or in the terminal (``--terminal``). Without an installed model the report is still
made, and says which command installs one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError
from ._common import add_input_args, load_thread, write_text

# Inputs at least this large get a progress bar on stderr (when it is a terminal, or with --progress).
BIG_COMMENTS = 500


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``report`` subcommand."""
    p = sub.add_parser(
        "report", help="side-by-side report: Arabic, machine translation, commenter's translation",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_args(p)
    p.add_argument("-o", "--output", metavar="OUT", help="HTML file to write ('-' for stdout; default: report.html, unless --json or --terminal is given)")
    p.add_argument("--json", metavar="OUT", help="also write everything the report shows as JSON ('-' for stdout)")
    p.add_argument("--terminal", action="store_true", help="show the comparison in the terminal")
    p.add_argument("--model", metavar="NAME", help="translation model: installed name or path (default: the installed one)")
    p.add_argument("--no-mt", dest="mt", action="store_false", help="leave machine translation out")
    p.add_argument("--width", type=int, metavar="N", help="terminal width for --terminal (default: the terminal's)")
    p.add_argument(
        "--bidi", default="auto", choices=("auto", "visual", "isolate", "off"),
        help="how --terminal shows Arabic (see `bilingual show`; default: from the terminal)",
    )
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help=f"progress bar on stderr (default: for inputs of {BIG_COMMENTS}+ comments on a terminal)",
    )
    p.set_defaults(func=run)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _outputs(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The HTML and JSON destinations; refuses to overwrite the input or write both to stdout."""
    html = args.output if args.output is not None else (None if args.json or args.terminal else "report.html")
    for out in (html, args.json):
        if out not in (None, "-") and args.file != "-" and _same_file(out, args.file):
            raise InputError("the output would overwrite the input file", out)
    stdout = [o for o in (html, args.json) if o == "-"] + (["terminal"] if args.terminal else [])
    if len(stdout) > 1:
        raise InputError("only one of -o -, --json - and --terminal can use stdout", "report")
    if args.width is not None and args.width < 20:
        raise InputError(f"--width {args.width} is too narrow (20 at least)", "report")
    return html, args.json


class _Bar:
    """A rich progress bar on stderr, one line whose description is the current stage."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description:<13}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.task = self.progress.add_task("reading", total=None)

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.progress.update(self.task, description=stage, completed=done, total=total or None)

    def __enter__(self) -> "_Bar":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _want_bar(args: argparse.Namespace, thread: Any) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return len(thread.comments) >= BIG_COMMENTS and sys.stderr.isatty()


def run(args: argparse.Namespace) -> int:
    """Build the report once and write every output asked for."""
    html_out, json_out = _outputs(args)
    thread = load_thread(args)
    from ..report import build, render_html, render_terminal, to_json
    from ..report.builder import load_machine

    machine = load_machine(args.model, enabled=args.mt)
    if machine.info.status == "missing":
        print(f"bilingual: warning: {machine.info.message}; the report has no machine translation", file=sys.stderr)
    source = "<stdin>" if args.file == "-" else args.file
    bar = _Bar() if _want_bar(args, thread) else None
    with bar if bar is not None else contextlib.nullcontext():
        report = build(thread, source=source, machine=machine, progress=bar)
        if html_out is not None:
            if bar is not None:
                bar("writing HTML", 0, 1)
            write_text(html_out, render_html(report))
        if json_out is not None:
            write_text(json_out, to_json(report))
        if bar is not None:
            bar("done", 1, 1)
    if args.terminal:
        render_terminal(report, width=args.width, bidi=args.bidi)
    s = report.summary
    for out, what in ((html_out, "HTML"), (json_out, "JSON")):
        if out not in (None, "-"):
            print(
                f"bilingual: wrote {what} report {Path(out)}: {s.passages} passage{'' if s.passages == 1 else 's'}, "
                f"{s.translated} machine-translated, {s.paired} paired with a commenter's translation",
                file=sys.stderr,
            )
    return 0
