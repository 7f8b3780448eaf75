"""The output directory of a corpus run: its layout, its manifest, shards and their completion markers.

A run's threads are cut into shards in reading order: each input's threads, ``size`` at a time (a
shard is closed early once it holds :data:`SHARD_COMMENTS` comments, so memory is bounded by the
shard, not by the corpus), numbered across the inputs. The number of a shard is a stable key: the
same inputs read with the same options always give the same shards, whatever the number of workers.

A shard is done when its marker exists: the worker writes ``threads/part-NNNNN.jsonl`` to a
temporary file, renames it into place, then writes the marker ``part-NNNNN.done.json`` the same way
(it holds the figures of the shard, for the summary and the index). A run killed at any moment
leaves whole shards with markers, perhaps a part without its marker (redone) and temporary files
(removed): started again with the same command it does only the missing shards, so no thread is
lost or written twice. ``manifest.json`` pins the inputs (path, size, modification time), the read
options and the settings: an OUTDIR of another run is refused unless ``--overwrite``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..safe import json_escaped

if TYPE_CHECKING:
    from ..pipeline import Settings
    from ..threads.model import Thread

#: Threads per shard by default (``--shard-size``).
SHARD_SIZE = 100
#: A shard is closed early once it holds this many comments: one huge thread never shares a shard.
SHARD_COMMENTS = 20_000
#: Halvings of an input's tail (:func:`tail_cut`): its last shards hold 1/2, 1/4, 1/8, 1/16 and 1/16 of it.
TAIL_HALVINGS = 4
#: Version of the layout and manifest (a change refuses old OUTDIRs instead of mixing them; 2: tail cut).
LAYOUT_VERSION = 2

# What a run writes directly under OUTDIR: --overwrite removes exactly these, nothing else.
_OUTPUT_FILES = ("manifest.json", "summary.json", "index.html", "errors.jsonl")
_OUTPUT_DIRS = ("threads", "reports")
_TMP_PREFIX = ".tmp-"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How the inputs are read (the shared input options): part of the manifest, since they change the threads."""

    input_format: str = "auto"
    fields: dict[str, str] | None = None
    encoding: str | None = None
    errors: str = "strict"
    #: A malformed record, a duplicate id, an orphan or a reply cycle costs only that record (listed in
    #: errors.jsonl) instead of its input (``--strict``: the run stops at the first).
    skip_bad: bool = True

    def to_dict(self) -> dict[str, Any]:
        """JSON form, for the manifest."""
        return {
            "input_format": self.input_format, "fields": self.fields, "encoding": self.encoding,
            "errors": self.errors, "skip_bad": self.skip_bad,
        }


@dataclass(slots=True)
class Shard:
    """Threads ``first .. first + len(threads) - 1`` (0-based, in reading order) of input ``input``
    (named ``source`` as given on the command line), shard ``number`` of the run."""

    number: int
    input: int
    source: str
    first: int
    threads: list[Thread] = field(default_factory=list)

    @property
    def comments(self) -> int:
        """Comments in the shard's threads."""
        return sum(len(t.comments) for t in self.threads)


class Layout:
    """Where each output of a run lives under OUTDIR."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).absolute()
        self.threads = self.root / "threads"
        self.reports = self.root / "reports"
        self.manifest = self.root / "manifest.json"
        self.summary = self.root / "summary.json"
        self.index = self.root / "index.html"
        self.errors = self.root / "errors.jsonl"
        self.lock = self.root / ".lock"

    def part(self, number: int) -> Path:
        """The JSONL file of shard ``number``: one report record per thread."""
        return self.threads / f"part-{number:05d}.jsonl"

    def marker(self, number: int) -> Path:
        """The completion marker of shard ``number`` (its figures, as JSON)."""
        return self.threads / f"part-{number:05d}.done.json"

    def report_link(self, number: int, position: int) -> str:
        """The HTML report of the ``position``-th thread of shard ``number``, relative to OUTDIR."""
        return f"reports/part-{number:05d}/{position:04d}.html"


def write_atomic(path: Path, pieces: Iterable[str]) -> None:
    """Write ``pieces`` to a temporary file beside ``path``, flush it to disk and rename it into place:
    a reader (or a resumed run) sees the whole file or none. The temporary file goes on failure, and an
    OSError names ``path`` (a write or ``fsync`` on a full disk names no file: 'No space left on device' alone)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{_TMP_PREFIX}{path.name}.", dir=path.parent)
    except OSError as exc:
        raise _naming(exc, path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for piece in pieces:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(name)
        if isinstance(exc, OSError) and exc.filename in (None, name):  # else a file the pieces' maker read
            raise _naming(exc, path) from None
        raise


def _naming(exc: OSError, path: Path) -> OSError:
    """``exc`` as an OSError of its errno naming ``path`` (the file the run meant to write, not its temporary)."""
    return OSError(exc.errno, exc.strerror or str(exc), str(path))


def dumps(obj: Any) -> str:
    """One JSON value on one line, as the thread report's JSON writes it (UTF-8 kept, NaN refused,
    bidi and C1 controls and U+2028/2029 as ``\\uXXXX``: a record stays one line for ``str.splitlines``
    and inert on a terminal)."""
    return json_escaped(json.dumps(obj, ensure_ascii=False, allow_nan=False))


def input_identity(name: str) -> dict[str, Any]:
    """What pins an input in the manifest: its name, absolute path, size and modification time."""
    try:
        st = os.stat(name)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    return {"name": name, "path": os.path.abspath(name), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def make_manifest(
    inputs: Sequence[str], read: ReadOptions, settings: Settings, shard_size: int, all_reports: bool,
) -> dict[str, Any]:
    """The manifest of a run: everything that changes its outputs (the worker count does not)."""
    from .. import __version__

    return {
        "layout": LAYOUT_VERSION,
        "bilingual_version": __version__,
        "inputs": [input_identity(name) for name in inputs],
        "read": read.to_dict(),
        "settings": settings.to_dict(),
        "shard_size": shard_size,
        "shard_comments": SHARD_COMMENTS,
        "reports": "all" if all_reports else "with-passages",
    }


def _differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    names = {"inputs": "inputs", "read": "input options", "settings": "settings", "reports": "--reports",
             "shard_size": "--shard-size", "bilingual_version": "bilingual version"}
    found = [label for key, label in names.items() if old.get(key) != new.get(key)]
    return found or ["layout"]


@contextlib.contextmanager
def locked(layout: Layout) -> Iterator[None]:
    """Hold OUTDIR for this run: a second run on the same OUTDIR at the same time is refused.

    The lock is an ``flock`` on ``OUTDIR/.lock``: the system releases it when the process ends, even by SIGKILL.
    """
    import fcntl

    layout.root.mkdir(parents=True, exist_ok=True)
    with open(layout.lock, "a") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError("another `bilingual corpus` run is writing this directory", str(layout.root)) from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def prepare(layout: Layout, manifest: dict[str, Any], overwrite: bool) -> set[int]:
    """Check OUTDIR against ``manifest`` and make it ready; returns the shards already done.

    A fresh OUTDIR (absent or empty) gets the manifest; one with the same manifest is resumed (its
    leftover temporary files removed); another run's (or one holding other files) is refused.
    ``overwrite`` starts afresh: it removes the outputs of the run there (files this command writes,
    never others) whatever its manifest.
    """
    root = layout.root
    if root.exists() and not root.is_dir():
        raise InputError("is not a directory", str(root))
    old = _read_json(layout.manifest) if layout.manifest.exists() else None
    if old == manifest and not overwrite:
        remove_temporaries(layout)
        return done_shards(layout)
    if not overwrite:
        if old is not None:
            what = ", ".join(_differences(old, manifest))
            raise InputError(f"holds another run's outputs (different {what}); use --overwrite to replace them, or another OUTDIR", str(root))
        others = [p.name for p in root.iterdir() if p.name != layout.lock.name] if root.is_dir() else []
        if others:
            raise InputError(f"is not empty and holds no corpus run (found {others[0]!r}); use --overwrite or another OUTDIR", str(root))
    for name in _OUTPUT_FILES:
        (root / name).unlink(missing_ok=True)
    for name in _OUTPUT_DIRS:
        shutil.rmtree(root / name, ignore_errors=True)
    layout.threads.mkdir(parents=True, exist_ok=True)
    write_atomic(layout.manifest, [json.dumps(manifest, ensure_ascii=False, indent=2), "\n"])
    return set()


def _read_json(path: Path) -> Any:
    """A JSON file's value; ``None`` when it cannot be read or parsed (a marker cut short is no marker)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def remove_temporaries(layout: Layout) -> None:
    """Temporary files a killed run or worker left (never renamed into place): shards, reports and
    top-level files. Only while no worker writes for this OUTDIR: before a run, or after its last shard."""
    for folder in (layout.root, layout.threads, *sorted(layout.reports.glob("part-*"))):
        if folder.is_dir():
            for tmp in folder.glob(f"{_TMP_PREFIX}*"):
                tmp.unlink(missing_ok=True)


def read_marker(layout: Layout, number: int) -> dict[str, Any] | None:
    """The figures of shard ``number`` if it is done (its marker is there and whole), else ``None``."""
    value = _read_json(layout.marker(number))
    return value if isinstance(value, dict) and value.get("shard") == number else None


def done_shards(layout: Layout) -> set[int]:
    """Numbers of the shards whose marker and part file are there (both are renamed into place
    whole, so being there is being whole; the markers are read only when the summary is made)."""
    done: set[int] = set()
    for path in layout.threads.glob("part-*.done.json"):
        digits = path.name[len("part-") : -len(".done.json")]
        if digits.isdigit() and layout.part(int(digits)).exists():
            done.add(int(digits))
    return done


def _closes(threads: int, comments: int, size: int) -> bool:
    """Whether ``threads`` threads holding ``comments`` comments make a whole shard."""
    return threads >= size or comments >= SHARD_COMMENTS


def tail_cut(threads: Sequence[Thread]) -> list[int]:
    """The sizes of the shards the end of an input is cut into: each holds about half the comments
    left (at least one thread), :data:`TAIL_HALVINGS` times, then the rest. The last shards of a run
    are small, so no worker waits long for the last one to end (one long shard at the end of a
    run left a worker idle for its whole length)."""
    left = sum(len(t.comments) for t in threads)
    sizes: list[int] = []
    start = 0
    for _ in range(TAIL_HALVINGS):
        if start >= len(threads):
            break
        goal, taken, end = left / 2, 0, start
        while end < len(threads) and (end == start or taken + len(threads[end].comments) <= goal):
            taken += len(threads[end].comments)
            end += 1
        sizes.append(end - start)
        left -= taken
        start = end
    if start < len(threads):
        sizes.append(len(threads) - start)
    return sizes


#: Longest reason kept in an errors.jsonl entry (a message can quote a 5,000-digit id twice).
REASON_CHARS = 1000


def error_entry(kind: str, name: str, reason: str, *, thread: str | None = None, location: str | None = None) -> dict[str, Any]:
    """One line of errors.jsonl: what failed (``kind``: ``input``, ``thread``, ``record`` left out, or
    ``warning``: a comment kept with a flag), in which input and thread, where (``location`` as the
    readers name it, ``line`` its line number when it has one) and why, in one line."""
    at = location or name
    number = at[len(name) + 1 :].partition(":")[0] if at.startswith(f"{name}:") else ""
    if len(reason) > REASON_CHARS:
        reason = reason[: REASON_CHARS - 1] + "\u2026"
    return {"kind": kind, "input": name, "thread": thread, "location": at, "line": int(number) if number.isdigit() else None, "reason": reason}


def warning_entries(name: str, thread: Thread) -> Iterator[dict[str, Any]]:
    """The errors.jsonl entries of a thread's reading warnings: each record left out (``--skip-bad``:
    a malformed line, a duplicate id; not the thread's, for a line the thread is unknown) and each
    comment kept with a flag (an orphan, a cycle cut)."""
    from ..errors import Skipped

    for warning in thread.warnings:
        if isinstance(warning, Skipped):
            yield error_entry("record", name, warning.reason, thread=thread.id if warning.in_thread else None, location=warning.location)
            continue
        location, reason = None, warning
        if warning.startswith(f"{name}: "):  # a note on the thread as a whole ("... comments are not in the file"): the input is its place
            reason = warning[len(name) + 2 :]
        elif warning.startswith(f"{name}:"):
            place, sep, rest = warning[len(name) + 1 :].partition(": ")
            if sep:
                location, reason = f"{name}:{place}", rest
        yield error_entry("warning", name, reason, thread=thread.id, location=location)


def _with_read(reason: str, read: int) -> str:
    """``reason`` an input stopped being readable for, saying that the ``read`` threads before it form shards (a
    WordPress export cut after its first posts listed as failed, its posts read kept without a word); a reader that
    said so already (an archive cut short) is not repeated."""
    if not read or "before the cut" in reason:
        return reason
    return reason + ("; the thread before it was read" if read == 1 else f"; the {read:,} threads before it were read")


def iter_shards(
    inputs: Sequence[str], read: ReadOptions, size: int, on_error: Callable[[dict[str, Any]], None],
) -> Iterator[Shard]:
    """The shards of ``inputs`` in order, streamed: each input's threads ``size`` at a time (a shard
    closed early at :data:`SHARD_COMMENTS` comments); the end of an input that holds more than one
    shard (its last one to two shards' worth) is cut smaller and smaller (:func:`tail_cut`).

    The reader looks one shard ahead to know where an input's tail begins. Every failure is told to
    ``on_error`` as its errors.jsonl entry (:func:`error_entry`), in reading order: an input that cannot
    be read (or stops being readable part-way: the threads read before still form shards, and the run
    goes on with the next input); a thread whose comments form no tree (the input goes on); each record
    left out and each comment flagged as its thread is read (:func:`warning_entries`; the thread keeps
    them, so its report and record say them as the single-thread commands' do).
    The cut, and the entries, are the same on every run over the same inputs.
    """
    from ..threads import iter_threads

    number = 0
    for index, name in enumerate(inputs):
        # pending[:head] is a whole shard once head > 0; the threads after it are counted in rest_*.
        pending: list[Thread] = []
        first = head = head_comments = rest_comments = 0
        emitted = False
        try:
            for thread in iter_threads(
                name, read.input_format, fields=read.fields, encoding=read.encoding, errors=read.errors, skip_bad=read.skip_bad,
                on_bad_thread=lambda key, exc: on_error(error_entry("thread", name, exc.message, thread=key, location=exc.location)),
            ):
                for entry in warning_entries(name, thread):
                    on_error(entry)
                pending.append(thread)
                if not head:
                    head_comments += len(thread.comments)
                    if _closes(len(pending), head_comments, size):
                        head = len(pending)
                    continue
                rest_comments += len(thread.comments)
                if _closes(len(pending) - head, rest_comments, size):  # a whole shard after the head: the head is no tail
                    yield Shard(number, index, name, first, pending[:head])
                    number, first, emitted = number + 1, first + head, True
                    pending, head, head_comments, rest_comments = pending[head:], len(pending) - head, rest_comments, 0
        except InputError as exc:
            on_error(error_entry("input", name, _with_read(exc.message, first + len(pending)), location=exc.location))
        except (OSError, ValueError, RecursionError, MemoryError) as exc:
            on_error(error_entry("input", name, f"cannot read: {type(exc).__name__}: {exc}"))
        more_than_one = emitted or (head and len(pending) > head)
        for count in tail_cut(pending) if more_than_one else [len(pending)] if pending else []:
            yield Shard(number, index, name, first, pending[:count])
            number, first, pending = number + 1, first + count, pending[count:]
