"""What a researcher running ``bilingual corpus`` on real exports met (helper corpus7, 2026-12-05).

Fast, in-process: a run interrupted while its reader thread is stuck (a module import the signal cut
short on the main thread leaves the reader waiting on its lock) ends instead of waiting for the
reader forever; SIGTERM stops a run with one line saying how to resume, as Ctrl-C does; a
--scheduler address that is malformed, refused or served by something else than Dask is one line,
within seconds, before OUTDIR is made.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bilingual.cli
from bilingual import __version__
from bilingual.cli import main
from bilingual.corpus.shards import ReadOptions
from bilingual.pipeline import Settings

# bilingual.corpus.runner is imported in the tests that use it: it imports distributed and Dask (about 0.6 s of CPU),
# which every xdist worker paid while collecting this module, the one that runs no corpus test too.

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"


def test_an_interrupted_run_does_not_wait_for_a_stuck_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGINT one second into a run hung it for good (seen 2026-12-05): the main thread, importing Dask,
    took the KeyboardInterrupt, and then joined the reader thread, which waited on a module lock the
    cut import left held. The reader only reads: an interrupted run no longer waits for it."""
    from bilingual.corpus import runner

    release = threading.Event()

    def stuck(*args: Any, **kwargs: Any) -> Iterator[Any]:
        release.wait()
        yield from ()

    def interrupted(options: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "iter_shards", stuck)
    monkeypatch.setattr(runner, "_client", interrupted)
    options = runner.Options([str(EXPORTS / "reddit_comments.ndjson")], str(tmp_path / "out"), ReadOptions(), Settings(mt=False))
    raised: list[BaseException] = []

    def call() -> None:
        try:
            runner.run_corpus(options)
        except BaseException as exc:  # noqa: BLE001 - the test looks at what was raised
            raised.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    caller.join(5)
    hung = caller.is_alive()
    release.set()
    caller.join(5)
    assert not hung, "the interrupted run waited for its reader"
    assert len(raised) == 1 and isinstance(raised[0], KeyboardInterrupt)


@pytest.mark.parametrize(("signum", "status", "said"), [(signal.SIGTERM, 143, "terminated (SIGTERM)"), (signal.SIGINT, 130, "interrupted")])
def test_a_stopped_run_says_so_in_one_line_and_how_to_resume(
    signum: int, status: int, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """SIGTERM (`kill`, a batch system's stop) ended a run silently (status -15, and the resource
    tracker's 'leaked semaphore' warning): it now stops as Ctrl-C does, the cluster closed, with one
    line; both say that the same command resumes. The command's own handler is put back after."""
    from bilingual.corpus import runner

    def stopped(options: Any, tracker: Any = None) -> Any:
        os.kill(os.getpid(), signum)
        time.sleep(5)
        raise AssertionError("the signal did not stop the run")

    def unhandled(signum: int, frame: Any) -> None:
        raise AssertionError("the command did not handle SIGTERM")

    monkeypatch.setattr(runner, "run_corpus", stopped)
    # Ctrl-C as a terminal's user gets it, whatever an earlier test in this worker left (the full CI run once saw the
    # SIGINT case not stop: the handler in place was not Python's default)
    interrupt = signal.signal(signal.SIGINT, signal.default_int_handler)
    before = signal.signal(signal.SIGTERM, unhandled)  # not the default: it would end the test's process
    try:
        code = main(["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(tmp_path / "out"), "--no-mt", "--scheduler", "tcp://127.0.0.1:1"])
        assert signal.getsignal(signal.SIGTERM) is unhandled
    finally:
        signal.signal(signal.SIGTERM, before)
        signal.signal(signal.SIGINT, interrupt)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == status, (code, err)
    assert err == [f"bilingual: {said}: the shards done are kept; run the same command again to resume"]


def _answers_junk() -> tuple[str, threading.Event]:
    """A TCP server that answers every connection as an HTTP server would (the dashboard's port, a proxy)."""
    server = socket.create_server(("127.0.0.1", 0))
    done = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not done.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with contextlib.suppress(OSError):
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4)
            conn.close()
        server.close()

    threading.Thread(target=serve, daemon=True).start()
    return f"tcp://127.0.0.1:{server.getsockname()[1]}", done


def _closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as s:
        return f"tcp://127.0.0.1:{s.getsockname()[1]}"


@pytest.mark.parametrize(("address", "said"), [
    ("nonsense", "not a Dask scheduler address"),
    ("tcp://127.0.0.1:notaport", "not a Dask scheduler address"),
    ("closed", "cannot reach the Dask scheduler"),
    ("junk", "what answers there is not a Dask scheduler"),
])
def test_a_bad_scheduler_address_is_one_line_quickly_and_nothing_written(
    address: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """--scheduler with a malformed address was an internal error (a ValueError); with nothing listening
    there, Dask retried for 60 s; with an HTTP server there (the dashboard's port) it read its first bytes
    as a message length and said 'out of memory'. Each left an OUTDIR with a manifest behind."""
    stop = None
    if address == "closed":
        address = _closed_port()
    elif address == "junk":
        address, stop = _answers_junk()
    out = tmp_path / "out"
    began = time.perf_counter()
    try:
        code = main(["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(out), "--no-mt", "--scheduler", address])
    finally:
        if stop is not None:
            stop.set()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("bilingual: error: ") and said in err[0], err
    assert time.perf_counter() - began < 20
    if "what answers" not in err[0]:  # a connection that opens: OUTDIR holds the run's manifest, which the right address resumes
        assert not out.exists()


def _inputs_of_run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """The exit status of ``bilingual corpus ARGV`` and the inputs its run got (the run itself faked)."""
    from bilingual.corpus import runner

    seen: list[str] = []

    def fake(options: Any, tracker: Any = None) -> Any:
        seen.extend(options.inputs)
        return runner.Outcome(threads=1, comments=1)

    monkeypatch.setattr(runner, "run_corpus", fake)
    return main(["corpus", *argv, "--no-mt", "--scheduler", "tcp://127.0.0.1:1"]), seen


def test_a_folder_is_read_as_its_files_leaving_out_hidden_ones_and_outdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`bilingual corpus dumps/ -o out` read nothing (the folder was one failed input, after the cluster
    had started): a folder now stands for its files, its subfolders' too, in name order; hidden files
    and folders are left out, and so is OUTDIR when it lies inside (a resumed run would read its own
    outputs, and be refused as a run of other inputs). A glob's matches inside OUTDIR are left out too."""
    dumps = tmp_path / "dumps"
    (dumps / "2024" / ".cache").mkdir(parents=True)
    (dumps / "out" / "threads").mkdir(parents=True)
    for name in ("b.ndjson", "a.xml", "2024/c.jsonl", "2024/.cache/x.jsonl", ".hidden.jsonl", "out/threads/part-00000.jsonl"):
        (dumps / name).write_text("{}\n", encoding="utf-8")
    code, inputs = _inputs_of_run([str(dumps), "-o", str(dumps / "out")], monkeypatch)
    assert code == 0
    assert inputs == [str(dumps / "2024" / "c.jsonl"), str(dumps / "a.xml"), str(dumps / "b.ndjson")]
    code, inputs = _inputs_of_run([str(dumps / "**" / "*.jsonl"), "-o", str(dumps / "out")], monkeypatch)
    assert inputs == [str(dumps / "2024" / "c.jsonl")]


def test_a_folder_with_no_file_is_one_line_before_anything_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty folder (or one of hidden files only) is refused in one line, exit 2, nothing started."""
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / ".DS_Store").write_text("x", encoding="utf-8")
    code, inputs = _inputs_of_run([str(empty), "-o", str(tmp_path / "out")], monkeypatch)
    err = capsys.readouterr().err.strip().splitlines()
    assert (code, inputs) == (2, [])
    assert err == [f"bilingual: error: {empty}: a folder with no input file in it (hidden files left out)"]


def test_summary_counts_each_input_and_each_format(tmp_path: Path) -> None:
    """summary.json said '"inputs": 33' and nothing of which held what: a researcher could not tell the
    Disqus export's threads from the Reddit dump's, nor see that an input gave none. It now lists each
    input in order with its format (null for one that gave no thread: errors.jsonl says why) and its
    threads, comments, passages and pairs, and sums them by format; the sums are the corpus figures. The corpus page shows the threads by format."""
    from bilingual.corpus import runner
    from bilingual.corpus.index import write_index
    from bilingual.corpus.shards import Layout, iter_shards
    from bilingual.corpus.summary import Totals

    names = [str(EXPORTS / n) for n in ("disqus_two_threads.xml", "reddit_comments.ndjson", "unknown.json", "hackernews_items.jsonl")]
    job = runner.Job(str(tmp_path), Settings(mt=False), False, __version__)
    Layout(str(tmp_path)).threads.mkdir(parents=True)
    totals = Totals()
    for shard in iter_shards(names, ReadOptions(), 1, lambda entry: None):
        totals.add(runner.process_shard(shard, job))
    summary = totals.to_dict(Settings(mt=False), len(names), {"threads": 0, "inputs": 1, "records": 0}, 0, names=names)
    by_input = summary["by_input"]
    assert [(i["input"], i["format"], i["threads"]) for i in by_input] == [
        (names[0], "disqus", 2), (names[1], "reddit", 2), (names[2], None, 0), (names[3], "hackernews", 2),
    ]
    for key in ("threads", "comments", "passages", "paired"):
        assert sum(i[key] for i in by_input) == summary[key] == sum(f[key] for f in summary["by_format"].values())
    assert summary["by_format"]["reddit"]["inputs"] == 1 and set(summary["by_format"]) == {"disqus", "reddit", "hackernews"}
    write_index(Layout(str(tmp_path)), summary, totals.shards)
    page = Layout(str(tmp_path)).index.read_text(encoding="utf-8")
    assert "<th>Format</th><td>disqus 2 threads (1 input)</td><td>hackernews 2 threads (1 input)</td><td>reddit 2 threads (1 input)</td>" in page


def test_a_full_disk_names_outdir_and_says_the_run_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A full disk (a 200 KiB tmpfs as OUTDIR, 2026-12-05) said 'cannot write the output: No space left
    on device', naming no place and not that the shards done are kept: it names OUTDIR and says so."""
    from bilingual.corpus import runner

    def full(options: Any, tracker: Any = None) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(runner, "run_corpus", full)
    monkeypatch.setattr(bilingual.cli, "_drop_stdout", lambda: None)  # capsys's stdout has no descriptor
    out = tmp_path / "out"
    code = main(["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(out), "--no-mt", "--scheduler", "tcp://127.0.0.1:1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err == [f"bilingual: error: {out}: cannot write the output: No space left on device; the shards done are kept: "
                   "run the same command again once it can be written"]


@pytest.mark.slow
def test_a_folder_run_stopped_by_sigterm_resumes_to_the_outputs_of_one_run(tmp_path: Path) -> None:
    """The real signal on a real embedded cluster: SIGTERM once a shard is done ends the command with
    143 and its one line (no traceback), no process of its group is left, and the same command again
    writes what one uninterrupted run writes; the input is a folder (a subfolder, a hidden file, OUTDIR inside)."""
    from test_corpus import _group_gone, make_corpus, outputs

    dumps = tmp_path / "dumps"
    (dumps / "2024").mkdir(parents=True)
    make_corpus(dumps / "a.jsonl", 60, 12)
    make_corpus(dumps / "2024" / "b.jsonl", 40, 12, seed=3)
    (dumps / ".notes.jsonl").write_text("not an input\n", encoding="utf-8")
    out = dumps / "out"

    def command(outdir: Path) -> list[str]:
        return [sys.executable, "-m", "bilingual", "corpus", str(dumps), "-o", str(outdir), "--workers", "2", "--no-mt", "--shard-size", "2"]

    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    proc = subprocess.Popen(command(out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while not list((out / "threads").glob("*.done.json")) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert _group_gone(proc.pid, 60), "processes outlived the stopped command"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 143, err
    assert err.splitlines()[-1] == "bilingual: terminated (SIGTERM): the shards done are kept; run the same command again to resume"
    assert "Traceback" not in err
    assert not (out / "summary.json").exists()
    resumed = subprocess.run(command(out), capture_output=True, text=True, timeout=300, env=env)
    assert resumed.returncode == 0 and "done by an earlier run" in resumed.stderr, resumed.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    resumed_out = out.rename(tmp_path / "resumed")  # out of the folder: another OUTDIR would read it as inputs
    assert subprocess.run(command(out), capture_output=True, text=True, timeout=300, env=env).returncode == 0
    assert outputs(resumed_out) == outputs(out)
    assert [i["input"] for i in summary["by_input"]] == [str(dumps / "2024" / "b.jsonl"), str(dumps / "a.jsonl")]
    assert summary["threads"] == 100


def test_a_cluster_interrupted_while_it_starts_is_not_closed_again_at_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C in the embedded cluster's first seconds (1 run in 6 at 1.6 s) printed, after the one line,
    Dask's 'Exception ignored in atexit callback: close_clusters ... AssertionError: Status.init': the
    half-started LocalCluster stayed in Dask's registry, whose exit hook closed it again. It is closed
    once, its failure ignored, and left out of that hook; a cluster of anyone else's is untouched."""
    from bilingual.corpus import runner
    from distributed.deploy.spec import SpecCluster, close_clusters

    class HalfStarted:
        shutdown_on_close = True
        status = "running"
        closes = 0
        made: list[Any] = []  # alive, as Dask's own references keep the real one

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            SpecCluster._instances.add(self)  # type: ignore[arg-type]
            self.made.append(self)
            raise KeyboardInterrupt

        def close(self, timeout: float | None = None) -> None:
            type(self).closes += 1
            raise AssertionError("Status.init")

    monkeypatch.setattr("distributed.LocalCluster", HalfStarted)
    monkeypatch.setattr(runner, "start_fork_server", lambda: False)
    options = runner.Options([], "unused", ReadOptions(), Settings(mt=False), workers=1)
    with pytest.raises(KeyboardInterrupt), runner._client(options):
        pass
    close_clusters()  # Dask's exit hook: raised AssertionError
    assert HalfStarted.closes == 1
