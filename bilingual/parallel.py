"""Per-item work of one big input spread over the machine's cores, with the output of one process.

The pipeline's per-passage work (pairing a passage with the English around it) reads one large,
read-only state (the thread's index, every passage's prepared side). Forked workers inherit that
state without copying or pickling it; only the items' indices go out and their small results come
back, in order; the caller of a map takes its share of the items too. :class:`Forked` workers live
through several maps (pairing's three steps), told what the parent decided between them: each fork
costs both sides a copy of every page they write afterwards. Small inputs, one job, a platform
without ``fork`` and daemonic processes (a Dask or multiprocessing worker, which may not have
children) stay in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable, Generator, Iterator
from itertools import islice
from multiprocessing.reduction import ForkingPickler
from types import TracebackType
from typing import Any, Generic, TypeVar

R = TypeVar("R")

#: Items a process takes at a time, at most: large enough that sending results back stays cheap.
#: Towards the end the chunks get smaller (:class:`_Dealer`), so that no process is left working
#: alone on a big last chunk while the others wait.
CHUNK = 64
#: Fewer items than this stay in the calling process: starting workers would cost more than they save.
PARALLEL_FROM = 2 * CHUNK
#: Chunks a :class:`Forked` map keeps sent to each worker: one to work on and two waiting, so that a worker
#: never waits for its next chunk while the parent's threads wait for the parent's main thread
#: (the interpreter's lock) to receive its last one and send another (with one waiting, pairing's
#: worker still sat idle up to 0.1 s while the parent ran its sequential pass).
SENT_AHEAD = 3

#: Seconds the parent waits for its dealing threads (and the dealer's lock) after an error, before it goes on out.
_JOIN_AFTER_ERROR = 5.0

# The state the forked workers read: set by Forked or Workers in the parent just before the workers fork.
_STATE: Any = None


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
    as the parent left it), in this process alone otherwise: one :meth:`Forked.map`."""
    with Forked(state, count, jobs) as forked:
        return forked.map(function, count)


class Forked:
    """This process and ``jobs - 1`` forked workers that read ``state`` as the parent left it, through
    several maps (``with Forked(state, count, jobs) as forked``): forked once, when ``count`` items
    are enough for :func:`forks`, for the first map's ``count`` (fewer workers where it has fewer
    chunks). Each fork costs both sides a copy of every page either writes first afterwards (a
    reference count changed by reading an object counts: 6-10 us a page), so workers kept between
    maps pay those copies once, not once per map. What the parent changes between maps, the workers
    do not see: :meth:`tell` sends them what they need of it.

    In :meth:`map`, the items go out in chunks of at most :data:`CHUNK`, one at a time, to whichever
    process is free (:class:`_Dealer`): the parent works on its share with what it has already made
    (its caches) and its results need no pickling. ``function`` and :meth:`tell`'s ``update`` must be
    module-level functions; the workers' results are pickled."""

    def __init__(self, state: Any, count: int, jobs: int) -> None:
        self.state = state
        self.workers = min(jobs - 1, -(-count // CHUNK) - 1) if forks(count, jobs) else 0  # the parent takes a chunk too
        self.links: list[tuple[Any, Any]] = []  # each worker's process and the parent's end of its pipe

    def __enter__(self) -> "Forked":
        global _STATE
        if self.workers < 1:
            return self
        context = multiprocessing.get_context("fork")
        _STATE = self.state
        try:
            for _ in range(self.workers):
                mine, theirs = context.Pipe()
                ends = [link for _, link in self.links] + [mine]  # the parent's, which the worker must not keep open
                process = context.Process(target=_serve, args=(theirs, ends), daemon=True)
                process.start()
                theirs.close()
                self.links.append((process, mine))
        except BaseException:
            self._stop(True)
            raise
        finally:
            _STATE = None
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._stop(kind is not None)

    def _stop(self, now: bool) -> None:
        """End the workers: told to (each finishes what it was sent first), or ``now`` (terminated)."""
        for process, connection in self.links:
            if now:
                process.terminate()
            else:
                try:
                    connection.send(None)
                except OSError:  # the worker is gone already
                    pass
        for process, connection in self.links:
            process.join()
            connection.close()
        self.links = []

    def map(self, function: Callable[[Any, int], R], count: int) -> list[R]:
        """``[function(state, i) for i in range(count)]``, the workers' share computed on the state as
        they have it (inherited, and what :meth:`tell` sent them); a worker's error is raised here."""
        return Mapping(self, function, count, True).results()

    def start(self, function: Callable[[Any, int], R], count: int) -> "Mapping[R]":
        """:meth:`map` begun: the workers start on its chunks now, while the parent does something
        else; the parent takes its share of what is left when it asks for the results
        (:meth:`Mapping.results`). Nothing may be told the workers until then."""
        return Mapping(self, function, count, False)

    def tell(self, update: Callable[[Any, Any], None], news: Any) -> None:
        """Each worker runs ``update(state, news)`` before its next chunk (the parent does not: it
        changes its own state as it likes). ``news`` is pickled once for all of them."""
        if not self.links:
            return
        message = bytes(ForkingPickler.dumps(("tell", update, news)))
        for _, connection in self.links:
            connection.send_bytes(message)


class Mapping(Generic[R]):
    """One map of :class:`Forked` under way (:meth:`Forked.start`): each worker's chunks sent from
    a thread of the parent (:func:`_deal`) from the start, the parent's own share when it asks for
    the results (its first chunk taken before the workers', when it asks at once: ``joined``)."""

    def __init__(self, forked: Forked, function: Callable[[Any, int], R], count: int, joined: bool) -> None:
        self.state, self.function, self.count = forked.state, function, count
        self.dealer = _Dealer(count, len(forked.links) + 1) if forked.links and count > 1 else None
        self.first = self.dealer.take() if self.dealer is not None and joined else None
        self.threads = [
            threading.Thread(target=_deal, args=(connection, function, self.dealer), daemon=True)
            for _, connection in (forked.links if self.dealer is not None else [])
        ]
        for thread in self.threads:
            thread.start()

    def results(self) -> list[R]:
        """Every item's result, in order, once the parent has taken its share of the chunks left
        and the workers have sent back theirs; a worker's error is raised here."""
        function, state, dealer = self.function, self.state, self.dealer
        if dealer is None:
            return [function(state, i) for i in range(self.count)]
        failed = False
        try:
            if self.first is not None:
                dealer.done[self.first.start] = [function(state, i) for i in self.first]
            for items in iter(dealer.take, None):
                dealer.done[items.start] = [function(state, i) for i in items]
        except BaseException:
            failed = True
            dealer.stop()  # nothing more to the workers; they finish what they were sent
            raise
        finally:
            # After an error (SIGTERM raised as SystemExit included) the daemon threads get a while, not for ever: a
            # signal between a lock's acquire and its with-block (bpo-29988) can leave the dealer's lock held, and a
            # report stayed alive 120 s after SIGTERM waiting on it.
            for thread in self.threads:
                thread.join(_JOIN_AFTER_ERROR if failed else None)
        if dealer.error is not None:
            raise dealer.error
        return [result for start in sorted(dealer.done) for result in dealer.done[start]]


def _deal(connection: Any, function: Callable[[Any, int], Any], dealer: "_Dealer") -> None:
    """In one of the parent's threads, for one worker through one map: :data:`SENT_AHEAD` chunks
    sent, then the next each time one comes back, until none is left and all sent came back."""
    sent: deque[range] = deque()
    try:
        for items in islice(iter(dealer.take, None), SENT_AHEAD):
            connection.send(("map", function, items))
            sent.append(items)
        while sent:
            done, results = connection.recv()
            items = sent.popleft()
            if not done:
                dealer.fail(results)
                continue
            dealer.done[items.start] = results
            following = dealer.take()
            if following is not None:
                connection.send(("map", function, following))
                sent.append(following)
    except (EOFError, OSError) as error:
        dealer.fail(RuntimeError(f"a worker stopped: {error!r}"))


def _serve(connection: Any, parents: list[Any]) -> None:
    """A :class:`Forked` worker: runs what the parent sends, in order, on the state it inherited
    (``("map", function, items)``: the results back; ``("tell", update, news)``: nothing back, an
    error kept for the next chunk), until ``None``. The parent's ends of the pipes, inherited by the
    fork, are closed first: kept open, they outlived a parent killed mid-run, and the worker waited
    for ever on a pipe only it held (a ``kill`` of ``bilingual report`` left it behind). Results go
    back through :class:`_Replies`, so the worker goes on with its next chunk while they are written."""
    for end in parents:
        end.close()
    _quiet_worker()
    failed: BaseException | None = None
    replies = _Replies(connection)
    try:
        for message in iter(connection.recv, None):
            kind, function, argument = message
            try:
                if failed is not None:
                    raise failed
                if kind == "tell":
                    function(_STATE, argument)
                    continue
                reply: tuple[bool, Any] = (True, [function(_STATE, i) for i in argument])
            except Exception as error:  # noqa: BLE001 - it travels back to the parent, raised there
                if kind == "tell":
                    failed = error
                    continue
                reply = (False, error)
            replies.put(reply)
    finally:
        replies.close()


class _Replies:
    """A :class:`Forked` worker's results, sent back in order by a thread of its own: a chunk's
    results (pairing's pairs: 10 kB an item at 100,000 comments, a chunk's past the pipe's buffer)
    are written only as fast as the parent's dealing thread reads them, and that thread waits for
    the interpreter's lock while the parent's main thread works (the sequential pass): with the
    worker writing them itself, it sat idle 0.05-0.2 s between chunks."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.queue: deque[tuple[bool, Any] | None] = deque()
        self.ready = threading.Condition()
        self.thread = threading.Thread(target=self._send_all, daemon=True)
        self.thread.start()

    def put(self, reply: tuple[bool, Any]) -> None:
        """Send ``reply`` after those put before it."""
        with self.ready:
            self.queue.append(reply)
            self.ready.notify()

    def close(self) -> None:
        """Wait until every reply put is sent (or the parent is gone)."""
        with self.ready:
            self.queue.append(None)
            self.ready.notify()
        self.thread.join()

    def _send_all(self) -> None:
        """In the thread: each reply as it is put, until :meth:`close`."""
        while True:
            with self.ready:
                while not self.queue:
                    self.ready.wait()
                reply = self.queue.popleft()
            if reply is None:
                return
            try:
                self.connection.send(reply)
            except OSError:  # the parent is gone, or hears of it as a worker stopped (it stops the others)
                self.connection.close()
                return
            except Exception as error:  # noqa: BLE001 - a result or an error that does not pickle
                self.connection.send((False, RuntimeError(f"a worker's result could not be sent back: {error!r}")))


class _Dealer:
    """Deals a map's ``count`` items out in chunks, in order, one at a time, to the parent and to
    each worker's thread (:meth:`take`): each worker is sent :data:`SENT_AHEAD` chunks, then one more
    each time one comes back, so a worker never waits for the parent, nor the parent for it, until
    the last chunks. A chunk is an even share of a quarter of what is left, :data:`CHUNK` items at
    most: they shrink towards the end (guided self-scheduling), so the ``processes`` finish at about
    the same time."""

    def __init__(self, count: int, processes: int) -> None:
        self.count, self.processes = count, processes
        self.done: dict[int, list[Any]] = {}  # a chunk's first item -> its results
        self.lock = threading.Lock()
        self.next = 0
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
        """Deal nothing more out (without the lock when it cannot be had: a signal may have left it held)."""
        held = self.lock.acquire(timeout=_JOIN_AFTER_ERROR)
        self.next = self.count
        if held:
            self.lock.release()

    def fail(self, error: BaseException) -> None:
        """A worker's chunk raised ``error`` (or the worker is gone): nothing more is dealt out."""
        with self.lock:
            self.error = self.error or error


def _quiet_worker() -> None:
    """In a new worker: leave interrupts and hang-ups to the parent (Ctrl-C and a closed terminal's SIGHUP reach
    the whole process group), drop the parent's SIGTERM handler (the pool stops its workers with SIGTERM), and stay silent on
    stderr: a worker's own errors travel back to the parent, and a worker whose parent was stopped
    mid-run has nothing to say (it printed a BrokenPipeError traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the worker
    os.dup2(sys.stderr.fileno(), 2)


def _started(start: Callable[[], None] | None) -> None:
    """In a new worker of :class:`Workers`: :func:`_quiet_worker`, then the caller's own ``start``, if any."""
    _quiet_worker()
    if start is not None:
        start()


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

    def close(self) -> None:
        """Ask nothing more of the workers: each exits once its tasks are done, while the caller goes on
        (leaving the ``with`` block waits for them)."""
        self.pool.close()

    def imap(self, function: Callable[[Any, int], R], count: int, chunk: int | None = None, ahead: int = 0) -> Iterator[R]:
        """``function(state, i) for i in range(count)``, in order, yielded as they come back, ``chunk``
        items a task (``None``: the pool's own). ``function`` must be a module-level function; its
        results are pickled. At most ``ahead`` (0: :data:`AHEAD`) chunks per worker are asked for
        ahead of the one the caller is at, so results do not pile up in the parent while it works on
        each; more, where tasks differ in size and their results are small, so a worker does not wait
        while another is on a long one. The first are asked for here, so the workers start on them
        while the caller does something else before it reads the first result."""
        size = chunk or self.chunk
        chunks = ((function, range(start, min(start + size, count))) for start in range(0, count, size))
        asked = deque(self.pool.apply_async(_run_task, (task,)) for task in islice(chunks, (ahead or AHEAD) * self.jobs))
        return self._gathered(asked, chunks)

    def _gathered(self, asked: deque[Any], chunks: Iterator[tuple[Callable[[Any, int], R], range]]) -> Iterator[R]:
        """:meth:`imap`'s results in order: each task's once it is back, the next task asked for then."""
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


class Producer(Generic[R]):
    """The values of ``produce(*args)`` (a generator function) made in one process forked now, which may fork workers
    of its own (a :class:`Workers` pool), and sent back one by one as it makes them, while this process goes on with
    something else; iterated, they come in order. The process is stopped (its own workers with it) when :meth:`close`
    is called before the end, and it stops by itself when this process goes away (its next send finds no reader). An
    error of ``produce`` is raised here, where its value would have come. Forked with ``os.fork``, not as a
    multiprocessing process: a daemonic one may not have children, and a non-daemonic one left running would be
    waited for at this process's exit. Only where :func:`can_fork`."""

    def __init__(self, produce: Callable[..., Generator[R, None, None]], *args: Any) -> None:
        self.reader, writer = multiprocessing.get_context("fork").Pipe(duplex=False)
        self.pid: int | None = None
        try:
            pid = os.fork()
        except BaseException:
            self.reader.close()
            writer.close()
            raise
        if pid == 0:  # pragma: no cover - the forked process (coverage is not collected there)
            self.reader.close()
            _produced(writer, produce, args)
        self.pid = pid
        writer.close()
        # not closed (a page laid out but never written, an error before its blobs): stopped when this object goes, or at exit
        self.left = weakref.finalize(self, _stop_process, pid)

    def __iter__(self) -> "Producer[R]":
        return self

    def __next__(self) -> R:
        if self.pid is None:
            raise StopIteration
        try:
            kind, value = self.reader.recv()
        except EOFError:
            self.close()
            raise RuntimeError("a forked process stopped before its end") from None
        except BaseException:
            self.close()
            raise
        if kind == "value":
            return value  # type: ignore[no-any-return]
        self.close(stop=False)  # ended: it exits now
        if kind == "error":
            raise value
        raise StopIteration

    def close(self, stop: bool = True) -> None:
        """Stop the process if it is still at work (its own workers with it; not once it has sent its end: ``stop``
        false), and wait for it to be gone."""
        pid, self.pid = self.pid, None
        if pid is None:
            return
        self.left.detach()
        try:
            _stop_process(pid, stop)
        finally:
            self.reader.close()
            self._reaped()

    def _reaped(self) -> None:
        """Called once the process is gone (a hook for measurements)."""


def _stop_process(pid: int, stop: bool = True) -> None:
    """Stop process ``pid`` (SIGTERM) if it is still running and ``stop``, and wait for it to be gone."""
    try:
        if stop and os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except ChildProcessError:  # reaped already
        pass


def _stopped(signum: int, frame: Any) -> None:
    """SIGTERM in a :class:`Producer`'s process: raised, so that the pools it forked are stopped on the way out."""
    raise SystemExit(128 + signum)


def _produced(writer: Any, produce: Callable[..., Generator[Any, None, None]], args: tuple[Any, ...]) -> None:  # pragma: no cover
    """In a :class:`Producer`'s forked process: each value of ``produce(*args)`` sent, then the end (or the error);
    never returns (``os._exit``: nothing of the parent's, its buffers or exit handlers, runs here)."""
    status = 0
    try:
        _quiet_worker()
        signal.signal(signal.SIGTERM, _stopped)
        values = produce(*args)
        try:
            for value in values:
                writer.send(("value", value))
        finally:
            values.close()  # stopped on the way: its pools are stopped with it
        writer.send(("end", None))
    except Exception as error:  # noqa: BLE001 - it travels back to the parent, raised there
        status = 1
        try:
            writer.send(("error", error))
        except Exception:  # noqa: BLE001 - the parent is gone, or the error does not pickle
            try:
                writer.send(("error", RuntimeError(f"a forked process failed: {error!r}")))
            except Exception:  # noqa: BLE001 - the parent is gone
                pass
    except BaseException:  # noqa: BLE001 - SIGTERM (SystemExit): stopped by the parent
        status = 143
    finally:
        os._exit(status)
