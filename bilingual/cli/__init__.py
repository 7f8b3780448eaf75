"""The ``bilingual`` command: a thin shell over the library.

Each subcommand lives in ``bilingual/cli/<name>.py`` with ``register(subparsers)``; modules
are discovered, so a stage adds its command without touching this file. Command modules import
only argparse-level code at the top; heavy libraries load inside the command that needs them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys

from .. import __version__
from ..errors import BilingualError
from ._signals import LateInterrupt, Stop, Terminated, signals_stop, stopped_status

__all__ = ["Stop", "Terminated", "build_parser", "main", "plain", "signals_stop"]


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
    failure, 130 interrupted by Ctrl-C, 143 by SIGTERM and 129 by SIGHUP: also while the command's modules are still being
    imported; the command's clean-up is done either way: :func:`signals_stop`).

    Run as the process's own command line (``argv`` None), a Ctrl-C or SIGTERM while the process exits leaves its status as it is
    (:class:`LateInterrupt`) and the exit ends by :func:`_skip_last_collection`."""
    late = LateInterrupt() if argv is None else None
    status = 130
    try:
        with signals_stop() as stop:
            status = _main(argv, stop)
    except KeyboardInterrupt as exc:
        status = stopped_status(type(exc))
    finally:
        if late is not None:
            late.start(status)
            _skip_last_collection()
    return status


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
        return stopped_status(type(exc))
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
