"""``bilingual corpus INPUT... -o OUTDIR``: the report of every thread of a corpus, on Dask, resumable.

Writes, under OUTDIR:
  threads/part-NNNNN.jsonl  one record per thread: what `bilingual report -f json` writes for it alone
  summary.json              corpus figures: passages by language and script, pairs, corpus chrF/TER...
  index.html                the corpus page: figures and every thread, sortable and filterable, linked
                            to the thread's own report under reports/ (threads with passages, or all
                            with --reports)
  errors.jsonl              every input, thread or record that failed, every comment kept with a
                            warning, and every thread whose id an earlier thread had (kind "repeated",
                            naming both inputs; both threads are kept): one JSON object a line
                            (kind, input, thread, location, line, reason)

Runs on an embedded Dask cluster of worker processes sized to the cores (--workers N), or on an
existing one (--scheduler tcp://HOST:8786; OUTDIR and the inputs must then be at the same path on
every worker). A run killed at any moment and started again with the same command does only the
shards that are missing.

A bad record costs only that record: a malformed line (not JSON, not an object, a missing field...)
is left out, the first of a duplicate id kept and the later one left out, an orphan read at top level,
a reply cycle cut; each is listed in errors.jsonl with its place, and the run goes on (--skip-bad,
the default here). With --strict the first failure of the reading (a bad record, an unreadable
input) stops the run with its one-line error instead (exit 2).
Exits 0 when every thread that could be read was processed (failures are counted on stderr and
listed in errors.jsonl), 2 when nothing could be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ._common import add_input_args, add_mt_args, check_outputs, input_names, plural, settings, warn
from ._signals import Stop, signals_stop, stopped_status

if TYPE_CHECKING:
    from ..corpus.runner import Outcome, Tracker


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``corpus`` subcommand."""
    from ..corpus.shards import SHARD_SIZE

    p = sub.add_parser(
        "corpus", help="reports of every thread of a corpus on Dask (resumable): JSONL, summary, index page",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_args(p)
    p.add_argument(
        "--strict", dest="skip_bad", action="store_false",
        help="stop the run at the first bad record or unreadable input (default, as --skip-bad: leave it out, list it in errors.jsonl, go on)",
    )
    p.set_defaults(skip_bad=True)
    p.add_argument("-o", "--output", dest="outdir", required=True, metavar="OUTDIR", help="directory to write (created; resumed when it holds this same run)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes of the embedded cluster (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDR", help="run on this existing Dask scheduler (e.g. tcp://HOST:8786) instead of an embedded cluster")
    p.add_argument("--reports", action="store_true", help="write every thread's HTML report under reports/ (default: threads with passages)")
    p.add_argument("--overwrite", action="store_true", help="replace the outputs of another run in OUTDIR")
    p.add_argument("--shard-size", type=int, default=SHARD_SIZE, metavar="N", help=f"threads per shard (default {SHARD_SIZE})")
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    add_mt_args(p)
    p.set_defaults(func=run)


def _options(args: argparse.Namespace) -> Any:
    """The run's options from the command line, checked (one clear error for each impossible value).

    The embedded cluster's fork server is started once they are checked and before this process
    imports Dask (:mod:`bilingual.corpus.runner`): it imports and warms up meanwhile, on another core.
    """
    from ..corpus.forking import start_fork_server
    from ..corpus.shards import ReadOptions
    from ..threads import parse_fields

    if "-" in args.files:
        raise InputError("a corpus is read from files (a resumed run reads them again); save standard input to a file first", "-")
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers}: give 1 or more", "arguments")
    if args.workers is not None and args.scheduler is not None:
        raise InputError("--workers sizes the embedded cluster; an existing one (--scheduler) has its own workers", "arguments")
    if args.shard_size < 1:
        raise InputError(f"--shard-size {args.shard_size}: give 1 or more", "arguments")
    inputs = _inputs(input_names(args), args.outdir)
    check_outputs(args, [args.outdir], folder=True)
    if os.path.exists(args.outdir) and not os.path.isdir(args.outdir):
        raise InputError("is a file, not a directory: give a directory for the corpus outputs", args.outdir)
    read = ReadOptions(
        args.input_format, parse_fields(args.fields) if args.fields else None, args.encoding, args.errors, args.skip_bad,
    )
    run_settings = settings(args)
    if args.scheduler is None:
        start_fork_server()
    from ..corpus.runner import Options

    return Options(
        inputs, args.outdir, read, run_settings, workers=args.workers, scheduler=args.scheduler,
        shard_size=args.shard_size, all_reports=args.reports, overwrite=args.overwrite,
    )


def _inputs(names: list[str], outdir: str) -> list[str]:
    """The inputs: each file named or matched, each folder's files (:func:`_folder_files`), none inside
    OUTDIR (a resumed run would read its own outputs, and be refused as a run of other inputs)."""
    out: list[str] = []
    for name in names:
        if not os.path.isdir(name):
            out.append(name)
            continue
        files = _folder_files(name, outdir)
        if not files:
            raise InputError("a folder with no input file in it (hidden files left out)", name)
        out.extend(files)
    skip = os.path.realpath(outdir) + os.sep
    return [name for name in dict.fromkeys(out) if not os.path.realpath(name).startswith(skip)]


def _folder_files(folder: str, outdir: str) -> list[str]:
    """A folder's files and its subfolders', in name order, hidden ones (``.name``) and OUTDIR left out."""
    skip = os.path.realpath(outdir)
    files: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) != skip)
        files.extend(os.path.join(root, n) for n in names if not n.startswith("."))
    return sorted(files)


def _tracker(bar: bool, stop: Stop | None = None) -> Tracker:
    """A rich progress bar on stderr (threads done / read, comments per second), or warnings only; each
    step of the run first raises a ``stop`` a signal asked for that did not stop it (:meth:`bilingual.cli.Stop.check`)."""
    from ..corpus.runner import Tracker
    from ..safe import terminal_safe

    class Quiet(Tracker):
        """No bar: the dashboard address and warnings as lines on stderr."""

        def __init__(self) -> None:
            self.model_noted = self.malloc_noted = False
            self.stop = stop or Stop()

        def started(self, workers: int, dashboard: str | None) -> None:
            self.stop.check()
            self.say(f"bilingual: {plural(workers, 'worker')}" + (f"; Dask dashboard at {dashboard}" if dashboard else ""))

        def read(self, threads: int, comments: int) -> None:
            self.stop.check()

        def finished_reading(self) -> None:
            self.stop.check()

        def done(self, threads: int, comments: int, marker: dict[str, Any] | None) -> None:
            self.stop.check()
            model = (marker or {}).get("model") or {}
            if not self.model_noted and model.get("status") == "missing":
                self.note(f"{model.get('message')}; the reports have no machine translation")
                self.model_noted = True
            elif not self.model_noted and model.get("test_model"):
                self.note(str(model.get("message")))
                self.model_noted = True
            trim = ((marker or {}).get("worker") or {}).get("malloc_trim_threshold")
            if not self.malloc_noted and trim is not None and model.get("status") == "loaded":
                self.note(f"the workers run with MALLOC_TRIM_THRESHOLD_={trim} (a Dask nanny default), which makes the model "
                          "several times slower; see docs/SCALE.md, On a cluster")
                self.malloc_noted = True

        def note(self, text: str) -> None:
            self.say(f"bilingual: warning: {terminal_safe(text)}")

        def say(self, line: str) -> None:
            print(line, file=sys.stderr)

    class Bar(Quiet):
        """The progress bar; lines are printed above it."""

        def __init__(self) -> None:
            import time

            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            super().__init__()
            self.progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                TextColumn("{task.completed}/{task.fields[read]} threads"), TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False,
            )
            self.task = self.progress.add_task("starting", total=None, read="0", rate="")
            self.start = time.perf_counter()
            self.clock = time.perf_counter
            self.threads = self.comments = 0
            self.progress.start()

        def started(self, workers: int, dashboard: str | None) -> None:
            super().started(workers, dashboard)
            self.progress.update(self.task, description="processing")

        def read(self, threads: int, comments: int) -> None:
            super().read(threads, comments)
            self.progress.update(self.task, total=threads, read=f"{threads}+")

        def finished_reading(self) -> None:
            super().finished_reading()
            total = self.progress.tasks[0].total
            self.progress.update(self.task, read=str(int(total or 0)))

        def done(self, threads: int, comments: int, marker: dict[str, Any] | None) -> None:
            super().done(threads, comments, marker)
            self.comments += comments
            rate = self.comments / max(1e-9, self.clock() - self.start)
            self.progress.update(self.task, advance=threads, rate=f"{rate:,.0f} comments/s")

        def say(self, line: str) -> None:
            self.progress.console.print(line, markup=False, highlight=False)

        def close(self) -> None:
            self.progress.update(self.task, description="done")
            self.progress.stop()

    return Bar() if bar else Quiet()


def _report(outcome: Outcome, outdir: str) -> None:
    """One closing line on stderr: what was written and how many failed."""
    from ..safe import terminal_safe

    resumed = f", {outcome.resumed_shards} done by an earlier run" if outcome.resumed_shards else ""
    print(
        f"bilingual: wrote {plural(outcome.threads, 'thread')} ({plural(outcome.comments, 'comment')}) "
        f"in {plural(outcome.shards, 'shard')}{resumed} to {terminal_safe(outdir)} "
        f"in {outcome.seconds:.1f} s on {plural(outcome.workers, 'worker')}",
        file=sys.stderr,
    )
    if outcome.repeated_threads:
        warn(f"{plural(outcome.repeated_threads, 'thread')} had the id of an earlier thread (the same thread in two inputs?): "
             f"both kept, each listed in {outdir}/errors.jsonl")
    if outcome.failed_records or outcome.failed_threads or outcome.failed_inputs or outcome.warnings:
        warnings = f"; {plural(outcome.warnings, 'reading warning')}" if outcome.warnings else ""
        warn(f"{plural(outcome.failed_records, 'record')} left out, {plural(outcome.failed_threads, 'thread')} and "
             f"{plural(outcome.failed_inputs, 'input')} failed{warnings}: see {outdir}/errors.jsonl")


def run(args: argparse.Namespace) -> int:
    """Run or resume the corpus; 0 when every readable thread went through (what failed is counted and
    listed), 2 when nothing could be read, 130 on Ctrl-C and 143 on SIGTERM (one line: how to resume)."""
    with signals_stop() as stop:
        try:
            options = _options(args)  # before Dask is imported here: see _options
            from ..corpus.runner import run_corpus

            tracker = _tracker(args.progress if args.progress is not None else sys.stderr.isatty(), stop)
            try:
                outcome = run_corpus(options, tracker)
            except OSError as exc:  # an output that could not be written (a full disk, a read-only folder)
                where = exc.filename if exc.filename is not None else args.outdir
                raise OSError(exc.errno, f"{exc.strerror or exc}; the shards done are kept: run the same command again once it can be written", where) from None
        except BaseException as exc:
            stopped = stop.stopped(exc)
            if stopped is None:
                raise
            return stopped_status(stopped, ": the shards done are kept; run the same command again to resume")
    _report(outcome, args.outdir)
    if outcome.threads == 0 and (outcome.failed_inputs or outcome.failed_threads or outcome.failed_records):
        return 2
    return 0
