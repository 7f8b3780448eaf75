"""Group a stream of comments by thread with bounded memory.

Comments are held in memory, grouped by thread key, up to a budget (``BUDGET_BYTES`` of estimated
size); past it, everything held and everything after is hash-partitioned by thread key into
``BUCKETS`` temporary files (``marshal`` records, appended sequentially), which are then read back one
at a time and grouped in memory. A bucket still bigger than the budget is partitioned again with
another hash. Memory is therefore about the budget plus the largest thread, whatever the size of the
dump and whether or not it is sorted by thread (Pushshift months are sorted by time, so a thread's
comments are spread over the whole file). Threads come out in order of first appearance while in
memory; after a spill, bucket by bucket (first appearance within a bucket). The files are removed
when the iteration ends or is abandoned; those of a killed process (``bilingual-group-PID-...``) by
the next spill. A single-thread input never spills: its one thread must be held whole anyway.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from typing import IO, Any, Iterator

from .model import Comment
from .platforms import Item, Meta

BUDGET_BYTES = 48 << 20
BUCKETS = 64
_PER_COMMENT = 1000  # rough bytes of a held comment (Comment, Item, dict, strings) beside its text
_ON_DISK_FACTOR = 3  # a record held in memory takes about this many times its marshal size
_MAX_DEPTH = 3


def _pack(item: Item) -> tuple[Any, ...]:
    c, m = item.comment, item.meta
    if c is not None:
        return (item.key, 0, item.where, c.id, c.parent, c.author, c.text, c.created, c.permalink, c.status, c.flags, c.extra)
    assert m is not None
    return (item.key, 1, item.where, m.title, m.article, m.link, m.forum, m.created)


def _unpack(t: tuple[Any, ...]) -> Item:
    if t[1] == 0:
        key, _, where, cid, parent, author, text, created, permalink, status, flags, extra = t
        return Item(key, Comment(cid, parent, author, 0, text, None, extra, created, permalink, status, flags), None, where)
    key, _, where, title, article, link, forum, created = t
    return Item(key, None, Meta(title, article, link, forum, created), where)


_PREFIX = "bilingual-group-"


def _remove_stale() -> None:
    """Remove spill directories left by killed processes (named ``bilingual-group-PID-...``, PID gone)."""
    import shutil

    root = tempfile.gettempdir()
    try:
        names = os.listdir(root)
    except OSError:
        return
    for name in names:
        if not name.startswith(_PREFIX):
            continue
        pid_text = name[len(_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)
        except (PermissionError, OverflowError, OSError):
            continue


def _records(path: str) -> Iterator[tuple[Any, ...]]:
    with open(path, "rb", buffering=1 << 20) as f:
        while True:
            try:
                yield marshal.load(f)
            except EOFError:
                return


class Grouper:
    """Collects :class:`Item` s by thread key; :meth:`groups` yields ``(key, items)`` thread by thread."""

    def __init__(self, budget: int = BUDGET_BYTES, buckets: int = BUCKETS) -> None:
        self.budget = budget
        self.buckets = buckets
        self.held: dict[str, list[Item]] = {}
        self.size = 0
        self.dir: tempfile.TemporaryDirectory[str] | None = None
        self.files: list[IO[bytes]] = []

    def add(self, item: Item) -> None:
        """Hold ``item`` (partitioning to disk once the budget is passed)."""
        if self.files:
            marshal.dump(_pack(item), self.files[hash(item.key) % self.buckets])
            return
        self.held.setdefault(item.key, []).append(item)
        c = item.comment
        self.size += _PER_COMMENT + (len(c.text) if c is not None else len((item.meta and item.meta.article) or ""))
        # One thread only: spilling cannot lower the peak (the largest thread is held whole anyway).
        if self.size > self.budget and len(self.held) > 1:
            self._spill()

    def _open(self, prefix: str) -> list[IO[bytes]]:
        assert self.dir is not None
        return [open(os.path.join(self.dir.name, f"{prefix}{i}"), "wb", buffering=1 << 16) for i in range(self.buckets)]

    def _spill(self) -> None:
        _remove_stale()
        self.dir = tempfile.TemporaryDirectory(prefix=f"{_PREFIX}{os.getpid()}-")
        self.files = self._open("b")
        held, self.held, self.size = self.held, {}, 0
        for items in held.values():
            for item in items:
                marshal.dump(_pack(item), self.files[hash(item.key) % self.buckets])

    def groups(self) -> Iterator[tuple[str, list[Item]]]:
        """Each thread's items in input order, one thread at a time; temporary files are removed at the end."""
        if not self.files:
            held, self.held = self.held, {}
            for k in list(held):
                yield k, held.pop(k)
            return
        try:
            for f in self.files:
                f.close()
            paths = [f.name for f in self.files]
            self.files = []
            for path in paths:
                yield from self._bucket(str(path), 1)
        finally:
            self.close()

    def _bucket(self, path: str, depth: int) -> Iterator[tuple[str, list[Item]]]:
        if os.path.getsize(path) * _ON_DISK_FACTOR > self.budget and depth < _MAX_DEPTH:
            # Too big to group in memory: split it again with another hash (a single huge thread stays whole).
            subs = self._open(f"{os.path.basename(path)}.")
            try:
                for t in _records(path):
                    marshal.dump(t, subs[hash((depth, t[0])) % self.buckets])
            finally:
                for f in subs:
                    f.close()
            os.remove(path)
            for f in subs:
                yield from self._bucket(str(f.name), depth + 1)
            return
        groups: dict[str, list[Item]] = {}
        for t in _records(path):
            groups.setdefault(t[0], []).append(_unpack(t))
        os.remove(path)
        for k in list(groups):
            yield k, groups.pop(k)

    def close(self) -> None:
        """Remove the temporary files, if any."""
        for f in self.files:
            f.close()
        self.files = []
        if self.dir is not None:
            self.dir.cleanup()
            self.dir = None
