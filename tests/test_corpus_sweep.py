"""What a researcher running ``bilingual corpus`` on real exports met (helper corpus7, 2026-12-05).

Fast, in-process: a run interrupted while its reader thread is stuck (a module import the signal cut
short on the main thread leaves the reader waiting on its lock) ends instead of waiting for the
reader forever; SIGTERM stops a run with one line saying how to resume, as Ctrl-C does.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilingual.cli import main
from bilingual.corpus import runner
from bilingual.corpus.shards import ReadOptions
from bilingual.pipeline import Settings

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"


def test_an_interrupted_run_does_not_wait_for_a_stuck_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGINT one second into a run hung it for good (seen 2026-12-05): the main thread, importing Dask,
    took the KeyboardInterrupt, and then joined the reader thread, which waited on a module lock the
    cut import left held. The reader only reads: an interrupted run no longer waits for it."""
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
    def stopped(options: Any, tracker: Any = None) -> Any:
        os.kill(os.getpid(), signum)
        time.sleep(5)
        raise AssertionError("the signal did not stop the run")

    def unhandled(signum: int, frame: Any) -> None:
        raise AssertionError("the command did not handle SIGTERM")

    monkeypatch.setattr(runner, "run_corpus", stopped)
    before = signal.signal(signal.SIGTERM, unhandled)  # not the default: it would end the test's process
    try:
        code = main(["corpus", str(EXPORTS / "reddit_comments.ndjson"), "-o", str(tmp_path / "out"), "--no-mt", "--scheduler", "tcp://127.0.0.1:1"])
        assert signal.getsignal(signal.SIGTERM) is unhandled
    finally:
        signal.signal(signal.SIGTERM, before)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == status
    assert err == [f"bilingual: {said}: the shards done are kept; run the same command again to resume"]
