"""Per-item work of one big input spread over the machine's cores, with the output of one process.

The pipeline's per-passage work (pairing a passage with the English around it) reads one large,
read-only state (the thread's index, every passage's prepared side). Forked workers inherit that
state without copying or pickling it; only the items' indices go out and their small results come
back, in order; :func:`fork_map`'s caller takes its share of the items too. Small inputs, one job, a platform without ``fork`` and daemonic processes (a Dask
or multiprocessing worker, which may not have children) stay in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from types import TracebackType
from typing import Any, TypeVar

R = TypeVar("R")

#: Items a process takes at a time, at most: large enough that sending results back stays cheap.
#: Towards the end the chunks get smaller (:class:`_Dealer`), so that no process is left working
#: alone on a big last chunk while the others wait.
CHUNK = 64
#: Fewer items than this stay in the calling process: starting workers would cost more than they save.
PARALLEL_FROM = 2 * CHUNK
#: Chunks :func:`fork_map` keeps sent to each worker: one to work on and one waiting, so that a worker
#: never waits for its next chunk while the parent's pool threads wait for the parent's main thread
#: (the interpreter's lock) to receive its last one and send another.
SENT_AHEAD = 2

# The state the forked workers read: set by fork_map or Workers in the parent just before the pool forks.
_STATE: Any = None
_FUNCTION: Any = None


def available_cores() -> int:
    """The cores this process may run on (its affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a worker count: ``None`` or ``0`` means every available core."""
    if jobs is None or jobs == 0:
        return available_cores()
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, not {jobs}")
    return jobs


def can_fork() -> bool:
    """Whether this process may start forked workers."""
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def forks(count: int, jobs: int) -> bool:
    """Whether :func:`fork_map` spreads ``count`` items over forked workers (otherwise it runs them here)."""
    return jobs > 1 and count >= PARALLEL_FROM and can_fork()


def fork_map(function: Callable[[Any, int], R], state: Any, count: int, jobs: int) -> list[R]:
    """``[function(state, i) for i in range(count)]``, computed by this process and ``jobs - 1``
    forked workers when there are at least :data:`PARALLEL_FROM` items (each worker reading ``state``
    as the parent left it), in this process alone otherwise. The items go out in chunks of at most
    :data:`CHUNK`, one at a time, to whichever process is free (:class:`_Dealer`): the parent works
    on its share with what it has already made (its caches) and its results need no pickling.
    ``function`` must be a module-level function; the workers' results are pickled."""
    workers = min(jobs - 1, -(-count // CHUNK) - 1)  # the parent takes a chunk too
    if not forks(count, jobs) or workers < 1:
        return [function(state, i) for i in range(count)]
    global _STATE, _FUNCTION
    _STATE, _FUNCTION = state, function
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_quiet_worker) as pool:
            dealer = _Dealer(pool, count, workers + 1)
            for _ in range(SENT_AHEAD * workers):
                dealer.send()
            try:
                for items in iter(dealer.take, None):
                    dealer.done[items.start] = _run_chunk(items)
            except BaseException:
                dealer.stop()  # nothing more to the workers: the pool is stopped on the way out
                raise
            done = dealer.wait()
    finally:
        _STATE = _FUNCTION = None
    return [result for start in sorted(done) for result in done[start]]


class _Dealer:
    """Deals :func:`fork_map`'s ``count`` items out in chunks, in order, one at a time, to the parent
    (:meth:`take`) and to the pool's workers (:meth:`send`): the workers are sent :data:`SENT_AHEAD`
    chunks each, then one more from the pool's result thread each time one comes back, so a worker
    never waits for the parent, nor the parent for it, until the last chunks. A chunk is an even share of a quarter of what is left,
    :data:`CHUNK` items at most: they shrink towards the end (guided self-scheduling), so the
    ``processes`` finish at about the same time."""

    def __init__(self, pool: Any, count: int, processes: int) -> None:
        self.pool, self.count, self.processes = pool, count, processes
        self.done: dict[int, list[Any]] = {}  # a chunk's first item -> its results
        self.lock = threading.Condition()
        self.next = 0
        self.out = 0  # chunks sent to the workers and not back yet
        self.error: BaseException | None = None

    def take(self) -> range | None:
        """The next chunk of items (``None``: none left, or a worker failed)."""
        with self.lock:
            left = self.count - self.next
            if self.error is not None or left == 0:
                return None
            size = min(CHUNK, -(-left // (4 * self.processes)))
            self.next += size
            return range(self.next - size, self.next)

    def stop(self) -> None:
        """Deal nothing more out."""
        with self.lock:
            self.next = self.count

    def send(self) -> None:
        """Send the next chunk, if any, to the pool."""
        items = self.take()
        if items is None:
            return
        with self.lock:
            self.out += 1
        self.pool.apply_async(_run_chunk, (items,), callback=partial(self._back, items.start), error_callback=self._failed)

    def _back(self, start: int, results: list[Any]) -> None:
        """In the pool's result thread: the results of the chunk from item ``start`` are back; that worker gets the next chunk."""
        self.done[start] = results
        self.send()
        with self.lock:
            self.out -= 1
            self.lock.notify_all()

    def _failed(self, error: BaseException) -> None:
        """In the pool's result thread: a worker's chunk raised ``error``; nothing more is dealt out."""
        with self.lock:
            self.error = self.error or error
            self.out -= 1
            self.lock.notify_all()

    def wait(self) -> dict[int, list[Any]]:
        """Every chunk's results by its first item, once the workers have sent back all they were
        sent; a worker's error is raised here."""
        with self.lock:
            while self.out:
                self.lock.wait()
        if self.error is not None:
            raise self.error
        return self.done


def _quiet_worker() -> None:
    """In a new worker: leave interrupts to the parent (Ctrl-C reaches the whole process group),
    drop the parent's SIGTERM handler (the pool stops its workers with SIGTERM), and stay silent on
    stderr: a worker's own errors travel back to the parent, and a worker whose parent was stopped
    mid-run has nothing to say (it printed a BrokenPipeError traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the worker
    os.dup2(sys.stderr.fileno(), 2)


def _started(start: Callable[[], None] | None) -> None:
    """In a new worker of :class:`Workers`: :func:`_quiet_worker`, then the caller's own ``start``, if any."""
    _quiet_worker()
    if start is not None:
        start()


def _run_chunk(items: range) -> list[Any]:
    """In a worker: the function over a chunk of items, on the state inherited from the parent."""
    return [_FUNCTION(_STATE, i) for i in items]


class Workers:
    """``jobs`` forked processes that read ``state`` as the parent left it (``with Workers(...)``),
    taking ``chunk`` items at a time; ``start`` (a module-level function), if given, runs first in each. Unlike :func:`fork_map`, which returns
    every result at once, :meth:`imap` gives them back in order as they come, so the parent works on
    each (and lets it go) while the workers go on."""

    def __init__(self, state: Any, jobs: int, chunk: int, start: Callable[[], None] | None = None) -> None:
        self.state, self.jobs, self.chunk, self.start = state, jobs, chunk, start
        self.pool: Any = None

    def __enter__(self) -> "Workers":
        global _STATE
        _STATE = self.state
        try:
            self.pool = multiprocessing.get_context("fork").Pool(self.jobs, initializer=_started, initargs=(self.start,))
        except BaseException:
            _STATE = None
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        global _STATE
        _STATE = None
        if kind is None:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()

    def imap(self, function: Callable[[Any, int], R], count: int, chunk: int | None = None, ahead: int = 0) -> Iterator[R]:
        """``function(state, i) for i in range(count)``, in order, yielded as they come back, ``chunk``
        items a task (``None``: the pool's own). ``function`` must be a module-level function; its
        results are pickled. At most ``ahead`` (0: :data:`AHEAD`) chunks per worker are asked for
        ahead of the one the caller is at, so results do not pile up in the parent while it works on
        each; more, where tasks differ in size and their results are small, so a worker does not wait
        while another is on a long one."""
        size = chunk or self.chunk
        chunks = ((function, range(start, min(start + size, count))) for start in range(0, count, size))
        asked = deque(self.pool.apply_async(_run_task, (task,)) for task in islice(chunks, (ahead or AHEAD) * self.jobs))
        while asked:
            done = asked.popleft().get()
            for task in islice(chunks, 1):
                asked.append(self.pool.apply_async(_run_task, (task,)))
            yield from done


#: Chunks asked of each worker ahead of the one :meth:`Workers.imap`'s caller is at.
AHEAD = 2


def _run_task(task: tuple[Callable[[Any, int], Any], range]) -> list[Any]:
    """In a worker: a function over a chunk of items, on the state inherited from the parent."""
    function, items = task
    return [function(_STATE, i) for i in items]
