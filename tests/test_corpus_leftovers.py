"""What a demanding user still met in ``bilingual corpus`` (helper ops8, 2026-12-05).

A worker the fork server starts after the command has gone (Ctrl-C in the run's first seconds) ends
silently instead of printing a ``SemLock._rebuild`` traceback; a stop arriving inside a finalizer is
not lost; a dashboard link is printed only when
the scheduler serves a dashboard; a thread id found in two inputs is said in errors.jsonl (naming
both inputs) and counted in summary.json, both threads kept under their own names.
"""

from __future__ import annotations

import io
import json
import multiprocessing.synchronize
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import redirect_stderr
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bilingual.cli import Terminated, signals_stop as _signals_stop
from bilingual.corpus import forking
from bilingual.corpus.shards import ReadOptions
from bilingual.pipeline import Settings

# bilingual.corpus.runner is imported in the tests that use it: it imports distributed and Dask (about 0.6 s of CPU),
# which every xdist worker paid while collecting this module, the one that runs no corpus test too.

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"


class _GoneLock:
    """Pickles as a multiprocessing lock whose named semaphore no longer exists, as a nanny's lock
    does once the command that made it has exited."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (object.__new__, (multiprocessing.synchronize.Lock,), (0, 1, 1, "/bilingual-test-gone-semaphore"))


def _gone_semaphore_exc_info() -> tuple[type[BaseException], BaseException, Any]:
    """The exception a late worker's start raises, with its real traceback."""
    import pickle

    try:
        pickle.loads(pickle.dumps(_GoneLock()))
    except FileNotFoundError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("the semaphore was found")


def _request_cut_short_exc_info() -> tuple[type[BaseException], BaseException, Any]:
    """The exception the fork server's loop raises when the command closed its request before sending its fds."""
    import multiprocessing.reduction
    import socket

    ours, theirs = socket.socketpair(socket.AF_UNIX)
    theirs.close()
    try:
        multiprocessing.reduction.recvfds(ours, 1)
    except EOFError as exc:
        return type(exc), exc, exc.__traceback__
    finally:
        ours.close()
    raise AssertionError("fds received")


@pytest.mark.parametrize("late", [_gone_semaphore_exc_info, _request_cut_short_exc_info])
def test_the_fork_server_hook_quiets_only_a_late_start(late: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    forking.quiet_late_starts()
    err = io.StringIO()
    with redirect_stderr(err):
        sys.excepthook(*late())
    assert err.getvalue() == ""
    for other in (FileNotFoundError(2, "an input"), EOFError("an input")):
        try:
            raise other
        except (FileNotFoundError, EOFError) as exc:
            info = (type(exc), exc, exc.__traceback__)
        with redirect_stderr(err):
            sys.excepthook(*info)
        assert "Traceback" in err.getvalue() and "an input" in err.getvalue()


@pytest.mark.slow
def test_a_worker_started_after_the_command_went_ends_silently() -> None:
    """The real fork server with the command's preload (Dask and the warm-up): a child whose process
    object holds a semaphore already unlinked printed a ``SemLock._rebuild`` traceback on stderr."""
    code = (
        "import multiprocessing, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from test_corpus_leftovers import _GoneLock\n"
        "from bilingual.corpus.forking import start_fork_server\n"
        "assert start_fork_server()\n"
        "p = multiprocessing.get_context('forkserver').Process(target=print, args=(_GoneLock(),))\n"
        "p.start(); p.join(); print('exit', p.exitcode)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "tests")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "exit 1" and "Traceback" not in done.stderr, done.stderr


class _Dying:
    """Sends ``signum`` to this process from its ``__del__``; the handler runs there, inside the finalizer."""

    def __init__(self, signum: int) -> None:
        self.signum = signum

    def __del__(self) -> None:
        os.kill(os.getpid(), self.signum)
        sum(range(100_000))


def _finalized_by_weakref(signum: int) -> None:
    """A ``weakref.finalize`` callback (Dask's clean-ups) that gets the signal."""
    import weakref

    def callback() -> None:
        os.kill(os.getpid(), signum)
        sum(range(100_000))

    class Owner:
        pass

    owner = Owner()
    weakref.finalize(owner, callback)
    del owner


@pytest.mark.parametrize("finalizer", [_Dying, _finalized_by_weakref])
@pytest.mark.parametrize(("signum", "stop"), [(signal.SIGTERM, Terminated), (signal.SIGINT, KeyboardInterrupt)])
def test_a_stop_arriving_inside_a_finalizer_is_not_lost(signum: int, stop: type[BaseException], finalizer: Any,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """SIGTERM 1.2-1.4 s into a run arrived while the garbage collector ran a ``__del__`` (regex's) or a
    ``weakref.finalize`` callback: the exception was printed as 'Exception ignored in ...' with a
    traceback, and the run went on to exit 0."""
    interrupt = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(stop), _signals_stop():
            finalizer(signum)
            time.sleep(3)
    finally:
        signal.signal(signal.SIGINT, interrupt)
    assert "Exception ignored" not in capsys.readouterr().err


def test_a_stop_a_library_swallowed_is_raised_at_the_run_s_next_step() -> None:
    """A SIGTERM 1.2 s into a run was lost without a word (1 run in about 40: the run went on to exit 0)."""
    from bilingual.cli.corpus import _tracker
    from bilingual.corpus import runner

    with _signals_stop() as stop:
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            sum(range(100_000))  # the handler raises here
        except BaseException:  # a library's bare except
            pass
        tracker = _tracker(False, stop)
        with pytest.raises(Terminated):
            tracker.read(1, 1)
    assert isinstance(_tracker(False), runner.Tracker)  # a tracker without a stop asked never raises
    _tracker(False).read(1, 1)


# --- the dashboard ------------------------------------------------------------------------------


@pytest.fixture()
def http_paths() -> Iterator[tuple[set[str], str]]:
    """A local HTTP server answering 200 to the paths in the set (filled by the test), 404 to the others;
    the dashboard link it would have."""
    paths: set[str] = set()

    class Handler(BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            self.send_response(200 if self.path in paths else 404)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield paths, f"http://127.0.0.1:{server.server_address[1]}/status"
    finally:
        server.shutdown()
        server.server_close()


def test_a_dashboard_link_counts_only_when_bokeh_answers(http_paths: tuple[set[str], str]) -> None:
    from bilingual.corpus import runner

    paths, link = http_paths
    assert runner.served(link) is False  # a scheduler started --no-dashboard: every page a 404
    paths.add("/status")
    assert runner.served(link) is False  # one without bokeh: a page at /status saying to install it
    paths.add("/static/js/bokeh.min.js")
    assert runner.served(link) is True
    assert runner.served("http://127.0.0.1:9/status") is False  # nothing listens


@pytest.mark.parametrize("dashboard", [False, True])
def test_a_scheduler_without_dashboard_gets_no_link(dashboard: bool, tmp_path: Path) -> None:
    """``dask scheduler --no-dashboard``: the command printed 'Dask dashboard at http://...:8787/status' (a
    404); a scheduler asked for a dashboard without bokeh installed has a page there saying to install it."""
    from bilingual.corpus import runner
    from distributed import LocalCluster

    class Seen(runner.Tracker):
        dashboard: str | None = "unset"

        def started(self, workers: int, dashboard: str | None) -> None:
            self.dashboard = dashboard

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", dashboard_address=":0",
                      scheduler_kwargs={"dashboard": dashboard}) as cluster:
        options = runner.Options([str(EXPORTS / "reddit_thread.json")], str(tmp_path / "out"), ReadOptions(),
                                 Settings(mt=False, cache=False), scheduler=cluster.scheduler_address)
        seen = Seen()
        outcome = runner.run_corpus(options, seen)
    assert outcome.threads == 1, outcome
    assert seen.dashboard is None, seen.dashboard


# --- one thread id in two inputs ------------------------------------------------------------------


def test_a_thread_in_two_inputs_is_said_counted_and_both_kept(tmp_path: Path) -> None:
    """The same Hacker News story in an Algolia export and an items dump: two threads, neither said."""
    from bilingual import __version__
    from bilingual.corpus import runner
    from bilingual.corpus.shards import Layout, iter_shards

    a, b = str(EXPORTS / "hackernews_algolia.json"), str(EXPORTS / "hackernews_items.jsonl")
    options = runner.Options([a, b], str(tmp_path), ReadOptions(), Settings(mt=False, cache=False))
    layout = Layout(str(tmp_path))
    layout.threads.mkdir(parents=True)
    job = runner.Job(str(tmp_path), options.settings, False, __version__)
    outcome = runner.Outcome()
    for shard in iter_shards(options.inputs, ReadOptions(), 100, lambda entry: None):
        runner.process_shard(shard, job)
        outcome.shards += 1
    errors = runner._ErrorLog(layout.root)
    runner._write_outputs(layout, outcome, errors, options)
    errors.close()
    summary = json.loads(layout.summary.read_text())
    entries = [json.loads(line) for line in layout.errors.read_text().splitlines()]
    assert outcome.threads == summary["threads"] == 3
    assert outcome.repeated_threads == summary["repeated_threads"] == 1
    [entry] = [e for e in entries if e["kind"] == "repeated"]
    assert (entry["input"], entry["first_input"], entry["thread"]) == (b, a, "37800001")
    assert a in entry["reason"] and "both are kept" in entry["reason"]
    ids = [json.loads(line)["thread"]["id"] for part in sorted(layout.threads.glob("part-*.jsonl")) for line in part.read_text().splitlines()]
    assert ids.count("37800001") == 2  # each under its own name (its shard and position)


def test_a_repeat_names_its_own_input_and_other_platforms_ids_differ() -> None:
    from bilingual.corpus.summary import Totals

    def marker(source: str, fmt: str, ids: list[str | None]) -> dict[str, Any]:
        return {"source": source, "format": fmt, "rows": [{"id": i, "ordinal": k} for k, i in enumerate(ids)]}

    totals = Totals()
    for m in (marker("a", "reddit", ["t3_1", "t3_2", None]), marker("b", "hackernews", ["t3_1", None]), marker("a", "reddit", ["t3_2"]),
              marker("c", "jsonl", ["thread-0"]), marker("d", "jsonl", ["thread-0"])):  # one's own ids: local to a file
        totals._repeats(m)
    assert [(e["input"], e["thread"], e["first_input"]) for e in totals.repeated] == [("a", "t3_2", "a")]
    assert "earlier in this input" in totals.repeated[0]["reason"]


def test_an_input_broken_after_its_first_threads_says_they_were_read(tmp_path: Path) -> None:
    """A WordPress export cut after its first post (helper newuser9): the post read forms a shard, and errors.jsonl
    says so with the input's failure; it listed the input as failed without a word of the thread kept."""
    from bilingual.corpus.shards import iter_shards

    text = (EXPORTS / "wordpress.xml").read_text(encoding="utf-8")
    path = tmp_path / "export.xml"
    path.write_text(text[: text.index("</item>") + 200], encoding="utf-8")
    errors: list[dict[str, Any]] = []
    shards = list(iter_shards([str(path)], ReadOptions(), 100, errors.append))
    assert [len(s.threads) for s in shards] == [1]
    (entry,) = errors
    assert entry["kind"] == "input" and entry["location"].startswith(f"{path}:")
    assert entry["reason"].endswith("(cut short?); the thread before it was read"), entry["reason"]
