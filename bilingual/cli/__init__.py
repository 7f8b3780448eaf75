"""The ``bilingual`` command: a thin shell over the library.

Each subcommand lives in ``bilingual/cli/<name>.py`` with ``register(subparsers)``; modules
are discovered, so a stage adds its command without touching this file. Command modules import
only argparse-level code at the top; heavy libraries load inside the command that needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType

from .. import __version__
from ..errors import BilingualError


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every discovered subcommand, or only ``command``'s when it names one.

    Building one subcommand's parser (and importing one command module) instead of all of them keeps
    a command's start-up short; its help, usage and errors are the same, as they come from its own
    parser. Anything else (``--help``, no command, an unknown one) gets the full parser.
    """
    names = _command_names()
    chosen = [command] if command in names else names
    parser = argparse.ArgumentParser(
        prog="bilingual",
        description="Find, normalize, display, translate and compare the Arabic passages in English comment threads.",
    )
    parser.add_argument("--version", action="version", version=f"bilingual {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in chosen:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    _plain_help(parser)
    return parser


def _command_names() -> list[str]:
    """The subcommands' module names, sorted: every public module of this package.

    The folder is listed directly, without ``pkgutil`` (whose ``iter_modules`` imports ``inspect``)."""
    return sorted(
        name[:-3] for folder in __path__ for name in os.listdir(folder) if name.endswith(".py") and not name.startswith("_")
    )


_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]+\.)?([^`]+)`")
_LITERAL = re.compile(r"``(.+?)``")


def plain(text: str) -> str:
    """Help text in plain words: the docstrings' reST markup (``code``, :func:`name`) taken out."""
    return _LITERAL.sub(r"\1", _ROLE.sub(r"\1", text))


def _plain_help(parser: argparse.ArgumentParser) -> None:
    """Every description and option help of ``parser`` and its subcommands, in plain words."""
    if parser.description:
        parser.description = plain(parser.description)
    for action in parser._actions:
        if action.help:
            action.help = plain(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _plain_help(sub)


def _fast_version(argv: list[str]) -> bool:
    """Answer ``--version`` without discovering subcommands, to keep cold start minimal."""
    if argv == ["--version"]:
        print(f"bilingual {__version__}")
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input, 3 no model, 1 other
    failure, 130 interrupted by Ctrl-C and 143 by SIGTERM: also while the command's modules are still being
    imported; the command's clean-up is done either way: :func:`signals_stop`).

    Run as the process's own command line (``argv`` None), a Ctrl-C or SIGTERM while the process exits leaves its status as it is
    (:class:`_LateInterrupt`) and the exit ends by :func:`_skip_last_collection`."""
    late = _LateInterrupt() if argv is None else None
    status = 130
    try:
        with signals_stop() as stop:
            status = _main(argv, stop)
    except KeyboardInterrupt as exc:
        status = _stopped(type(exc))
    finally:
        if late is not None:
            late.start(status)
            _skip_last_collection()
    return status


class _LateInterrupt:
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

    #: The status a second signal while exiting ends the process with, and the line said when the run had not
    #: already said it.
    ENDS = {"SIGINT": (130, "bilingual: interrupted"), "SIGTERM": (143, "bilingual: terminated (SIGTERM)")}

    def __init__(self) -> None:
        import atexit

        self.status = 0
        self.asked = False
        self.taken: list[int] = []
        atexit.register(self.last)  # registered first, so called last: after the clean-up the command's libraries register

    def start(self, status: int) -> None:
        """The command's exit status is ``status``: Ctrl-C and SIGTERM from now on are this object's (unless
        ignored: SIGINT in a job started in the background by a shell, SIGTERM under a caller that ignores it)."""
        import signal

        self.status = status
        for signum, default in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, signal.SIG_DFL)):
            if signal.getsignal(signum) is default:
                signal.signal(signum, self.on_signal)
                self.taken.append(signum)

    def on_signal(self, signum: int, frame: object) -> None:
        """A signal while exiting: the first is let be, a second ends the process now."""
        import signal

        if not self.asked:
            self.asked = True
            return
        status, said = self.ENDS[signal.Signals(signum).name]
        if self.status != status:
            print(said, file=sys.stderr)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed or broken output: nothing more can be said there
                pass
        os._exit(status)

    def last(self) -> None:
        """The last clean-up call: the signals taken are ignored through the interpreter's tear-down, where Python
        puts back the default disposition of each signal that has a Python handler; and the interrupt is marked
        handled (:func:`_interrupt_handled`)."""
        import signal

        for signum in self.taken:
            if signal.getsignal(signum) == self.on_signal:
                signal.signal(signum, signal.SIG_IGN)
        _interrupt_handled()


def _interrupt_handled() -> None:
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


#: How soon a stop that arrived inside a finalizer is delivered again (:class:`Stop`).
RESEND_S = 0.05


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether ``frame`` runs inside a finalizer, where an exception is printed as 'Exception ignored in ...'
    and lost: a ``__del__`` (the garbage collector's, at any bytecode) or a weak reference's callback
    (``weakref.finalize``, a weak set's or dictionary's clean-up)."""
    import _weakrefset
    import weakref

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


@contextlib.contextmanager
def signals_stop() -> Iterator[Stop]:
    """SIGTERM (`kill`, a batch system's stop) raises :class:`Terminated` in the block and Ctrl-C
    KeyboardInterrupt, as Python's own handler does but never lost (:class:`Stop`); the handlers before
    are put back after. Left to its default, SIGTERM ended the run without a word (and the resource
    tracker's 'leaked semaphore' warning). An ignored SIGINT (a job started in the background by a
    shell) stays ignored, and so does an ignored SIGTERM; a block inside another takes both for its own stop."""
    stop = Stop()
    if not _in_main_thread():  # a library caller's thread: signals are the main thread's
        yield stop
        return
    previous = {}
    for signum, raised in ((signal.SIGTERM, Terminated), (signal.SIGINT, KeyboardInterrupt)):
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


def _skip_last_collection() -> None:
    """Spare the exiting process the interpreter's last cyclic collection, a walk over every live object
    (10-15 ms after ``bilingual segment`` on a seed, an eighth of its start-up): the objects are moved to
    the collector's permanent generation, which that collection skips. The process is about to exit, so
    nothing is kept longer; files are closed and the output flushed as before."""
    import gc

    gc.freeze()


def _main(argv: list[str] | None, stop: Stop) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if _fast_version(argv):
        return 0
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    from ..collector import few_collections, large_blocks_mapped, one_malloc_arena

    if hasattr(args, "jobs"):  # a command that may fork workers: their results come back through a thread
        one_malloc_arena()
        large_blocks_mapped()
    try:
        with few_collections():
            return _command(args, stop)
    except BilingualError as exc:
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt as exc:
        return _stopped(type(exc))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other Unix tools do.
        _drop_stdout()
        return 1
    except MemoryError:
        _error("out of memory")
        return 1
    except OSError as exc:  # the output went away: a full disk, /dev/full, a read-only file system
        _drop_stdout()
        where = f"{exc.filename}: " if exc.filename is not None else ""  # which path, when the system says
        _error(f"{where}cannot write the output: {exc.strerror or exc}")
        return 1
    except Exception as exc:  # never show users a traceback; BILINGUAL_DEBUG=1 re-raises for developers
        if isinstance(exc, UnicodeEncodeError) and _stdout_cannot(exc):  # PYTHONIOENCODING=ascii, a Latin-1 terminal
            _drop_stdout()
            _error(_unencodable(exc))
            return 1
        if os.environ.get("BILINGUAL_DEBUG"):
            raise
        _error(f"{type(exc).__name__}: {exc} (set BILINGUAL_DEBUG=1 for details)", "internal error")
        return 1


def _command(args: argparse.Namespace, stop: Stop) -> int:
    """Run the command ``args`` names; an error that took the place of a stop on its way out (:meth:`Stop.stopped`)
    is raised as that stop."""
    try:
        return int(args.func(args) or 0)
    except Exception as exc:
        stopped = stop.stopped(exc)
        if stopped is None:
            raise
        raise stopped from exc


def _stopped(stop: type[KeyboardInterrupt]) -> int:
    """The one line and status of a command stopped by Ctrl-C (130) or SIGTERM (143: :class:`Terminated`)."""
    said, status = ("terminated (SIGTERM)", 143) if issubclass(stop, Terminated) else ("interrupted", 130)
    try:
        print(f"bilingual: {said}", file=sys.stderr)
    except OSError:
        pass
    return status


def _stdout_cannot(exc: UnicodeEncodeError) -> bool:
    """Whether ``exc`` is stdout's encoding refusing a character (not one of the files, always UTF-8)."""
    import codecs

    try:
        return codecs.lookup(exc.encoding).name == codecs.lookup(sys.stdout.encoding or "utf-8").name != "utf-8"
    except (LookupError, AttributeError):
        return False


def _unencodable(exc: UnicodeEncodeError) -> str:
    """The one line for an output whose encoding cannot write the text: what to set, and the escape."""
    import unicodedata

    char = exc.object[exc.start]
    return (
        f"the output's encoding ({exc.encoding}) cannot write U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')}): set PYTHONIOENCODING=utf-8 "
        f"or a UTF-8 locale (LANG=C.UTF-8), or write a file with -o (always UTF-8); "
        f"PYTHONIOENCODING={exc.encoding}:backslashreplace prints \\uXXXX escapes instead"
    )


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be written stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _error(message: str, kind: str = "error") -> None:
    """One line on stderr, every control character of the message (input ids, file names) made visible."""
    from ..safe import terminal_safe

    try:
        print(f"bilingual: {kind}: {terminal_safe(message)}", file=sys.stderr)
    except OSError:
        pass
