"""The one option grammar of every command: what is read (``FILE...``, ``--input-format``,
``--fields``), what is written (``-f/--format``, ``-o/--output``), and how it translates
(``--model``, ``--no-mt``, ``--no-cache`` and the decoding options). Choices are defined once here.

Old spellings keep working for one release with a deprecation warning on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BilingualError, InputError
from ..safe import json_escaped
from ._signals import held_stops

if TYPE_CHECKING:
    from ..pipeline import Settings
    from ..threads.model import Thread

#: Output formats of the commands that list records.
LIST_FORMATS = ("text", "json", "jsonl")


class OutputError(BilingualError):
    """An output the system would not let be written (a full disk, a read-only file system, a folder that
    refuses new files): exit 1, as when stdout cannot be written; a wrong path given is an :class:`InputError`."""

    exit_code = 1


def plural(n: int, noun: str) -> str:
    """``1 comment``, ``2 comments``: a count with its English noun, for every line the commands print."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def for_reader(text: str | Iterable[str], output: str | None) -> str | Iterable[str]:
    """Input text printed as data (a normalized text, CSV rows): byte for byte into a file or a pipe, but on a
    terminal with its controls shown as markers (``⟨RLO⟩``, ``⟨^[⟩``), as every other command prints comments,
    so a comment's escape sequences or bidi overrides cannot clear or retitle the terminal, write its clipboard
    (OSC 52) or reorder the lines, and U+2028/U+2029 as ``⏎`` (:func:`bilingual.safe.breaks_shown`: a record stays
    one line to whoever copies it). CRLF line ends stay line ends; each piece must end at a line end."""
    from ..safe import breaks_shown, visible_controls

    if output not in (None, "-") or not sys.stdout.isatty():
        return text
    if isinstance(text, str):
        return breaks_shown(visible_controls(text.replace("\r\n", "\n")))
    return (breaks_shown(visible_controls(piece.replace("\r\n", "\n"))) for piece in text)


def warn(message: str) -> None:
    """One warning line on stderr, control characters made visible."""
    from ..safe import visible_controls

    print(f"bilingual: warning: {visible_controls(message)}", file=sys.stderr)


def none_found(what: str, thread: Thread) -> None:
    """The one stderr line of a text view that found nothing: an empty output alone does not tell a thread
    without ``what`` from a command that did not run. A text read as an article alone (plain text on stdin) is "the
    text", not "0 comments"."""
    comments = plural(len(thread.comments), "comment")
    where = comments if not (thread.article or "").strip() else "the text" if not thread.comments else f"the article and {comments}"
    print(f"bilingual: {what} found in {where}", file=sys.stderr)


class _Deprecated(argparse.Action):
    """An old spelling: stores into its new destination and says what to write instead."""

    def __init__(self, option_strings: list[str], dest: str, instead: str, value: Any = None, **kw: Any) -> None:
        self.instead, self.value = instead, value
        super().__init__(option_strings, dest, **kw)

    def __call__(self, parser: argparse.ArgumentParser, ns: argparse.Namespace, values: Any, option: str | None = None) -> None:
        warn(f"{option} is deprecated and will be removed in the next release; use {self.instead}")
        setattr(ns, self.dest, self.value if self.value is not None else values)


def add_input_args(parser: argparse.ArgumentParser, pick: bool = False) -> None:
    """``FILE...`` plus the options every thread-reading command takes; ``pick`` adds ``--thread ID``, for the
    commands that work on one thread (one of a dump's many)."""
    from ..threads import FORMATS

    parser.add_argument("files", nargs="+", metavar="FILE", help="inputs: files or globs ('-' for stdin), in any format the readers know")
    parser.add_argument("--input-format", dest="input_format", default="auto", choices=FORMATS, help="force the input format (default: detect from the content)")
    parser.add_argument("--fields", metavar="MAP", help="field names of CSV/JSON inputs, e.g. id=comment_id,parent=reply_to,author=user,text=body")
    parser.add_argument("--encoding", default=None, help="input encoding (default: from a BOM, else UTF-8)")
    parser.add_argument("--errors", default="strict", choices=("strict", "replace", "ignore"), help="undecodable bytes: stop with their offset (default), replace or drop them")
    parser.add_argument("--skip-bad", action="store_true", help="skip malformed records (each reported on stderr)")
    if pick:
        parser.add_argument("--thread", metavar="ID", help="only the thread with this id, of an input with several (`bilingual thread --list FILE` lists them)")


def add_output_args(
    parser: argparse.ArgumentParser, formats: tuple[str, ...] = LIST_FORMATS, default: str = "text",
    action: type[argparse.Action] | None = None, hidden: tuple[str, ...] = (),
) -> None:
    """``-f/--format`` (what is written) and ``-o/--output`` (where: a file, written atomically);
    ``action`` handles an old spelling's values, ``hidden`` (accepted, not shown in ``--help``: they
    are no output formats; see ``thread``)."""
    extra: dict[str, Any] = {"action": action} if action is not None else {}
    if hidden:
        extra["metavar"] = "{" + ",".join(formats) + "}"
    parser.add_argument("-f", "--format", dest="format", default=default, choices=formats + hidden, help=f"output format: {', '.join(formats)} (default: {default})", **extra)
    parser.add_argument("-o", "--output", default=None, metavar="OUT", help="write to this file (atomically) instead of stdout")


def add_mt_args(parser: argparse.ArgumentParser) -> None:
    """The translation options, the same on every command that translates."""
    parser.add_argument("--model", default=None, metavar="NAME", help="installed model name or model path (default: the installed Arabic->English model)")
    parser.add_argument("--no-mt", dest="mt", action="store_false", help="do not translate")
    parser.add_argument("--no-cache", dest="cache", action="store_false", help="neither read nor write the translation cache")
    parser.add_argument("--beam-size", type=int, default=4, metavar="N", help="beam size (default 4, as argostranslate)")
    parser.add_argument("--n-best", type=int, default=1, dest="num_hypotheses", metavar="N", help="hypotheses kept per sentence (default 1)")
    parser.add_argument("--max-chars", type=int, default=None, metavar="N", help="longest sentence given to the model in one piece (default 160)")
    parser.add_argument("--include-removed", action="store_true", help="pair the comments marked deleted, removed or spam too (default: left out)")


def add_jobs_arg(parser: argparse.ArgumentParser) -> None:
    """``--jobs``: the processes one big input is worked on with (the corpus command has ``--workers``)."""
    parser.add_argument("--jobs", type=int, default=0, metavar="N", help="processes for the per-passage work of a big input (default 0: every core; small inputs stay in one process; the output is the same)")


def settings(args: argparse.Namespace) -> Settings:
    """The pipeline settings the options ask for (checked: one clear error for impossible values)."""
    from ..parallel import resolve_jobs  # imports multiprocessing: only the commands that translate or pair need it
    from ..pipeline import Settings

    mt = getattr(args, "mt", True)
    beam, best = getattr(args, "beam_size", 4), getattr(args, "num_hypotheses", 1)
    if beam < 1 or best < 1 or best > beam:
        raise InputError("--n-best and --beam-size must be positive, with --n-best <= --beam-size", "arguments")
    max_chars = getattr(args, "max_chars", None)
    if max_chars is not None and max_chars < 20:
        raise InputError(f"--max-chars {max_chars} is too small (20 at least)", "arguments")
    jobs = getattr(args, "jobs", 1)
    if jobs < 0:
        raise InputError(f"--jobs {jobs}: give a number of processes, or 0 for every core", "arguments")
    return Settings(
        mt=mt, model=getattr(args, "model", None), cache=getattr(args, "cache", True),
        max_chars=max_chars or Settings().max_chars, decode={"beam_size": beam, "num_hypotheses": best},
        include_removed=getattr(args, "include_removed", False), jobs=resolve_jobs(jobs),
    )


def input_names(args: argparse.Namespace) -> list[str]:
    """The input files, globs expanded (``-`` is stdin)."""
    from ..threads import expand_inputs

    names: list[str] = []
    seen: set[str] = set()
    for pattern in args.files:
        for name in ["-"] if pattern == "-" else expand_inputs([pattern]):
            key = name if name == "-" else os.path.realpath(name)
            if key not in seen:  # each input once: a file named twice (or stdin) is not two threads
                seen.add(key)
                names.append(name)
    return names


def read_stdin() -> bytes:
    """Standard input read whole (``-``): the one reading of it for every command. A closed stdin (``<&-``, a
    service started without one) is a one-line error (it was 'internal error: AttributeError'), a device that
    never ends is refused (:func:`bilingual.threads.decode.refuse_endless`); ``/dev/null`` and an empty pipe are
    an empty input, a terminal ends at Ctrl-D."""
    from ..threads.decode import refuse_endless

    if sys.stdin is None:
        raise InputError("standard input is closed: give a file, or pipe the input in", "<stdin>")
    refuse_endless(sys.stdin, "<stdin>")
    return sys.stdin.buffer.read()


def threads(args: argparse.Namespace) -> Iterator[tuple[str, Thread]]:
    """``(input name, thread)`` for every thread of every input, streamed; warnings go to stderr."""
    from ..threads import iter_threads, parse_fields

    fields = parse_fields(args.fields) if getattr(args, "fields", None) else None
    wanted = getattr(args, "thread", None)
    for name in input_names(args):
        label = "<stdin>" if name == "-" else name
        source: Any = read_stdin() if name == "-" else name
        for thread in iter_threads(
            source, getattr(args, "input_format", "auto"), fields=fields, encoding=args.encoding,
            errors=args.errors, skip_bad=getattr(args, "skip_bad", False), name=label,
        ):
            if wanted is not None and thread.id != wanted:
                continue
            for warning in thread.warnings:
                warn(warning)
            yield label, thread


def load_thread(args: argparse.Namespace) -> Thread:
    """The single thread a command works on (its input's name is kept in ``args.source_name``);
    an input of several threads is refused with a hint."""
    found = threads(args)
    first = next(found, None)
    wanted = getattr(args, "thread", None)
    if first is None:
        raise InputError(f"no thread with id {wanted!r} (`bilingual thread --list` lists them)" if wanted is not None else "no thread found", ", ".join(args.files))
    second = next(found, None)
    if second is not None:
        hint = "pick one with --thread ID (`bilingual thread --list` lists them), or use `bilingual corpus`"
        if second[0] == first[0]:
            raise InputError(f"holds several threads; {hint}", first[0])
        if first[1].id is None or second[1].id is None:  # a plain-text dump has no id to pick it by
            hint = "give one file at a time, or use `bilingual corpus`"
        raise InputError(f"the inputs hold several threads (one in each of these files at least); {hint}", f"{first[0]}, {second[0]}")
    args.source_name = first[0]
    return first[1]


def check_outputs(args: argparse.Namespace, outputs: Iterable[str | None], folder: bool = False) -> None:
    """Refuse outputs that would overwrite an input, or two outputs to the same place, and (unless
    each is a ``folder`` the command makes) a file whose folder does not exist: before the work, not
    after it (a 20,000-comment report ran 25 s to say so)."""
    seen: list[str] = []
    inputs = _input_paths(args)
    for out in outputs:
        if out in (None, "-"):
            continue
        assert out is not None
        parent = os.path.dirname(out) or "."
        if not folder and not os.path.isdir(parent):
            what = "is not a folder" if os.path.exists(parent) else "does not exist"
            raise InputError(f"cannot write: {parent} {what}", out)
        if folder:
            _check_made_folder(out)
        for f in inputs:
            if _same_file(out, f):
                raise InputError("the output would overwrite the input file", out)
        for other in seen:
            if _same_file(out, other) or os.path.abspath(out) == os.path.abspath(other):
                raise InputError("two outputs would write the same file", out)
        seen.append(out)


def _check_made_folder(out: str) -> None:
    """Refuse a folder the command would make under a file (``-o notes.txt/run``): its nearest existing ancestor
    must be a folder (the run stopped at its first write, saying the shards done were kept, with none done)."""
    ancestor = os.path.dirname(os.path.normpath(out))
    while ancestor and not os.path.exists(ancestor):
        ancestor = os.path.dirname(ancestor)
    if ancestor and not os.path.isdir(ancestor):
        raise InputError(f"cannot write: {ancestor} is not a folder", out)


def _input_paths(args: argparse.Namespace) -> list[str]:
    """The files an output must not replace: each input named, and each file its glob names (``'*.ndjson' -o
    a.ndjson`` replaced the input a.ndjson); a pattern matching nothing is left to the reading to report."""
    from ..threads import expand_inputs

    paths: list[str] = []
    for name in getattr(args, "files", []):
        if name == "-":
            continue
        try:
            paths += expand_inputs([name])
        except InputError:
            paths.append(name)
    return paths


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@contextlib.contextmanager
def _removed_on_exit(tmp: Path) -> Iterator[None]:
    """Remove ``tmp`` if the block does not finish: an error, Ctrl-C or SIGTERM (raised in every command by
    :func:`bilingual.cli.signals_stop`)."""
    try:
        yield
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: str | None, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string or pieces of it, streamed) to ``path``, or stdout for ``None``/``-``.

    Files are written to a partial file beside the target and renamed into place, so a reader never sees
    half a file; the partial file is removed on any failure or interruption, and one that a killed run left
    (``.NAME.bilingual-PID-XXXX.partial``, its process gone) is removed by the next write of the same file.
    A target that exists and is not a regular file (a device such as /dev/null, a FIFO) is written into, never
    replaced; so is an open file named by its descriptor (/dev/stdout, /dev/fd/3: renaming over it replaced
    the /dev/stdout link itself with a file when stdout was one). A symbolic link is written through: the file
    it names is replaced, the link kept.
    """
    pieces = [text] if isinstance(text, str) else text
    fd = None if path is None else _descriptor(path)
    if path in (None, "-") or fd is not None:
        _write_descriptor(1 if fd is None else fd, pieces, str(path))
        return
    assert path is not None
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise InputError("is a directory; give a file name", str(path))
    if target.exists() and not target.is_file():
        _write_into(target, pieces, str(path))
        return
    _remove_partials(target)
    with contextlib.ExitStack() as cleanup:
        with held_stops():  # a stop now is raised once the partial file's clean-up is set
            try:
                fd, name = tempfile.mkstemp(prefix=f".{target.name}.{_PARTIAL}-{os.getpid()}-", suffix=".partial", dir=target.parent)
            except OSError as exc:
                raise OutputError(f"cannot write: {exc.strerror or exc} (a new file in {target.parent})", str(path)) from None
            tmp = Path(name)
            cleanup.enter_context(_removed_on_exit(tmp))
        try:
            os.fchmod(fd, _mode_for(target))  # mkstemp makes 0600; a report is meant to be read
            with os.fdopen(fd, "w", encoding="utf-8", errors="strict") as out:
                for piece in pieces:
                    out.write(piece)
            os.replace(tmp, target)
        except UnicodeEncodeError as exc:
            tmp.unlink(missing_ok=True)
            raise InputError(f"cannot write: text holds an unencodable character at offset {exc.start}", str(path)) from None
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from None


#: What names a partial file as this program's (``.report.html.bilingual-PID-XXXX.partial``).
_PARTIAL = "bilingual"
#: The paths that name an open file descriptor of this process (/proc/self/fd/1 is what /dev/stdout links to).
_DESCRIPTOR = re.compile(r"/dev/(?:(stdout)|(stderr)|fd/(\d+))|/proc/(?:self|thread-self)/fd/(\d+)")


def _descriptor(path: str) -> int | None:
    """The descriptor ``path`` names (/dev/stdout: 1, /dev/fd/3: 3), followed through links; ``None`` for a file."""
    seen = 0
    while True:
        match = _DESCRIPTOR.fullmatch(os.path.normpath(os.path.abspath(path)))
        if match is not None:
            out, err, fd, proc_fd = match.groups()
            return 1 if out else 2 if err else int(fd or proc_fd)
        if not os.path.islink(path) or seen > 40:
            return None
        path = os.path.join(os.path.dirname(path), os.readlink(path))
        seen += 1


def _write_descriptor(fd: int, pieces: Iterable[str], path: str) -> None:
    """Write into the open descriptor ``fd`` where it stands, as a shell's ``>&fd`` would (stdout and stderr
    through Python's own streams, so what was printed before keeps its place)."""
    stream = sys.stdout if fd == 1 else sys.stderr if fd == 2 else None
    if stream is not None:
        for piece in pieces:
            stream.write(piece)
        stream.flush()
        return
    try:
        with os.fdopen(os.dup(fd), "w", encoding="utf-8") as out:
            for piece in pieces:
                out.write(piece)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path) from None


def _remove_partials(target: Path) -> None:
    """Remove the partial files of ``target`` that a killed run left (SIGKILL, a power cut): those of a process
    that is gone. A live process's (another run writing the same file now) is left alone."""
    import glob

    for tmp in target.parent.glob(f"{glob.escape('.' + target.name)}.{_PARTIAL}-*-*.partial"):
        pid = tmp.name[len(target.name) + len(_PARTIAL) + 3 :].partition("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` exists (one of another user's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _write_into(target: Path, pieces: Iterable[str], path: str) -> None:
    """Write into a device or FIFO in place (renaming over it would replace the device itself)."""
    try:
        with open(target, "w", encoding="utf-8") as out:
            for piece in pieces:
                out.write(piece)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path) from None


def _mode_for(target: Path) -> int:
    """The permissions a new file gets (0666 less the umask), or those of the file it replaces."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal or a bidi renderer acts on: DEL and
# C1 controls (0x9b is CSI), bidi controls (a comment's RLO would reorder the printed record), and the line
# and paragraph separators (str.splitlines() cuts a JSON Lines record there).
def json_text(data: Any, indent: int | None = None) -> str:
    """``data`` as JSON, UTF-8 kept readable, NaN refused (never valid JSON), and every character a
    terminal could act on written as ``\\uXXXX`` (:func:`bilingual.safe.json_escaped`)."""
    return json_escaped(_json_encoder(indent).encode(data))


@functools.cache
def _json_encoder(indent: int | None) -> Any:
    """One encoder per indent (``json.dumps`` with options builds one per call); imported on first use."""
    import json

    return json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=indent)


def dump_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One compact JSON object per line (:func:`json_text`)."""
    for r in records:
        yield json_text(r) + "\n"


def dump_json(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A JSON array of the records (:func:`json_text`), streamed one record at a time."""
    yield "["
    for k, r in enumerate(records):
        yield ("\n" if k == 0 else ",\n") + json_text(r)
    yield "\n]\n"


def dump(records: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    """Records as ``json`` (an array) or ``jsonl`` (a line each)."""
    return dump_json(records) if fmt == "json" else dump_jsonl(records)
