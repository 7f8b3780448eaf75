"""Per-passage work on several processes (``--jobs``): the same output as one process, and the
cases that must stay in the calling process."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from test_pipeline import _generated

from bilingual import parallel
from bilingual.cli import main

HOSTILE = ROOT / "tests" / "data" / "hostile_thread.jsonl"
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"


def _square_and_pid(state: list[int], i: int) -> tuple[int, int]:
    return state[i] * state[i], os.getpid()


def test_fork_map_gives_the_results_in_order_from_other_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 3)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    state = list(range(50))
    results = parallel.fork_map(_square_and_pid, state, len(state), 2)
    assert [r for r, _ in results] == [i * i for i in state]
    assert {pid for _, pid in results} - {os.getpid()}, "no item was computed in a worker"
    assert parallel._STATE is None  # the parent's state is released


def test_fork_map_shares_the_items_between_the_parent_and_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent takes chunks too (its results are not pickled); with three jobs, two workers help it."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    state = list(range(60))
    results = parallel.fork_map(_square_and_pid, state, len(state), 3)
    assert [r for r, _ in results] == [i * i for i in state]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids) >= 2
    assert parallel.fork_map(_square_and_pid, state, 2, 2) == [(0, os.getpid()), (1, os.getpid())]  # one chunk: no worker


@pytest.mark.parametrize("count, processes", [(1000, 2), (515, 2), (130, 3), (7, 2)])
def test_chunks_cover_the_items_in_order_and_shrink_towards_the_end(count: int, processes: int) -> None:
    """No process is left alone with a big last chunk: from :data:`~bilingual.parallel.CHUNK` items
    (while many are left) down to one at a time."""
    chunks = list(iter(parallel._Dealer(count, processes).take, None))
    assert [i for chunk in chunks for i in chunk] == list(range(count))
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True) and max(sizes) <= parallel.CHUNK
    assert sizes[-processes:] == [1] * processes
    if count >= 8 * processes * parallel.CHUNK:
        assert sizes[0] == parallel.CHUNK


def _pid_and_state(state: dict[str, int], i: int) -> tuple[int, int]:
    return os.getpid(), state["add"] + i


def _learn(state: dict[str, int], news: int) -> None:
    state["add"] = news


def _fail_to_learn(state: dict[str, int], news: int) -> None:
    raise ValueError(f"news {news}")


def test_forked_workers_live_through_several_maps_and_are_told_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """One fork for several maps (each fork costs both sides a copy of every page written after it):
    the same workers take the second map's chunks, on the state the parent told them of."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    state = {"add": 0}
    with parallel.Forked(state, 40, 2) as forked:
        first = forked.map(_pid_and_state, 40)
        state["add"] = 100  # the parent's own change; the workers learn it from tell
        forked.tell(_learn, 100)
        second = forked.map(_pid_and_state, 30)
        workers = [process.pid for process, _ in forked.links]
    assert [r for _, r in first] == list(range(40)) and [r for _, r in second] == list(range(100, 130))
    assert len(workers) == 1 and {pid for pid, _ in first} == {pid for pid, _ in second} == {os.getpid(), workers[0]}
    assert parallel._STATE is None


def test_a_started_map_runs_in_the_workers_while_the_parent_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """:meth:`Forked.start`: the workers take the chunks from the start, the parent joins in when it asks for the results."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    with parallel.Forked({"add": 0}, 40, 2) as forked:
        mapping = forked.start(_pid_and_state, 40)
        deadline = time.monotonic() + 30
        while mapping.dealer is not None and not mapping.dealer.done and time.monotonic() < deadline:  # the parent busy elsewhere
            time.sleep(0.01)
        results = mapping.results()
    assert [r for _, r in results] == list(range(40))
    assert results[0][0] != os.getpid()  # the first chunk went to the worker


def _timed_bulk(folder: str, i: int) -> bytes:
    start = time.monotonic()
    time.sleep(0.005)
    Path(folder, str(i)).write_text(f"{start} {time.monotonic()}")
    return b"x" * 200_000  # a chunk's results far past what the pipe holds


class _SlowReader:
    """The parent's end of a worker's pipe, read late the first time (a main thread busy elsewhere)."""

    def __init__(self, connection: object) -> None:
        self.connection, self.waited = connection, False

    def send(self, message: object) -> None:
        self.connection.send(message)  # type: ignore[attr-defined]

    def recv(self) -> object:
        if not self.waited:
            self.waited = True
            time.sleep(1.0)
        return self.connection.recv()  # type: ignore[attr-defined]


@pytest.mark.slow  # forks: 1.5 s
def test_a_worker_goes_on_while_the_parent_is_slow_to_read_its_results(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 4)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    deal = parallel._deal
    monkeypatch.setattr(parallel, "_deal", lambda connection, *rest: deal(_SlowReader(connection), *rest))
    with parallel.Forked(str(tmp_path), 64, 2) as forked:
        assert len(forked.start(_timed_bulk, 64).results()) == 64
    times = {int(f.name): tuple(map(float, f.read_text().split())) for f in tmp_path.iterdir()}
    first, second = range(0, 4), range(4, 8)  # the worker's first two chunks (the parent took none before asking)
    gap = times[second[0]][0] - times[first[-1]][1]
    assert gap < 0.5, f"the worker waited {gap:.2f} s for the parent to read its first results"


def test_a_workers_failure_to_learn_is_raised_at_the_next_map(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    with pytest.raises(ValueError, match="news 7"), parallel.Forked({"add": 0}, 40, 2) as forked:
        forked.tell(_fail_to_learn, 7)
        forked.map(_pid_and_state, 40)


def test_pairing_forks_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairing's three maps (each passage's own comment, the copies' translations, the pairs found) share one fork."""
    from bilingual.pairing import find_pairs
    from bilingual.segment import passages
    from bilingual.threads import read

    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    forked: list[int] = []
    start = multiprocessing.get_context("fork").Process.start

    def counted(self: multiprocessing.process.BaseProcess) -> None:
        forked.append(1)
        start(self)

    monkeypatch.setattr(multiprocessing.get_context("fork").Process, "start", counted)
    thread = read(SEEDS / "000_2161432b20e98764.txt")
    found = passages(thread)
    pairs = find_pairs(thread, found, jobs=2)
    assert len(forked) == 1
    assert sum(p.translation is not None for p in pairs) >= 2


@pytest.mark.slow  # pairs seed 000 with two jobs and with one: 1.2 s
def test_pairing_workers_are_not_told_what_they_chose_themselves(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passages a worker accepted in step 1 are not sent back to it (they were 4 MB of pickles at
    100,000 comments, written and read while no other process worked): the parent tells the workers
    fewer passages than were chosen, and the pairs are one process's."""
    from bilingual.pairing import find_pairs
    from bilingual.segment import passages
    from bilingual.threads import read

    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    told: list[int] = []
    tell = parallel.Forked.tell

    def counted(self: parallel.Forked, update: object, news: tuple[dict[int, object], object]) -> None:
        told.append(len(news[0]))
        tell(self, update, news)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel.Forked, "tell", counted)
    thread = read(SEEDS / "000_2161432b20e98764.txt")
    found = passages(thread)
    forked = find_pairs(thread, found, jobs=2)
    assert forked == find_pairs(thread, found, jobs=1)
    assert told and sum(told) < sum(p.translation is not None for p in forked)


def _fails_past(state: int, i: int) -> int:
    if i >= state:
        raise ValueError(f"item {i}")
    return i


@pytest.mark.parametrize("first_bad", [0, 30], ids=["everywhere", "late"])
def test_fork_map_raises_an_items_error(first_bad: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """An item's error reaches the caller, whether the parent or a worker met it, and nothing is left held."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    with pytest.raises(ValueError, match="item"):
        parallel.fork_map(_fails_past, first_bad, 40, 2)
    assert parallel._STATE is None


def test_small_inputs_one_job_stay_in_process() -> None:
    state = list(range(parallel.PARALLEL_FROM - 1))
    assert {pid for _, pid in parallel.fork_map(_square_and_pid, state, len(state), 2)} == {os.getpid()}
    state = list(range(parallel.PARALLEL_FROM + 5))
    assert {pid for _, pid in parallel.fork_map(_square_and_pid, state, len(state), 1)} == {os.getpid()}


def _in_daemon(queue: "multiprocessing.Queue[bool]") -> None:
    queue.put(parallel.can_fork())


def test_a_daemonic_worker_does_not_fork() -> None:
    """A Dask or multiprocessing worker may not have children: there the work stays in process."""
    ctx = multiprocessing.get_context("fork")
    queue: "multiprocessing.Queue[bool]" = ctx.Queue()
    worker = ctx.Process(target=_in_daemon, args=(queue,), daemon=True)
    worker.start()
    assert queue.get(timeout=60) is False
    worker.join(60)
    assert parallel.can_fork()


def test_resolve_jobs() -> None:
    assert parallel.resolve_jobs(0) == parallel.resolve_jobs(None) == parallel.available_cores() >= 1
    assert parallel.resolve_jobs(3) == 3
    with pytest.raises(ValueError):
        parallel.resolve_jobs(-1)


@pytest.mark.parametrize("mt", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["no-mt", "test-model"])
def test_jobs_do_not_change_pairs_or_the_report(
    mt: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("BILINGUAL_CACHE", "off")
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)  # every thread with 2 passages or more forks
    model = ["--model", str(TINY)] if mt else ["--no-mt"]
    for path in [SEEDS / "000_2161432b20e98764.txt", HOSTILE, _generated(tmp_path, 7)]:
        outputs = []
        for jobs in ("1", "2"):
            assert main(["pairs", str(path), "-f", "jsonl", "--jobs", jobs, *model]) == 0
            outputs.append(capsys.readouterr().out)
            page = tmp_path / f"{path.stem}-{jobs}.json"
            assert main(["report", str(path), "-f", "json", "-o", str(page), "--jobs", jobs, *model]) == 0
            outputs.append(page.read_text(encoding="utf-8").replace(f"-{jobs}.json", ""))
        assert outputs[0] == outputs[2] and outputs[0].count("\n") >= 2, path.name
        assert outputs[1] == outputs[3], path.name


@pytest.mark.slow  # forks three pools: 0.3 s
def test_forked_pairs_hold_the_callers_own_passages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair made in a worker comes back without its passage: a copy would be held beside the caller's."""
    from bilingual.pairing import find_pairs
    from bilingual.segment import passages
    from bilingual.threads import read

    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    thread = read(SEEDS / "000_2161432b20e98764.txt")
    found = passages(thread)
    forked = find_pairs(thread, found, jobs=2)
    assert sum(p.translation is not None for p in forked) >= 2
    assert all(pair.passage is passage for pair, passage in zip(forked, found, strict=True))
    assert forked == find_pairs(thread, found, jobs=1)


def test_negative_jobs_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pairs", str(SEEDS / "000_2161432b20e98764.txt"), "--no-mt", "--jobs", "-1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--jobs -1" in err
