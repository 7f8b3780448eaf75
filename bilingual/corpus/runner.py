# mypy: disallow-untyped-calls=False
# (distributed's Client, LocalCluster, wait and Future.cancel carry no annotations.)
"""The corpus run on Dask: an embedded ``LocalCluster`` (worker processes sized to the cores) or an
existing scheduler (``--scheduler tcp://HOST:8786``), the same code path for both.

The client reads the inputs (streamed, shard by shard) and keeps a bounded number of shards in
flight, so memory is bounded by the shards, not the corpus. Each shard is one task: on its worker it
runs the pipeline and the report of every thread and writes the shard's files (see :mod:`.shards`).
The translation model is loaded once per worker process (:func:`_machine`), and a worker plugin sets
``$BILINGUAL_THREADS`` so that CTranslate2's threads times the workers of a host equal its cores.

A worker that dies mid-shard is replaced by Dask and its shard run again elsewhere; a shard that kills
its worker every time (``distributed.scheduler.allowed-failures``) is reported in ``errors.jsonl`` with
its threads and redone by the next run. This is the only module that imports Dask.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import pickle
import queue
import resource
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import BilingualError, InputError
from .forking import start_fork_server
from .shards import (
    Layout, ReadOptions, Shard, dumps, error_entry, iter_shards, locked, make_manifest, prepare, read_marker, remove_temporaries,
    write_atomic,
)

if TYPE_CHECKING:
    from pathlib import Path

    from distributed import Client, Future
    from distributed.worker import Worker

    from ..pipeline import Machine, Settings

__all__ = ["Job", "Options", "Outcome", "Tracker", "pack", "process_shard", "run_corpus"]

#: Shards in flight per worker: enough to keep each busy while the client reads the next.
IN_FLIGHT_PER_WORKER = 2
#: Shards the client reads ahead of the cluster (it reads while the cluster starts).
READ_AHEAD = 4
#: Reading failures told on stderr, one line each, before the rest are only listed in errors.jsonl.
NOTED_FAILURES = 20
#: How long to wait for the first worker of an existing cluster.
WORKER_WAIT_S = 60
#: How long to wait for a TCP connection to an existing cluster's scheduler before anything is written.
CONNECT_WAIT_S = 10
#: Dask settings of the embedded cluster (an existing one keeps its own; docs/SCALE.md suggests the
#: same). Each is CPU a worker or the client spent on bookkeeping instead of shards, in proportion to
#: the run's wall time: the statistical profiler walks the running task's stack every 10 ms, the
#: event-loop health check wakes every server 50 times a second, the system monitor polls psutil
#: (and the GIL, when gilknocker is installed) twice a second, and each worker and nanny reads its
#: process's memory 10 times a second (once a second still catches a worker past its memory limit
#: within a second; a shard is seconds of work). The nanny's MALLOC_TRIM_THRESHOLD_ is
#: not set in the workers: it turns off glibc's dynamic mmap threshold, so every large buffer
#: CTranslate2 allocates is a fresh mmap and page faults (the model ran 3.7x slower per CPU second).
#: Queuing and work stealing keep their defaults: each worker holds its next shard (no round trip
#: through the scheduler between shards), and at the end of the run an idle worker steals a shard
#: waiting behind a busy one.
EMBEDDED_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


@dataclass(frozen=True, slots=True)
class Options:
    """A corpus run: the inputs (files, globs expanded), OUTDIR, how to read and what to run."""

    inputs: list[str]
    outdir: str
    read: ReadOptions
    settings: Settings
    workers: int | None = None
    scheduler: str | None = None
    shard_size: int = 100
    all_reports: bool = False
    overwrite: bool = False


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker needs besides the shard: where to write and how to run the pipeline."""

    outdir: str
    settings: Settings
    all_reports: bool
    version: str


@dataclass(slots=True)
class Outcome:
    """What a run did: threads written (this run and before), failures (records left out, threads and
    inputs that failed), warnings of the reading (a comment kept with a flag), threads whose id an
    earlier thread had (both kept), and the time it took."""

    threads: int = 0
    comments: int = 0
    shards: int = 0
    resumed_shards: int = 0
    failed_threads: int = 0
    failed_inputs: int = 0
    failed_records: int = 0
    warnings: int = 0
    repeated_threads: int = 0
    seconds: float = 0.0
    workers: int = 0
    dashboard: str | None = None


class Tracker:
    """What a run tells as it goes; the command shows it as a progress bar, tests hook into it.

    Every method is called on the client, in the main thread.
    """

    def started(self, workers: int, dashboard: str | None) -> None:
        """The cluster is up with ``workers`` workers (``dashboard``: its address, if it serves one)."""

    def read(self, threads: int, comments: int) -> None:
        """The inputs read so far hold ``threads`` threads and ``comments`` comments."""

    def finished_reading(self) -> None:
        """Every input has been read: the totals are final."""

    def done(self, threads: int, comments: int, marker: dict[str, Any] | None) -> None:
        """A shard is done (``marker``: its figures; ``None``: done by an earlier run, or failed)."""

    def note(self, text: str) -> None:
        """A warning worth a line on stderr (an input that failed, the test model in use...)."""

    def close(self) -> None:
        """The run is over, finished or not (called once, last)."""


# --- worker side --------------------------------------------------------------------------------------

#: The models this worker process has loaded, by settings: each is loaded once, used for every thread.
_MACHINES: dict[str, Machine] = {}
#: The host's cores as first seen by this process (before the plugin set $BILINGUAL_THREADS).
_HOST_CORES: list[int] = []


@dataclass(slots=True)
class ModelClock:
    """Time this worker process spent inside the model (``Engine.translate``) and what it was given:
    the shard's marker reports the difference over the shard, so the model's own speed in a worker
    can be set beside one process translating the same sentences (``bench/bench_corpus.py``)."""

    calls: int = 0
    sentences: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def copy(self) -> ModelClock:
        """The counters now."""
        return ModelClock(self.calls, self.sentences, self.seconds, self.cpu_seconds)

    def since(self, before: ModelClock) -> dict[str, Any]:
        """What was counted since ``before`` (a :meth:`copy`), for a marker."""
        return {
            "model_calls": self.calls - before.calls, "model_inputs": self.sentences - before.sentences,
            "model_seconds": round(self.seconds - before.seconds, 4), "model_cpu_seconds": round(self.cpu_seconds - before.cpu_seconds, 4),
        }


_MODEL_CLOCK = ModelClock()


def _timed_engine(machine: Machine) -> None:
    """Count every call of the machine's ``Engine.translate`` in :data:`_MODEL_CLOCK` (time and sentences)."""
    engine = machine.engine
    if engine is None:
        return
    translate = engine.translate

    def timed(sentences: Any, *args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return translate(sentences, *args, **kwargs)
        finally:
            _MODEL_CLOCK.calls += 1
            _MODEL_CLOCK.sentences += len(sentences)
            _MODEL_CLOCK.seconds += time.perf_counter() - start
            _MODEL_CLOCK.cpu_seconds += time.process_time() - cpu

    setattr(engine, "translate", timed)  # an instance attribute (mypy forbids assigning to a method)


def _machine(settings: Settings) -> tuple[Machine, bool]:
    """This worker's model for ``settings`` (loaded on first use), and whether this call loaded it."""
    from ..pipeline import load_machine

    key = dumps([settings.to_dict(), settings.cache])
    machine = _MACHINES.get(key)
    if machine is not None:
        return machine, False
    machine = _MACHINES[key] = load_machine(settings)
    _timed_engine(machine)
    return machine, True


class ThreadLayout(WorkerPlugin):
    """Sets ``$BILINGUAL_THREADS`` on every worker (new ones included) before a model is loaded, so
    CTranslate2's threads times the worker processes of a host equal the host's cores.

    ``threads`` fixes the count (the embedded cluster knows its cores and workers); otherwise each
    worker divides its host's cores by ``per_host[its host]``, the workers there when the run started.
    """

    name = "bilingual-ctranslate2-threads"

    def __init__(self, threads: int | None, per_host: dict[str, int]) -> None:
        self.threads = threads
        self.per_host = per_host

    def setup(self, worker: Worker) -> None:
        """Set the thread count of this worker process."""
        from distributed.comm.addressing import get_address_host

        from ..mt.engine import available_cores

        if not _HOST_CORES:
            _HOST_CORES.append(available_cores())
        share = self.per_host.get(get_address_host(worker.address), 1)
        os.environ["BILINGUAL_THREADS"] = str(self.threads or max(1, _HOST_CORES[0] // max(1, share)))


def _reason(exc: BaseException) -> str:
    """A failure as one line: the toolkit's own message, else the exception's type and text."""
    from ..safe import terminal_safe

    text = str(exc) if isinstance(exc, BilingualError) else f"{type(exc).__name__}: {exc}"
    return terminal_safe(text)[:500]


class _ReportWriter:
    """Writes a shard's HTML reports (each atomically, flushed to disk) in a thread of its own, so the
    worker goes on with the next thread while the disk syncs (an ``fsync`` is milliseconds of waiting
    a file, and most threads have a report). Leaving the ``with`` block waits for every file and
    raises the first write that failed: the shard then fails as a whole and its marker is not written."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bilingual-reports")
        self.pending: list[Any] = []

    def write(self, path: Path, text: str) -> None:
        """Queue ``text`` to be written to ``path``."""
        self.pending.append(self.pool.submit(write_atomic, path, [text]))

    def __enter__(self) -> _ReportWriter:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        self.pool.shutdown(wait=True)
        if kind is None:  # else the shard already failed: that error is the one to tell
            for future in self.pending:
                future.result()


def process_shard(task: Shard | bytes, job: Job) -> dict[str, Any]:
    """Run the pipeline and the report on every thread of a shard and write its files: the JSONL
    part (each record is what ``bilingual report -f json`` writes for that thread alone), the HTML
    reports asked for, then the completion marker, each atomically. Returns the marker's figures.

    ``task`` is the shard, or the shard as the client submits it (:func:`pack`), unpickled here (its
    time counted with the shard's).

    The shard's threads are segmented first and their sentences translated in one call
    (:func:`bilingual.pipeline.run_many`: each distinct sentence once, each source padded to a length
    set by its own token count, so each gets the translation it gets in its thread alone), then each thread is paired and written.

    A thread that fails is left out of the part and listed in the marker's errors; the shard goes on.
    """
    from .. import __version__
    from ..pipeline import run_many
    from ..report import build, html_pieces
    from .summary import ShardFigures

    if __version__ != job.version:  # the records would not be the client's toolkit's
        raise InputError(f"a worker runs bilingual {__version__}, the command {job.version}: install the same version everywhere", os.uname().nodename)
    began, start, cpu = time.time(), time.perf_counter(), time.process_time()
    shard: Shard = pickle.loads(task) if isinstance(task, bytes) else task
    layout = Layout(job.outdir)
    machine, loaded = _machine(job.settings)
    clock = _MODEL_CLOCK.copy()
    figures = ShardFigures()
    reports = _ReportWriter()

    def records() -> Iterator[str]:
        for position, (thread, result) in enumerate(zip(shard.threads, run_many(shard.threads, job.settings, machine=machine))):
            try:
                if isinstance(result, Exception):
                    raise result
                report = build(result, source=shard.source)
                line = dumps(report.to_dict()) + "\n"
                link = layout.report_link(shard.number, position) if job.all_reports or report.passages else None
                if link is not None:
                    reports.write(layout.root / link, "".join(html_pieces(report)))
            except Exception as exc:  # one thread's failure is reported, never the shard's
                figures.error(shard.source, shard.first + position, thread.id, _reason(exc))
                continue
            figures.add(report, result, shard.first + position, link)
            yield line

    with reports:
        write_atomic(layout.part(shard.number), records())
    marker = {
        "shard": shard.number, "input": shard.input, "source": shard.source, "first": shard.first,
        "model": machine.info.to_dict(), **figures.to_dict(),
        "worker": {
            "pid": os.getpid(), "host": os.uname().nodename, "loaded_model": loaded, "started": round(began, 3),
            "seconds": round(time.perf_counter() - start, 4), "cpu_seconds": round(time.process_time() - cpu, 4),
            "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "malloc_trim_threshold": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            **_MODEL_CLOCK.since(clock),
        },
    }
    write_atomic(layout.marker(shard.number), [dumps(marker), "\n"])
    return marker


def pack(shard: Shard) -> bytes:
    """``shard`` pickled once, on the client, for :func:`process_shard` on a worker.

    Given as bytes, a shard passes through the scheduler as it is: given as a :class:`Shard`, the
    scheduler unpickles the task's arguments (every Thread and Comment of the shard) and pickles them
    again for the worker, in the command's own process, on the cores the workers need (about 0.13 CPU s
    for a shard of 5,000 comments).
    """
    return pickle.dumps(shard, protocol=pickle.HIGHEST_PROTOCOL)


# --- client side --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    """A shard in flight: enough to name its threads in errors.jsonl if its task fails."""

    number: int
    source: str
    first: int
    ids: list[str | None]
    comments: int


class _ErrorLog:
    """The failures the client sees, as errors.jsonl entries: what the reading reports (inputs, threads,
    records left out, comments flagged), in reading order, kept in an anonymous file in OUTDIR (a dump
    can have millions of bad lines; a killed run leaves nothing behind), and the shards whose task failed
    (not in any marker). Every run reads every input again, so a resumed run lists the reading's entries
    once, as a run from the start does."""

    def __init__(self, root: Path) -> None:
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=root)
        self.kinds: dict[str, int] = {}
        self.shards: list[dict[str, Any]] = []

    def add(self, entry: dict[str, Any]) -> None:
        """Keep one entry of the reading."""
        self.kinds[entry["kind"]] = self.kinds.get(entry["kind"], 0) + 1
        self.spool.write(dumps(entry) + "\n")

    def count(self, kind: str) -> int:
        """Entries of the reading of this ``kind``."""
        return self.kinds.get(kind, 0)

    def lines(self) -> Iterator[str]:
        """The reading's entries, as written."""
        self.spool.flush()
        self.spool.seek(0)
        yield from self.spool

    def close(self) -> None:
        """Let the spool go."""
        self.spool.close()


class _ReadAhead:
    """The inputs' shards read in a thread of their own, :data:`READ_AHEAD` at most ahead of the run:
    reading starts before the cluster and goes on while it starts (a JSONL input is read whole before
    its first thread). Iterating gives each shard with its task's argument (:func:`pack`, made here,
    ``None`` for the shards in ``done``: not run again), and the errors.jsonl entry of each failure of the
    reading (a dict), in reading order on the caller's thread; an unexpected error of the reader is raised there."""

    _END = object()

    def __init__(self, options: Options, done: set[int]) -> None:
        self.options = options
        self.done = done
        self.items: queue.Queue[object] = queue.Queue(maxsize=READ_AHEAD)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._read, name="bilingual-reader", daemon=True)
        self.thread.start()

    def _put(self, item: object) -> bool:
        """Queue ``item`` unless the run stopped reading; whether it was queued."""
        while not self.stopped.is_set():
            try:
                self.items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _failed(self, entry: dict[str, Any]) -> None:
        """A failure of the reading: told to the caller in order."""
        self._put(entry)

    def _read(self) -> None:
        """The reader thread: every shard, then the end (or the error that stopped it)."""
        options = self.options
        try:
            for shard in iter_shards(options.inputs, options.read, options.shard_size, self._failed):
                if not self._put((shard, None if shard.number in self.done else pack(shard))):
                    return
        except BaseException as exc:  # raised on the caller's thread
            self._put(exc)
        self._put(self._END)

    def __iter__(self) -> Iterator[tuple[Shard, bytes | None] | dict[str, Any]]:
        while (item := self.items.get()) is not self._END:
            if isinstance(item, BaseException):
                raise item
            yield cast("tuple[Shard, bytes | None] | dict[str, Any]", item)

    def close(self, wait: bool = True) -> None:
        """Stop reading (the run ended or failed) and, with ``wait``, wait for the reader.

        An interrupted run does not wait: a signal that cut an import short on the caller's thread can
        leave that module's lock held, and a reader importing the same module then waits for good
        (SIGINT a second into a run hung it). The reader writes nothing; as a daemon it ends with the process.
        """
        self.stopped.set()
        if wait:
            self.thread.join()


@contextlib.contextmanager
def _client(options: Options) -> Iterator[tuple[Client, int, str | None, int | None]]:
    """A client on the embedded cluster (or the scheduler named), with its worker count, dashboard
    address (``None`` when it serves none) and the CTranslate2 threads per worker when known."""
    import importlib.util

    from distributed import Client, LocalCluster

    from ..mt.engine import available_cores

    if options.scheduler is not None:
        try:
            client = Client(options.scheduler, timeout=WORKER_WAIT_S)
        except (OSError, TimeoutError) as exc:
            raise InputError(f"cannot reach the Dask scheduler: {_reason(exc)}", options.scheduler) from None
        except MemoryError:  # Dask read the first bytes of another protocol's answer as a message length
            raise InputError(
                "what answers there is not a Dask scheduler (the dashboard's port? a scheduler listens on 8786 by default)",
                options.scheduler,
            ) from None
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_S)
            dashboard = client.dashboard_link if "dashboard" in client.scheduler_info().get("services", {}) else None
            dashboard = dashboard if dashboard is not None and served(dashboard) else None
            yield client, len(client.scheduler_info()["workers"]), dashboard, None
        except TimeoutError:
            raise InputError(f"no worker joined the scheduler within {WORKER_WAIT_S} s", options.scheduler) from None
        finally:
            client.close()
        return
    import dask
    import distributed.utils
    from distributed.deploy.spec import SpecCluster

    cores = available_cores()
    workers = options.workers or cores
    has_dashboard = importlib.util.find_spec("bokeh") is not None
    # Worker processes are forked from a fork server that has imported Dask and warmed up the pipeline
    # once (bilingual.corpus.warm): each starts warm, sharing those pages, instead of paying the imports
    # and the first thread's loads itself. The command started it already (start_fork_server is
    # idempotent): it imports and warms up while this process imports Dask and starts the scheduler.
    # The settings hold for the cluster's lifetime: a nanny reads them again when it replaces a worker.
    method = "forkserver" if start_fork_server() else "spawn"
    # Dask's get_mp_context, on its first call, imports numpy and pandas here only to name them in the
    # fork server's preload list, which has no effect on a server that runs (0.4-0.6 s of this
    # process, as the scheduler starts): the list is the one start_fork_server gave.
    distributed.utils._forkserver_preload_set = True
    with dask.config.set({**EMBEDDED_CONFIG, "distributed.worker.multiprocessing-method": method}):
        # The scheduler serves HTTP (the dashboard with bokeh) whatever is asked: on a free port, never 8787's.
        others = set(SpecCluster._instances)
        try:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.CRITICAL, dashboard_address=":0",
            )
        except BaseException:
            _close_half_started(set(SpecCluster._instances) - others)
            raise
        try:
            client = Client(cluster)
            try:
                dashboard = cluster.dashboard_link if has_dashboard and served(cluster.dashboard_link) else None
                yield client, workers, dashboard, max(1, cores // workers)
            finally:
                client.close()
        finally:
            cluster.close()


#: How long to wait for a scheduler's dashboard to answer before its link is left unsaid.
DASHBOARD_WAIT_S = 2
#: A file the dashboard's Bokeh server serves beside its pages, relative to the dashboard's link.
BOKEH_FILE = "static/js/bokeh.min.js"


def served(link: str) -> bool:
    """Whether a Bokeh dashboard answers at ``link``. A scheduler started ``--no-dashboard`` still serves
    HTTP on the dashboard's port and names it as its dashboard (its pages are 404s), and one without
    bokeh serves a page at ``/status`` saying to install it: so what is asked is :data:`BOKEH_FILE`, with
    ``HEAD`` (no page is rendered), which only Bokeh's server has (checked 2026-12-05 with bokeh 3.9:
    200 from a dashboard, 404 from the two others). No answer within :data:`DASHBOARD_WAIT_S` counts as none."""
    import urllib.error
    import urllib.parse
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(urllib.parse.urljoin(link, BOKEH_FILE), method="HEAD")
    try:
        opener.open(request, timeout=DASHBOARD_WAIT_S).close()
    except (OSError, ValueError):  # urllib's HTTPError (a 404) is an OSError too
        return False
    return True


def _close_half_started(clusters: set[Any]) -> None:
    """Close the clusters whose start failed or was interrupted (Ctrl-C in the run's first seconds), once,
    their failure ignored (a worker still starting fails Dask's close), and take them out of Dask's exit
    hook, which closed them again and printed that failure as a traceback after the command's one line."""
    for cluster in clusters:
        with contextlib.suppress(Exception):
            cluster.close(timeout=5)
        cluster.shutdown_on_close = False


def check_scheduler(address: str) -> None:
    """One line, within seconds, for a ``--scheduler`` address that is malformed or where nothing
    listens, before OUTDIR is touched: Dask itself retries a refused connection for its whole timeout
    (a minute) and fails on a malformed address with a bare ``ValueError``."""
    import socket

    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        host, port = parse_host_port(location)
    except ValueError as exc:
        raise InputError(f"not a Dask scheduler address ({exc}): give tcp://HOST:PORT", address) from None
    if scheme not in ("tcp", "tls"):
        return
    try:
        socket.create_connection((host, port), timeout=CONNECT_WAIT_S).close()
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler: {_reason(exc)}", address) from None


def _per_host(client: Client) -> dict[str, int]:
    """Worker processes per host of the cluster, now."""
    counts: dict[str, int] = {}
    for info in client.scheduler_info()["workers"].values():
        counts[info["host"]] = counts.get(info["host"], 0) + 1
    return counts


def run_corpus(options: Options, tracker: Tracker | None = None) -> Outcome:
    """Run (or resume) a corpus: every shard not yet done is processed on the cluster, then
    ``summary.json``, ``index.html`` and ``errors.jsonl`` are written from all the shards' markers.

    Raises :class:`InputError` for an OUTDIR of another run (without ``overwrite``), an unreachable
    scheduler, or a model error that every shard would hit (e.g. a ``--model`` that does not exist).
    """
    tracker = tracker or Tracker()
    try:
        return _run(options, tracker)
    finally:
        tracker.close()


def _run(options: Options, tracker: Tracker) -> Outcome:
    """:func:`run_corpus` without the tracker's closing."""
    from concurrent.futures import ThreadPoolExecutor

    if options.scheduler is not None:
        check_scheduler(options.scheduler)
    layout = Layout(options.outdir)
    manifest = make_manifest(options.inputs, options.read, options.settings, options.shard_size, options.all_reports)
    outcome = Outcome()
    begin = time.perf_counter()
    with locked(layout):
        done = prepare(layout, manifest, options.overwrite)
        errors = _ErrorLog(layout.root)
        job = Job(str(layout.root), options.settings, options.all_reports, manifest["bilingual_version"])
        # summary.json, errors.jsonl and index.html are written while the cluster shuts down (its
        # worker processes take a second or more to end): neither needs the other.
        writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bilingual-outputs")
        reader = _ReadAhead(options, done)
        signalled = False
        try:
            with _client(options) as (client, workers, dashboard, threads):
                client.register_plugin(ThreadLayout(threads, _per_host(client)))
                outcome.workers, outcome.dashboard = workers, dashboard
                tracker.started(workers, dashboard)
                _process(reader, job, client, workers, outcome, errors, tracker, options.read.skip_bad)
                written = writer.submit(_finish, layout, outcome, errors, options)
        except BaseException as exc:
            signalled = not isinstance(exc, Exception)  # KeyboardInterrupt, SystemExit: see _ReadAhead.close
            raise
        finally:
            reader.close(wait=not signalled)
            writer.shutdown(wait=True)
            errors.close()
        written.result()
    outcome.seconds = time.perf_counter() - begin
    return outcome


def _process(
    reader: _ReadAhead, job: Job, client: Client, workers: int, outcome: Outcome, errors: _ErrorLog, tracker: Tracker,
    skip_bad: bool,
) -> None:
    """Take the shards as they are read and run every shard not done by an earlier run, a bounded number in flight.
    Without ``skip_bad`` (``--strict``) the first failure of the reading stops the run (an :class:`InputError`)."""
    from distributed import wait

    token = uuid.uuid4().hex[:12]
    limit = IN_FLIGHT_PER_WORKER * max(1, workers) + 1
    inflight: dict[Future[dict[str, Any]], _Pending] = {}
    noted = 0

    def on_read_error(entry: dict[str, Any]) -> None:
        nonlocal noted
        if not skip_bad:
            raise InputError(entry["reason"], entry["location"])
        errors.add(entry)
        noted += 1
        if noted <= NOTED_FAILURES:
            tracker.note(f"{entry['location']}: {entry['reason']}")
        elif noted == NOTED_FAILURES + 1:
            tracker.note(f"more failures of the reading are listed in errors.jsonl only (the first {NOTED_FAILURES} are above)")

    def finish(futures: Any) -> None:
        for future in futures:
            _collect(future, inflight.pop(future), errors, tracker, job.outdir)

    read_threads = read_comments = 0
    try:
        for item in reader:
            if isinstance(item, dict):
                on_read_error(item)
                continue
            shard, packed = item
            read_threads += len(shard.threads)
            read_comments += shard.comments
            outcome.shards += 1
            tracker.read(read_threads, read_comments)
            if packed is None:  # done by an earlier run
                outcome.resumed_shards += 1
                tracker.done(len(shard.threads), shard.comments, None)
                continue
            future = client.submit(process_shard, packed, job, key=f"bilingual-shard-{shard.number:05d}-{token}", pure=False)
            inflight[future] = _Pending(shard.number, shard.source, shard.first, [t.id for t in shard.threads], shard.comments)
            while len(inflight) >= limit:
                finish(wait(list(inflight), return_when="FIRST_COMPLETED").done)
        tracker.finished_reading()
        while inflight:
            finish(wait(list(inflight), return_when="FIRST_COMPLETED").done)
    finally:
        for future in inflight:
            future.cancel()


def _finish(layout: Layout, outcome: Outcome, errors: _ErrorLog, options: Options) -> None:
    """After the last shard: the temporary files a worker killed mid-shard left are garbage now (its
    shard was done again elsewhere, or is listed as failed and redone by the next run); then the outputs."""
    remove_temporaries(layout)
    _write_outputs(layout, outcome, errors, options)


def _collect(future: Future[dict[str, Any]], pending: _Pending, errors: _ErrorLog, tracker: Tracker, outdir: str) -> None:
    """Take a finished shard task's marker; a task that failed as a whole (its worker died too
    often) lists its threads as failed. A model error is the run's: it stops the run, and so does a file
    in ``outdir`` that could not be written (a full disk, a read-only folder: every shard would fail alike,
    and the run ended with 'nothing could be read', status 2)."""
    try:
        marker = future.result()
    except Exception as exc:
        if isinstance(exc, BilingualError) or _in_output(exc, outdir):
            raise
        reason = f"its shard {pending.number:05d} failed: {_reason(exc)}"
        for k, thread_id in enumerate(pending.ids):
            errors.shards.append({**error_entry("thread", pending.source, reason, thread=thread_id), "ordinal": pending.first + k, "shard": pending.number})
        tracker.note(f"{pending.source}: {reason}")
        tracker.done(len(pending.ids), pending.comments, None)
        return
    tracker.done(len(pending.ids), pending.comments, marker)


def _in_output(exc: Exception, outdir: str) -> bool:
    """Whether ``exc`` is an OSError on a file in ``outdir`` (:func:`write_atomic` names the file it meant to write)."""
    if not isinstance(exc, OSError) or not isinstance(exc.filename, str):
        return False
    root = os.path.abspath(outdir)
    return os.path.commonpath([root, os.path.abspath(exc.filename)]) == root


def _write_outputs(layout: Layout, outcome: Outcome, errors: _ErrorLog, options: Options) -> None:
    """summary.json, errors.jsonl (the reading's entries, the markers' threads, the failed shards') and
    index.html from every done shard's marker, in shard order."""
    from .index import write_index
    from .summary import Totals

    totals = Totals()
    for number in range(outcome.shards):
        marker = read_marker(layout, number)
        if marker is not None:
            totals.add(marker)
    outcome.threads, outcome.comments = totals.threads, totals.comments
    outcome.failed_threads = len(totals.errors) + errors.count("thread") + len(errors.shards)
    outcome.failed_inputs = errors.count("input")
    outcome.failed_records = errors.count("record")
    outcome.warnings = errors.count("warning")
    outcome.repeated_threads = len(totals.repeated)
    failed = {"threads": outcome.failed_threads, "inputs": outcome.failed_inputs, "records": outcome.failed_records}
    summary = totals.to_dict(options.settings, len(options.inputs), failed, outcome.warnings, names=options.inputs)
    write_atomic(layout.summary, [json.dumps(summary, ensure_ascii=False, allow_nan=False, indent=2), "\n"])
    write_atomic(layout.errors, itertools.chain(errors.lines(), (dumps(e) + "\n" for e in (*totals.errors, *errors.shards, *totals.repeated))))
    write_index(layout, summary, outcome.shards)
