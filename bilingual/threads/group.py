"""Group a stream of comments by thread with bounded memory.

Comments are held in memory, grouped by thread key, up to a budget (``BUDGET_BYTES`` of text, roughly);
past it everything held and everything after goes to a temporary SQLite file, read back one thread at a
time. Memory is then the budget plus the largest thread, whatever the size of the dump and whether or
not it is sorted by thread (Pushshift dumps are sorted by time, so a thread's comments are spread over
the whole file). Threads come out in order of first appearance while in memory, by thread key after a spill.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import tempfile
from typing import Iterator

from .model import Comment
from .platforms import Item, Meta

BUDGET_BYTES = 48 << 20
_PER_COMMENT = 1000  # rough bytes of a held comment (Comment, Item, dict, strings) beside its text


def _pack(item: Item) -> bytes:
    c, m = item.comment, item.meta
    if c is not None:
        return marshal.dumps((0, item.where, c.id, c.parent, c.author, c.text, c.created, c.permalink, c.status, c.flags, c.extra))
    assert m is not None
    return marshal.dumps((1, item.where, m.title, m.article, m.link, m.forum, m.created))


def _unpack(key: str, blob: bytes) -> Item:
    t = marshal.loads(blob)
    if t[0] == 0:
        _, where, cid, parent, author, text, created, permalink, status, flags, extra = t
        c = Comment(cid, parent, author, 0, text, extra=extra, created=created, permalink=permalink, status=status, flags=flags)
        return Item(key, c, None, where)
    _, where, title, article, link, forum, created = t
    return Item(key, None, Meta(title, article, link, forum, created), where)


class Grouper:
    """Collects :class:`Item` s by thread key; :meth:`groups` yields ``(key, items)`` thread by thread."""

    def __init__(self, budget: int = BUDGET_BYTES) -> None:
        self.budget = budget
        self.held: dict[str, list[Item]] = {}
        self.size = 0
        self.db: sqlite3.Connection | None = None
        self.dir: tempfile.TemporaryDirectory[str] | None = None
        self.seq = 0
        self.batch: list[tuple[str, int, bytes]] = []

    def add(self, item: Item) -> None:
        """Hold ``item`` (spilling to disk once the budget is passed)."""
        if self.db is not None:
            self.seq += 1
            self.batch.append((item.key, self.seq, _pack(item)))
            if len(self.batch) >= 10_000:
                self._flush()
            return
        self.held.setdefault(item.key, []).append(item)
        c = item.comment
        self.size += _PER_COMMENT + (len(c.text) if c is not None else len((item.meta and item.meta.article) or ""))
        if self.size > self.budget:
            self._spill()

    def _spill(self) -> None:
        self.dir = tempfile.TemporaryDirectory(prefix="bilingual-group-")
        self.db = sqlite3.connect(os.path.join(self.dir.name, "spill.db"), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE c (k TEXT NOT NULL, s INTEGER NOT NULL, v BLOB NOT NULL)")
        self.db.execute("BEGIN")
        for items in self.held.values():
            for item in items:
                self.seq += 1
                self.batch.append((item.key, self.seq, _pack(item)))
        self.held = {}
        self.size = 0
        self._flush()

    def _flush(self) -> None:
        assert self.db is not None
        self.db.executemany("INSERT INTO c VALUES (?, ?, ?)", self.batch)
        self.batch = []

    def groups(self) -> Iterator[tuple[str, list[Item]]]:
        """Each thread's items in input order, one thread at a time; the spill file is removed at the end."""
        if self.db is None:
            held, self.held = self.held, {}
            for k in list(held):
                yield k, held.pop(k)
            return
        try:
            self._flush()
            self.db.execute("COMMIT")
            self.db.execute("CREATE INDEX ks ON c (k, s)")
            current: str | None = None
            items: list[Item] = []
            for k, blob in self.db.execute("SELECT k, v FROM c ORDER BY k, s"):
                if k != current:
                    if current is not None:
                        yield current, items
                    current, items = k, []
                items.append(_unpack(k, blob))
            if current is not None:
                yield current, items
        finally:
            self.close()

    def close(self) -> None:
        """Remove the spill file, if any."""
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.dir is not None:
            self.dir.cleanup()
            self.dir = None
