"""How a command stops: Ctrl-C, SIGTERM and SIGHUP end every command the same way, with its clean-up done, one line and
status 130, 143 or 129, whatever the run's code and its libraries do with exceptions, and whenever they arrive (while the
command's modules are imported, inside a finalizer, while the process exits)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType


class LateInterrupt:
    """Ctrl-C or SIGTERM after the command has its exit status, while the process exits (Dask's clean-up, threads
    joined, the interpreter's tear-down), changes nothing: the status stays the command's (130 or 143 for a run
    stopped before). Left to Python, a SIGINT in the tear-down, once Python has put back SIGINT's default disposition,
    killed the process by the signal (status -2: 1 Ctrl-C in about 20 of ``bilingual corpus``, its interrupt line
    already printed), and one in the clean-up printed 'Exception ignored ... KeyboardInterrupt' with a traceback.
    SIGTERM had its default disposition through the whole exit (the commands that catch it put the default back when
    their work ends), so a ``kill`` then, or a batch system's second one, ended a finished run by the signal (-15,
    143 in a shell; a corpus run's 'terminated (SIGTERM): the shards done are kept' printed first). A second signal
    while the exit goes on ends the process at once, with 130 for Ctrl-C and 143 for SIGTERM (an exit that hangs is
    not waited for)."""

    def __init__(self) -> None:
        import atexit

        self.status = 0
        self.asked = False
        self.taken: list[int] = []
        atexit.register(self.last)  # registered first, so called last: after the clean-up the command's libraries register

    def start(self, status: int) -> None:
        """The command's exit status is ``status``: Ctrl-C and SIGTERM from now on are this object's (unless
        ignored: SIGINT in a job started in the background by a shell, SIGTERM under a caller that ignores it)."""
        self.status = status
        for signum, default in ((signal.SIGINT, signal.default_int_handler), *((n, signal.SIG_DFL) for n, _ in _STOPPING)):
            if signal.getsignal(signum) is default:
                signal.signal(signum, self.on_signal)
                self.taken.append(signum)

    def on_signal(self, signum: int, frame: object) -> None:
        """A signal while exiting: the first is let be, a second ends the process now."""
        if not self.asked:
            self.asked = True
            return
        said, status = stop_said(dict(_STOPPING).get(signum, KeyboardInterrupt))
        if self.status != status:
            print(f"bilingual: {said}", file=sys.stderr)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed or broken output: nothing more can be said there
                pass
        os._exit(status)

    def last(self) -> None:
        """The last clean-up call: the signals taken are ignored through the interpreter's tear-down, where Python
        puts back the default disposition of each signal that has a Python handler; and the interrupt is marked
        handled (:func:`interrupt_handled`)."""
        for signum in self.taken:
            if signal.getsignal(signum) == self.on_signal:
                signal.signal(signum, signal.SIG_IGN)
        interrupt_handled()


def interrupt_handled() -> None:
    """Clear CPython's mark of an unhandled Ctrl-C, so ``python -m bilingual`` exits with its command's status.

    A KeyboardInterrupt raised inside code that ``exec`` or ``eval`` runs from a string (a dataclass or named tuple
    being made as a module is imported mid-run) sets that mark as it leaves the string's code, even when the command
    catches it; ``python -m`` reads the mark after the tear-down and, when set, kills the process by SIGINT
    (status -2, after the command's 'interrupted' line: 1 ``pairs`` run in 31 and 1 ``corpus`` run in 36 stopped
    by Ctrl-C). Each run of a string's code clears the mark first, and this one raises nothing."""
    exec("")  # noqa: S102 - an empty string's code: nothing runs


# Ctrl-C and SIGTERM stop a command the same way: an exception raised in the main thread, so the command's clean-up
# runs (a partial output file removed, worker processes and a Dask cluster closed and reaped) and it ends with one
# line and status 130 (Ctrl-C) or 143 (SIGTERM). :func:`signals_stop` is put around every command by :func:`main`;
# ``bilingual corpus`` puts its own around the run as well, to check for a stop a library swallowed at each step.


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised as an interrupt: the run stops as on Ctrl-C (the cluster closed, the shards done kept)."""


class HungUp(Terminated):
    """SIGHUP (the terminal closed, an ssh session lost), raised as SIGTERM is: left to its default, it ended a run
    without its clean-up, a report's ``.partial`` file left beside the output, and without a word."""


#: The signals other than Ctrl-C that stop a command, and the stop each raises (SIGHUP where the system has it).
_STOPPING: tuple[tuple[int, type[Terminated]], ...] = ((signal.SIGTERM, Terminated),) + (
    ((signal.SIGHUP, HungUp),) if hasattr(signal, "SIGHUP") else ()
)


#: How soon a stop that arrived inside a finalizer is delivered again (:class:`Stop`).
RESEND_S = 0.05


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether ``frame`` runs inside a finalizer, where an exception is printed as 'Exception ignored in ...'
    and lost: a ``__del__`` (the garbage collector's, at any bytecode), a weak reference's callback
    (``weakref.finalize``, a weak set's or dictionary's clean-up), or a generator's clean-up as it closes
    (its ``finally`` or ``with`` block, run when the generator is let go: a pool of workers terminated as a
    report's segmenting generator was dropped, 1 Ctrl-C in about 40 at 0.5 s, the report written and exit 0)."""
    import _weakrefset
    import weakref

    if isinstance(sys.exc_info()[1], GeneratorExit):
        return True
    callbacks = {weakref.__file__, _weakrefset.__file__}
    while frame is not None:
        if frame.f_code.co_name == "__del__" or frame.f_code.co_filename in callbacks:
            return True
        frame = frame.f_back
    return False


class Stop:
    """The stop a signal asked for, delivered however the run's code and its libraries treat exceptions.

    The handler raises it at once, except inside a finalizer (:func:`_in_finalizer`), where the exception would be
    printed as 'Exception ignored in ...' with a traceback and lost (SIGTERM 1.2-1.4 s into a run: 2 or 3
    runs in 8 went on to the end and exit 0): the signal is sent again :data:`RESEND_S` later. A stop
    swallowed anyway (a library's bare ``except``: 1 run in about 40 at 1.2 s, silently) is raised again
    at the run's next step (:meth:`check`, from the tracker's calls)."""

    def __init__(self) -> None:
        self.asked: type[KeyboardInterrupt] | None = None
        self.raised = False

    def handler(self, stop: type[KeyboardInterrupt]) -> Callable[[int, FrameType | None], None]:
        """The signal handler raising ``stop``."""
        import threading

        def resend(signum: int) -> None:
            if not self.raised and signal.getsignal(signum) is on_signal:  # else raised, or the run is over
                os.kill(os.getpid(), signum)

        def on_signal(signum: int, frame: FrameType | None) -> None:
            self.asked = stop
            if _HELD:  # raised as the held steps end (:func:`held_stops`)
                _HELD[-1].append(self)
                return
            if _in_finalizer(frame):
                timer = threading.Timer(RESEND_S, resend, (signum,))
                timer.daemon = True
                timer.start()
                return
            self.raise_it()

        return on_signal

    def raise_it(self) -> None:
        """Raise the stop asked for."""
        assert self.asked is not None
        self.raised = True
        raise self.asked

    def stopped(self, exc: BaseException) -> type[KeyboardInterrupt] | None:
        """The stop ``exc`` is, or ``None``: itself when it is one, and the stop asked for when another error took
        its place on its way out (raised inside a lock's block in Dask's code, it came out as 'RuntimeError: release
        unlocked lock': 'internal error', status 1, 1 Ctrl-C in 12 at 2.5 s into a corpus run)."""
        if isinstance(exc, KeyboardInterrupt):
            return type(exc)
        return self.asked if isinstance(exc, Exception) else None

    def check(self) -> None:
        """Raise the stop if one was asked for: the run is still going, so it was not delivered."""
        if self.asked is not None:
            self.raise_it()


#: The stops asked for inside each :func:`held_stops` block now open, innermost last.
_HELD: list[list[Stop]] = []


@contextlib.contextmanager
def held_stops() -> Iterator[None]:
    """Steps no stop may come between (a partial file made and its clean-up set): a stop asked for in the block is
    raised as the block ends, so it lands where the caller's clean-up is in place. A stop between ``mkstemp``'s making
    of the file and the clean-up's ``with`` left the ``.partial`` file behind (1 SIGHUP in 19 under load)."""
    _HELD.append([])
    try:
        yield
    finally:
        asked = _HELD.pop()
    for stop in asked:
        stop.check()


@contextlib.contextmanager
def signals_stop() -> Iterator[Stop]:
    """SIGTERM (`kill`, a batch system's stop) raises :class:`Terminated` in the block, SIGHUP :class:`HungUp` and Ctrl-C
    KeyboardInterrupt, as Python's own handler does but never lost (:class:`Stop`); the handlers before
    are put back after. Left to its default, SIGTERM ended the run without a word (and the resource
    tracker's 'leaked semaphore' warning). An ignored SIGINT (a job started in the background by a
    shell) stays ignored, and so does an ignored SIGTERM; a block inside another takes both for its own stop."""
    stop = Stop()
    if not _in_main_thread():  # a library caller's thread: signals are the main thread's
        yield stop
        return
    previous = {}
    stops: tuple[tuple[int, type[KeyboardInterrupt]], ...] = (*_STOPPING, (signal.SIGINT, KeyboardInterrupt))
    for signum, raised in stops:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, stop.handler(raised))
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _in_main_thread() -> bool:
    """Whether this is the main thread (the only one signal handlers can be set in); ``threading`` is imported
    only when something else has imported it (no thread can have started without it)."""
    threading = sys.modules.get("threading")
    return threading is None or threading.current_thread() is threading.main_thread()


def stop_said(stop: type[KeyboardInterrupt]) -> tuple[str, int]:
    """What a command stopped by ``stop`` says and its exit status: Ctrl-C 'interrupted', 130; SIGTERM
    (:class:`Terminated`) 'terminated (SIGTERM)', 143; SIGHUP (:class:`HungUp`) 'hung up (SIGHUP)', 129."""
    if issubclass(stop, HungUp):
        return "hung up (SIGHUP)", 129
    return ("terminated (SIGTERM)", 143) if issubclass(stop, Terminated) else ("interrupted", 130)


def stopped_status(stop: type[KeyboardInterrupt], note: str = "") -> int:
    """Say the one line of a command stopped by ``stop`` (``note`` after it) and return its exit status."""
    said, status = stop_said(stop)
    try:
        print(f"bilingual: {said}{note}", file=sys.stderr)
    except OSError:
        pass
    return status
