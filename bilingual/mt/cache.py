"""A persistent translation cache: SQLite, keyed by model hash + normalized source + decoding options.

The model hash is the SHA-256 of the model's files, so a changed or re-installed model never
serves stale translations. Hashing an 80 MB model takes a moment, so the hash is remembered
per file signature (paths, inodes, sizes, modification and change times). ``$BILINGUAL_CACHE``
moves the database; ``BILINGUAL_CACHE=off`` disables it.

The database is capped (:data:`DEFAULT_MAX_BYTES`, 1 GB, about 1.5 million sentences;
``$BILINGUAL_CACHE_SIZE``: ``500M``, ``2G``, ``none`` for no cap): past the cap, the oldest entries
(first written) are removed, a tenth of the cap at once, and the space they held is reused.
``bilingual models cache`` shows its place, size and entries; ``--clear`` empties it. A cache that
cannot be used (damaged, read-only, on a full disk) is one warning line; translation goes on uncached.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .engine import Hypothesis

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, hypotheses TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fingerprints (signature TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
"""
_OFF = {"off", "0", "no", "false", "none"}
#: The environment variable that sets the cap (bytes, or a number with k, M, G or T; ``none``: no cap).
SIZE_ENV = "BILINGUAL_CACHE_SIZE"
#: The cap of the database by default, in bytes.
DEFAULT_MAX_BYTES = 1_000_000_000
#: Past the cap, the oldest entries are removed until the database holds this share of it.
KEEP_SHARE = 0.9
_UNITS = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12}
_NO_CAP = {"none", "unlimited", "off"}


def default_path() -> Path | None:
    """``$BILINGUAL_CACHE``, else ``mt-cache.sqlite3`` in the per-user cache directory; ``None`` when off."""
    env = os.environ.get("BILINGUAL_CACHE", "").strip()
    if env:  # empty means unset, as for $BILINGUAL_MODELS (not the current directory)
        return None if env.lower() in _OFF else Path(env).expanduser()
    import platformdirs

    return platformdirs.user_cache_path("bilingual") / "mt-cache.sqlite3"


def parse_size(text: str) -> int | None:
    """A cap as written in ``$BILINGUAL_CACHE_SIZE``: bytes (``500M``, ``2G``, ``1.5g``, ``800000``),
    ``None`` for ``none``/``unlimited``; :class:`ValueError` (a one-line message) for anything else."""
    value = text.strip().lower()
    if value in _NO_CAP:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgt]?)b?", value)
    if not match or float(match[1]) <= 0:
        raise ValueError(f"${SIZE_ENV}={text!r} is not a size: give e.g. 500M, 2G, or none for no cap")
    return max(1, int(float(match[1]) * _UNITS[match[2]]))


def max_bytes() -> int | None:
    """The cap of the database: ``$BILINGUAL_CACHE_SIZE``, else :data:`DEFAULT_MAX_BYTES` (also, with a
    warning line, when the variable is not a size)."""
    env = os.environ.get(SIZE_ENV, "").strip()
    if not env:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size(env)
    except ValueError as exc:
        print(f"bilingual: warning: {exc}; the cache keeps its default cap ({DEFAULT_MAX_BYTES / 1e9:g} GB)", file=sys.stderr)
        return DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class CacheStats:
    """What ``bilingual models cache`` shows: the database's place, its file's size, the bytes its
    entries use (the rest is free space it reuses), its entries, the models hashed, and the cap."""

    path: Path
    file_bytes: int
    used_bytes: int
    entries: int
    models: int
    max_bytes: int | None


def entry_key(model_hash: str, options_key: str, source: str) -> str:
    """The cache key of one normalized source sentence."""
    return hashlib.sha256(f"{model_hash}\0{options_key}\0{source}".encode()).hexdigest()


def file_signature(files: Iterable[Path]) -> str:
    """Paths, inodes, sizes, modification and change times of ``files``: changes whenever any of
    them does. The change time is kept because no copy can set it: a model of the same size
    copied over another with its times kept (``cp -p``, ``rsync -a``) still gets a new one."""
    parts = []
    for path in sorted(files):
        st = path.stat()
        parts.append(f"{path.resolve()}\t{st.st_ino}\t{st.st_size}\t{st.st_mtime_ns}\t{st.st_ctime_ns}")
    return "\n".join(parts)


def hash_files(files: Iterable[Path], root: Path) -> str:
    """SHA-256 over the relative names and contents of ``files``."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


class TranslationCache:
    """Hypotheses per (model hash, options, normalized source); failures disable it with one warning."""

    def __init__(self, path: Path | None, *, warn: bool = True) -> None:
        self.path = path
        self.max_bytes = max_bytes()
        self.warn = warn
        #: Why the cache was disabled (``None`` while it works), and whether the file is damaged.
        self.problem: str | None = None
        self.damaged = False
        self._db: sqlite3.Connection | None = None
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(str(path), timeout=30)
                self._db.executescript(_SCHEMA)
            except (OSError, sqlite3.Error) as exc:
                self._disable(exc)

    @property
    def enabled(self) -> bool:
        """False when off or when the database could not be used."""
        return self._db is not None

    def _disable(self, exc: Exception) -> None:
        advice = ""
        self.damaged = isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
        if self.damaged:
            advice = "; it is damaged: bilingual models cache --clear starts a new one (or set BILINGUAL_CACHE=off)"
        self.problem = f"{exc}{advice}"
        if self.warn:
            print(f"bilingual: warning: translation cache disabled ({self.path}): {self.problem}", file=sys.stderr)
        if self._db is not None:
            self._db.close()
        self._db = None

    def get_many(self, model_hash: str, options_key: str, sources: Sequence[str]) -> dict[str, list[Hypothesis]]:
        """The cached hypotheses of those ``sources`` that are in the cache."""
        if self._db is None or not sources:
            return {}
        keys = {entry_key(model_hash, options_key, s): s for s in sources}
        found: dict[str, list[Hypothesis]] = {}
        try:
            items = list(keys)
            for i in range(0, len(items), 500):
                chunk = items[i : i + 500]
                rows = self._db.execute(
                    f"SELECT key, hypotheses FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
                for key, value in rows:
                    found[keys[key]] = [Hypothesis(h["text"], h["score"], h.get("length", 0), h.get("source_cut", 0)) for h in json.loads(value)]
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            self._disable(exc)
            return {}
        return found

    def put_many(self, model_hash: str, options_key: str, items: Mapping[str, list[Hypothesis]]) -> None:
        """Store the hypotheses of each normalized source."""
        if self._db is None or not items:
            return
        rows = [
            (entry_key(model_hash, options_key, s), json.dumps([{"text": h.text, "score": h.score, "length": h.length, "source_cut": h.source_cut} for h in hyps], ensure_ascii=False))
            for s, hyps in items.items()
        ]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?)", rows)
            self._evict()
        except sqlite3.Error as exc:
            self._disable(exc)

    def _used_bytes(self) -> int:
        """Bytes of the database's pages in use (its file also holds free pages, reused first)."""
        assert self._db is not None
        pages, free, size = (int(self._db.execute(f"PRAGMA {name}").fetchone()[0]) for name in ("page_count", "freelist_count", "page_size"))
        return (pages - free) * size

    def _evict(self) -> None:
        """Past the cap, remove the oldest entries (the lowest row ids: first written, or rewritten)
        until the pages in use are :data:`KEEP_SHARE` of it. An entry's share of the pages is its
        share of the rows: the estimate is checked, and more removed, until under the cap."""
        if self._db is None or self.max_bytes is None:
            return
        while (used := self._used_bytes()) > self.max_bytes:
            rows = int(self._db.execute("SELECT count(*) FROM translations").fetchone()[0])
            if not rows:
                return
            drop = max(1, math.ceil(rows * (1 - KEEP_SHARE * self.max_bytes / used)))
            with self._db:
                self._db.execute("DELETE FROM translations WHERE rowid IN (SELECT rowid FROM translations ORDER BY rowid LIMIT ?)", (drop,))

    def stats(self) -> CacheStats:
        """Place, size, entries and cap of the database (:class:`sqlite3.Error` when it cannot be read)."""
        if self._db is None or self.path is None:
            raise sqlite3.OperationalError("the cache is not open")
        entries = int(self._db.execute("SELECT count(*) FROM translations").fetchone()[0])
        models = int(self._db.execute("SELECT count(DISTINCT sha256) FROM fingerprints").fetchone()[0])
        return CacheStats(self.path, self.path.stat().st_size, self._used_bytes(), entries, models, self.max_bytes)

    def clear(self) -> int:
        """Remove every entry and model hash and give the space back to the disk; the entries removed."""
        if self._db is None:
            raise sqlite3.OperationalError("the cache is not open")
        with self._db:
            entries = int(self._db.execute("DELETE FROM translations").rowcount)
            self._db.execute("DELETE FROM fingerprints")
        self._db.execute("VACUUM")
        return entries

    def model_hash(self, files: Sequence[Path], root: Path) -> str:
        """SHA-256 of the model files, remembered per file signature so it is computed once."""
        signature = file_signature(files)
        if self._db is not None:
            try:
                row = self._db.execute("SELECT sha256 FROM fingerprints WHERE signature = ?", (signature,)).fetchone()
                if row:
                    return str(row[0])
            except sqlite3.Error as exc:
                self._disable(exc)
        value = hash_files(files, root)
        if self._db is not None:
            try:
                with self._db:
                    self._db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?, ?)", (signature, value))
            except sqlite3.Error as exc:
                self._disable(exc)
        return value

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None
