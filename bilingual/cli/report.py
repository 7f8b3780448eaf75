"""``bilingual report FILE...``: every Arabic passage beside the machine's and the commenter's translation.

Writes one self-contained HTML page (``-f html``, the default, to ``-o`` or report.html), the same
comparison as JSON (``-f json``) or in the terminal (``-f terminal``). Without an installed model
the report is still made, and says which command installs one.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError
from .show import BIDI_CHOICES, BIDI_MODES
from ._common import _Deprecated, add_input_args, add_jobs_arg, add_mt_args, check_outputs, load_thread, settings, warn, write_text

# Inputs at least this large get a progress bar on stderr (when it is a terminal, or with --progress).
BIG_COMMENTS = 500
FORMATS = ("html", "json", "terminal")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``report`` subcommand."""
    p = sub.add_parser(
        "report", help="side-by-side report: Arabic, machine translation, commenter's translation",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_args(p, pick=True)
    p.add_argument("-f", "--format", dest="format", default="html", choices=FORMATS, help="output format (default: html)")
    p.add_argument("-o", "--output", metavar="OUT", help="file to write, atomically ('-' for stdout; default: report.html for html, stdout for json; -f terminal prints to the terminal, with no -o)")
    p.add_argument("--json", dest="also_json", metavar="OUT", action=_Deprecated, instead="a second run with -f json -o OUT", help=argparse.SUPPRESS)
    p.add_argument("--terminal", dest="also_terminal", nargs=0, action=_Deprecated, instead="-f terminal", value=True, help=argparse.SUPPRESS)
    add_mt_args(p)
    add_jobs_arg(p)
    p.add_argument("--width", type=int, metavar="N", help="terminal width for -f terminal (default: the terminal's)")
    p.add_argument("--bidi", default="auto", choices=BIDI_CHOICES, help=f"how -f terminal shows Arabic. {BIDI_MODES}")
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help=f"progress bar on stderr (default: for inputs of {BIG_COMMENTS}+ comments on a terminal)",
    )
    p.set_defaults(func=run, also_json=None, also_terminal=False)


def _outputs(args: argparse.Namespace) -> tuple[str | None, str | None, bool]:
    """The HTML and JSON destinations and whether the terminal view is shown; refuses to overwrite
    an input, to write two outputs to one file, or two to stdout."""
    terminal = args.format == "terminal" or args.also_terminal
    html = json_out = None
    if args.format == "html":
        html = args.output if args.output is not None else (None if args.also_json or args.also_terminal else "report.html")
    elif args.format == "json":
        json_out = args.output if args.output is not None else "-"
    elif args.output is not None:
        raise InputError("-f terminal writes to the terminal; -o is for html and json", args.output)
    if args.also_json is not None:
        json_out = args.also_json
    check_outputs(args, [html, json_out])
    stdout = [o for o in (html, json_out) if o == "-"] + (["terminal"] if terminal else [])
    if len(stdout) > 1:
        raise InputError("only one output can use stdout", "report")
    if args.width is not None and args.width < 20:
        raise InputError(f"--width {args.width} is too narrow (20 at least)", "report")
    return html, json_out, terminal


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
    """Run the pipeline once and write every output asked for."""
    from ..collector import frozen_heap
    from ..pipeline import load_machine
    from ..report import build, html_pieces, json_pieces, render_terminal
    from ..threads import reading_jobs

    html_out, json_out, terminal = _outputs(args)
    options = settings(args)
    with reading_jobs(options.jobs):  # a big JSON Lines file's second half read by a worker meanwhile
        thread = load_thread(args)
    machine = load_machine(options)
    if machine.info.status == "missing":
        warn(f"{machine.info.message}; the report has no machine translation")
    elif machine.info.test_model:
        warn(machine.info.message)
    bar = _Bar() if _want_bar(args, thread) else None
    with frozen_heap(), bar if bar is not None else contextlib.nullcontext():  # what each stage made, frozen as the next starts
        report = build(thread, source=args.source_name, settings=options, machine=machine, progress=bar, page=html_out is not None)
        if html_out is not None:
            if bar is not None:
                bar("writing HTML", 0, 1)
            write_text(html_out, html_pieces(report))
        if json_out is not None:
            write_text(json_out, json_pieces(report))
        if bar is not None:
            bar("done", 1, 1)
    if terminal:
        from ..display import terminal_width

        render_terminal(report, width=terminal_width(args.width), bidi=args.bidi)
    s = report.summary
    for out, what in ((html_out, "HTML"), (json_out, "JSON")):
        if out not in (None, "-"):
            print(
                f"bilingual: wrote {what} report {Path(out)}: {s.passages} passage{'' if s.passages == 1 else 's'}, "
                f"{s.translated} machine-translated, {s.paired} paired with a commenter's translation",
                file=sys.stderr,
            )
    return 0
