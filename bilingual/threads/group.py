"""Group a stream of comments by thread with bounded memory.

Comments are held in memory, grouped by thread key, up to a budget (``BUDGET_BYTES`` of estimated
size); past it, everything held and everything after is hash-partitioned by thread key into
``BUCKETS`` temporary files (batches of items, each a header and its MessagePack bytes, appended
sequentially), which are then read back one
at a time and grouped in memory. A bucket still bigger than the budget is partitioned again with
another hash. Memory is therefore about the budget plus the largest thread, whatever the size of the
dump and whether or not it is sorted by thread (Pushshift months are sorted by time, so a thread's
comments are spread over the whole file). Threads come out in order of first appearance while in
memory; after a spill, bucket by bucket (first appearance within a bucket). The files are removed
when the iteration ends or is abandoned; those of a killed process (``bilingual-group-PID-...``) by
the next spill. A single-thread input never spills: its one thread must be held whole anyway.
"""

from __future__ import annotations

import gc
import marshal
import os
import tempfile
import zlib
from contextlib import contextmanager
from functools import lru_cache
from typing import IO, Any, Callable, Iterator

from .platforms import TEXT, Item

BUDGET_BYTES = 48 << 20
BUCKETS = 64
_PER_COMMENT = 1000  # rough bytes of a held comment (its item tuple, strings and extra dict) beside its text
_ON_DISK_FACTOR = 3  # a record held in memory takes about this many times its size on disk
_MAX_DEPTH = 3
# Items encoded at once per bucket: one call per item costs more than the item, and a large batch keeps items waiting
# until they are out of the cache (256 a bucket: 16,000 items, 5-8 MB, encoded and freed cold; a 400,000-comment dump
# read 20.2 us a comment against 17.9-18.4 with 32).
_BATCH = 32


_PREFIX = "bilingual-group-"
_YOUNG = 100_000  # the cyclic collector's first threshold while items are made (CPython's default is 700)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while the readers make items and group them.

    Items are tuples, strings, numbers and plain dicts: no reference cycle for the collector to find, yet
    at CPython's default threshold it runs every 700 new objects and rescans what is held (15-25% of a
    dump's reading time). The threshold is raised, not the collector disabled, and restored on exit.
    """
    old = gc.get_threshold()
    if old[0] >= _YOUNG or old[0] == 0:
        yield
        return
    gc.set_threshold(_YOUNG, *old[1:])
    try:
        yield
    finally:
        if gc.get_threshold()[0] == _YOUNG:  # unless someone else changed it meanwhile
            gc.set_threshold(*old)


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


_MSGPACK, _MARSHAL = b"p", b"m"  # the encoding of a batch, the first byte of its header


@lru_cache(maxsize=1)
def _codec() -> tuple[Callable[[Any], bytes], Callable[[bytes], list[Item]]]:
    """``(encode, decode)`` of item batches as MessagePack (msgspec): half of marshal's time to write and three
    quarters of it to read back (marshal keeps a table of every object it writes and reads)."""
    import msgspec

    return msgspec.msgpack.Encoder().encode, msgspec.msgpack.Decoder(list[tuple]).decode  # type: ignore[type-arg]


class Shelf:
    """Groups put away in one temporary file as they come and taken back by key, in any order: for a reader whose
    threads must come out in an order of its own (a Disqus export's) after a spill gave them bucket by bucket."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix=_PREFIX)
        self.spans: dict[str, tuple[int, int]] = {}

    def put(self, key: str, items: list[Item]) -> None:
        """Write ``items`` at the end of the file (in batches, as the buckets hold them)."""
        start = self.file.seek(0, os.SEEK_END)
        for i in range(0, len(items), _BATCH):
            _dump(items[i : i + _BATCH], self.file)
        self.spans[key] = (start, self.file.tell())

    def take(self, key: str) -> list[Item]:
        """The items put under ``key`` (none if nothing was), read back once."""
        start, end = self.spans.pop(key, (0, 0))
        self.file.seek(start)
        data = self.file.read(end - start)
        decode, pos = _codec()[1], 0
        items: list[Item] = []
        while pos < len(data):
            size = int.from_bytes(data[pos + 1 : pos + 5], "little")
            body = data[pos + 5 : pos + 5 + size]
            items.extend(decode(body) if data[pos : pos + 1] == _MSGPACK else marshal.loads(body))
            pos += 5 + size
        return items

    def close(self) -> None:
        self.file.close()


def _batches(path: str) -> Iterator[list[Item]]:
    """The item batches of a bucket file, each stored as a 5-byte header (the encoding, then the length) and its
    bytes, read whole and decoded at once (object-by-object reads of a file cost more than the items)."""
    decode = _codec()[1]
    with open(path, "rb", buffering=1 << 20) as f:
        read = f.read
        while True:
            head = read(5)
            if len(head) < 5:
                return
            data = read(int.from_bytes(head[1:], "little"))
            yield decode(data) if head[:1] == _MSGPACK else marshal.loads(data)


def _dump(batch: list[Item], f: IO[bytes]) -> None:
    """Append ``batch``: MessagePack, or marshal for what MessagePack cannot carry (a lone surrogate in a file name
    that a location holds, an integer past 64 bits that the JSON fallback parser kept)."""
    try:
        data, kind = _codec()[0](batch), _MSGPACK
    except (ValueError, OverflowError, RecursionError, TypeError):
        data, kind = marshal.dumps(batch), _MARSHAL
    f.write(kind + len(data).to_bytes(4, "little"))
    f.write(data)


def key_hash(key: str) -> int:
    """A thread key's bucket hash, the same in every process (``hash()`` of a string changes with the
    process's hash seed: a spilled input's threads came out in another order on each run, so a resumed
    corpus run cut other shards than the run it resumed). Its low bits choose the bucket; a bucket split
    again takes the next bits (:meth:`Grouper._bucket`)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


class _Buckets:
    """``count`` append-only files of encoded item batches, one per hash of the thread key."""

    def __init__(self, directory: str, prefix: str, count: int) -> None:
        self.files: list[IO[bytes]] = [open(os.path.join(directory, f"{prefix}{i}"), "wb", buffering=1 << 16) for i in range(count)]
        self.pending: list[list[Item]] = [[] for _ in range(count)]
        self.count = count

    def put(self, index: int, item: Item) -> None:
        buf = self.pending[index]
        buf.append(item)
        if len(buf) >= _BATCH:
            _dump(buf, self.files[index])
            buf.clear()

    def put_all(self, items: list[Item]) -> None:
        """:meth:`put` of each item into the bucket of its thread key's hash; full buffers are written after them all."""
        pending, count, crc32 = self.pending, self.count, zlib.crc32  # key_hash, inlined: the spilled read's hot loop
        for item in items:
            pending[crc32(item[0].encode("utf-8", "surrogatepass")) % count].append(item)
        for index, buf in enumerate(pending):
            if len(buf) >= _BATCH:
                _dump(buf, self.files[index])
                buf.clear()

    def close(self) -> list[str]:
        """Write what is pending, close the files; their paths."""
        for buf, f in zip(self.pending, self.files):
            if buf and not f.closed:
                _dump(buf, f)
                buf.clear()
            f.close()
        return [str(f.name) for f in self.files]

    def abandon(self) -> None:
        for f in self.files:
            f.close()


class Grouper:
    """Collects items (see :mod:`.platforms`) by thread key; :meth:`groups` yields ``(key, items)`` thread by thread.

    The hot loop of a JSON Lines dump adds to :attr:`held` itself while :attr:`spilled` is false (and then
    calls :meth:`spill` when :attr:`size` passes :attr:`budget` with more than one thread held); past that,
    :meth:`put_all` sends each block's items to their bucket files.
    """

    def __init__(self, budget: int | None = None, buckets: int | None = None) -> None:
        self.budget = BUDGET_BYTES if budget is None else budget
        self.buckets = BUCKETS if buckets is None else buckets
        self.held: dict[str, list[Item]] = {}
        self.size = 0
        self.spilled = False
        self.dir: tempfile.TemporaryDirectory[str] | None = None
        self._out: _Buckets | None = None

    def add(self, item: Item) -> None:
        """Hold ``item`` (partitioning to disk once the budget is passed)."""
        if self.spilled:
            self.put(item)
            return
        key = item[0]
        group = self.held.get(key)
        if group is None:
            self.held[key] = [item]
        else:
            group.append(item)
        self.size += _PER_COMMENT + len(item[TEXT] or "")
        # One thread only: spilling cannot lower the peak (the largest thread is held whole anyway).
        if self.size > self.budget and len(self.held) > 1:
            self.spill()

    def put(self, item: Item) -> None:
        """Send ``item`` to its bucket file (after :meth:`spill`)."""
        assert self._out is not None
        self._out.put(key_hash(item[0]) % self.buckets, item)

    def put_all(self, items: list[Item]) -> None:
        """Send each of ``items`` to its bucket file (after :meth:`spill`): :meth:`put` without a call per item."""
        assert self._out is not None
        self._out.put_all(items)

    def spill(self) -> None:
        """Move everything held to the bucket files; every later item goes there too."""
        _remove_stale()
        self.dir = tempfile.TemporaryDirectory(prefix=f"{_PREFIX}{os.getpid()}-")
        self._out = _Buckets(self.dir.name, "b", self.buckets)
        self.spilled = True
        held, self.held, self.size = self.held, {}, 0
        # In one call, not a call per item (the buffers grow past a batch here and are written whole).
        self._out.put_all([item for items in held.values() for item in items])

    def rekey(self, top: Callable[[str], str]) -> None:
        """After :meth:`spill`: each item put away under ``top(its key)`` instead, in that key's bucket (one more pass
        over the bucket files): a stream whose later lines told that two groups are one thread (a Mastodon reply read
        before the reply it answers) is read whole, as it is when held in memory."""
        assert self._out is not None and self.dir is not None
        paths = self._out.close()
        self._out = _Buckets(self.dir.name, "k", self.buckets)
        for path in paths:
            for batch in _batches(path):
                self._out.put_all([t if top(t[0]) == t[0] else (top(t[0]),) + t[1:] for t in batch])
            os.remove(path)

    def groups(self) -> Iterator[tuple[str, list[Item]]]:
        """Each thread's items in input order, one thread at a time; temporary files are removed at the end."""
        if not self.spilled:
            held, self.held = self.held, {}
            for k in list(held):
                yield k, held.pop(k)
            return
        try:
            assert self._out is not None
            paths = self._out.close()
            self._out = None
            for path in paths:
                yield from self._bucket(path, 1)
        finally:
            self.close()

    def _bucket(self, path: str, depth: int) -> Iterator[tuple[str, list[Item]]]:
        if os.path.getsize(path) * _ON_DISK_FACTOR > self.budget and depth < _MAX_DEPTH:
            # Too big to group in memory: split it again by the hash's next bits (a single huge thread stays whole).
            assert self.dir is not None
            subs = _Buckets(self.dir.name, f"{os.path.basename(path)}.", self.buckets)
            shift = self.buckets**depth
            try:
                for batch in _batches(path):
                    for t in batch:
                        subs.put(key_hash(t[0]) // shift % self.buckets, t)
            finally:
                sub_paths = subs.close()
            os.remove(path)
            for sub in sub_paths:
                yield from self._bucket(sub, depth + 1)
            return
        groups: dict[str, list[Item]] = {}
        with fewer_collections():
            for batch in _batches(path):
                for t in batch:
                    group = groups.get(t[0])
                    if group is None:
                        groups[t[0]] = [t]
                    else:
                        group.append(t)
        os.remove(path)
        for k in list(groups):
            yield k, groups.pop(k)

    def close(self) -> None:
        """Remove the temporary files, if any."""
        if self._out is not None:
            self._out.abandon()
            self._out = None
        if self.dir is not None:
            self.dir.cleanup()
            self.dir = None
